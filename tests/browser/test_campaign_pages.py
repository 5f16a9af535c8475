"""Campaign pages in a browser: the video loads nothing from another host until
clicked, and campaign and news pages pass axe on a phone, in English and Arabic."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation

from campaign.models import CampaignPage, NewsIndexPage

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 390, "height": 844}


def campaign_with_a_video():
    campaign = CampaignPage.objects.get(slug="it-takes-a-community")
    video = {
        "title": "Mayors on migration",
        "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "caption": "",
        "transcript": "Cities make migration work.",
        "poster": None,
        "file": None,
    }
    for code in ("en", "ar"):
        body = getattr(campaign, f"body_{code}")
        body.append(("video", video))
        setattr(campaign, f"body_{code}", body)
    campaign.save_revision().publish()
    return campaign


def test_video_sends_no_request_to_another_host_until_clicked(
    page, live_site_for_changes
):
    campaign = campaign_with_a_video()
    local = urlsplit(live_site_for_changes.url).netloc
    hosts = []
    page.on("request", lambda request: hosts.append(urlsplit(request.url).netloc))
    page.route(
        "**/*",
        lambda route: (
            route.abort()
            if urlsplit(route.request.url).netloc != local
            else route.continue_()
        ),
    )

    page.goto(live_site_for_changes.url + campaign.url)
    page.wait_for_load_state("networkidle")

    assert set(hosts) == {local}
    assert page.locator("iframe").count() == 0
    page.get_by_role("link", name="Play the video: Mayors on migration").click()
    frame = page.locator("iframe.video__frame")
    frame.wait_for()
    assert frame.get_attribute("src").startswith(
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    )
    page.wait_for_timeout(300)
    assert set(hosts) - {local} == {"www.youtube-nocookie.com"}


def urls(code):
    """A campaign with a video, one with a statement, and the news."""
    campaign = CampaignPage.objects.get(slug="it-takes-a-community")
    with_statement = CampaignPage.objects.get(slug="cities4migration")
    with translation.override(code):
        return [campaign.url, with_statement.url, NewsIndexPage.objects.get().url]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_campaign_and_news_pages_pass_axe_on_a_phone(page, live_site, code, screenshot):
    campaign_with_a_video()
    page.set_viewport_size(PHONE)
    axe = Axe()
    for number, url in enumerate(urls(code)):
        page.goto(live_site.url + url)
        assert page.locator("html").get_attribute("lang") == code
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
        assert results.violations_count == 0, (url, results.generate_report())
        screenshot(page, f"campaign-{number}-{code}-phone")
        # Nothing wider than the phone's screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
