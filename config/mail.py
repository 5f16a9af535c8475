"""Every e-mail leaves through the task queue, never during a request.

The default mailer (``QueuedEmailBackend``) turns each message into plain JSON and
enqueues ``deliver_email``, which sends it through a second mailer (``"delivery"``:
SMTP in production). Wagtail's notifications, password resets and this project's
own e-mails all go through ``mailers.default``, so none can bypass the queue. When
the mail server fails, the task enqueues itself again later, with a growing delay.

This module also knows the address that links in e-mails start from, and checks
that a deployment has set it.
"""

import base64
import email
import email.policy
import ipaddress
import logging
import smtplib
import time
from contextvars import ContextVar
from datetime import UTC, datetime, timedelta
from email.message import MIMEPart
from email.mime.base import MIMEBase
from email.utils import format_datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.mail import EmailMultiAlternatives, mailers, make_msgid
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.utils import DNS_NAME
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape, linebreaks
from django.utils.safestring import mark_safe
from django_tasks import task, task_backends

logger = logging.getLogger(__name__)

DELIVERY_MAILER = "delivery"
# Seconds to wait before each new attempt: about nine hours in all, then the task
# fails and stays in the task table, message included, for someone to look at.
RETRY_DELAYS = [60, 120, 300, 600, 1200, 1800, 3600, 3600, 7200, 14400]
SENDING_ERRORS = (smtplib.SMTPException, OSError)  # timeouts are OSErrors too
# Failures of one message, not of the server.
MESSAGE_ERRORS = (
    smtplib.SMTPRecipientsRefused,
    smtplib.SMTPSenderRefused,
    smtplib.SMTPDataError,
)
SERVER_DOWN_KEY = "mail:server-down-until"
SERVER_PAUSE = 60  # seconds
DEVELOPMENT_BASE_URL = "http://127.0.0.1:8000"


# --- Messages as JSON ---


def _pack(content):
    if isinstance(content, bytes):
        return {"base64": base64.b64encode(content).decode("ascii")}
    return {"text": str(content)}


def _unpack(packed):
    if "base64" in packed:
        return base64.b64decode(packed["base64"])
    return packed["text"]


def message_to_json(message):
    """Everything needed to send ``message`` again, as JSON-safe data."""
    headers = {str(name): str(value) for name, value in message.extra_headers.items()}
    names = {name.lower() for name in headers}
    # Fixed now, so every attempt sends the same message.
    if "message-id" not in names:
        headers["Message-ID"] = make_msgid(domain=DNS_NAME)
    if "date" not in names:
        headers["Date"] = format_datetime(timezone.now())
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, MIMEPart | MIMEBase):
            attachments.append({"mime": _pack(attachment.as_bytes())})
        else:
            filename, content, mimetype = attachment
            attachments.append(
                {"filename": filename, "content": _pack(content), "mimetype": mimetype}
            )
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "content_subtype": message.content_subtype,
        "encoding": message.encoding,
        "from_email": str(message.from_email),
        "to": [str(address) for address in message.to],
        "cc": [str(address) for address in message.cc],
        "bcc": [str(address) for address in message.bcc],
        "reply_to": [str(address) for address in message.reply_to],
        "headers": headers,
        "alternatives": [
            {"content": _pack(content), "mimetype": mimetype}
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": attachments,
    }


def message_from_json(data):
    message = EmailMultiAlternatives(
        data["subject"],
        data["body"],
        data["from_email"],
        data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data["content_subtype"]
    message.encoding = data["encoding"]
    for alternative in data["alternatives"]:
        message.attach_alternative(
            _unpack(alternative["content"]), alternative["mimetype"]
        )
    for attachment in data["attachments"]:
        if "mime" in attachment:
            message.attach(
                email.message_from_bytes(
                    _unpack(attachment["mime"]),
                    _class=email.message.EmailMessage,
                    policy=email.policy.default,
                )
            )
        else:
            message.attach(
                attachment["filename"],
                _unpack(attachment["content"]),
                attachment["mimetype"],
            )
    return message


# --- Queue and delivery ---


class QueuedEmailBackend(BaseEmailBackend):
    """The default mailer: queues each message once the current transaction
    commits (so nothing is said about data that was rolled back) and returns at
    once. ``deliver_email`` sends it through ``mailer``."""

    def __init__(self, *, mailer=DELIVERY_MAILER, **kwargs):
        super().__init__(**kwargs)
        if mailer == self.alias:
            raise ValueError("A queued mailer must deliver through another mailer.")
        self.mailer = mailer

    def send_messages(self, email_messages):
        count = 0
        for message in email_messages:
            if not message.recipients():
                continue
            message.message()  # invalid headers fail here, in the caller's code
            data = message_to_json(message)
            transaction.on_commit(
                lambda data=data: deliver_email.enqueue(
                    message=data, mailer=self.mailer
                )
            )
            count += 1
        return count


@task()
def deliver_email(*, message, mailer=DELIVERY_MAILER, attempt=1):
    """Send one queued message; on a mail server failure, try again later.

    When the server cannot be reached (it hangs, refuses or drops the
    connection), the messages queued behind this one are not sent to wait out
    the same timeout each: for ``SERVER_PAUSE`` seconds they are put back at
    once, unattempted, so a dead mail server never holds the other tasks."""
    defers = deliver_email.get_backend().supports_defer
    paused_until = cache.get(SERVER_DOWN_KEY) if defers else None
    if paused_until and paused_until > time.time():
        deliver_email.using(
            run_after=datetime.fromtimestamp(paused_until, tz=UTC)
        ).enqueue(message=message, mailer=mailer, attempt=attempt)
        return
    try:
        mailers[mailer].send_messages([message_from_json(message)])
    except SENDING_ERRORS as error:
        if defers and not isinstance(error, MESSAGE_ERRORS):
            cache.set(SERVER_DOWN_KEY, time.time() + SERVER_PAUSE, SERVER_PAUSE)
        _retry_later(message=message, mailer=mailer, attempt=attempt, error=error)


def _retry_later(*, message, mailer, attempt, error):
    description = (
        f"{message['headers'].get('Message-ID', '')} "
        f"({len(message['to']) + len(message['cc']) + len(message['bcc'])}"
        " recipients)"
    )
    backend = deliver_email.get_backend()
    if attempt > len(RETRY_DELAYS) or not backend.supports_defer:
        logger.error(
            "E-mail %s not sent after %d attempts: %r",
            description,
            attempt,
            error,
        )
        raise error
    delay = RETRY_DELAYS[attempt - 1]
    logger.warning(
        "E-mail %s not sent (attempt %d: %r); next attempt in %d s",
        description,
        attempt,
        error,
        delay,
    )
    deliver_email.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
        message=message, mailer=mailer, attempt=attempt + 1
    )


# --- Links ---

_request_base_url = ContextVar("request_base_url", default="")


class BaseURLMiddleware:
    """Remembers the address the current request came to, so that e-mails queued
    during it link back there when WAGTAILADMIN_BASE_URL is not set (development
    on any host and port)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            address = f"{request.scheme}://{request.get_host()}"
        except DisallowedHost:
            address = ""
        token = _request_base_url.set(address)
        try:
            return self.get_response(request)
        finally:
            _request_base_url.reset(token)


def base_url():
    """Where links in e-mails start: WAGTAILADMIN_BASE_URL when set, else the
    address of the current request, else the development server's default."""
    configured = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    return (configured or _request_base_url.get() or DEVELOPMENT_BASE_URL).rstrip("/")


def plain_text_to_html(text, links=()):
    """HTML for a plain-text e-mail: every character of ``text`` escaped, line
    breaks kept, and only ``links`` (addresses the site built) made live."""
    html = escape(text)
    for url in sorted({url for url in links if url}, key=len, reverse=True):
        escaped = escape(url)
        html = html.replace(escaped, f'<a href="{escaped}">{escaped}</a>')
    return mark_safe(linebreaks(html))  # noqa: S308 - escaped above


# --- Deployment checks ---


def is_local_address(url):
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host or host == "localhost" or host.endswith((".localhost", ".local")):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_unspecified or ip.is_link_local


def check_mail_deployment(app_configs=None, **kwargs):
    """Links in e-mails need the public address; e-mail needs a real queue."""
    messages = []
    url = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    if (
        not url
        or urlsplit(url).scheme not in {"http", "https"}
        or is_local_address(url)
    ):
        messages.append(
            checks.Warning(
                "WAGTAILADMIN_BASE_URL is not set to the site's public address "
                f"({url!r}), so links in e-mails lead nowhere.",
                hint="Set the WAGTAILADMIN_BASE_URL environment variable, "
                "e.g. https://campaign.example.org.",
                id="config.W001",
            )
        )
    mailers_setting = getattr(settings, "MAILERS", {})
    default_mailer = mailers_setting.get("default", {}).get("BACKEND", "")
    if default_mailer.endswith("QueuedEmailBackend"):
        try:
            backend = task_backends["default"]
        except Exception:  # reported by django_tasks' own checks
            backend = None
        if backend is not None and not backend.supports_defer:
            messages.append(
                checks.Warning(
                    f"The task backend {type(backend).__name__} sends e-mail during "
                    "the request and cannot retry when the mail server fails.",
                    hint="Use django_tasks_db.DatabaseBackend and run "
                    "`manage.py run_worker`.",
                    id="config.W002",
                )
            )
    return messages
