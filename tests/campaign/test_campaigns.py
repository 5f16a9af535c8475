from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from campaign.models import CampaignIndexPage, CampaignPage

from .campaign_pages import add_campaign

pytestmark = pytest.mark.django_db


def index_url(code="en"):
    return f"/{code}/{CampaignIndexPage.objects.get().slug}/"


def test_running_campaigns_come_before_past_ones(client, demo):
    today = timezone.localdate()
    add_campaign("ended-yesterday", end=today - timedelta(days=1))
    add_campaign("ends-today", end=today)

    html = client.get(index_url()).content.decode()
    running, past = html.split('id="past-heading"')

    assert "ends-today (en)" in running and "It Takes a Community" in running
    assert "ended-yesterday (en)" in past and "Cities for migration" in past
    assert CampaignPage.objects.get(slug="ends-today").is_running


def test_campaign_page_metadata(demo, rf):
    page = CampaignPage.objects.get(slug="cities4migration")

    assert page.schema_org_type == "CreativeWork"
    assert page.hashtag_list() == ["#Cities4Migration", "#WeTogether"]
    assert 0 < len(page.meta_description()) <= 200
    assert page.share_source_image() == page.hero_image
    data = page.schema_org(rf.get("/"))
    assert data["temporalCoverage"].startswith("2020-12-18/")
    assert "#WeTogether" in data["keywords"]


def test_campaign_index_runs_a_constant_number_of_queries(
    client, demo, django_assert_num_queries
):
    image = get_image_model().objects.create(title="Hero", file=get_test_image_file())
    CampaignPage.objects.update(hero_image=image)
    past = date(2020, 1, 1)
    for number in range(3):
        add_campaign(f"c{number}", hero_image=image, end=past if number % 2 else None)
    client.get(index_url())  # renditions are made once, on the first view
    with CaptureQueriesContext(connection) as small:
        client.get(index_url())
    for number in range(3, 30):
        add_campaign(f"c{number}", hero_image=image, end=past if number % 2 else None)

    with django_assert_num_queries(len(small)):
        html = client.get(index_url()).content.decode()
    assert html.count('class="card"') == 32
