"""A web process outlives a database restart: gunicorn keeps its connection
between requests (CONN_MAX_AGE), and after PostgreSQL cut it, the next request
reconnects (CONN_HEALTH_CHECKS) instead of failing."""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from tests.helpers import free_port

ROOT = Path(__file__).resolve().parents[2]


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.django_db(transaction=True)
def test_the_first_request_after_the_database_cut_the_connection_succeeds(demo):
    if connection.vendor != "postgresql":
        pytest.skip("a server process shares the database only on PostgreSQL")
    database = connection.settings_dict
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
        ],  # fmt: skip
        cwd=ROOT,
        env={
            **os.environ,
            "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:"
            f"{database['PORT']}/{database['NAME']}",
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if get(f"{base}/healthz") == 200:
                    break
            except OSError:
                time.sleep(0.2)
        assert get(f"{base}/en/") == 200  # the worker now keeps a connection

        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            assert cursor.fetchall()  # the server's connection was there

        assert get(f"{base}/en/") == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
