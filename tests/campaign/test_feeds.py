"""Story feeds per language (RSS and Atom), robots.txt, and the sitemap checked
against the sitemap protocol's structure with a real XML parser."""

import io
import xml.etree.ElementTree as ET
from collections import Counter
from urllib.parse import unquote, urlsplit
from urllib.robotparser import RobotFileParser

import feedparser
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.dateparse import parse_datetime

from stories.models import StoryPage

from .discovery_helpers import head_of

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("kind", ["", "atom/"])
def test_story_feeds_parse_and_hold_that_language(client, demo, code, kind):
    response = client.get(f"/{code}/stories-feed/{kind}")
    assert response.status_code == 200

    feed = feedparser.parse(response.content)

    assert not feed.bozo, feed.bozo_exception
    assert feed.version == ("atom10" if kind else "rss20")
    assert feed.feed.get("language", code) == code
    expected = {
        story.pk
        for story in StoryPage.objects.live()
        if code in story.written_languages()
    }
    assert len(feed.entries) == len(expected)
    for entry in feed.entries:
        path = unquote(urlsplit(entry.link).path)
        assert path.startswith(f"/{code}/"), entry.link
        assert entry.title
    titles = {entry.title for entry in feed.entries}
    for story in StoryPage.objects.live().filter(pk__in=expected):
        assert getattr(story, f"title_{code}") in titles


def test_arabic_feed_holds_the_arabic_story_only_in_arabic(client, demo):
    arabic = StoryPage.objects.live().get(title_ar__startswith="صفاقس")

    in_arabic = feedparser.parse(client.get("/ar/stories-feed/").content)
    in_english = feedparser.parse(client.get("/en/stories-feed/").content)

    assert arabic.title_ar in {entry.title for entry in in_arabic.entries}
    assert arabic.title_ar not in {entry.title for entry in in_english.entries}


FEEDS = {"PublicationPage": "publications-feed/", "StoryPage": "stories-feed/"}


def feed_address(kind, code):
    """The news feed is a route of the news index; the others have their own URL."""
    from django.utils import translation

    from campaign.models import NewsIndexPage

    if kind == "ArticlePage":
        with translation.override(code):
            return NewsIndexPage.objects.get().feed_url()
    return f"/{code}/{FEEDS[kind]}"


@pytest.mark.parametrize("kind", ["ArticlePage", "PublicationPage", "StoryPage"])
def test_a_page_is_an_item_only_of_the_feeds_of_its_languages(client, demo, kind):
    """An English-only page is the newest item of the English feed and of no
    other: elsewhere its address only shows the English text."""
    from .english_only import english_only, url_in

    page = english_only(kind)

    for code in LANGUAGES:
        feed = feedparser.parse(client.get(feed_address(kind, code)).content)
        assert not feed.bozo, feed.bozo_exception
        links = [unquote(urlsplit(entry.link).path) for entry in feed.entries]
        assert feed.entries, code
        if code == "en":
            assert links[0] == url_in(page, "en")
            assert feed.entries[0].title == page.title_en
        else:
            assert url_in(page, code) not in links
            assert page.title_en not in {entry.title for entry in feed.entries}


@pytest.mark.parametrize("code", ["en", "ar"])
def test_story_pages_link_their_feeds(client, demo, code):
    for url in (f"/{code}/", f"/{code}/stories/" if code == "en" else "/ar/قصص/"):
        head = head_of(client.get(url))
        rss = head.link(rel="alternate", type="application/rss+xml")
        atom = head.link(rel="alternate", type="application/atom+xml")
        assert [link["href"] for link in rss] == [
            f"http://testserver/{code}/stories-feed/"
        ]
        assert [link["href"] for link in atom] == [
            f"http://testserver/{code}/stories-feed/atom/"
        ]


def test_robots_txt_parses(client):
    response = client.get("/robots.txt")
    robots = RobotFileParser()
    robots.parse(response.content.decode().splitlines())

    assert robots.can_fetch("*", "http://testserver/en/")
    assert robots.can_fetch("*", "http://testserver/api/v2/pages/")
    assert not robots.can_fetch("*", "http://testserver/admin/")
    assert robots.site_maps() == ["http://testserver/sitemap.xml"]


@pytest.fixture
def stories(demo):
    call_command("load_demo", stories=12, stdout=io.StringIO())


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own response


def check_url_element(url):
    """<url>: <loc> once and first, then <lastmod>/<changefreq>/<priority> at most
    once each, and xhtml:link alternates; nothing else."""
    children = [child.tag for child in url]
    assert children[0] == f"{{{SITEMAP}}}loc"
    counts = Counter(children)
    assert counts[f"{{{SITEMAP}}}loc"] == 1
    allowed = {
        f"{{{SITEMAP}}}{name}" for name in ("loc", "lastmod", "changefreq", "priority")
    }
    allowed.add(f"{{{XHTML}}}link")
    assert set(children) <= allowed, children
    for name in ("lastmod", "changefreq", "priority"):
        assert counts[f"{{{SITEMAP}}}{name}"] <= 1
    loc = url.find(f"{{{SITEMAP}}}loc").text
    assert loc.startswith("http://testserver/") and len(loc) < 2048
    lastmod = url.find(f"{{{SITEMAP}}}lastmod")
    if lastmod is not None:
        assert parse_datetime(lastmod.text) or len(lastmod.text) == 10
    links = url.findall(f"{{{XHTML}}}link")
    for link in links:
        assert link.get("rel") == "alternate"
        assert link.get("hreflang") in (*LANGUAGES, "x-default")
        assert link.get("href").startswith("http://testserver/")
    if links:
        hrefs = [link.get("href") for link in links]
        assert loc in hrefs  # a page names itself among its alternates
    return loc, {link.get("hreflang"): link.get("href") for link in links}


def test_sitemap_follows_the_protocol_and_lists_each_page_once_per_language(
    client, stories
):
    from wagtail.models import Page

    index = parse(client, "/sitemap.xml")
    assert index.tag == f"{{{SITEMAP}}}sitemapindex"
    parts = [element.find(f"{{{SITEMAP}}}loc").text for element in index]
    assert parts and all(element.tag == f"{{{SITEMAP}}}sitemap" for element in index)

    locations = []
    alternates_of = {}
    for part in parts:
        urlset = parse(client, urlsplit(part).path)
        assert urlset.tag == f"{{{SITEMAP}}}urlset"
        assert all(url.tag == f"{{{SITEMAP}}}url" for url in urlset)
        for url in urlset:
            loc, alternates = check_url_element(url)
            locations.append(loc)
            alternates_of[loc] = alternates

    assert len(locations) == len(set(locations)), "a URL is listed twice"
    # Every live page (stories aside) once per language, naming the others.
    for page in Page.objects.live().public().filter(depth__gt=1).not_type(StoryPage):
        for code in LANGUAGES:
            from django.utils import translation

            with translation.override(code):
                url = "http://testserver" + page.get_url()
            assert url in alternates_of, url
            assert set(alternates_of[url]) == {*LANGUAGES, "x-default"}
    # Stories once per language they have text in.
    for story in StoryPage.objects.live():
        from django.utils import translation

        for code in story.written_languages():
            with translation.override(code):
                assert "http://testserver" + story.get_url() in alternates_of
