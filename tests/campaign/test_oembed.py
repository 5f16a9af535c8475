"""oEmbed for partner websites: a story's address gives a "rich" card, in the
story's language, through an iframe that only this route allows."""

import json
import re
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

import pytest
from django.utils import translation

from campaign.models import StandardPage
from stories.models import StoryPage

from .discovery_helpers import head_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic_story(demo):
    return StoryPage.objects.live().get(title_ar__startswith="صفاقس")


def story_address(story, code):
    with translation.override(code):
        return "http://testserver" + story.get_url()


def oembed(client, url, **params):
    return client.get("/oembed/?" + urlencode({"url": url, **params}))


class IframeParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.iframes = []

    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.iframes.append(dict(attrs))


def test_story_page_announces_its_oembed(client, arabic_story):
    address = story_address(arabic_story, "ar")
    head = head_of(client.get(address))

    links = head.link(rel="alternate", type="application/json+oembed")
    assert len(links) == 1
    expected = "http://testserver/oembed/?" + urlencode(
        {"url": address, "format": "json"}
    )
    assert links[0]["href"] == expected


def test_oembed_json_is_a_rich_card_linking_back(client, arabic_story):
    address = story_address(arabic_story, "ar")
    response = oembed(client, address, format="json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["version"] == "1.0"
    assert data["type"] == "rich"
    assert data["title"] == arabic_story.title_ar
    assert data["provider_url"] == "http://testserver/"
    assert data["author_name"] == arabic_story.organisation
    assert isinstance(data["width"], int) and isinstance(data["height"], int)
    parser = IframeParser()
    parser.feed(data["html"])
    (iframe,) = parser.iframes
    assert iframe["src"] == f"http://testserver/ar/embed/{arabic_story.pk}/"
    assert iframe["title"] == arabic_story.title_ar
    assert "<script" not in data["html"]

    card = client.get(urlsplit(iframe["src"]).path)
    assert card.status_code == 200
    html = card.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert arabic_story.title_ar in html
    assert f'href="{address}"' in html
    assert "<script" not in html
    # Other sites may frame the card, and only the card.
    assert "frame-ancestors *" in card["Content-Security-Policy"]
    assert "X-Frame-Options" not in card
    page = client.get(address)
    assert "frame-ancestors 'none'" in page["Content-Security-Policy"]
    assert page["X-Frame-Options"] == "DENY"


def test_maxwidth_is_respected(client, arabic_story):
    data = json.loads(
        oembed(client, story_address(arabic_story, "en"), maxwidth="320").content
    )
    assert data["width"] == 320
    assert 'width="320"' in data["html"]


@pytest.mark.parametrize(
    "url",
    [
        "",
        "not a url",
        "http://testserver/en/no-such-page/",
        "https://other.example/en/stories/",
        "http://testserver/",
        "javascript:alert(1)",
        "http://testserver/xx/stories/",
        "http://[::1/",
        "http://testserver/en/" + "a/" * 2000,
    ],
)
def test_unknown_addresses_are_not_found(client, demo, url):
    assert oembed(client, url).status_code == 404


def test_pages_that_do_not_embed_are_not_found(client, demo):
    page = StandardPage.objects.live().first()
    address = "http://testserver" + page.get_url()

    assert oembed(client, address).status_code == 404
    assert client.get(f"/en/embed/{page.pk}/").status_code == 404
    assert not head_of(client.get(address)).link(type="application/json+oembed")


def test_unpublished_stories_are_not_found(client, demo):
    draft = StoryPage.objects.filter(live=False).first()

    assert client.get(f"/en/embed/{draft.pk}/").status_code == 404
    assert client.get("/en/embed/999999/").status_code == 404


def test_xml_is_not_implemented(client, arabic_story):
    response = oembed(client, story_address(arabic_story, "en"), format="xml")
    assert response.status_code == 501
    assert re.search(r"JSON", response.content.decode())
