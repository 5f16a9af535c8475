# Production image: gunicorn serving the site, static files collected (gzip and
# Brotli) at build time. Built with Docker's or podman's built-in Dockerfile
# frontend: no `# syntax=` line, so no frontend image is fetched from a registry.
# Any base with Python 3.12+ and the venv module works: scripts/build-image makes
# one with debootstrap where no registry is reachable.
ARG PYTHON_IMAGE=python:3.13-slim-trixie

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
COPY requirements/base.lock requirements/base.lock
# Every package is pinned by version and hash (pip's hash-checking mode).
RUN python -m venv /venv \
    && /venv/bin/pip install --no-compile --require-hashes -r requirements/base.lock \
    && /venv/bin/pip uninstall --yes pip
COPY . .
# Build-time values only: collectstatic needs settings that load, not real secrets.
RUN SECRET_KEY=build-only-not-secret-build-only-not-secret-build-only \
    ALLOWED_HOSTS=build DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    /venv/bin/python manage.py collectstatic --noinput \
    && /venv/bin/python -m compileall -q /app /venv

FROM ${PYTHON_IMAGE}
# PORT: where gunicorn listens (its default bind is 0.0.0.0:$PORT) and what the
# health check probes. WEB_CONCURRENCY: gunicorn's number of worker processes.
ENV PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PATH=/venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=config.settings.production PORT=8000 WEB_CONCURRENCY=3
# No pip in the final image (the python:* images ship one; Debian's python3 does not).
# Share images are drawn with Noto Sans and Noto Sans Arabic (SIL Open Font License);
# Pillow's raqm layout shapes Arabic with FriBiDi, loaded at run time. Unpinned on
# purpose: they follow the base image's Debian release and its security updates.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install --yes --no-install-recommends fonts-noto-core libfribidi0 \
    && rm -rf /var/lib/apt/lists/*
RUN rm -rf /usr/local/bin/pip* /usr/local/lib/python3*/site-packages/pip \
    /usr/local/lib/python3*/site-packages/pip-* \
    && groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /nonexistent --no-create-home \
    --shell /usr/sbin/nologin app
WORKDIR /app
# Code and packages belong to root: the app user can read them, not change them.
COPY --from=build /venv /venv
COPY --from=build /app /app
# The one place the app user writes: uploaded media, when no object storage is
# configured. Mount a volume here shared by every container (one-off ones too).
RUN mkdir -p /app/media && chown app:app /app/media
VOLUME ["/app/media"]
USER 10001:10001
EXPOSE 8000
# Probes the web server only: run the task worker and one-off commands with
# `--no-healthcheck` (compose.yaml gives the worker its own check).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=4).status != 200)"]
CMD ["gunicorn", "config.wsgi", "--no-control-socket", "--worker-tmp-dir", "/dev/shm", "--access-logfile", "-"]
