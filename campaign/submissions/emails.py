"""E-mails from the public forms' background tasks, sent through the queued mailer
of config/mail.py. Each is written in its recipient's language, as plain text with
an HTML twin in which visitor text stays escaped and only the site's own links are
live."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.template.loader import render_to_string
from django.utils import translation

from config.mail import plain_text_to_html

from ..languages import language_dir


def recipient_language(user):
    """A user's own admin language if the site speaks it, else the site's default;
    never the language that happens to be active (the visitor's, during a
    submission)."""
    profile = getattr(user, "wagtail_userprofile", None)
    preferred = profile.preferred_language if profile else ""
    try:
        return translation.get_supported_language_variant(preferred)
    except LookupError:
        return settings.LANGUAGE_CODE


def render(template, context, language):
    """Subject, plain text and HTML, from ``<template>_subject.txt`` and
    ``<template>.txt``."""
    links = [value for key, value in context.items() if key.endswith("_url")]
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(
            "submissions/email.html",
            {
                "body": plain_text_to_html(text, links),
                "language": language,
                "direction": language_dir(language),
            },
        )
    return " ".join(subject.split()), text, html


def send(template, context, language, to):
    subject, text, html = render(template, context, language)
    message = mail.EmailMultiAlternatives(subject, text, to=to)
    message.attach_alternative(html, "text/html")
    message.send()


def send_to_moderators(template, context, group):
    """One e-mail to each active member of ``group`` who has an address."""
    moderators = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=group)
        .exclude(email="")
        .select_related("wagtail_userprofile")
    )
    for user in moderators:
        send(template, context, recipient_language(user), [user.email])
