"""Production: configured from the environment; unsafe defaults refuse to start."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, DATABASES, SECRET_KEY, env_bool, mailers

if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of at least 50 characters."
    )
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the site's host names.")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # In the container the code folder is read-only for the app user: fail here,
    # not with an OperationalError on the first request.
    _sqlite_folder = os.path.dirname(os.path.abspath(DATABASES["default"]["NAME"]))
    if not os.access(_sqlite_folder, os.W_OK):
        raise ImproperlyConfigured(
            f"The SQLite database folder {_sqlite_folder} is not writable. Set "
            "DATABASE_URL to a PostgreSQL server (postgres://…), as the container "
            "image needs, or to a SQLite file in a writable volume."
        )

DEBUG = False
MAILERS = mailers("django.core.mail.backends.smtp.EmailBackend")
# Queued in the database and sent by `manage.py run_worker`, never during a request.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")
    }
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(
    os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365))
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
