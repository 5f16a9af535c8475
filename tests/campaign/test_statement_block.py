"""A statement set into a campaign page through the block library."""

import pytest

from campaign.models import CampaignPage, Endorsement, StatementPage

pytestmark = pytest.mark.django_db


def test_campaign_page_shows_its_statement_with_the_approved_count(client, demo):
    campaign = CampaignPage.objects.get(slug_en="cities4migration")
    statement = StatementPage.objects.get(slug_en="migration-makes-cities-grow")
    approved = Endorsement.objects.filter(statement=statement, status="approved")

    html = client.get(campaign.url).content.decode()

    assert 'class="statement-block"' in html
    assert statement.title in html
    assert f"{approved.count()} cities and organisations endorse" in html
    assert f"/en/statements/{statement.pk}/endorse/" in html


def test_an_unpublished_statement_leaves_no_block(client, demo):
    campaign = CampaignPage.objects.get(slug_en="cities4migration")
    StatementPage.objects.get(slug_en="migration-makes-cities-grow").unpublish()

    html = client.get(campaign.url).content.decode()

    assert 'class="statement-block"' not in html
