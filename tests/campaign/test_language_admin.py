"""The site's languages in the admin: the translation status report, the explorer's
languages column, the editor's languages side panel and field attributes, the
warning on publishing a page not written in every language, and a preview per
language for every page type."""

import re

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)
from wagtail.users.models import UserProfile

from campaign.models import StandardPage

from .test_page_translations import english_only_page, translated_page

pytestmark = pytest.mark.django_db

REPORT = reverse("campaign_translation_status")
LANGUAGES = ("en", "fr", "es", "ar")
PAGE_TYPES = [
    "campaign.HomePage",
    "campaign.StandardPage",
    "campaign.StatementPage",
    "campaign.CampaignIndexPage",
    "campaign.CampaignPage",
    "campaign.NewsIndexPage",
    "campaign.ArticlePage",
    "campaign.EventIndexPage",
    "campaign.EventPage",
    "stories.StoryIndexPage",
    "stories.StoryPage",
    "partners.PartnerIndexPage",
    "partners.PartnerPage",
    "publications.PublicationIndexPage",
    "publications.PublicationPage",
]


def report_rows(response):
    """(page id, language, status) of each row of the report."""
    html = response.content.decode()
    return re.findall(
        r'href="/admin/pages/(\d+)/edit/\?language=(\w+)".*?'
        r"language-status--(\w+)",
        html,
        flags=re.DOTALL,
    )


def rows_of(page, response):
    return {
        language: status
        for page_id, language, status in report_rows(response)
        if int(page_id) == page.pk
    }


def standard_page_form(page, **overrides):
    """A standard page's edit form as the admin posts it: its titles and slugs,
    and a paragraph of body in each language it is written in."""
    data = {"comments": inline_formset([])}
    for code in LANGUAGES:
        data[f"title_{code}"] = getattr(page, f"title_{code}") or ""
        data[f"slug_{code}"] = getattr(page, f"slug_{code}") or ""
        written = page.has_language(code)
        data[f"body_{code}"] = streamfield(
            [("paragraph", rich_text(f"<p>Text in {code}.</p>"))] if written else []
        )
    data.update(overrides)
    return nested_form_data(data)


# --- Report ---


def test_report_lists_an_english_only_page_as_missing_its_translations(
    admin_client, demo
):
    page = english_only_page(demo)

    response = admin_client.get(REPORT, {"page_type": "campaign.standardpage"})

    assert response.status_code == 200
    assert rows_of(page, response) == {
        "en": "complete",
        "fr": "missing",
        "es": "missing",
        "ar": "missing",
    }


def test_report_lists_a_demo_page_as_complete(admin_client, demo):
    page = translated_page()

    response = admin_client.get(REPORT, {"page_type": "campaign.standardpage"})

    assert set(rows_of(page, response).values()) == {"complete"}
    assert len(rows_of(page, response)) == 4


def test_report_shows_english_edits_and_the_french_catching_up(admin_client, demo):
    page = translated_page().get_latest_revision_as_object()
    page.title_en += " (revised)"
    page.save_revision()
    after_english = rows_of(
        page, admin_client.get(REPORT, {"page_type": "campaign.standardpage"})
    )
    page.title_fr += " (révisé)"
    page.save_revision()
    after_french = rows_of(
        page, admin_client.get(REPORT, {"page_type": "campaign.standardpage"})
    )

    assert after_english == {
        "en": "complete",
        "fr": "out_of_date",
        "es": "out_of_date",
        "ar": "out_of_date",
    }
    assert after_french["fr"] == "complete"
    assert after_french["es"] == "out_of_date"


def test_report_names_the_empty_fields_of_a_partial_translation(admin_client, demo):
    page = english_only_page(demo)
    page.title_fr = "Seulement le titre"
    page.save_revision()

    response = admin_client.get(
        REPORT, {"page_type": "campaign.standardpage", "language": "fr"}
    )

    assert "Empty: Body" in response.content.decode()


def test_report_filters_by_language_type_and_status(admin_client, demo):
    page = english_only_page(demo)

    response = admin_client.get(
        REPORT,
        {"language": "fr", "status": "missing", "page_type": "campaign.standardpage"},
    )
    rows = report_rows(response)

    assert (str(page.pk), "fr", "missing") in rows
    assert {(language, status) for _id, language, status in rows} == {("fr", "missing")}
    assert all(
        Page.objects.get(pk=page_id).specific_class is StandardPage
        for page_id, _language, _status in rows
    )


def test_report_filter_by_status_leaves_out_the_complete(admin_client, demo):
    response = admin_client.get(REPORT, {"status": "complete", "language": "ar"})
    statuses = {status for _id, _language, status in report_rows(response)}

    assert statuses == {"complete"}


def test_report_query_count_does_not_grow_with_pages(admin_client, demo):
    query = {"page_type": "campaign.standardpage"}
    admin_client.get(REPORT, query)  # content types and sessions warmed up
    with CaptureQueriesContext(connection) as few:
        small = admin_client.get(REPORT, query)
    for number in range(4):
        english_only_page(demo, slug=f"more-{number}")
    with CaptureQueriesContext(connection) as many:
        large = admin_client.get(REPORT, query)

    assert len(report_rows(large)) == len(report_rows(small)) + 16
    assert len(many) == len(few)


def test_report_is_in_the_reports_menu(admin_client, demo):
    response = admin_client.get(reverse("wagtailadmin_home"))

    assert REPORT in response.content.decode()


def test_report_is_refused_to_a_member_with_no_page_permission(
    client, django_user_model, demo
):
    user = django_user_model.objects.create_user("reader", password="password")
    user.user_permissions.add(
        apps.get_model("auth", "Permission").objects.get(codename="access_admin")
    )
    client.force_login(user)

    response = client.get(REPORT)

    assert response.status_code in (302, 403)


# --- Explorer ---


def explorer_languages(response, page):
    """The explorer's languages cell of ``page``: code → status."""
    html = response.content.decode()
    row = re.search(
        rf'href="/admin/pages/{page.pk}/edit/".*?<ul class="page-languages">(.*?)</ul>',
        html,
        flags=re.DOTALL,
    )
    return dict(
        (code, status)
        for status, code in re.findall(
            r"page-languages__code--(\w+).*?>(\w\w)<", row.group(1), flags=re.DOTALL
        )
    )


def test_explorer_shows_each_page_s_languages(admin_client, demo):
    english = english_only_page(demo)
    complete = translated_page()

    response = admin_client.get(reverse("wagtailadmin_explore", args=[demo.pk]))

    assert explorer_languages(response, english) == {
        "en": "complete",
        "fr": "missing",
        "es": "missing",
        "ar": "missing",
    }
    if complete.get_parent().pk == demo.pk:
        assert set(explorer_languages(response, complete).values()) == {"complete"}


def test_explorer_languages_cost_no_query_per_page(admin_client, demo):
    parent = english_only_page(demo, slug="parent")
    for number in range(2):
        english_only_page(parent, slug=f"child-{number}")
    url = reverse("wagtailadmin_explore", args=[parent.pk])
    admin_client.get(url)
    with CaptureQueriesContext(connection) as few:
        admin_client.get(url)
    for number in range(2, 6):
        english_only_page(parent, slug=f"child-{number}")
    with CaptureQueriesContext(connection) as many:
        response = admin_client.get(url)

    assert response.content.decode().count('class="page-languages"') == 6
    assert len(many) == len(few)


# --- Editor ---


def side_panel(response):
    html = response.content.decode()
    start = html.index('data-side-panel="languages"')
    return html[start : html.index("</ul>", start)]


def test_editor_side_panel_shows_the_written_languages(admin_client, demo):
    page = english_only_page(demo)
    page.title_fr = "Seulement le titre"
    page.save_revision()

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    panel = side_panel(response)

    assert 'data-side-panel-toggle="languages"' in response.content.decode()
    statuses = re.findall(
        r"<strong>(\w+)</strong>\s*<span[^>]*>(\w[\w ]*)</span>", panel
    )
    assert statuses == [
        ("English", "Complete"),
        ("French", "Missing"),
        ("Spanish", "Missing"),
        ("Arabic", "Missing"),
    ]
    assert "Empty: Body" in panel  # French has its title only
    assert 'data-show-language="ar"' in panel


def test_editor_side_panel_marks_a_translation_out_of_date(admin_client, demo):
    page = translated_page().get_latest_revision_as_object()
    page.title_en += " (revised)"
    page.save_revision()

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))

    assert side_panel(response).count("language-status--out_of_date") == 3


def field_tag(response, field_id):
    html = response.content.decode()
    return re.search(rf'<(?:input|textarea)[^>]*id="{field_id}"[^>]*>', html).group(0)


def test_arabic_fields_are_right_to_left_in_an_english_admin(admin_client, demo):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[demo.pk]))

    title = field_tag(response, "id_title_ar")
    introduction = field_tag(response, "id_introduction_ar")
    assert 'dir="rtl"' in title and 'lang="ar"' in title
    assert 'dir="rtl"' in introduction and 'lang="ar"' in introduction
    assert 'dir="ltr"' in field_tag(response, "id_title_fr")


def test_each_field_has_a_placeholder_in_its_own_language(admin_client, demo):
    profile = UserProfile.get_for_user(admin_client.user)
    profile.preferred_language = "ar"
    profile.save()

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[demo.pk]))

    assert 'placeholder="Titre"' in field_tag(response, "id_title_fr")
    assert 'placeholder="Title"' in field_tag(response, "id_title_en")
    english = field_tag(response, "id_hero_title_en")
    assert 'dir="ltr"' in english  # in an Arabic admin
    assert 'placeholder="Hero title"' in english


def test_new_page_form_has_the_language_attributes(admin_client, demo):
    url = reverse("wagtailadmin_pages:add", args=["campaign", "standardpage", demo.pk])

    response = admin_client.get(url)

    assert 'dir="rtl"' in field_tag(response, "id_title_ar")


# --- Publishing ---


def publish(client, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = standard_page_form(page, **{"action-publish": "publish"})
    return client.post(url, form, follow=True)


def test_publishing_an_english_only_page_warns_of_the_missing_languages(
    admin_client, demo
):
    page = english_only_page(demo)

    response = publish(admin_client, page)

    messages = [str(message) for message in response.context["messages"]]
    assert any(
        "Not yet in French, Spanish, Arabic: visitors in these languages see the "
        "English text, with a notice." in message
        for message in messages
    ), messages
    assert StandardPage.objects.get(pk=page.pk).live


def test_publishing_a_page_missing_one_language_says_so_in_the_singular(
    admin_client, demo
):
    page = english_only_page(demo)
    page.title_fr, page.body_fr = "Titre", [("paragraph", RichText("<p>Texte</p>"))]
    page.title_es, page.body_es = "Título", [("paragraph", RichText("<p>Texto</p>"))]
    page.save_revision().publish()

    response = publish(admin_client, page)

    messages = " ".join(str(message) for message in response.context["messages"])
    assert "Not yet in Arabic: visitors in this language see the English" in messages


def test_publishing_a_complete_page_gives_no_warning(admin_client, demo):
    response = publish(admin_client, translated_page())

    messages = [str(message) for message in response.context["messages"]]
    assert messages and not any("Not yet in" in message for message in messages)


# --- Preview ---


@pytest.mark.parametrize("label", PAGE_TYPES)
def test_preview_renders_the_page_in_each_language(admin_client, demo, label):
    """Through the editor's "view draft", which serves the same preview as the
    preview panel (``serve_preview``) from the latest revision."""
    page = apps.get_model(label).objects.first()
    url = reverse("wagtailadmin_pages:view_draft", args=[page.pk])

    for code in LANGUAGES:
        response = admin_client.get(url, {"mode": code})
        html = response.content.decode()

        assert response.status_code == 200, code
        assert f'<html lang="{code}"' in html, code
        if page.has_language(code):
            assert escape(getattr(page, f"title_{code}")) in html, code


def test_preview_panel_shows_the_edited_page_in_the_chosen_language(admin_client, demo):
    """Each mode shows what a visitor in that language would see: the Arabic
    text once the Arabic title and body are written, before that the English
    page with the notice."""
    page = english_only_page(demo)
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    def shown(mode, **arabic):
        form = standard_page_form(page, **arabic)
        assert admin_client.post(preview, form).json() == {
            "is_valid": True,
            "is_available": True,
        }
        return admin_client.get(preview, {"mode": mode}).content.decode()

    title_only = shown("ar", title_ar="عنوان المعاينة")
    written = shown(
        "ar",
        title_ar="عنوان المعاينة",
        body_ar=streamfield([("paragraph", rich_text("<p>نص المعاينة.</p>"))]),
    )
    english = shown("en")

    assert '<html lang="ar"' in title_only and "Only in English" in title_only
    assert "هذه الصفحة غير متوفرة بعد" in title_only  # the notice, in Arabic
    assert '<html lang="ar"' in written and "عنوان المعاينة" in written
    assert "هذه الصفحة غير متوفرة بعد" not in written
    assert '<html lang="en"' in english and "Only in English" in english


def test_preview_opens_in_the_editor_s_language(admin_client, demo):
    profile = UserProfile.get_for_user(admin_client.user)
    profile.preferred_language = "fr"
    profile.save()
    url = reverse("wagtailadmin_pages:view_draft", args=[demo.pk])

    response = admin_client.get(url)

    assert '<html lang="fr"' in response.content.decode()


def test_every_page_type_has_one_preview_per_language(demo):
    for label in PAGE_TYPES:
        page = apps.get_model(label)()
        assert [code for code, _name in page.preview_modes] == list(LANGUAGES)


def test_a_story_is_no_translation_to_do(admin_client, demo, rf):
    """A story is written in one language by whoever sent it: the report, the
    explorer, the side panel and the publish warning leave it alone."""
    from django.contrib.messages.storage.fallback import FallbackStorage

    from campaign.language_admin import warn_of_missing_languages
    from campaign.models import PageTranslation
    from stories.models import StoryPage

    story = StoryPage.objects.live().filter(story_language="ar").first()
    story.save_revision()
    request = rf.get("/")
    request.session, request._messages = {}, None
    request._messages = FallbackStorage(request)

    report = admin_client.get(REPORT, {"page_type": "stories.storypage"})
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    warn_of_missing_languages(request, story)

    assert not PageTranslation.objects.filter(page=story).exists()
    assert rows_of(story, report) == {}
    assert 'data-side-panel-toggle="languages"' not in editor.content.decode()
    assert list(request._messages) == []
