"""The submitter's private status link: signed, expiring, and unguessable."""

from django.conf import settings
from django.core import signing

STATUS_SALT = "stories.status"


def status_token(submission):
    return signing.dumps(submission.reference, salt=STATUS_SALT)


def submission_for_token(token):
    """The submission a status link points at, or None if forged or expired."""
    from .models import Submission

    try:
        reference = signing.loads(
            token, salt=STATUS_SALT, max_age=settings.STORIES_STATUS_LINK_MAX_AGE
        )
    except signing.BadSignature:
        return None
    return (
        Submission.objects.filter(reference=reference).select_related("story").first()
    )
