from datetime import date, timedelta

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from campaign.models import ArticlePage, NewsIndexPage
from partners.models import Topic

from .campaign_pages import add_article

pytestmark = pytest.mark.django_db


def index_url(code="en"):
    return f"/{code}/{NewsIndexPage.objects.get().slug}/"


def test_news_are_newest_first_and_filtered_by_topic(client, demo):
    html = client.get(index_url()).content.decode()
    assert html.index("Peer Learning Note 28") < html.index("Mediterranean mayors")

    html = client.get(index_url() + "?topic=citizenship").content.decode()
    assert "Peer Learning Note 28" in html and "Mediterranean mayors" not in html
    assert 'aria-current="page">Inclusive citizenship' in html


def test_feed_per_language_is_linked_and_parses(client, demo):
    for code in ("en", "ar"):
        html = client.get(index_url(code)).content.decode()
        assert 'type="application/rss+xml"' in html
        assert f'href="/{code}/' in html.split('application/rss+xml"')[1][:200]
    feed = feedparser.parse(client.get("/ar/news/feed/").content)

    assert feed.bozo == 0
    assert feed.feed.title == "الأخبار"
    assert feed.entries[0].title.startswith("مذكرة التعلّم بين الأقران رقم 28")
    assert feed.entries[0].link == "http://testserver/ar/news/peer-learning-note-28/"


def test_article_metadata(demo, rf):
    article = ArticlePage.objects.get(slug="peer-learning-note-28")
    data = article.schema_org(rf.get("/"))

    assert article.schema_org_type == "NewsArticle"
    assert data["datePublished"] == "2021-06-01"
    assert data["author"] == {"@type": "Organization", "name": "UCLG · MC2CM"}
    assert article.share_source_image() == article.lead_image
    assert len(article.meta_description()) <= 200


def test_news_index_runs_a_constant_number_of_queries(
    client, demo, django_assert_num_queries
):
    image = get_image_model().objects.create(title="Lead", file=get_test_image_file())
    topic = Topic.objects.get(slug="citizenship")
    ArticlePage.objects.update(lead_image=image)

    def add(number):
        article = add_article(
            f"a{number}",
            day=date(2022, 1, 1) + timedelta(days=number),
            lead_image=image,
        )
        article.topics.add(topic)
        article.save()

    for number in range(3):
        add(number)
    client.get(index_url() + "?topic=citizenship")  # renditions are made once
    with CaptureQueriesContext(connection) as small:
        client.get(index_url() + "?topic=citizenship")
    for number in range(3, 30):
        add(number)

    with django_assert_num_queries(len(small)):
        html = client.get(index_url() + "?topic=citizenship").content.decode()
    assert html.count('class="card"') == 12
