import os
import re
import time
from unittest import mock

import pytest
from django.core import mail
from django.db import DatabaseError
from django.test import override_settings
from wagtail.models import WorkflowState

from stories.models import StoryIndexPage, StoryPage, Submission
from tests.helpers import started_token

from .conftest import jpeg_bytes, upload

pytestmark = pytest.mark.django_db

SHARE = "/en/share-your-story/"


def mine():
    """Submissions from this test's visitor (the demo content holds others)."""
    return Submission.objects.filter(email="amina.private@example.org")


def test_share_form_is_linked_from_every_page(client, demo):
    for url in ["/en/", "/fr/a-propos/", "/ar/"]:
        html = client.get(url).content.decode()
        assert 'href="/' + url.split("/")[1] + '/share-your-story/"' in html


def test_share_form_is_served_in_each_language(client, demo):
    assert "Share your story" in client.get(SHARE).content.decode()
    assert (
        "Partagez votre récit" in client.get("/fr/share-your-story/").content.decode()
    )
    assert (
        "Comparte tu historia" in client.get("/es/share-your-story/").content.decode()
    )
    arabic = client.get("/ar/share-your-story/").content.decode()
    assert "شاركوا قصتكم" in arabic
    assert "Up to 120 characters" not in arabic  # limits too are in Arabic
    assert 'dir="rtl"' in arabic


def test_share_form_page_holds_nothing_per_visitor(client, demo):
    """No CSRF token or cookie: the page can be cached and served to anyone."""
    response = client.get(SHARE)

    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "csrftoken" not in response.cookies
    assert "sessionid" not in response.cookies


def test_valid_submission_is_stored_unpublished_and_enters_moderation(
    client, index, story_data
):
    response = client.post(SHARE, story_data)

    assert response.status_code == 302
    submission = mine().get()
    story = submission.story
    assert not story.live
    assert story.get_parent().pk == index.pk
    assert story.title_en == "Neighbours who cook together"
    assert story.body_en.count("<p>") == 2
    assert submission.status == Submission.Status.RECEIVED
    assert submission.role == "Coordinator"
    state = WorkflowState.objects.get(object_id=str(story.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Story moderation"


def test_thank_you_page_shows_the_reference(client, index, story_data):
    response = client.post(SHARE, story_data, follow=True)
    submission = mine().get()

    html = response.content.decode()
    assert response.status_code == 200
    assert submission.reference in html
    assert re.fullmatch(r"ST-[A-Z2-9]{6}", submission.reference)


def test_receipt_and_moderator_notice_are_sent(
    client, index, story_data, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SHARE, story_data)
    submission = mine().get()

    receipt, notice = sorted(mail.outbox, key=lambda m: m.to != [submission.email])
    assert len(mail.outbox) == 2
    assert receipt.to == ["amina.private@example.org"]
    assert submission.reference in receipt.subject
    assert "/en/share-your-story/status/" in receipt.body
    assert receipt.alternatives[0].mimetype == "text/html"
    assert notice.to == ["moderator@example.org"]
    assert f"/admin/pages/{submission.story.pk}/edit/" in notice.body
    assert "amina" not in notice.body.lower()


def test_receipt_is_written_in_the_language_of_the_site_used(
    client, index, story_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/fr/share-your-story/", {**story_data, "story_language": "fr"})

    receipt = mail.outbox[0]
    assert "Nous avons bien reçu votre récit" in receipt.subject
    assert "/fr/share-your-story/status/" in receipt.body


def test_arabic_story_is_kept_in_arabic_only(client, index, story_data):
    data = {
        **story_data,
        "story_language": "ar",
        "title": "جيران يطبخون معاً",
        "body": "في كل خميس يفتح المطبخ المجتمعي أبوابه. " * 8,
    }

    response = client.post("/ar/share-your-story/", data)

    assert response.status_code == 302
    story = StoryPage.objects.get(title_ar="جيران يطبخون معاً")
    assert story.title_en in ("", None)
    assert story.body_en in ("", None)
    assert story.story_language == "ar"
    assert story.slug_ar.startswith("جيران")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "", "This field is required."),
        ("body", "Too short.", "Ensure this value has at least 200 characters"),
        ("email", "not-an-address", "Enter a valid email address."),
        ("consent_privacy", "", "This field is required."),
        ("country", "XX", "Select a valid choice."),
    ],
)
def test_invalid_input_is_refused_next_to_the_field_and_keeps_the_rest(
    client, index, story_data, field, value, message
):
    data = {**story_data, field: value}
    if not value:
        del data[field]

    response = client.post(SHARE, data)

    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    for name in ("title", "body", "email", "organisation"):
        if name != field:
            assert str(story_data[name])[:30] in html
    assert not mine().exists()


def test_errors_are_translated(client, index, story_data):
    data = {**story_data, "story_language": "fr"}
    del data["title"]

    html = client.post("/fr/share-your-story/", data).content.decode()

    assert "Veuillez corriger les points suivants" in html
    assert "This field is required." not in html
    assert "Titre du récit" in html


def test_a_photo_must_be_chosen_again_after_an_error(client, index, story_data):
    data = {
        **story_data,
        "photo": upload(jpeg_bytes()),
        "photo_alt": "",
        "photo_credit": "",
    }

    html = client.post(SHARE, data).content.decode()

    assert "Describe the photo for people who cannot see it." in html
    assert "Say who took the photo." in html
    assert "choose it again" in html
    assert not mine().exists()


def test_honeypot_filled_by_a_bot_is_refused(client, index, story_data):
    response = client.post(SHARE, {**story_data, "website": "http://spam.example"})

    assert response.status_code == 400
    assert not mine().exists()


def test_form_sent_too_fast_is_refused_and_kept(client, index, story_data):
    response = client.post(SHARE, {**story_data, "started": started_token(0)})

    html = response.content.decode()
    assert response.status_code == 400
    assert "That was very fast" in html
    assert "Neighbours who cook together" in html
    assert not mine().exists()


def test_forged_start_time_is_refused(client, index, story_data):
    response = client.post(SHARE, {**story_data, "started": "123:forged"})

    assert response.status_code == 400
    assert not mine().exists()


@override_settings(STORIES_RATE_LIMIT=(2, 3600))
def test_rate_limit_sends_a_try_again_later_page(client, index, story_data):
    for _ in range(2):
        assert (
            client.post(SHARE, {**story_data, "started": started_token()}).status_code
            == 302
        )

    response = client.post(
        "/fr/share-your-story/", {**story_data, "started": started_token()}
    )

    assert response.status_code == 429
    assert "Veuillez réessayer plus tard" in response.content.decode()
    assert mine().count() == 2


def test_cross_site_post_is_refused(client, index, story_data):
    response = client.post(
        SHARE,
        story_data,
        headers={"origin": "https://evil.example", "sec-fetch-site": "cross-site"},
    )

    assert response.status_code == 403
    assert not mine().exists()


def test_same_origin_post_is_accepted(client, index, story_data):
    response = client.post(
        SHARE,
        story_data,
        headers={"origin": "http://testserver", "sec-fetch-site": "same-origin"},
    )

    assert response.status_code == 302
    assert mine().get().story.title == story_data["title"]


def test_database_error_during_save_reports_no_success_and_stores_nothing(
    client, index, story_data
):
    with mock.patch(
        "stories.services.Submission.objects.create",
        side_effect=DatabaseError("disk full"),
    ):
        response = client.post(SHARE, story_data)

    html = response.content.decode()
    assert response.status_code == 503
    assert "could not be saved" in html
    assert "Neighbours who cook together" in html
    assert (
        StoryPage.objects.filter(title_en="Neighbours who cook together").count() == 0
    )
    assert not mine().exists()
    assert mail.outbox == []


def test_missing_story_index_answers_404_not_500(client, demo):
    StoryIndexPage.objects.get().delete()

    assert client.get(SHARE).status_code == 404


def test_form_served_from_a_cache_still_works_for_another_visitor(
    client, index, story_data, django_user_model
):
    """The page holds nothing per visitor: HTML fetched once works for anyone."""
    from django.test import Client

    cached_html = client.get(SHARE).content.decode()
    started = re.search(r'name="started" value="([^"]+)"', cached_html).group(1)
    stranger = Client()  # no cookies, never saw the page

    with mock.patch(
        "campaign.submissions.forms.time.time", return_value=time.time() + 30
    ):
        response = stranger.post(SHARE, {**story_data, "started": started})

    assert response.status_code == 302
    assert mine().exists()


@pytest.mark.django_db(transaction=True)
def test_emails_wait_in_the_database_queue_until_a_worker_sends_them(
    client, index, story_data, settings
):
    """With the production task backend the visitor never waits for the mail server."""
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    response = client.post(SHARE, story_data)

    assert response.status_code == 302
    assert mail.outbox == []
    queued = DBTaskResult.objects.filter(task_path="stories.tasks.send_story_email")
    assert queued.count() == 2  # the receipt, and the moderators' notice

    call_command("db_worker", "--batch", "--no-reload", stdout=open(os.devnull, "w"))  # noqa: SIM115

    assert [m.to for m in mail.outbox] == [["amina.private@example.org"]]


def test_language_switcher_on_the_form_leads_to_the_form(client, index):
    html = client.get("/fr/share-your-story/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]

    assert 'href="/en/share-your-story/"' in switcher
    assert 'href="/ar/share-your-story/"' in switcher
    assert 'hreflang="es" href="http://testserver/es/share-your-story/"' in html


@pytest.mark.parametrize(
    "title",
    ["🌍🤝🏽", "!!! ??? ...", "\u200b\u200b\u200b", "— · —", "\u0301\u0301", "«»"],
    ids=["emoji", "punctuation", "invisible", "dashes", "combining", "quotes"],
)
def test_title_without_letters_is_stored_with_a_slug_from_the_reference(
    client, index, story_data, title
):
    response = client.post(SHARE, {**story_data, "title": title})

    assert response.status_code == 302
    submission = mine().get()
    assert submission.story.title_en == title
    assert submission.story.slug_en == submission.reference.lower()


def test_any_error_while_saving_keeps_what_was_typed_and_is_logged(
    client, index, story_data, caplog
):
    from django.core.exceptions import ValidationError

    with mock.patch(
        "stories.services.StoryIndexPage.add_child",
        side_effect=ValidationError({"slug": "clash"}),
        create=True,
    ):
        response = client.post(SHARE, story_data)

    html = response.content.decode()
    assert response.status_code == 503
    assert "could not be saved" in html
    assert "Neighbours who cook together" in html
    assert "Mechelen Community Kitchen" in html
    assert "amina.private@example.org" in html
    assert not mine().exists()
    assert any(
        record.levelname == "ERROR" and record.exc_info for record in caplog.records
    )


def test_database_error_while_saving_is_logged(client, index, story_data, caplog):
    with mock.patch(
        "stories.services.Submission.objects.create",
        side_effect=DatabaseError("disk full"),
    ):
        client.post(SHARE, story_data)

    assert any("disk full" in str(record.exc_info[1]) for record in caplog.records)


def test_country_list_is_translated_sorted_and_starts_empty(client, index):
    french = client.get("/fr/share-your-story/").content.decode()
    arabic = client.get("/ar/share-your-story/").content.decode()

    select = re.search(r'<select name="country".*?</select>', french, re.S).group(0)
    options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)
    assert options[0][0] == ""
    assert not re.search(r'value="[A-Z]{2}" selected', select)
    names = dict(options)
    assert names["DE"] == "Allemagne"
    assert names["MA"] == "Maroc"
    assert list(names).index("ZA") < list(names).index("DE")  # Afrique du Sud
    arabic_select = re.search(r'<select name="country".*?</select>', arabic, re.S)
    arabic_names = re.findall(r'value="[A-Z]{2}"[^>]*>([^<]*)<', arabic_select.group(0))
    assert "المغرب" in arabic_names
    assert arabic_names[0][0] in "أاإآ"  # alphabetical in Arabic


def test_empty_country_is_refused_with_a_message(client, index, story_data):
    response = client.post(SHARE, {**story_data, "country": ""})

    assert response.status_code == 400
    assert not mine().exists()


def test_an_address_longer_than_mail_allows_is_refused_with_the_form_kept(
    client, index, story_data
):
    """254 characters is the column's size and the longest deliverable address;
    a longer one is a form error, not a failed save."""
    long_address = "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".org"
    assert 255 <= len(long_address) <= 320

    response = client.post(SHARE, {**story_data, "email": long_address})

    assert response.status_code == 400
    assert "email" in response.context["form"].errors
    assert response.context["form"]["title"].value() == story_data["title"]
    assert not Submission.objects.filter(email=long_address).exists()


def test_a_line_break_in_the_title_becomes_a_space(client, index, story_data):
    """Only a hand-made request sends one; Wagtail's notice puts the title in a
    subject header, where a line break fails."""
    title = "Neighbours\r\nwho cook\ntogether"

    response = client.post(SHARE, {**story_data, "title": title})

    assert response.status_code == 302
    assert mine().get().story.title == "Neighbours who cook together"
