"""A deployment says where links in e-mails lead, and sends e-mail from a worker."""

import pytest

from config.mail import check_mail_deployment, is_local_address

from .test_settings import SAFE_ENV, manage


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8000",
        "http://127.0.0.1:8000",
        "http://127.1.2.3",
        "http://[::1]:8000",
        "https://campaign.local",
        "http://0.0.0.0:8000",
        "",
    ],
)
def test_local_addresses_are_recognised(url):
    assert is_local_address(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://campaign.example.org",
        "https://203.0.113.7",
        "https://localhost.example.org",
    ],
)
def test_public_addresses_are_not_local(url):
    assert not is_local_address(url)


@pytest.mark.parametrize("url", ["", "http://127.0.0.1:8000", "campaign.example.org"])
def test_deploy_check_warns_without_a_public_base_url(settings, url):
    settings.WAGTAILADMIN_BASE_URL = url

    assert "config.W001" in [message.id for message in check_mail_deployment()]


def test_deploy_check_warns_when_tasks_run_during_the_request(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example.org"
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    }

    assert [message.id for message in check_mail_deployment()] == ["config.W002"]


def test_production_with_a_local_base_url_fails_the_deployment_checklist():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={**SAFE_ENV, "WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8000"},
    )

    assert result.returncode != 0
    assert "config.W001" in result.stdout + result.stderr


def test_production_without_a_base_url_fails_the_deployment_checklist():
    env = {
        key: value for key, value in SAFE_ENV.items() if key != "WAGTAILADMIN_BASE_URL"
    }

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL" in result.stdout + result.stderr
