"""E-mail leaves through the task queue and survives a failing mail server; visitor
text is never markup; links follow the site's address; each moderator reads their
own language."""

import json
import os
import ssl
import subprocess

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState
from wagtail.users.models import UserProfile

from config.mail import SERVER_DOWN_KEY
from stories.models import Submission
from stories.tasks import send_story_email
from tests.helpers import Hangs, Recorder, RejectsRecipients, free_port, smtp_server

pytestmark = pytest.mark.django_db

SHARE = "/en/share-your-story/"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
SMTP_TIMEOUT = 1  # seconds; production waits 20


def run_worker():
    """What `manage.py db_worker` does, once through everything that is due."""
    call_command(
        "db_worker",
        "--batch",
        "--no-reload",
        "--no-startup-delay",
        stdout=open(os.devnull, "w"),  # noqa: SIM115
    )


def queued_emails():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path="config.mail.deliver_email")


# --- Nothing is sent during a request ---


@pytest.mark.django_db(transaction=True)
def test_wagtail_notice_and_password_reset_wait_in_the_queue(
    client, index, story_data, django_user_model
):
    """Wagtail's "submitted" notice to superusers, and Django's password reset,
    leave through the queue like the site's own e-mails."""
    django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    with override_settings(TASKS=DATABASE_TASKS):
        client.post(SHARE, story_data)
        client.post(
            reverse("wagtailadmin_password_reset"), {"email": "admin@example.org"}
        )

        assert mail.outbox == []
        assert queued_emails().count() == 2  # Wagtail's notice, the reset link
        run_worker()

    subjects = sorted((m.to[0], m.subject) for m in mail.outbox)
    assert [to for to, _subject in subjects] == [
        "admin@example.org",  # Wagtail's notice, the reset link
        "admin@example.org",
        "amina.private@example.org",  # the receipt; no moderator in this test
    ]
    assert any("has been submitted" in subject for _to, subject in subjects)
    assert any("Password reset" in subject for _to, subject in subjects)


def test_queued_message_keeps_every_part(settings):
    from config.mail import message_from_json, message_to_json

    message = mail.EmailMultiAlternatives(
        "Sujet — ✓",
        "Texte",
        "Campaign <campaign@example.org>",
        ["a@example.org"],
        cc=["c@example.org"],
        bcc=["b@example.org"],
        reply_to=["r@example.org"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative("<p>Texte</p>", "text/html")
    message.attach("notes.txt", "Quelques notes", "text/plain")
    message.attach("photo.jpg", b"\xff\xd8\xff\x00binary", "image/jpeg")

    data = json.loads(json.dumps(message_to_json(message)))
    copy = message_from_json(data)

    assert (copy.subject, copy.body, copy.from_email) == (
        "Sujet — ✓",
        "Texte",
        "Campaign <campaign@example.org>",
    )
    assert (copy.to, copy.cc, copy.bcc, copy.reply_to) == (
        ["a@example.org"],
        ["c@example.org"],
        ["b@example.org"],
        ["r@example.org"],
    )
    assert copy.extra_headers["Auto-Submitted"] == "auto-generated"
    assert copy.extra_headers["Message-ID"]  # the same on every attempt
    assert list(copy.alternatives[0]) == ["<p>Texte</p>", "text/html"]
    assert [tuple(a) for a in copy.attachments] == [
        ("notes.txt", "Quelques notes", "text/plain"),
        ("photo.jpg", b"\xff\xd8\xff\x00binary", "image/jpeg"),
    ]
    copy.message()  # a valid message


# --- A failing mail server ---


@pytest.fixture
def trusted_certificate(tmp_path, monkeypatch):
    """A certificate for 127.0.0.1 that this process's TLS clients trust."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(  # noqa: S603
        [  # noqa: S607
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


def smtp_mailers(port, use_tls):
    from config.settings.base import queued

    return queued(
        {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": "127.0.0.1",
                "port": port,
                "use_tls": use_tls,
                "timeout": SMTP_TIMEOUT,
            },
        }
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("failure", ["hangs", "refuses STARTTLS", "rejects recipients"])
def test_story_is_saved_at_once_and_its_emails_wait_for_the_mail_server(
    failure, client, index, story_data, moderator, django_user_model, request
):
    django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    port = free_port()
    use_tls = failure == "refuses STARTTLS"
    broken = {
        "hangs": Hangs(),
        "refuses STARTTLS": Recorder(),  # offers no STARTTLS
        "rejects recipients": RejectsRecipients(),
    }[failure]
    settings = override_settings(
        TASKS=DATABASE_TASKS, MAILERS=smtp_mailers(port, use_tls)
    )
    with settings, smtp_server(broken, port):
        response = client.post(SHARE, story_data)
        submission = Submission.objects.get(email=story_data["email"])

        assert response.status_code == 302
        assert "/share-your-story/thanks/" in response.url
        assert broken.senders == []  # the request never spoke to the mail server
        assert submission.story is not None

        run_worker()  # the mail server fails: every e-mail is put back, for later

        waiting = queued_emails().filter(status="READY")
        assert waiting.count() == 3  # receipt, moderator's notice, Wagtail's notice
        for task in waiting:
            assert task.run_after > timezone.now()
        attempts = sorted(t.args_kwargs["kwargs"].get("attempt", 1) for t in waiting)
        assert broken.envelopes == []
        if failure == "rejects recipients":  # the server works: each was tried
            assert attempts == [2, 2, 2]
            assert len(broken.senders) == 3
        else:
            # One e-mail met the broken server; the two behind it were put back
            # unattempted, instead of each waiting out the same failure.
            assert attempts == [1, 1, 2]
            assert len(broken.senders) == (failure == "hangs")

    tls = {}
    if use_tls:
        tls = {"tls_context": request.getfixturevalue("trusted_certificate")}
    with settings, smtp_server(Recorder(), port, **tls) as server:
        queued_emails().filter(status="READY").update(run_after=timezone.now())
        cache.delete(SERVER_DOWN_KEY)  # the pause is over
        run_worker()

    delivered = sorted(to for envelope in server.envelopes for to in envelope.rcpt_tos)
    assert delivered == [
        "admin@example.org",
        "amina.private@example.org",
        "moderator@example.org",
    ]


def test_sending_gives_up_after_the_last_attempt(settings, caplog):
    """Bounded: the last failure is logged, and the task fails (kept, with its
    message, in the task table)."""
    from config import mail as site_mail

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}
    }
    settings.MAILERS = smtp_mailers(free_port(), use_tls=False)  # nothing listens
    data = site_mail.message_to_json(
        mail.EmailMessage("Hello", "Text", to=["someone@example.org"])
    )

    with pytest.raises(OSError):
        site_mail.deliver_email.call(
            message=data, attempt=len(site_mail.RETRY_DELAYS) + 1
        )
    assert "not sent after" in caplog.text


# --- Visitor text is never markup ---

MARKUP = (
    '<a href="https://evil.example">x</a>'
    '<img src="https://t.example/p">'
    '"><script>x</script>'
)


@pytest.fixture
def marked_up(client, index, story_data, moderator, django_capture_on_commit_callbacks):
    data = {
        **story_data,
        **{
            field: f"{field[0]} {MARKUP}"
            for field in ("city", "organisation", "name", "role")
        },
        "title": f"t {MARKUP} https://bare.example/",
        "body": f"body {MARKUP} " * 5,
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SHARE, data)
    assert response.status_code == 302
    return Submission.objects.get(email=story_data["email"])


def site_links(message):
    """The addresses the site wrote on lines of their own."""
    return [line for line in message.body.splitlines() if line.startswith("http://")]


def assert_no_visitor_markup(message, allowed_links):
    html = message.alternatives[0].content
    for live in ("<img", "<script", 'href="https://evil', 'href="https://bare'):
        assert live not in html, (message.subject, html)
    assert "&lt;img src=" in html or "&lt;a href=" in html
    assert html.count("<a ") == len(allowed_links)
    for url in allowed_links:
        assert f'<a href="{url}">' in html
    assert "https://evil" not in message.subject


def test_no_email_turns_visitor_text_into_markup(
    marked_up, moderator_client, django_capture_on_commit_callbacks
):
    receipt, notice = sorted(mail.outbox, key=lambda m: m.to != [marked_up.email])
    assert "<img src=" in receipt.body  # the plain text keeps what was typed
    assert len(site_links(receipt)) == 1  # the private link
    assert_no_visitor_markup(receipt, site_links(receipt))
    assert_no_visitor_markup(
        notice, [f"http://testserver/admin/pages/{marked_up.story.pk}/edit/"]
    )

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        send_story_email.enqueue(kind="published", submission_id=marked_up.pk)
    (published,) = mail.outbox
    assert len(site_links(published)) == 2  # the story, the private link
    assert_no_visitor_markup(published, site_links(published))

    mail.outbox.clear()
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(marked_up.story.pk),
        status=TaskState.STATUS_IN_PROGRESS,
    )
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[marked_up.story.pk, "decline", task_state.pk],
    )
    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(url, {"comment": f"reason {MARKUP}"})
    (rejected,) = mail.outbox
    assert "reason <a href" in rejected.body
    assert len(site_links(rejected)) == 1
    assert_no_visitor_markup(rejected, site_links(rejected))


# --- Links follow the site's address ---


def test_links_follow_the_address_the_site_was_reached_at(
    client, index, story_data, moderator, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = ""  # development: no public address set

    with django_capture_on_commit_callbacks(execute=True):
        client.post(SHARE, story_data, HTTP_HOST="127.0.0.1:8123")

    for message in mail.outbox:
        assert "http://127.0.0.1:8123/" in message.body
        assert "127.0.0.1:8000" not in message.body


@pytest.mark.django_db(transaction=True)
def test_links_keep_the_address_when_a_worker_sends_later(
    client, index, story_data, settings
):
    settings.WAGTAILADMIN_BASE_URL = ""
    settings.TASKS = DATABASE_TASKS

    client.post(SHARE, story_data, HTTP_HOST="localhost:9001")
    run_worker()  # no request here

    (receipt,) = mail.outbox
    assert "http://localhost:9001/en/share-your-story/status/" in receipt.body


def test_configured_base_url_wins(
    client, index, story_data, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example.org"

    with django_capture_on_commit_callbacks(execute=True):
        client.post(SHARE, story_data, HTTP_HOST="127.0.0.1:8123")

    (receipt,) = mail.outbox
    assert "https://campaign.example.org/en/share-your-story/status/" in receipt.body


# --- Each moderator reads their own language ---


def test_moderators_are_notified_in_their_own_language(
    client,
    index,
    story_data,
    moderator,
    django_user_model,
    settings,
    django_capture_on_commit_callbacks,
):
    """An Arabic story sent from /ar/ reaches an English-speaking admin in English
    and an Arabic-speaking moderator in Arabic."""
    settings.WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = True
    django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    arabic = django_user_model.objects.create_user(
        "moderator-ar", "moderator-ar@example.org", "pw"
    )
    arabic.groups.add(Group.objects.get(name="Story moderators"))
    profile = UserProfile.get_for_user(arabic)
    profile.preferred_language = "ar"
    profile.save()
    UserProfile.get_for_user(moderator)  # a profile with no preference
    data = {
        **story_data,
        "story_language": "ar",
        "title": "مطبخ الحي يجمع الجيران",
        "body": "كل خميس يفتح المطبخ المجتمعي أبوابه للجميع. " * 6,
    }

    with django_capture_on_commit_callbacks(execute=True):
        client.post("/ar/share-your-story/", data)

    by_recipient = {m.to[0]: m for m in mail.outbox}
    assert by_recipient["moderator@example.org"].subject.startswith(
        "New story to review"
    )
    assert 'lang="en"' in by_recipient["moderator@example.org"].alternatives[0].content
    assert by_recipient["moderator-ar@example.org"].subject.startswith(
        "قصة جديدة للمراجعة"
    )
    assert by_recipient["admin@example.org"].subject.startswith("The page")
    assert "has been submitted" in by_recipient["admin@example.org"].subject
    assert "تم تقديم" not in by_recipient["admin@example.org"].body
    receipt = by_recipient["amina.private@example.org"]
    assert "/ar/" in receipt.body  # the submitter still reads the site's language
