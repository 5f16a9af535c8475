"""The sitemap index and its parts: stories once per language they are written in,
parts within the protocol's limit, served from the cache until a page changes."""

import io
import re
from urllib.parse import unquote

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stories.models import StoryPage
from stories.sitemaps import StorySitemap

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(demo):
    call_command("load_demo", stories=40, stdout=io.StringIO())


def urls(xml):
    return re.findall(r"<url>(.*?)</url>", xml, re.S)


def test_robots_txt_names_the_sitemap_index(client):
    assert (
        "Sitemap: http://testserver/sitemap.xml"
        in client.get("/robots.txt").content.decode()
    )


def test_sitemap_xml_is_an_index_of_its_parts(client, stories):
    xml = client.get("/sitemap.xml").content.decode()

    assert "<sitemapindex" in xml
    assert "<loc>http://testserver/sitemap-pages.xml</loc>" in xml
    assert "<loc>http://testserver/sitemap-stories.xml</loc>" in xml


def test_other_pages_are_listed_per_language_with_alternates(client, stories):
    xml = client.get("/sitemap-pages.xml").content.decode()

    assert "<loc>http://testserver/en/about/</loc>" in xml
    assert "<loc>http://testserver/fr/a-propos/</loc>" in xml
    assert 'hreflang="es" href="http://testserver/es/acerca-de/"' in xml
    assert 'hreflang="x-default"' in xml
    assert not re.search(r"/en/stories/[^<\"]+", xml)  # stories have their own part


def test_single_language_story_is_listed_once_in_its_language(client, stories):
    story = StoryPage.objects.live().filter(story_language="ar").last()
    xml = unquote(client.get("/sitemap-stories.xml").content.decode())

    mine = [entry for entry in urls(xml) if f"/{story.slug_ar}/" in entry]

    assert len(mine) == 1
    assert f"<loc>http://testserver/ar/قصص/{story.slug_ar}/</loc>" in mine[0]
    assert "hreflang" not in mine[0]


def test_translated_story_names_only_the_languages_it_has(client, stories):
    xml = unquote(client.get("/sitemap-stories.xml").content.decode())
    seville = [entry for entry in urls(xml) if "sevilla-reequilibra" in entry]

    assert len(seville) == 2  # Spanish original and English translation
    assert {re.search(r"<loc>http://testserver/(\w+)/", e)[1] for e in seville} == {
        "es",
        "en",
    }
    for entry in seville:
        assert 'hreflang="es"' in entry and 'hreflang="en"' in entry
        assert 'hreflang="fr"' not in entry and 'hreflang="ar"' not in entry


def test_sitemap_parts_stay_within_the_limit(client, stories, monkeypatch):
    monkeypatch.setattr(StorySitemap, "limit", 10)
    total = StoryPage.objects.live().count()

    index = client.get("/sitemap.xml").content.decode()
    parts = re.findall(
        r"<loc>(http://testserver/sitemap-stories\.xml[^<]*)</loc>", index
    )

    assert len(parts) == -(-total // 10)
    listed = 0
    for part in parts:
        xml = client.get(part.replace("http://testserver", "").replace("&amp;", "&"))
        count = len(urls(xml.content.decode()))
        assert 0 < count <= 10 * 4
        listed += count
    assert listed >= total


def test_default_part_size_keeps_every_part_under_50000_urls():
    from stories.models import LANGUAGE_CODES

    assert StorySitemap.limit * len(LANGUAGE_CODES) <= 50_000


def test_sitemap_is_served_from_the_cache_until_a_story_is_published(client, stories):
    client.get("/sitemap-stories.xml")
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as queries:
        client.get("/sitemap-stories.xml")
        client.get("/sitemap.xml")
    assert not [q for q in queries if "wagtailcore_page" in q["sql"]]

    story = StoryPage.objects.live().filter(story_language="en").first()
    story.unpublish()

    xml = client.get("/sitemap-stories.xml").content.decode()
    assert story.slug_en not in xml
