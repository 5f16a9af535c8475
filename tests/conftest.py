import os

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Site

from campaign.models import HomePage

from .demo_database import DemoDatabase

DEMO_KEY = pytest.StashKey[DemoDatabase]()


def pytest_configure(config):
    """In CI the suite must run on PostgreSQL: a missing database fails, never skips."""
    if os.environ.get("CI", "").lower() == "true" and not os.environ.get(
        "DATABASE_URL", ""
    ).startswith(("postgres://", "postgresql://")):
        pytest.exit(
            "CI=true but DATABASE_URL does not point at PostgreSQL", returncode=3
        )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """The test database holds the demo site, committed once for the session."""
    with django_db_blocker.unblock():
        request.config.stash[DEMO_KEY] = DemoDatabase()
    yield


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return bool(
        (marker and marker.kwargs.get("transaction"))
        or "transactional_db" in fixtures
        or "live_server" in fixtures
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After every fixture is gone (a transactional test's flush included), put
    back what a test that commits changed; bring back any demo file a test deleted."""
    result = yield
    demo = item.config.stash.get(DEMO_KEY, None)
    if demo is not None and nextitem is not None:  # else the database is gone
        from pytest_django.plugin import blocking_manager_key

        if is_transactional(item):
            with item.config.stash[blocking_manager_key].unblock():
                demo.restore()
        else:
            demo.restore_media()
    return result


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


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits, cached listings and site settings live in the cache: each test
    starts with a clean one."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo(db):
    """The demo site in four languages, as `make run` builds it (in a transaction
    rolled back after the test, unless the test is transactional)."""
    return HomePage.objects.get()


@pytest.fixture
def empty_site(db):
    """A database with nothing but what migrations create: the demo is flushed
    inside the test's transaction (or, for a transactional test, restored after)."""
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    yield
    ContentType.objects.clear_cache()  # the flushed ids are gone with the rollback


@pytest.fixture
def site(demo):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def member(django_user_model, demo):
    """``member(username, group)``: a user of one of the site's groups."""

    def make(username, group):
        user = django_user_model.objects.create_user(
            username, f"{username}@example.org", "password"
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def admin_client(client, django_user_model, demo):
    user = django_user_model.objects.create_superuser(
        "editor", "editor@example.org", "password"
    )
    client.force_login(user)
    client.user = user
    return client
