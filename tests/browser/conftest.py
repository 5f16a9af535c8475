"""Playwright drives Debian's Chromium against a live test server."""

import os
import shutil
from pathlib import Path

import pytest
from pytest_django.live_server_helper import LiveServer

# Playwright's sync API runs an event loop in the test thread; the ORM calls made
# by fixtures in that same thread are safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.path):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session", autouse=True)
def chromium_available():
    if shutil.which(CHROMIUM) or Path(CHROMIUM).exists():
        return
    message = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": FLAGS}


@pytest.fixture(scope="session")
def demo_server(django_db_setup, django_db_blocker):
    """One live server for the whole session, serving the committed demo.
    (pytest-django's own ``live_server`` makes every test that uses it
    transactional, so each would flush the demo away.)"""
    with django_db_blocker.unblock():
        server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture
def live_site(db, demo_server):
    """The demo site on the shared live server, for tests that only look: the
    server reads the committed demo."""
    return demo_server


@pytest.fixture
def live_site_for_changes(transactional_db, demo_server):
    """The demo site on the shared live server, for tests that log in, post a
    form or publish: what they commit is undone after the test."""
    return demo_server


@pytest.fixture
def screenshot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take
