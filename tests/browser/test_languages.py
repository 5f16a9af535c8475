"""The language switcher keeps the visitor's place (a city's page, the search and
its words, a filtered list, a form and what was typed in it), and a page not yet
translated reads honestly in Arabic on a phone and a desktop."""

import re
from urllib.parse import unquote

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache
from django.utils import translation

from campaign.models import StatementPage
from partners.models import City
from stories.models import StoryIndexPage
from tests.campaign.english_only import TEXT, english_only, url_in

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
ARABIC = translation.get_language_info("ar")["name_local"]  # as the switcher says it


def switch_to(page, name):
    """Follow the switcher's link to a language (shown inline on a desktop)."""
    page.locator(".language-switcher").get_by_role("link", name=name).click()
    page.wait_for_load_state()


def path_of(page, site):
    return unquote(page.url.removeprefix(site))


def test_switcher_keeps_a_city_page(page, live_site):
    page.set_viewport_size(DESKTOP)
    seville = City.objects.get(slug="seville")
    page.goto(live_site.url + url_in(seville, "fr"))

    switch_to(page, ARABIC)

    assert path_of(page, live_site.url) == unquote(url_in(seville, "ar"))
    assert page.get_by_role("heading", level=1).inner_text() == seville.name_ar
    assert page.locator("html").get_attribute("dir") == "rtl"


def test_switcher_keeps_the_search_and_its_words(page, live_site):
    page.set_viewport_size(DESKTOP)
    page.goto(f"{live_site.url}/en/search/?q=Sfax")
    results = page.locator(".search-result").count()
    assert results > 0

    switch_to(page, "Français")

    assert path_of(page, live_site.url) == "/fr/search/?q=Sfax"
    assert page.locator("#search-q").input_value() == "Sfax"
    assert page.locator(".search-result").count() == results


def test_switcher_keeps_the_filters_of_a_list(page, live_site):
    page.set_viewport_size(DESKTOP)
    stories = StoryIndexPage.objects.get()
    page.goto(live_site.url + url_in(stories, "en") + "?country=TN&language=ar")
    count = page.locator(".listing-count").inner_text()

    switch_to(page, "Español")

    assert path_of(page, live_site.url) == (
        unquote(url_in(stories, "es")) + "?country=TN&language=ar"
    )
    assert page.locator("#id_country").input_value() == "TN"
    assert page.locator("#id_language").input_value() == "ar"
    assert re.sub(r"\D", "", page.locator(".listing-count").inner_text()) == re.sub(
        r"\D", "", count
    )


def endorse_url(code):
    statement = StatementPage.objects.get(slug_en="migration-makes-cities-grow")
    with translation.override(code):
        return f"/{code}/statements/{statement.pk}/endorse/"


def test_endorsement_form_keeps_what_was_typed_in_the_other_language(
    page, live_site_for_changes
):
    """Sent back with errors (a POST, which no link can repeat), the form is
    carried over by the page's script: the French form opens filled in."""
    cache.clear()
    page.set_viewport_size(DESKTOP)
    site = live_site_for_changes.url
    page.goto(site + endorse_url("en"))
    page.locator("#id_kind_1").check()
    page.locator("#id_name").fill("Ville de Bizerte")
    page.locator("#id_role").fill("Maire")
    page.locator("#id_email").fill("mairie@example.org")
    page.locator("button[type=submit]").click()
    assert page.locator(".error-summary").is_visible()

    switch_to(page, "Français")

    assert path_of(page, site) == endorse_url("fr")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("#id_name").input_value() == "Ville de Bizerte"
    assert page.locator("#id_role").input_value() == "Maire"
    assert page.locator("#id_email").input_value() == "mairie@example.org"
    assert page.locator("#id_kind_1").is_checked()
    assert page.locator("#id_website").input_value() == ""  # the trap is left alone

    # Kept once: the form read back, the copy is gone from the tab.
    page.reload()
    assert page.locator("#id_name").input_value() == ""


def test_without_javascript_the_switcher_still_leads_to_the_same_form(
    browser, live_site
):
    context = browser.new_context(java_script_enabled=False, viewport=DESKTOP)
    page = context.new_page()
    page.goto(live_site.url + endorse_url("en"))

    switch_to(page, ARABIC)

    assert path_of(page, live_site.url) == endorse_url("ar")
    assert page.locator("#id_name").count() == 1
    context.close()


@pytest.mark.parametrize(("size", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_untranslated_page_reads_honestly_in_arabic(
    page, live_site_for_changes, screenshot, size, viewport
):
    article = english_only("ArticlePage")
    site = live_site_for_changes.url
    page.set_viewport_size(viewport)

    page.goto(site + url_in(article, "ar"))

    assert page.locator("html").get_attribute("dir") == "rtl"
    main = page.locator("main")
    assert main.get_attribute("lang") == "en"
    assert main.get_attribute("dir") == "ltr"
    assert page.get_by_role("heading", level=1).inner_text() == article.title_en
    assert TEXT in main.inner_text()
    notice = page.locator(".language-notice")
    assert notice.is_visible()
    assert notice.get_attribute("dir") == "rtl"
    english = notice.get_by_role("link", name="English")
    assert english.get_attribute("hreflang") == "en"
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    assert results.violations_count == 0, results.generate_report()
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    screenshot(page, f"untranslated-ar-{size}")
    if size == "phone":
        page.locator(".site-menu__toggle").click()
        switcher = page.locator(".language-switcher")
        # The languages the page lacks are muted and say so to screen readers.
        assert switcher.get_by_role("link", name="español (غير مترجمة)").is_visible()
        assert switcher.locator(".language-switcher__missing").count() == 3
        screenshot(page, "untranslated-ar-phone-menu")
        page.locator(".site-menu__toggle").click()

    english.click()
    page.wait_for_load_state()
    assert path_of(page, site) == unquote(url_in(article, "en"))
    assert page.locator(".language-notice").count() == 0
