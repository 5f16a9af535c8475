from urllib.parse import unquote

import pytest
from axe_playwright_python.sync_playwright import Axe

VIEWPORTS = {"phone": (375, 812), "desktop": (1280, 900)}


@pytest.mark.parametrize("code", ["en", "ar"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_home_page_fits_the_window_in_the_right_direction(
    page, live_site, screenshot, code, viewport
):
    width, height = VIEWPORTS[viewport]
    page.set_viewport_size({"width": width, "height": height})

    page.goto(f"{live_site.url}/{code}/")

    assert page.locator("html").get_attribute("dir") == (
        "rtl" if code == "ar" else "ltr"
    )
    assert page.locator("html").get_attribute("lang") == code
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow == 0
    if code == "ar":
        # Right to left throughout: the hero title starts at the right edge.
        box = page.locator(".hero__title").bounding_box()
        assert box["x"] + box["width"] > width * 0.75
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    screenshot(page, f"home-{code}-{viewport}")


def test_language_switcher_leads_to_the_same_page(page, live_site):
    page.goto(f"{live_site.url}/en/about/")

    switcher = page.get_by_role("navigation", name="Language")
    switcher.locator('a[hreflang="ar"]').click()

    assert unquote(page.url) == f"{live_site.url}/ar/عن-الحملة/"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text() == "عن الحملة"

    page.get_by_role("navigation", name="اللغة").get_by_role(
        "link", name="français", exact=True
    ).click()

    assert page.url == f"{live_site.url}/fr/a-propos/"


@pytest.mark.parametrize("code", ["en", "ar"])
def test_skip_link_works_by_keyboard(page, live_site, code):
    page.goto(f"{live_site.url}/{code}/")

    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    box = skip.bounding_box()
    assert box["y"] >= 0  # moved into view when focused

    page.keyboard.press("Enter")

    assert page.url.endswith("#main")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("code", ["en", "ar"])
@pytest.mark.parametrize("viewport", [(390, 844), (1280, 900)])
def test_home_page_has_no_accessibility_violations(page, live_site, code, viewport):
    page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
    page.goto(f"{live_site.url}/{code}/")
    assert page.locator(".hero__image").is_visible()

    results = Axe().run(
        page,
        options={
            "runOnly": {
                "type": "tag",
                "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
            }
        },
    )

    assert results.violations_count == 0, results.generate_report()


PAGES = {
    "en": ["/en/", "/en/about/", "/en/take-part/", "/en/privacy/", "/en/stories/"],
    "ar": ["/ar/", "/ar/عن-الحملة/", "/ar/شاركوا/", "/ar/الخصوصية/", "/ar/قصص/"],
}


@pytest.mark.parametrize("code", ["en", "ar"])
def test_public_pages_request_nothing_from_another_host(page, live_site, code):
    """No font, script, image or stylesheet from elsewhere: every request the
    browser makes, the page's own assets included, goes to the site itself."""
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.set_viewport_size({"width": 390, "height": 844})

    for path in PAGES[code]:
        response = page.goto(live_site.url + path)
        assert response.ok, path
        page.wait_for_load_state("networkidle")

    assert requested
    elsewhere = [
        url
        for url in requested
        if not url.startswith(live_site.url) and not url.startswith("data:")
    ]
    assert elsewhere == []
    assert any(url.endswith(".css") for url in requested)
    assert any(".webp" in url for url in requested)  # the hero's rendition


@pytest.mark.parametrize("code", ["en", "ar"])
def test_phone_home_page_shows_the_claim_and_the_share_action_first(
    page, live_site, code
):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_site.url}/{code}/")

    title = page.locator(".hero__title").bounding_box()
    share = page.locator(".hero .button--accent").bounding_box()
    assert title["y"] < 300
    assert share["y"] + share["height"] < 844  # on the first screen


@pytest.mark.parametrize("code", ["en", "ar"])
def test_campaign_pages_at_phone_width_have_no_accessibility_violations(
    page, live_site, code
):
    page.set_viewport_size({"width": 390, "height": 844})
    axe = Axe()
    for path in PAGES[code][1:4]:  # about, how to take part, privacy
        page.goto(live_site.url + path)
        results = axe.run(
            page,
            options={
                "runOnly": {
                    "type": "tag",
                    "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
                }
            },
        )
        assert results.violations_count == 0, (path, results.generate_report())
