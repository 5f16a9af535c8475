import os
import unittest

import pytest
from django.core.management import call_command
from django.db import transaction
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


def load_demo():
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return bool(
        (marker and marker.kwargs.get("transaction"))
        or "transactional_db" in fixtures
        or "live_server" in fixtures
    )


@pytest.fixture(scope="module", autouse=True)
def demo_snapshot(request, django_db_blocker):
    """The demo site, built once per test module inside a transaction that is
    rolled back at the module's end; each test runs in a savepoint of it, so what
    one test changes the next does not see. Transactional tests (they run last,
    after every other database test) build their own, committed."""
    items = [item for item in request.session.items if item.module is request.module]
    wanted = any(
        "demo" in getattr(item, "fixturenames", ()) and not is_transactional(item)
        for item in items
    ) and not any(  # Django's TestCase closes the connection after its class
        isinstance(item.cls, type) and issubclass(item.cls, unittest.TestCase)
        for item in items
        if getattr(item, "cls", None)
    )
    if not wanted or is_transactional(request._pyfuncitem):
        yield False
        return
    request.getfixturevalue("django_db_setup")
    with django_db_blocker.unblock(), translation.override("en"):
        with transaction.atomic():
            load_demo()
            yield True
            transaction.set_rollback(True)


@pytest.fixture
def demo(request, demo_snapshot):
    """The demo site in four languages, as `make run` builds it."""
    if demo_snapshot and not is_transactional(request.node):
        request.getfixturevalue("db")
    else:
        request.getfixturevalue(
            "transactional_db" if is_transactional(request.node) else "db"
        )
        load_demo()
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
