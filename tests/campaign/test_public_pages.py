"""Public page details: titles, the language switcher, the 404 page, list commas."""

import re
from unittest import mock

import pytest
from django.db import DatabaseError
from django.utils import translation

from stories.models import StoryPage
from tests.factories import TopicFactory

pytestmark = pytest.mark.django_db


def title(html):
    return re.search(r"<title>(.*?)</title>", html).group(1)


def test_home_page_title_names_the_site_once(client, demo):
    assert title(client.get("/en/").content.decode()) == "It Takes a Community"
    assert "It Takes a Community" not in title(client.get("/ar/").content.decode())


def test_other_pages_add_the_site_name_to_their_title(client, demo):
    html = client.get("/en/about/").content.decode()

    assert title(html).endswith(" · It Takes a Community")


@pytest.mark.parametrize(
    "path", ["//other.example/en/search/", "//other.example/en/", "//en/search/"]
)
def test_language_switcher_never_leads_to_another_host(client, demo, path):
    response = client.get("/", PATH_INFO=path)

    html = response.content.decode()
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert not [href for href in hrefs if "other.example" in href]
    assert not [href for href in hrefs if href.startswith("//")]
    switcher = html[html.index('class="language-switcher"') :]
    assert 'href="/fr/"' in switcher


def test_language_switcher_keeps_the_view_and_its_query(client, demo):
    html = client.get("/en/search/?q=Sfax").content.decode()
    switcher = html[html.index('class="language-switcher"') :]

    assert 'href="/ar/search/?q=Sfax"' in switcher


@pytest.mark.parametrize(
    ("path", "heading", "home"),
    [
        ("/ar/no-such-page/", "الصفحة غير موجودة", 'href="/ar/"'),
        ("/fr/aucune-page/", "Page introuvable", 'href="/fr/"'),
    ],
)
def test_not_found_page_helps_in_the_visitors_language(
    client, demo, path, heading, home
):
    response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 404
    assert f"<h1>{heading}</h1>" in html
    assert 'role="search"' in html and 'name="q"' in html
    assert home in html
    assert 'class="site-header"' in html and 'class="site-footer"' in html
    stories = StoryPage.objects.live().first().get_parent()
    with translation.override(path[1:3]):
        assert f'href="{stories.url}"' in html


def test_not_found_outside_any_language_prefix_is_a_404(client, demo):
    response = client.get("/no-such-file.txt", headers={"accept-language": "fr"})

    assert response.status_code == 404
    assert '<html lang="fr" dir="ltr">' in response.content.decode()


def test_not_found_page_answers_404_even_when_it_cannot_render(client, demo):
    with mock.patch(
        "campaign.models.SiteChrome.for_request", side_effect=DatabaseError("down")
    ):
        response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert b"site-header" not in response.content  # the bare fallback


def test_arabic_topic_list_uses_the_arabic_comma(client, demo):
    story = StoryPage.objects.live().get(story_language="ar")
    story.topics.add(TopicFactory(name_en="Housing", name_ar="السكن", slug="housing"))
    story.topics.add(TopicFactory(name_en="Work", name_ar="العمل", slug="work"))
    with translation.override("ar"):
        arabic = client.get(story.url).content.decode()
    with translation.override("en"):
        english = client.get(story.url).content.decode()

    assert "</a>، <a" in arabic and "</a>, <a" not in arabic
    assert "</a>, <a" in english
