"""Everything that changes an endorsement or its endorser's data goes through here."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from ..models import Endorsement, EndorsementContact
from ..submissions.services import email_later, group_with_permissions, new_reference
from . import tasks
from .tasks import MODERATORS_GROUP


def _send_later(kind, endorsement):
    email_later(tasks.send_endorsement_email, kind=kind, endorsement_id=endorsement.pk)


@transaction.atomic
def endorsement_submit(*, statement, data, language):
    """Store a pending endorsement and, apart, its endorser's contact record.
    ``data`` is a valid EndorsementForm's cleaned_data."""
    endorsement = Endorsement.objects.create(
        reference=new_reference(Endorsement, "EN-"),
        statement=statement,
        kind=data["kind"],
        name=data["name"],
        country=data["country"],
        role=data["role"],
        language=language,
    )
    EndorsementContact.objects.create(
        endorsement=endorsement,
        name=data["contact_name"],
        email=data["email"],
        consent_publication=data["consent_publication"],
        consent_privacy=data["consent_privacy"],
    )
    _send_later("receipt", endorsement)
    _send_later("moderators", endorsement)
    return endorsement


@transaction.atomic
def endorsement_approve(*, endorsement, user):
    """Show it in the statement's list. A rejection is final."""
    if endorsement.status != Endorsement.Status.PENDING:
        return False
    endorsement.status = Endorsement.Status.APPROVED
    endorsement.decided_at = timezone.now()
    endorsement.save(update_fields=["status", "decided_at"])
    log(instance=endorsement, action="statements.approve", user=user)
    _send_later("approved", endorsement)
    return True


@transaction.atomic
def endorsement_reject(*, endorsement, user, reason):
    """Keep it off the site for good, and tell the endorser why."""
    if endorsement.status == Endorsement.Status.REJECTED:
        return False
    endorsement.status = Endorsement.Status.REJECTED
    endorsement.reason = reason
    endorsement.decided_at = timezone.now()
    endorsement.save(update_fields=["status", "reason", "decided_at"])
    log(
        instance=endorsement,
        action="statements.reject",
        user=user,
        data={"reason": reason},
    )
    _send_later("rejected", endorsement)
    return True


def contact_erase(*, contact, user=None):
    """Blank the endorser's personal data; the public endorsement remains."""
    contact.name = ""
    contact.email = ""
    contact.erased_at = timezone.now()
    contact.save(update_fields=["name", "email", "erased_at"])
    log(instance=contact, action="statements.erase", user=user)


def contact_export(*, contact):
    """Everything the site holds about an endorser, as plain data."""
    endorsement = contact.endorsement
    return {
        "reference": endorsement.reference,
        "statement": {
            "id": endorsement.statement_id,
            "title": str(endorsement.statement.title),
        },
        "status": endorsement.status,
        "kind": endorsement.kind,
        "city_or_organisation": endorsement.name,
        "country": str(endorsement.country),
        "role": endorsement.role,
        "date": endorsement.endorsed_on.isoformat(),
        "language": endorsement.language,
        "name": contact.name,
        "email": contact.email,
        "agreed_to_publication": contact.consent_publication,
        "accepted_privacy_notice": contact.consent_privacy,
        "submitted_at": contact.submitted_at.isoformat(),
        "decided_at": (
            endorsement.decided_at.isoformat() if endorsement.decided_at else None
        ),
        "decision_reason": endorsement.reason,
        "personal_data_erased_at": (
            contact.erased_at.isoformat() if contact.erased_at else None
        ),
    }


@transaction.atomic
def endorsements_purge(*, now=None):
    """Rejected endorsements, once the retention period has passed, are deleted
    with their contact record (the same period as story submissions)."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.STORIES_RETENTION_DAYS)
    expired = Endorsement.objects.filter(
        status=Endorsement.Status.REJECTED, decided_at__lt=cutoff
    )
    count = 0
    for endorsement in expired:
        log(instance=endorsement, action="statements.purge", user=None)
        endorsement.delete()
        count += 1
    return count


# --- Moderation set-up ---

MODERATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("campaign", "view_endorsement"),
    ("campaign", "change_endorsement"),
    ("campaign", "moderate_endorsement"),
]
PERSONAL_DATA_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("campaign", "view_endorsementcontact"),
    ("campaign", "export_endorsementcontact"),
    ("campaign", "erase_endorsementcontact"),
]


def endorsement_moderation_setup():
    """ "Statement moderators" approve and reject endorsements and nothing else;
    personal data officers (the stories' group) also see, export and erase
    endorsers' contacts. Adds what is missing, takes nothing away."""
    group_with_permissions(MODERATORS_GROUP, MODERATOR_PERMISSIONS)
    group_with_permissions(
        settings.STORIES_PERSONAL_DATA_GROUP, PERSONAL_DATA_PERMISSIONS
    )
