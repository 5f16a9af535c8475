"""Settings of a worker process started by tests/config/test_worker.py: the test
settings, with tasks in the database and e-mail sent by SMTP to the test's server."""

import os

from config.settings.base import queued
from config.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
MAILERS = queued(
    {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": "127.0.0.1",
            "port": int(os.environ.get("TEST_SMTP_PORT", "25")),
            "timeout": 60,
        },
    }
)
