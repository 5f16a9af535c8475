"""The task worker for production: django-tasks-db's ``db_worker``, made to
survive what a long-running process meets.

- **The database goes away** (PostgreSQL restarts, a connection is cut): the
  worker logs it, waits a growing pause (1 s up to 30 s) and carries on, where
  ``db_worker`` exits.
- **A worker dies in the middle of a task** (SIGKILL, a crash, a lost host): the
  task stays RUNNING. Every worker puts back in the queue any task RUNNING for
  longer than ``TASKS_STALE_AFTER`` seconds, when it starts and every minute.
  A task is then run at least once: an e-mail may, rarely, go out twice.
- **SIGTERM during a task** interrupts it at once (a mail server that hangs
  included) and puts it back in the queue, so a container's stop grace is never
  outwaited; a second signal stops at once.

Options are ``db_worker``'s (``--queue-name``, ``--interval``, ``--batch``…).
"""

import logging
import signal
import sys
import time
from datetime import timedelta

from django.conf import settings
from django.db import (
    InterfaceError,
    OperationalError,
    close_old_connections,
    connections,
)
from django.utils import timezone
from django_tasks.base import TaskContext, TaskResultStatus
from django_tasks.signals import task_finished, task_started
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

logger = logging.getLogger("campaign.worker")

RECOVERY_INTERVAL = 60  # seconds between two looks for stale tasks
LONGEST_PAUSE = 30  # seconds between two attempts to reach the database


class Interrupted(BaseException):
    """Raised by SIGTERM inside a running task, to stop it where it waits."""


class Worker(db_worker.Worker):
    interruptible = False  # True only while the task's own code runs

    def shutdown(self, signum, frame):
        if self.running and self.interruptible:
            logger.warning("Received %s: stopping the task", signal.strsignal(signum))
            self.running = False
            # The task's own clean-up may wait too (an SMTP QUIT to a server
            # that hangs): keep interrupting it every second until it returns.
            signal.signal(signal.SIGALRM, self.interrupt)
            signal.setitimer(signal.ITIMER_REAL, 1, 1)
            raise Interrupted
        super().shutdown(signum, frame)

    def interrupt(self, signum, frame):
        if self.interruptible:
            raise Interrupted

    def run(self):
        logger.info("Worker %s on queues %s", self.worker_id, self.queue_names)
        pause = 1
        last_recovery = 0.0
        while self.running:
            try:
                if time.monotonic() - last_recovery >= RECOVERY_INTERVAL:
                    recover_stale_tasks(self.backend_name)
                    last_recovery = time.monotonic()
                task_result = self.claim_next()
                if task_result is not None:
                    self.run_task(task_result)
                pause = 1
            except (OperationalError, InterfaceError) as error:
                logger.warning("Database unavailable (%s); again in %d s", error, pause)
                connections.close_all()
                self.sleep(pause)
                pause = min(pause * 2, LONGEST_PAUSE)
                continue
            if self.batch and task_result is None:
                return
            if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                return
            close_old_connections()
            if self.running and task_result is None:
                self.sleep(self.interval)

    def sleep(self, seconds):
        if self.running:
            time.sleep(seconds)

    def claim_next(self):
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        with exclusive_transaction(tasks.db):
            task_result = tasks.get_locked()
            if task_result is not None:
                task_result.claim(self.worker_id)
        return task_result

    def run_task(self, db_task_result):
        """As ``db_worker``'s, except that only the task's own code can be
        interrupted, and an interrupted task goes back to the queue."""
        self.running_task = True
        task = db_task_result.task
        task_result = db_task_result.task_result
        sender = type(task.get_backend())
        args = task_result.args
        if task.takes_context:
            args = [TaskContext(task_result=task_result), *args]
        try:
            task_started.send(sender=sender, task_result=task_result)
            self.interruptible = True
            try:
                value = task.call(*args, **task_result.kwargs)
            finally:
                self.interruptible = False
                signal.setitimer(signal.ITIMER_REAL, 0)
            db_task_result.set_successful(value)
        except Interrupted:
            requeue(db_task_result)
            logger.warning("Task %s put back in the queue", db_task_result.pk)
            return
        except Exception as error:  # the task failed: recorded, as db_worker does
            db_task_result.set_failed(error)
        finally:
            self.running_task = False
            self._run_tasks += 1
        task_finished.send(sender=sender, task_result=db_task_result.task_result)


def requeue(db_task_result):
    DBTaskResult.objects.filter(pk=db_task_result.pk).update(
        status=TaskResultStatus.READY, started_at=None
    )


def recover_stale_tasks(backend_name):
    """Put back in the queue the tasks left RUNNING by a worker that died."""
    stale_after = timedelta(seconds=settings.TASKS_STALE_AFTER)
    count = DBTaskResult.objects.filter(
        backend_name=backend_name,
        status=TaskResultStatus.RUNNING,
        started_at__lt=timezone.now() - stale_after,
    ).update(status=TaskResultStatus.READY, started_at=None)
    if count:
        logger.warning("Put %d stale task(s) back in the queue", count)
    return count


class Command(db_worker.Command):
    help = "Run the background tasks: db_worker that survives database restarts, "
    "dead workers and SIGTERM in the middle of a task"

    def handle(self, *, verbosity, queue_name, interval, batch, backend_name,
               startup_delay, reload, max_tasks, worker_id, **options):  # fmt: skip
        self.configure_logging(verbosity)
        if not logger.handlers:
            logger.addHandler(logging.StreamHandler(sys.stdout))
        logger.setLevel(logging.INFO if verbosity else logging.CRITICAL)
        worker = Worker(
            queue_names=queue_name.split(","),
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=False,
            max_tasks=max_tasks,
            worker_id=worker_id,
        )
        worker.configure_signals()
        worker.run()
