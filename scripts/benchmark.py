"""Time the main public pages in-process against the demo database.

Usage: .venv/bin/python scripts/benchmark.py [requests per page]
Reports the median and 95th percentile time and the SQL query count of each page.
Run `make demo` first. Figures are for comparing changes on one machine."""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import translation  # noqa: E402

from stories.models import StoryPage  # noqa: E402

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 50


def pages():
    story = StoryPage.objects.live().filter(story_language="ar").first()
    with translation.override("ar"):
        story_ar = story.url
    return [
        "/en/",
        "/ar/",
        "/en/stories/",
        "/ar/قصص/",
        "/en/stories/?country=TN&language=ar",
        "/en/stories/?q=migration",
        story_ar,
        "/en/share-your-story/",
        "/en/search/?q=cities",
        "/sitemap.xml",
    ]


def main():
    client = Client(HTTP_HOST="127.0.0.1")
    print(f"{'page':45} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for url in pages():
        client.get(url)  # warm caches and renditions
        reset_queries()  # the dev settings log queries (DEBUG)
        response = client.get(url)
        queries = len(connection.queries)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        timings = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        p95 = statistics.quantiles(timings, n=20)[-1]
        print(
            f"{url[:45]:45} {statistics.median(timings):10.1f} {p95:8.1f} {queries:8}"
        )


if __name__ == "__main__":
    main()
