"""Production settings refuse unsafe defaults and pass Django's deployment checklist."""

import os
import subprocess
import sys

from django.conf import settings

SAFE_ENV = {
    "SECRET_KEY": "x7!k2@p9#q4$w8%e3^r6&t1*y5(u0)i-o=p[a]s;d'f,g.h/j" + "k" * 10,
    "ALLOWED_HOSTS": "campaign.example.org",
    "DATABASE_URL": "sqlite:////tmp/deploy-check.sqlite3",
    "WAGTAILADMIN_BASE_URL": "https://campaign.example.org",
    "TRUSTED_PROXY_COUNT": "1",
}

DEPLOYMENT_VARIABLES = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "DJANGO_SETTINGS_MODULE",
    "WAGTAILADMIN_BASE_URL",
    "TRUSTED_PROXY_COUNT",
    "DJANGO_ALLOW_ASYNC_UNSAFE",  # set by the browser tests' conftest
}


def manage(*args, env):
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in DEPLOYMENT_VARIABLES
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", env={**SAFE_ENV, "SECRET_KEY": ""})

    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", env={**SAFE_ENV, "ALLOWED_HOSTS": ""})

    assert result.returncode != 0
    assert "Set ALLOWED_HOSTS" in result.stderr


def test_production_passes_the_deployment_checklist_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=SAFE_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_an_unset_proxy_count_fails_the_deployment_checklist():
    env = {
        key: value for key, value in SAFE_ENV.items() if key != "TRUSTED_PROXY_COUNT"
    }

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode != 0
    assert "config.W003" in result.stdout + result.stderr
