from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import translation

from campaign.models import ArticlePage, CampaignPage, EventPage

pytestmark = pytest.mark.django_db


def share_links(html):
    """{"X": "https://x.com/…", …} from a page's share list."""
    import re

    section = html.split('class="share"')[1].split("</section>")[0]
    return {
        label: href.replace("&amp;", "&")
        for href, label in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', section)
    }


def test_share_links_carry_the_arabic_title_url_and_campaign_hashtags(client, demo):
    campaign = CampaignPage.objects.get(slug="cities4migration")
    with translation.override("ar"):
        path = campaign.url
        title = campaign.title
    url = f"http://testserver{path}"
    html = client.get(path).content.decode()
    links = share_links(html)

    x = parse_qs(urlsplit(links["X"]).query)
    assert x["text"] == [title] and x["url"] == [url]
    assert x["hashtags"] == ["Cities4Migration,WeTogether"]
    bluesky = parse_qs(urlsplit(links["Bluesky"]).query)["text"][0]
    assert bluesky == f"{title} #Cities4Migration #WeTogether {url}"
    # Encoded: no raw Arabic, spaces or # in any address.
    for href in links.values():
        assert " " not in href and "#" not in href and title not in href
    assert "%D9%85%D8%AF%D9%86" in links["X"]  # مدن
    mail = parse_qs(urlsplit(links["البريد الإلكتروني"]).query)
    assert mail["subject"] == [title]


def test_article_and_event_share_their_campaigns_hashtags(client, demo):
    event = EventPage.objects.get(slug="demo-peer-learning-telling-local-stories")
    html = client.get(event.url).content.decode()
    assert share_links(html)["X"].endswith("&hashtags=ItTakesACommunity")
    assert 'data-copy-url="http://testserver' in html
    assert "/static/js/share.js" in html


def test_pages_without_a_campaign_fall_back_on_the_sites_hashtags(client, demo):
    article = ArticlePage.objects.get(slug="peer-learning-note-28")
    html = client.get(article.url).content.decode()
    assert (
        "hashtags=ItTakesACommunity%2CCities4Migration%2CWeTogether"
        in (share_links(html)["X"])
    )
