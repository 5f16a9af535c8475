"""The story form's rate limit: counted per client across processes, on every POST."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings

from stories.models import Submission, SubmissionAttempt
from tests.helpers import started_token

SHARE = "/en/share-your-story/"
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
@override_settings(STORIES_RATE_LIMIT=(2, 3600))
def test_invalid_posts_count_towards_the_limit(client, index, story_data):
    assert client.post(SHARE, {"title": ""}).status_code == 400
    assert client.post(SHARE, {"title": ""}).status_code == 400

    response = client.post(SHARE, {**story_data, "started": started_token()})

    assert response.status_code == 429
    assert not Submission.objects.filter(email=story_data["email"]).exists()


@pytest.mark.django_db
@override_settings(STORIES_RATE_LIMIT=(1, 3600), TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_each_visitor_has_their_own_count(client, index):
    """The proxy's address is the same for everyone; the visitor's is not."""
    first = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "203.0.113.1"}
    second = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "203.0.113.2"}
    spoofed = {
        "REMOTE_ADDR": "10.0.0.2",
        "HTTP_X_FORWARDED_FOR": "9.9.9.9, 203.0.113.1",
    }

    assert client.post(SHARE, {}, **first).status_code == 400
    assert client.post(SHARE, {}, **second).status_code == 400
    assert client.post(SHARE, {}, **first).status_code == 429
    assert client.post(SHARE, {}, **spoofed).status_code == 429


@pytest.mark.django_db
def test_attempts_store_no_address(client, index):
    client.post(SHARE, {}, REMOTE_ADDR="203.0.113.77")

    attempt = SubmissionAttempt.objects.get()
    assert "203.0.113" not in attempt.client
    assert len(attempt.client) == 64


@pytest.mark.django_db
@override_settings(STORIES_RATE_LIMIT=(2, 60))
def test_attempts_older_than_the_window_expire(client, index):
    from datetime import timedelta

    from django.utils import timezone

    client.post(SHARE, {})
    client.post(SHARE, {})
    SubmissionAttempt.objects.update(created_at=timezone.now() - timedelta(minutes=2))

    assert client.post(SHARE, {}).status_code == 400
    assert SubmissionAttempt.objects.count() == 1


WORKER = """
import json, os, sys, time
import django
django.setup()
from django.test import Client
client = Client()
client.get("/en/share-your-story/")
time.sleep(max(0, float(sys.argv[2]) - time.time()))
statuses = [
    client.post("/en/share-your-story/", {"title": ""}, REMOTE_ADDR="203.0.113.50")
    .status_code
    for _ in range(int(sys.argv[1]))
]
print(json.dumps(statuses))
"""


@pytest.mark.django_db(transaction=True)
def test_limit_holds_across_processes(demo, settings):
    """Four server processes posting at the same moment share one count: with a
    limit of 5, exactly 5 of 20 posts pass, no more and no fewer."""
    if connection.vendor != "postgresql":
        pytest.skip("needs a database that two processes can share (PostgreSQL)")
    database = connection.settings_dict
    url = (
        f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}"
        f"/{database['NAME']}"
    )
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "STORIES_RATE_LIMIT": "5",
    }
    start = str(time.time() + 8)
    workers = [
        subprocess.Popen(  # noqa: S603
            [sys.executable, "-c", WORKER, "5", start],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    statuses = []
    for worker in workers:
        out, _err = worker.communicate(timeout=120)
        assert worker.returncode == 0
        statuses += json.loads(out.strip().splitlines()[-1])

    assert len(statuses) == 20
    assert statuses.count(400) == 5
    assert statuses.count(429) == 15
