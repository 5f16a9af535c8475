"""The task worker (`manage.py run_worker`) against the real PostgreSQL server and
mail servers that hang: it outlives a cut database connection, a task left
RUNNING by a killed worker is queued again, and SIGTERM stops a task that waits
on a hanging mail server at once, putting it back in the queue."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from config.mail import deliver_email, message_to_json
from tests.helpers import Hangs, Recorder, free_port, smtp_server

ROOT = Path(__file__).resolve().parents[2]
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("a worker process shares the database only on PostgreSQL")


def start_worker(smtp_port):
    database = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:"
        f"{database['PORT']}/{database['NAME']}",
        "DJANGO_SETTINGS_MODULE": "tests.worker_settings",
        "TEST_SMTP_PORT": str(smtp_port),
    }
    return subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "run_worker", "--interval", "0.2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def stop(worker):
    if worker.poll() is None:
        worker.kill()
    return worker.communicate(timeout=30)[0]


def queue_email(to="moderator@example.org"):
    message = mail.EmailMessage("Story awaiting review", "Text", to=[to])
    with override_settings(TASKS=DATABASE_TASKS):
        result = deliver_email.enqueue(message=message_to_json(message))
    return DBTaskResult.objects.get(pk=result.id)


def wait_for(condition, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def status(task):
    task.refresh_from_db()
    return task.status


def server_admin():
    """A connection to the server's maintenance database, to act on the test's."""
    database = connection.settings_dict
    return psycopg.connect(
        host=database["HOST"],
        port=database["PORT"],
        user=database["USER"],
        dbname="postgres",
        autocommit=True,
    )


def worker_connections():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
        return [row[0] for row in cursor.fetchall()]


def test_the_worker_outlives_the_database_going_away():
    """As when PostgreSQL restarts: the worker's connection is cut and for a few
    seconds no new one is accepted; it waits, reconnects and delivers what is
    queued next (db_worker exits)."""
    port = free_port()
    name = connection.ops.quote_name(connection.settings_dict["NAME"])
    with smtp_server(Recorder(), port) as server:
        worker = start_worker(port)
        try:
            assert wait_for(worker_connections)
            pids = worker_connections()
            with server_admin() as admin:
                admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
                for pid in pids:
                    admin.execute("SELECT pg_terminate_backend(%s)", [pid])
                time.sleep(3)  # the worker finds the database gone
                admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
            task = queue_email()

            assert wait_for(lambda: status(task) == "SUCCESSFUL"), stop(worker)
            assert worker.poll() is None
            assert [envelope.rcpt_tos for envelope in server.envelopes] == [
                ["moderator@example.org"]
            ]
        finally:
            with server_admin() as admin:
                admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
            output = stop(worker)
    assert "Database unavailable" in output


def test_a_task_left_running_by_a_killed_worker_is_queued_again():
    hanging_port, good_port = free_port(), free_port()
    with smtp_server(Hangs(), hanging_port):
        worker = start_worker(hanging_port)
        task = queue_email()
        assert wait_for(lambda: status(task) == "RUNNING"), stop(worker)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    assert status(task) == "RUNNING"  # nobody will ever finish it

    good = {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "127.0.0.1", "port": good_port, "timeout": 5},
    }
    from config.settings.base import queued

    with smtp_server(Recorder(), good_port) as server:
        with override_settings(TASKS=DATABASE_TASKS, MAILERS=queued(good)):
            call_command("run_worker", "--batch", verbosity=0)
            assert status(task) == "RUNNING"  # a live worker may still be on it

            with override_settings(TASKS_STALE_AFTER=0):
                call_command("run_worker", "--batch", verbosity=0)

    assert status(task) == "SUCCESSFUL"
    assert len(server.envelopes) == 1


def test_sigterm_stops_a_task_waiting_on_a_hanging_mail_server_at_once():
    """The mail server hangs for a minute; a container gives ten seconds."""
    port = free_port()
    with smtp_server(Hangs(), port):
        worker = start_worker(port)
        task = queue_email()
        assert wait_for(lambda: status(task) == "RUNNING"), stop(worker)
        time.sleep(0.5)  # well inside the SMTP conversation

        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=10)
            stopped_in_time = True
        except subprocess.TimeoutExpired:
            stopped_in_time = False
        output = stop(worker)

    assert stopped_in_time, output
    assert worker.returncode == 0, output
    task.refresh_from_db()
    assert (task.status, task.started_at) == ("READY", None)
    assert "put back in the queue" in output
