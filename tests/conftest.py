import os

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Site

from campaign.models import HomePage


def pytest_configure(config):
    """In CI the suite must run on PostgreSQL: a missing database fails, never skips."""
    if os.environ.get("CI", "").lower() == "true" and not os.environ.get(
        "DATABASE_URL", ""
    ).startswith(("postgres://", "postgresql://")):
        pytest.exit(
            "CI=true but DATABASE_URL does not point at PostgreSQL", returncode=3
        )


@pytest.fixture(autouse=True, scope="session")
def mail_through_the_queue(django_test_environment):
    """Django's test set-up makes every mailer locmem; restore the configured ones,
    so e-mail in tests goes through the task queue as it does in production."""
    from importlib import import_module

    from django.conf import settings

    settings.MAILERS = import_module(os.environ["DJANGO_SETTINGS_MODULE"]).MAILERS


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in English, whatever language the previous request activated."""
    with translation.override("en"):
        yield


@pytest.fixture
def demo(db):
    """The demo site in four languages, as `make run` builds it."""
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    return HomePage.objects.get()


@pytest.fixture
def site(demo):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def admin_client(client, django_user_model, demo):
    user = django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "password"
    )
    client.force_login(user)
    client.user = user
    return client
