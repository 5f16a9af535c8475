"""A statement with its endorsers, and its endorsement form, in a phone's browser."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache
from django.utils import translation

from campaign.models import Endorsement, StatementPage

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 390, "height": 844}


def statement_url(code):
    statement = StatementPage.objects.get(slug_en="migration-makes-cities-grow")
    with translation.override(code):
        return statement.url


def check(page, where):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    assert results.violations_count == 0, (where, results.generate_report())
    sticking_out = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert sticking_out <= 0, where


@pytest.mark.parametrize("code", ["en", "ar"])
def test_statement_and_endorsement_form_are_accessible_on_a_phone(
    page, live_site_for_changes, screenshot, code
):
    cache.clear()
    page.set_viewport_size(PHONE)
    direction = "rtl" if code == "ar" else "ltr"

    page.goto(live_site_for_changes.url + statement_url(code))
    assert page.locator("html").get_attribute("dir") == direction
    assert page.locator(".endorser").count() == 6
    check(page, "statement")
    screenshot(page, f"statement-{code}-phone")

    page.locator(".statement__cta a").click()
    assert page.locator("html").get_attribute("lang") == code
    page.locator("#id_name").fill("Ville de Bizerte")
    page.locator("button[type=submit]").click()

    assert page.locator(".error-summary").is_visible()
    assert page.locator("#id_name").input_value() == "Ville de Bizerte"
    check(page, "endorsement form with errors")
    screenshot(page, f"statement-form-errors-{code}-phone")


def test_endorsement_sent_from_a_phone_waits_for_moderation(
    page, live_site_for_changes, settings
):
    settings.STORIES_MIN_FILL_SECONDS = 0
    cache.clear()
    page.set_viewport_size(PHONE)
    page.goto(live_site_for_changes.url + statement_url("ar"))
    page.locator(".statement__cta a").click()

    page.locator("#id_kind_0").check()
    page.locator("#id_name").fill("بلدية بنزرت")
    page.locator("#id_country").select_option("TN")
    page.locator("#id_role").fill("نائبة رئيس البلدية")
    page.locator("#id_contact_name").fill("Salma Privatename")
    page.locator("#id_email").fill("salma.private@example.org")
    page.locator("#id_consent_publication").check()
    page.locator("#id_consent_privacy").check()
    page.locator("button[type=submit]").click()
    page.wait_for_url("**/endorse/thanks/")

    endorsement = Endorsement.objects.get(contact__email="salma.private@example.org")
    assert endorsement.status == Endorsement.Status.PENDING
    assert endorsement.language == "ar"
    page.goto(live_site_for_changes.url + statement_url("ar"))
    assert "بلدية بنزرت" not in page.content()
