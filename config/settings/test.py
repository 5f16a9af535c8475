"""Tests trade safety for speed: fast hashing, in-memory mail, immediate tasks,
plain static files, throwaway media."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import queued

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-deployment"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Queued like everywhere else, then delivered to django.core.mail.outbox.
MAILERS = queued({"BACKEND": "django.core.mail.backends.locmem.EmailBackend"})
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="narratives-test-media-"))
