"""The site's languages in the admin, in a real browser: the translation status
report, and the editor's languages side panel, locale picker and text direction."""

from wagtail.users.models import UserProfile

from campaign.models import ArticlePage, HomePage

from ..campaign.test_page_translations import english_only_page, translated_page
from .test_admin import watch_console
from .test_stories import DESKTOP, PASSWORD, log_in


def test_translation_status_report(
    live_site_for_changes, page, django_user_model, screenshot
):
    chief = django_user_model.objects.create_superuser(
        "chief", "chief@example.org", PASSWORD
    )
    english_only_page(HomePage.objects.get())
    revised = translated_page().get_latest_revision_as_object()
    revised.title_en += " (revised)"
    revised.save_revision()
    site = live_site_for_changes.url
    errors = watch_console(page)
    page.set_viewport_size(DESKTOP)

    log_in(page, site, "chief")
    page.goto(
        f"{site}/admin/reports/translation-status/?page_type=campaign.standardpage"
    )

    table = page.locator("table.listing")
    table.wait_for()
    assert table.locator(".language-status--missing").count() >= 3
    assert table.locator(".language-status--out_of_date").count() == 3
    screenshot(page, "admin-translation-status")

    page.goto(
        f"{site}/admin/reports/translation-status/?language=fr&status=missing"
        "&status=out_of_date"
    )
    table.wait_for()
    assert set(table.locator("tbody td:nth-child(3)").all_inner_texts()) == {"French"}
    screenshot(page, "admin-translation-status-french-to-do")

    profile = UserProfile.get_for_user(chief)
    profile.preferred_language = "ar"
    profile.save()
    page.reload()
    table.wait_for()
    assert set(table.locator("tbody td:nth-child(3)").all_inner_texts()) == {"الفرنسية"}
    screenshot(page, "admin-translation-status-in-arabic")
    assert errors == []


def test_editor_languages_panel_and_fields(
    live_site_for_changes, page, django_user_model, screenshot
):
    django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
    partial = english_only_page(HomePage.objects.get())
    partial.title_fr = "Seulement le titre"
    partial.save_revision()
    site = live_site_for_changes.url
    errors = watch_console(page)
    page.set_viewport_size(DESKTOP)

    log_in(page, site, "chief")
    # The report links here: the French fields open beside the English ones.
    page.goto(f"{site}/admin/pages/{partial.pk}/edit/?language=fr")
    page.locator("#id_title_fr").wait_for(state="visible")
    assert page.locator("#id_title_en").is_visible()
    assert page.locator("#id_title_ar").is_hidden()

    page.locator('[data-side-panel-toggle="languages"]').click()
    panel = page.locator('[data-side-panel="languages"]')
    panel.wait_for(state="visible")
    page.wait_for_function(  # the side panel has slid in
        "panel => panel.getBoundingClientRect().right <= window.innerWidth",
        arg=panel.element_handle(),
    )
    assert panel.locator(".language-status--complete").count() == 1
    assert panel.locator(".language-status--missing").count() == 3
    assert "Empty: Body" in panel.inner_text()
    screenshot(page, "admin-editor-languages-panel")

    panel.get_by_role("button", name="Show the Arabic fields").click()
    title_ar = page.locator("#id_title_ar")
    title_ar.wait_for(state="visible")
    assert title_ar.get_attribute("dir") == "rtl"
    assert title_ar.get_attribute("placeholder") == "عنوان"
    assert errors == []


def test_arabic_rich_text_and_stream_blocks_take_their_direction_from_the_text(
    live_site_for_changes, page, django_user_model, screenshot
):
    django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
    article = next(
        article
        for article in ArticlePage.objects.all()
        if any(block.block_type == "paragraph" for block in article.body_ar)
    )
    site = live_site_for_changes.url
    page.set_viewport_size(DESKTOP)

    log_in(page, site, "chief")
    page.goto(f"{site}/admin/pages/{article.pk}/edit/?language=ar")
    editable = page.locator('[id$="-body_ar-section"] [contenteditable="true"]').first
    editable.wait_for(state="visible")
    page.wait_for_function(
        "element => element.getAttribute('dir') === 'auto'",
        arg=editable.element_handle(),
    )

    assert editable.get_attribute("lang") == "ar"
    assert page.locator("#id_title_ar").get_attribute("dir") == "rtl"
    screenshot(page, "admin-editor-arabic-fields")


def test_explorer_languages_column(
    live_site_for_changes, page, django_user_model, screenshot
):
    django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
    home = HomePage.objects.get()
    english_only_page(home)
    site = live_site_for_changes.url
    page.set_viewport_size(DESKTOP)

    log_in(page, site, "chief")
    page.goto(f"{site}/admin/pages/{home.pk}/")

    row = page.locator("tr", has_text="Only in English")
    row.locator(".page-languages").wait_for()
    assert row.locator(".page-languages__code--missing s").all_inner_texts() == [
        "fr",
        "es",
        "ar",
    ]
    screenshot(page, "admin-explorer-languages")


def reported_statuses(page, site, article):
    """The article's rows in the report, read in the browser (the live server's
    thread owns the database meanwhile)."""
    page.goto(
        f"{site}/admin/reports/translation-status/?page_type=campaign.articlepage"
    )
    page.wait_for_load_state("networkidle")
    rows = page.eval_on_selector_all(
        "table.listing tbody tr",
        """rows => rows.map(row => [
            row.querySelector("a").getAttribute("href"),
            row.querySelector(".language-status").className,
        ])""",
    )
    return {
        href.rsplit("=", 1)[1]: status.rsplit("--", 1)[1]
        for href, status in rows
        if href.startswith(f"/admin/pages/{article.pk}/edit/")
    }


def save_draft(page):
    """Save, then leave the editor and let it release its editing session, a
    request that would otherwise race the next page for the test server's one
    SQLite connection."""
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Save draft").click()
    page.locator(".messages .success").wait_for()
    page.goto("about:blank")
    page.wait_for_timeout(500)


def test_editing_in_the_admin_puts_translations_out_of_date_and_back(
    live_site_for_changes, page, django_user_model
):
    """Through the real form, which writes the untouched languages' rich text and
    stream blocks back as Draftail and the block editor serialise them."""
    django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
    article = next(
        article
        for article in ArticlePage.objects.all()
        if all(article.has_language(code) for code in ("en", "fr", "es", "ar"))
    )
    site = live_site_for_changes.url
    page.set_viewport_size(DESKTOP)
    log_in(page, site, "chief")

    page.goto(f"{site}/admin/pages/{article.pk}/edit/")
    page.locator("#id_title_en").fill(article.title_en + " (revised)")
    save_draft(page)
    after_english = reported_statuses(page, site, article)

    page.goto(f"{site}/admin/pages/{article.pk}/edit/?language=fr")
    page.locator("#id_title_fr").fill(article.title_fr + " (révisé)")
    save_draft(page)
    after_french = reported_statuses(page, site, article)

    assert after_english == {
        "en": "complete",
        "fr": "out_of_date",
        "es": "out_of_date",
        "ar": "out_of_date",
    }
    assert after_french["fr"] == "complete"
    assert after_french["ar"] == "out_of_date"
