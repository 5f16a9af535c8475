"""When each language's text of a page last changed (campaign.PageTranslation), as
the translation status reads it: a revision moves a language's date only when that
language's text changed."""

import pytest
from django.core.management import call_command
from wagtail.rich_text import RichText

from campaign.models import PageTranslation, StandardPage, TranslationStatus

pytestmark = pytest.mark.django_db


def statuses(page):
    return dict(
        PageTranslation.objects.filter(page=page)
        .with_status()
        .values_list("language", "status")
    )


def english_only_page(parent, slug="in-english-only"):
    page = StandardPage(
        title_en="Only in English",
        slug_en=slug,
        body_en=[("paragraph", RichText("<p>Some text.</p>"))],
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def translated_page():
    """A demo page written in all four languages."""
    page = next(
        page
        for page in StandardPage.objects.all()
        if all(page.has_language(code) for code in ("en", "fr", "es", "ar"))
    )
    return page


def test_english_only_page_is_recorded_missing_in_the_other_languages(demo):
    page = english_only_page(demo)

    assert statuses(page) == {
        "en": TranslationStatus.COMPLETE,
        "fr": TranslationStatus.MISSING,
        "es": TranslationStatus.MISSING,
        "ar": TranslationStatus.MISSING,
    }


def test_partly_translated_language_names_its_empty_fields(demo):
    page = english_only_page(demo)
    page.title_fr = "Seulement le titre"
    page.save_revision()

    record = PageTranslation.objects.get(page=page, language="fr")
    assert not record.complete
    assert record.missing_fields == "body"


def test_demo_page_in_four_languages_is_complete_in_all(demo):
    page = translated_page()

    assert set(statuses(page).values()) == {TranslationStatus.COMPLETE}


def test_editing_the_english_puts_the_translations_out_of_date(demo):
    page = translated_page().get_latest_revision_as_object()
    page.title_en = page.title_en + " (revised)"
    page.save_revision()

    assert statuses(page) == {
        "en": TranslationStatus.COMPLETE,
        "fr": TranslationStatus.OUT_OF_DATE,
        "es": TranslationStatus.OUT_OF_DATE,
        "ar": TranslationStatus.OUT_OF_DATE,
    }


def test_editing_the_french_after_the_english_makes_it_complete_again(demo):
    page = translated_page().get_latest_revision_as_object()
    page.title_en = page.title_en + " (revised)"
    page.save_revision()
    page.title_fr = page.title_fr + " (révisé)"
    page.save_revision()

    assert statuses(page)["fr"] == TranslationStatus.COMPLETE
    assert statuses(page)["es"] == TranslationStatus.OUT_OF_DATE


def test_a_revision_that_leaves_a_language_unchanged_keeps_its_date(demo):
    page = translated_page().get_latest_revision_as_object()
    before = dict(
        PageTranslation.objects.filter(page=page).values_list("language", "edited_at")
    )
    page.seo_title_en = "Not one of the language fields"
    page.save_revision().publish()

    after = dict(
        PageTranslation.objects.filter(page=page).values_list("language", "edited_at")
    )
    assert after == before


def test_command_records_pages_written_without_signals(demo):
    page = english_only_page(demo)
    PageTranslation.objects.filter(page=page).delete()

    call_command("record_page_translations", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert statuses(page)["en"] == TranslationStatus.COMPLETE
    assert statuses(page)["fr"] == TranslationStatus.MISSING
    assert PageTranslation.objects.filter(page=page).count() == 4


def test_an_empty_field_saved_as_blank_rather_than_null_is_no_change(demo):
    page = english_only_page(demo)
    before = PageTranslation.objects.get(page=page, language="fr").edited_at
    page.title_fr, page.body_fr = "", []
    page.save_revision()

    assert PageTranslation.objects.get(page=page, language="fr").edited_at == before
