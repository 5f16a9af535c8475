"""The home page as the campaign's front door: its sections, their omission when
empty, and a query count that does not grow with the site."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

from campaign import selectors
from campaign.models import CampaignPage, EventPage
from partners.models import PartnerIndexPage, PartnerKind, PartnerPage
from publications.models import PublicationPage
from stories.models import StoryIndexPage
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def add_partners(home, count):
    """Numbered partners; the demo's own make way at the first call."""
    index = PartnerIndexPage.objects.first()
    if index is not None and not index.get_children().filter(
        title__startswith="Partner "
    ):
        index.get_children().delete()
    if index is None:
        index = PartnerIndexPage(title="Partners", slug="partners")
        home.add_child(instance=index)
    start = index.get_children().count()
    for number in range(start, start + count):
        index.add_child(
            instance=PartnerPage(
                title=f"Partner {number}",
                slug=f"partner-{number}",
                kind=PartnerKind.CITY_NETWORK,
                logo=ImageFactory() if number % 2 else None,
                logo_alt=f"Logo of partner {number}",
            )
        )


def add_stories(count):
    index = StoryIndexPage.objects.get()
    for _number in range(count):
        StoryPageFactory(parent=index, photo=ImageFactory())


def test_home_page_says_what_who_and_how_at_once(client, demo):
    html = client.get("/en/").content.decode()

    hero = html[html.index('class="hero') : html.index("</section>")]
    assert "Migration makes cities grow" in hero  # what
    assert 'href="/en/share-your-story/"' in hero  # how
    assert 'href="/en/take-part/"' in hero
    assert "<img" in hero and 'alt="Drawing: neighbours' in hero
    assert "Image: Campaign illustration" in hero
    assert "GFMD ad hoc Working Group" in html  # who
    assert "The campaign in figures" in html and "Lampedusa Charter" in html
    assert "Ways to take part" in html and "Endorse the statement" in html


def test_home_page_sections_follow_the_language(client, demo):
    html = client.get("/ar/").content.decode()

    assert "الحملة بالأرقام" in html
    assert "طرق المشاركة" in html
    assert "آلية رؤساء البلديات" in html
    assert 'class="brand__name">الأمر يتطلب مجتمعاً<' in html


def test_empty_sections_are_left_out(client, demo):
    for model in (CampaignPage, EventPage, PartnerPage, PublicationPage):
        model.objects.all().unpublish()

    html = client.get("/en/").content.decode()

    assert "Running campaigns" not in html
    assert "Featured publication" not in html
    assert "Next event" not in html
    assert 'class="logo-wall"' not in html  # no partner yet


def test_sections_show_what_the_selectors_give(client, demo, monkeypatch):
    index = StoryIndexPage.objects.get()
    monkeypatch.setattr(selectors, "running_campaigns", lambda: [index])
    monkeypatch.setattr(selectors, "featured_publication", lambda: index)
    monkeypatch.setattr(selectors, "upcoming_event", lambda: index)
    add_partners(demo, 3)

    html = client.get("/en/").content.decode()

    assert "Running campaigns" in html
    assert "Featured publication" in html and "Next event" in html
    assert html.count('class="logo-wall__item"') == 3
    assert 'alt="Logo of partner 1"' in html
    assert '<span class="logo-wall__name">Partner 0</span>' in html


def test_home_page_queries_do_not_grow_with_stories_and_partners(
    client, demo, django_assert_num_queries
):
    add_partners(demo, 2)
    add_stories(1)
    client.get("/en/")  # renditions are made once
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/")
    few = len(queries)  # read now: the next request clears the query log

    add_partners(demo, 10)
    add_stories(6)
    client.get("/en/")
    assert few <= 32
    with django_assert_num_queries(few):
        html = client.get("/en/").content.decode()

    assert html.count('class="logo-wall__item"') == 12
    latest = html[html.index('id="latest-heading"') :]
    latest = latest[: latest.index("</section>")]
    assert latest.count('<article class="card" lang=') == 3
