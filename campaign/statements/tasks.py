"""E-mails about endorsements, sent as background tasks (see
campaign/submissions/emails.py)."""

from django.urls import reverse
from django.utils import translation
from django_tasks import task

from config.mail import base_url as current_base_url

from ..submissions.emails import send, send_to_moderators

MODERATORS_GROUP = "Statement moderators"


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
    template = f"campaign/emails/endorsement_{kind}"
    if kind == "moderators":
        context["review_url"] = base + reverse(
            "campaign_endorsement:edit", args=[endorsement.pk]
        )
        send_to_moderators(template, context, MODERATORS_GROUP)
        return
    contact = getattr(endorsement, "contact", None)
    if contact is None or contact.is_erased or not contact.email:
        return
    context["contact"] = contact
    language = endorsement.language
    with translation.override(language):
        context["statement_url"] = base + endorsement.statement.get_url_parts()[2]
        send(template, context, language, [contact.email])
