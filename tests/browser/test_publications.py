import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation

from publications.models import PublicationIndexPage, PublicationPage

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 390, "height": 844}


def url_of(page, code):
    with translation.override(code):
        return page.url


@pytest.mark.parametrize("code", ["en", "ar"])
def test_library_and_a_publication_at_phone_width(page, live_site, code, screenshot):
    page.set_viewport_size(PHONE)
    library = url_of(PublicationIndexPage.objects.get(), code)
    note = url_of(PublicationPage.objects.get(slug_en="pln-28"), code)
    axe = Axe()

    page.goto(live_site.url + library)
    assert page.locator("html").get_attribute("dir") == (
        "rtl" if code == "ar" else "ltr"
    )
    # Filters fold away on a phone; opened, they filter with a plain GET.
    assert not page.locator("form.filters").is_visible()
    page.locator(".filters-fold__toggle").click()
    page.locator("#id_language").select_option("ar")
    page.locator("form.filters button[type=submit]").click()
    assert "language=ar" in page.url
    assert page.locator(".publication-card").count() == 2
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    assert results.violations_count == 0, results.generate_report()
    screenshot(page, f"publications-library-{code}-phone")

    page.goto(live_site.url + library + "?city=sfax&year=2021")
    assert page.locator(".publication-empty").is_visible()
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    assert results.violations_count == 0, results.generate_report()

    page.goto(live_site.url + note)
    assert page.locator(".downloads__item").count() == 3
    assert page.locator(".language-note").is_visible() == (code == "ar")
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    assert results.violations_count == 0, results.generate_report()
    screenshot(page, f"publications-note-{code}-phone")
