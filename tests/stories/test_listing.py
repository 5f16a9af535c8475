import re

import pytest
import wagtail_factories
from django.db import connection
from django.db.models import QuerySet
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from stories.models import StoryPage
from stories.selectors import PER_PAGE, live_stories, stories_matching
from tests.factories import StoryPageFactory, TopicFactory

pytestmark = pytest.mark.django_db


def index_queries(client, url="/en/stories/"):
    client.get(url)  # renditions are made on the first view, then reused
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_stories(index, count):
    photos = [wagtail_factories.ImageFactory() for _ in range(3)]
    topic = TopicFactory(name_en="Housing", slug="housing")
    for number in range(count):
        story = StoryPageFactory(parent=index, photo=photos[number % 3])
        story.topics.add(topic)
        story.save()


def test_story_index_query_count_does_not_grow_with_stories(client, index):
    StoryPage.objects.all().delete()
    add_stories(index, 5)
    with_five = index_queries(client)
    filtered_five = index_queries(client, "/en/stories/?topic=housing&city=Mechelen")

    add_stories(index, 195)
    with_two_hundred = index_queries(client)
    filtered_two_hundred = index_queries(
        client, "/en/stories/?topic=housing&city=Mechelen&page=3"
    )

    assert StoryPage.objects.live().count() == 200
    assert with_five == with_two_hundred
    assert filtered_five == filtered_two_hundred


def test_newest_stories_come_first_with_pagination(client, index):
    html = client.get("/en/stories/").content.decode()

    lisbon = html.index("Lisbon puts intercultural dialogue")
    seville = html.index("Seville rebalances the story of migration")
    assert lisbon < seville  # Lisbon was published last in the demo
    assert "4 stories" in html


@pytest.mark.parametrize(
    ("query", "present", "absent"),
    [
        ("city=Grenoble", "Grenoble invente", "Lisbon puts"),
        ("country=TN", "صفاقس: البلدية", "Grenoble invente"),
        ("topic=citizenship", "Grenoble invente", "صفاقس: البلدية"),
        ("language=es", "Seville rebalances", "Lisbon puts"),
        ("q=intercultural", "Lisbon puts", "Grenoble invente"),
        ("q=صفاقس", "صفاقس: البلدية", "Lisbon puts"),
    ],
)
def test_filters_narrow_the_list(client, index, query, present, absent):
    html = client.get(f"/en/stories/?{query}").content.decode()

    assert present in html
    assert absent not in html


def test_filter_form_is_a_plain_get_form_in_the_visitors_language(client, index):
    html = client.get("/fr/recits/").content.decode()

    assert 'method="get"' in html
    assert "Tunisie" in html  # country names are translated
    assert "Citoyenneté inclusive" in html


def test_story_in_another_language_keeps_its_language_on_the_card(client, index):
    html = client.get("/en/stories/").content.decode()

    card_start = html.index('class="card" lang="ar" dir="rtl"')
    assert "صفاقس" in html[card_start : card_start + 800]


def test_arabic_story_on_the_english_site_is_shown_honestly(client, index):
    story = StoryPage.objects.live().get(story_language="ar")
    with translation.override("en"):
        url = story.url

    html = client.get(url).content.decode()

    assert '<html lang="en" dir="ltr">' in html
    assert '<div lang="ar" dir="rtl">' in html
    assert 'class="story__body" lang="ar" dir="rtl"' in html
    assert '<main id="main" tabindex="-1" lang="ar" dir="rtl">' in html
    assert "This page is not yet available in English." in html
    assert '<meta name="robots" content="noindex">' in html


def test_translated_story_says_what_it_was_translated_from(client, index):
    story = StoryPage.objects.live().get(story_language="es")
    with translation.override("en"):
        url = story.url

    html = client.get(url).content.decode()

    assert "Seville rebalances the story of migration" in html
    assert "Translated from Spanish" in html
    assert 'class="story__body" lang="en" dir="ltr"' in html


def test_story_page_shows_photo_credit_facts_and_share_links(client, index):
    story = StoryPage.objects.live().get(story_language="fr")
    with translation.override("fr"):
        url = story.url

    html = client.get(url).content.decode()

    assert f'alt="{story.photo_alt_fr}"' in html
    assert "It Takes a Community" in html
    assert "<bdi>Grenoble</bdi>, <bdi>France</bdi>" in html
    assert "https://www.linkedin.com/sharing/share-offsite/?url=" in html
    assert "<iframe" not in html


# --- Text search on the story list ---


def listing_count(html):
    return int(re.search(r'class="listing-count"[^>]*>(\d+) stor', html).group(1))


def test_text_search_counts_every_matching_story(client, index):
    for number in range(14):
        StoryPageFactory(
            parent=index,
            body=f"<p>The harbour ferry carries everyone {number}.</p>",
        )
    StoryPageFactory(parent=index, body="<p>Nothing about boats here.</p>")

    with CaptureQueriesContext(connection) as queries:
        html = client.get("/en/stories/?q=ferry").content.decode()

    assert listing_count(html) == 14
    assert html.count('class="card"') == PER_PAGE
    # The match is part of the count query itself: no list of ids built in Python.
    assert any(
        "COUNT(" in query["sql"].upper() and "wagtailsearch_indexentry" in query["sql"]
        for query in queries
    )


def test_text_search_is_a_queryset_filtered_in_the_database(index):
    stories = stories_matching(live_stories(index), "intercultural")

    assert isinstance(stories, QuerySet)
    assert "wagtailsearch_indexentry" in str(stories.query)
    assert [story.city for story in stories] == ["Lisbon"]


def test_text_search_combines_with_the_other_filters(client, index):
    html = client.get("/en/stories/?q=city&country=PT").content.decode()

    assert listing_count(html) == 1
    assert "Lisbon puts" in html


def test_unusable_search_text_keeps_the_other_filters(client, index):
    """A NUL byte or bare syntax in q used to void the whole form."""
    for query in ["\x00", '"*', "(^:)"]:
        html = client.get("/en/stories/", {"q": query, "city": "Grenoble"}).content
        html = html.decode()

        assert listing_count(html) == 1
        assert "Grenoble invente" in html


def test_a_filtered_list_shows_how_many_filters_are_on(client, index):
    html = client.get("/en/stories/?city=Grenoble&topic=citizenship").content.decode()

    assert '<details class="filters-fold">' in html
    assert "(2 active)" in html
