"""Settings shared by every deployment; what differs comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {
        "1",
        "true",
        "yes",
        "on",
    }


def env_list(name, default=""):
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# --- Applications ---

INSTALLED_APPS = [
    "modeltranslation",
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django_countries",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Project apps last: their post-migrate set-up uses the others' permissions.
    "campaign",
    "publications",
    "partners",
    "stories",
]

MIDDLEWARE = [
    "config.middleware.PermissionsPolicyMiddleware",
    "config.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.middleware.ContentSecurityPolicyMiddleware",
    "config.mail.BaseURLMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Data ---

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        # A kept connection is checked before each request: after PostgreSQL
        # restarts, the first request reconnects instead of failing.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "narratives",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Lists built from live pages (story filter choices, sitemap parts) stay cached this
# long. Publishing renews them at once in a cache every process shares (Redis);
# with a per-process cache only the publishing process hears of it, so the others
# rebuild after a minute.
LISTING_CACHE_SECONDS = 60 * 60 * 24 if os.environ.get("REDIS_URL") else 60

TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# A task RUNNING for longer is taken for one whose worker died, and queued again
# by `manage.py run_worker` (the longest task, an e-mail, waits EMAIL_TIMEOUT).
TASKS_STALE_AFTER = int(os.environ.get("TASKS_STALE_AFTER", "600"))

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses locked-out logins
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# --- Languages ---

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "fr", "es", "ar")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "ar", "fr", "es")
MODELTRANSLATION_CUSTOM_FIELDS = ("StreamField", "RichTextField")
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True

# --- Static and media files ---

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- E-mail ---


def queued(delivery):
    """MAILERS where the default mailer only queues each message as a task, which
    sends it through ``delivery`` (see config/mail.py): no e-mail is ever sent
    during a request, Wagtail's and Django's own included."""
    return {
        "default": {
            "BACKEND": "config.mail.QueuedEmailBackend",
            "OPTIONS": {"mailer": "delivery"},
        },
        "delivery": delivery,
    }


def mailers(default_backend):
    """MAILERS delivering through EMAIL_BACKEND and, for SMTP, EMAIL_HOST/PORT/…"""
    backend = os.environ.get("EMAIL_BACKEND", default_backend)
    mailer = {"BACKEND": backend}
    if backend.endswith("smtp.EmailBackend"):
        mailer["OPTIONS"] = {
            "host": os.environ.get("EMAIL_HOST", "localhost"),
            "port": int(os.environ.get("EMAIL_PORT", "587")),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", True),
            "timeout": int(os.environ.get("EMAIL_TIMEOUT", "20")),
        }
    return queued(mailer)


MAILERS = mailers("django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "It Takes a Community <campaign@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security headers ---

# Reverse proxies in front of the site that append to X-Forwarded-For (0: none,
# the client's address is REMOTE_ADDR). See config/clientip.py.
# None when unset: read as 0, and `check --deploy` warns (config.W003).
TRUSTED_PROXY_COUNT = (
    int(os.environ["TRUSTED_PROXY_COUNT"])
    if "TRUSTED_PROXY_COUNT" in os.environ
    else None
)

# Admin login throttling (django-axes): after 5 failures for one username from one
# address, that pair is refused for an hour, correct password or not. The address
# is the one the story rate limit sees (config/clientip.py): django-ipware counts
# proxies differently, and two readings of X-Forwarded-For would disagree.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
# A username from one client, and one client across usernames (password spraying):
# either reaching the limit locks the login out for that client.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_CLIENT_IP_CALLABLE = "config.clientip.client_ip_or_none"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ADMIN = False  # no Django admin here; the attempts live in the database

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    # Click-to-load videos (campaign/blocks.py VideoBlock), nothing else.
    "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
}

# --- Wagtail ---

WAGTAIL_SITE_NAME = "It Takes a Community"
# Where links in e-mails start. Required in production (`check --deploy` warns);
# unset in development, links follow the address each request came to.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAIL_I18N_ENABLED = False
# No requests to other hosts, even from the admin (the CSP would refuse them).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The update check fetches releases.wagtail.org from the dashboard; upgrades are
# followed through the lock file instead.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Documents always stream through the site, which checks their collection's
# privacy and sends the site's headers; never a redirect to the media storage
# (on S3 the proxy refuses /media/documents/: deploy/Caddyfile).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "publications.forms.CheckedDocumentForm"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "webp"}

# --- Stories ---

STORIES_PHOTO_MAX_BYTES = 8 * 1024 * 1024
STORIES_PHOTO_MAX_PIXELS = 50_000_000  # JPEG: decoded at a reduced scale
STORIES_PHOTO_MAX_PIXELS_UNSCALED = 16_000_000  # PNG and WebP: decoded in full
STORIES_PHOTO_MAX_SIDE = 2000  # longest side of a stored photo, in pixels
STORIES_MIN_FILL_SECONDS = 5
STORIES_FORM_MAX_AGE = 60 * 60 * 24  # a form shown longer ago is sent back, intact
# POSTs to the public forms (stories, endorsements) per client and window in
# seconds, counted in the database so that every worker process sees the same count;
# invalid ones count too. The model that holds the count lives with the story form.
STORIES_RATE_LIMIT = (int(os.environ.get("STORIES_RATE_LIMIT", "10")), 60 * 60)
SUBMISSION_ATTEMPT_MODEL = "stories.SubmissionAttempt"
STORIES_STATUS_LINK_MAX_AGE = 60 * 60 * 24 * 365
STORIES_RETENTION_DAYS = int(os.environ.get("STORIES_RETENTION_DAYS", "90"))
STORIES_MODERATORS_GROUP = "Story moderators"
STORIES_PERSONAL_DATA_GROUP = "Personal data officers"
