"""Measure the story pages, listings, writes and sitemap at growing numbers of stories.

Usage:
    DATABASE_URL=postgres://user@host:port/anything \
        .venv/bin/python scripts/bench_scale.py [--sizes 100 1000 10000] [--rounds 15]

The server in DATABASE_URL is used to create a scratch database (``--database``,
default ``bench_scale``; dropped and created again), which is migrated, filled with
the demo and grown with ``load_demo --stories N`` for each size. Requests run in
process with Django's test Client; each figure is the median of ``--rounds``
requests after one warm-up, with the SQL query count of one request. Submission and
approval call the same services as the form and the moderation workflow. Figures are
for comparing sizes on one machine, not absolute."""

import argparse
import contextlib
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--database", default="bench_scale")
    parser.add_argument(
        "--keep", action="store_true", help="Reuse the database if it exists."
    )
    return parser.parse_args()


def scratch_database(name, keep):
    server = os.environ.get("DATABASE_URL", "")
    if not server.startswith(("postgres://", "postgresql://")):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL server (any database).")
    import psycopg

    parts = urlsplit(server)
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and not keep:
            connection.execute(f'DROP DATABASE "{name}"')
        if not exists or not keep:
            connection.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}")), bool(exists and keep)


def main():
    args = arguments()
    url, reused = scratch_database(args.database, args.keep)
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    if not reused:
        with contextlib.redirect_stdout(sys.stderr):
            call_command("migrate", interactive=False, verbosity=0)
            call_command("update_translation_fields", verbosity=0)
    results, load_times = {}, {}
    for size in args.sizes:
        start = time.perf_counter()
        call_command("load_demo", stories=size, stdout=open(os.devnull, "w"))  # noqa: SIM115
        load_times[size] = time.perf_counter() - start
        print(f"{size} stories ready ({load_times[size]:.1f} s)", file=sys.stderr)
        results[size] = measure(args.rounds)
    report(args.sizes, results, load_times)


def timed(action, rounds, prepare=None):
    """Median ms over ``rounds`` runs, and the queries of one run."""
    from django.db import connection

    if prepare:
        prepare()
    action()  # warm-up
    if prepare:
        prepare()
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    # Not CaptureQueriesContext: each request resets the query log.
    with connection.execute_wrapper(count):
        action()
    timings = []
    for _ in range(rounds):
        if prepare:
            prepare()
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), len(queries)


def get(client, url, status=200):
    def action():
        response = client.get(url)
        if response.status_code != status:
            raise SystemExit(f"{url} answered {response.status_code}")
        return response

    return action


def measure(rounds):
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.test import Client
    from django.utils import translation
    from wagtail.models import TaskState

    from stories import services
    from stories.models import StoryIndexPage, StoryPage

    index = StoryIndexPage.objects.get()
    story = StoryPage.objects.child_of(index).live().filter(story_language="ar")
    story = story.order_by("path").last()
    with translation.override("ar"):
        story_url = story.url
    client = Client()
    User = get_user_model()
    admin = User.objects.filter(username="bench-admin").first()
    if admin is None:
        admin = User.objects.create_superuser("bench-admin", "bench@example.org", "x")
    admin.set_password("bench-password-not-secret")
    admin.save()
    admin_client = Client()
    admin_client.post(
        "/admin/login/",
        {"username": "bench-admin", "password": "bench-password-not-secret"},
    )

    submitted = []

    def submit():
        submitted.append(1)  # each title differs, as real ones do
        return services.story_submit(
            index=index,
            data={
                "title": f"A bench in square {len(submitted)} where neighbours meet",
                "body": "Every evening people who arrived last year sit with those "
                "who have always lived here. " * 4,
                "story_language": "fr",
                "city": "Lyon",
                "country": "FR",
                "organisation": "Ville de Lyon",
                "organisation_type": "local",
                "name": "Bench",
                "email": "bench@example.org",
                "consent_publication": True,
                "consent_privacy": True,
                "topics": [],
            },
            language="fr",
        )

    pending = []

    def new_pending():
        pending.append(submit())

    def approve():
        submission = pending.pop()
        task_state = TaskState.objects.get(
            workflow_state__object_id=str(submission.story_id), status="in_progress"
        )
        task_state.task.specific.on_action(task_state, admin, "approve")

    rows = {
        "story page": timed(get(client, story_url), rounds),
        "404 under story list": timed(
            get(client, "/en/stories/no-such-story/", 404), rounds
        ),
        "story list": timed(get(client, "/en/stories/"), rounds),
        "story list, filtered": timed(
            get(client, "/en/stories/?country=TN&language=ar"), rounds
        ),
        "story list, page 50": timed(get(client, "/en/stories/?page=50"), rounds),
        # A word in many generated stories, and one in a single demo story.
        "story list, common word": timed(
            get(client, "/en/stories/?q=community"), rounds
        ),
        "story list, rare word": timed(get(client, "/en/stories/?q=FAMSI"), rounds),
        "site search, common word": timed(
            get(client, "/en/search/?q=community"), rounds
        ),
        "site search, rare word": timed(get(client, "/en/search/?q=FAMSI"), rounds),
        "submission (service)": timed(submit, rounds),
        "approval (workflow)": timed(approve, rounds, prepare=new_pending),
        "sitemap index, cold": timed(
            get(client, "/sitemap.xml"), rounds, prepare=cache.clear
        ),
        "sitemap stories part, cold": timed(
            get(client, "/sitemap-stories.xml"), rounds, prepare=cache.clear
        ),
        "sitemap stories part, cached": timed(
            get(client, "/sitemap-stories.xml"), rounds
        ),
        "admin explorer, story index": timed(
            get(admin_client, f"/admin/pages/{index.pk}/"), rounds
        ),
    }
    return rows


def report(sizes, results, load_times):
    first, last = sizes[0], sizes[-1]
    head = f"{'measurement':30}" + "".join(
        f"{f'{size} ms':>10}{'q':>5}" for size in sizes
    )
    head += f"{f'x{last}/{first}':>10}"
    print(head)
    print("-" * len(head))
    for name in results[first]:
        line = f"{name:30}"
        for size in sizes:
            ms, queries = results[size][name]
            line += f"{ms:10.1f}{queries:5}"
        ratio = results[last][name][0] / results[first][name][0]
        print(line + f"{ratio:10.2f}")
    print()
    print(
        "load_demo --stories: "
        + ", ".join(f"{size}: {seconds:.1f} s" for size, seconds in load_times.items())
    )


if __name__ == "__main__":
    main()
