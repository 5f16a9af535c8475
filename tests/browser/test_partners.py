"""The partner list and a city page: accessible in English and Arabic on a phone,
and nothing is requested from another host."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation

from partners.models import City, PartnerIndexPage

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 390, "height": 844}


def partner_urls(code):
    with translation.override(code):
        index = PartnerIndexPage.objects.get()
        return [index.url, City.objects.get(slug="sfax").get_url()]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_partner_pages_have_no_accessibility_violations_on_a_phone(
    page, live_site, code, screenshot
):
    page.set_viewport_size(PHONE)
    axe = Axe()
    for number, url in enumerate(partner_urls(code)):
        page.goto(live_site.url + url)
        assert page.locator("html").get_attribute("dir") == (
            "rtl" if code == "ar" else "ltr"
        )
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
        assert results.violations_count == 0, (url, results.generate_report())
        screenshot(page, f"partners-{code}-{number}")


def test_map_points_are_links_with_names_and_nothing_loads_from_elsewhere(
    page, live_site
):
    host = urlsplit(live_site.url).netloc
    requested = []
    page.on("request", lambda request: requested.append(request.url))

    for url in partner_urls("en") + partner_urls("ar"):
        page.goto(live_site.url + url)
        page.wait_for_load_state("networkidle")

    foreign = [url for url in requested if urlsplit(url).netloc not in (host, "")]
    assert not [url for url in foreign if not url.startswith("data:")], foreign

    page.goto(live_site.url + partner_urls("en")[0])
    points = page.locator(".city-map__svg a")
    assert points.count() >= len(City.objects.all())
    for number in range(points.count()):
        assert points.nth(number).get_attribute("aria-label")
    # Points near each other overlap (Tangier lies over Seville at this scale):
    # the keyboard reaches every one of them.
    seville = page.get_by_role("link", name="Seville, Spain").first
    seville.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/cities/seville/")
    assert page.locator("h1").inner_text() == "Seville"
