"""On a phone the header stays one compact line with a menu button, and the story
filters fold away so the first stories show on the first screen."""

from urllib.parse import quote

import pytest
from axe_playwright_python.sync_playwright import Axe

PHONE = {"width": 390, "height": 844}
STORIES = {"en": "/en/stories/", "ar": f"/ar/{quote('قصص')}/"}
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_phone_header_is_compact_with_a_menu_that_opens(page, live_site, code):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_site.url}/{code}/")

    assert page.locator(".site-header").bounding_box()["height"] <= 80
    navigation = page.locator(".site-nav")
    assert not navigation.is_visible()

    page.locator(".site-menu__toggle").click()

    assert navigation.is_visible()
    assert page.locator(".language-switcher").is_visible()
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("code", ["en", "ar"])
def test_phone_story_list_folds_the_filters(page, live_site, code):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_site.url}{STORIES[code]}?city=Grenoble")

    assert not page.locator(".filters").is_visible()
    toggle = page.locator(".filters-fold__toggle")
    assert toggle.is_visible()
    assert "2" not in toggle.inner_text() and "1" in toggle.inner_text()
    first_card = page.locator(".card").first.bounding_box()
    assert first_card["y"] < PHONE["height"]

    toggle.click()

    assert page.locator(".filters").is_visible()


def test_desktop_shows_navigation_and_filters_without_a_button(page, live_site):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_site.url}/en/stories/")

    assert page.locator(".site-nav").is_visible()
    assert not page.locator(".site-menu__toggle").is_visible()
    assert page.locator(".filters").is_visible()
    assert not page.locator(".filters-fold__toggle").is_visible()
