"""E-mails about endorsements, sent as background tasks through the queued mailer.
Visitor text is plain text in the text part and escaped in the HTML part."""

from django.contrib.auth import get_user_model
from django.core import mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from campaign.languages import language_dir
from config.mail import base_url as current_base_url
from config.mail import plain_text_to_html
from stories.tasks import recipient_language

MODERATORS_GROUP = "Statement moderators"


def _render(kind, context, language):
    links = [value for key, value in context.items() if key.endswith("_url")]
    with translation.override(language):
        subject = render_to_string(
            f"campaign/emails/endorsement_{kind}_subject.txt", context
        )
        text = render_to_string(f"campaign/emails/endorsement_{kind}.txt", context)
        html = render_to_string(
            "stories/emails/base.html",
            {
                "body": plain_text_to_html(text, links),
                "language": language,
                "direction": language_dir(language),
            },
        )
    return " ".join(subject.split()), text, html


def _send(kind, context, language, to):
    subject, text, html = _render(kind, context, language)
    message = mail.EmailMultiAlternatives(subject, text, to=to)
    message.attach_alternative(html, "text/html")
    message.send()


def _moderators():
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=MODERATORS_GROUP)
        .exclude(email="")
        .select_related("wagtail_userprofile")
    )


@task()
def send_endorsement_email(*, kind, endorsement_id, base_url=None):
    from ..models import Endorsement

    base = (base_url or current_base_url()).rstrip("/")
    endorsement = (
        Endorsement.objects.select_related("statement", "contact")
        .filter(pk=endorsement_id)
        .first()
    )
    if endorsement is None:
        return
    context = {"endorsement": endorsement, "statement": endorsement.statement}
    if kind == "moderators":
        context["review_url"] = base + reverse(
            "campaign_endorsement:edit", args=[endorsement.pk]
        )
        for user in _moderators():
            language = recipient_language(user)
            with translation.override(language):
                _send(kind, context, language, [user.email])
        return
    contact = getattr(endorsement, "contact", None)
    if contact is None or contact.is_erased or not contact.email:
        return
    context["contact"] = contact
    language = endorsement.language
    with translation.override(language):
        context["statement_url"] = base + endorsement.statement.get_url_parts()[2]
        _send(kind, context, language, [contact.email])
