"""Writes that every public form shares: the rate limit, references, e-mails queued
once the data is stored, and the groups that moderate and keep personal data."""

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from config.mail import base_url as site_base_url

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def submission_attempt_allowed(*, client):
    """Count one POST to a public form and say whether its client is still within
    the rate limit, which all public forms share. Counted in the database (in
    ``settings.SUBMISSION_ATTEMPT_MODEL``), so every worker process shares it; the
    attempt is stored before counting, so concurrent posts cannot all slip through.
    """
    attempts = apps.get_model(settings.SUBMISSION_ATTEMPT_MODEL).objects
    limit, window = settings.STORIES_RATE_LIMIT
    now = timezone.now()
    key = hmac.new(
        settings.SECRET_KEY.encode(), client.encode(), hashlib.sha256
    ).hexdigest()
    attempts.filter(created_at__lt=now - timedelta(seconds=window)).delete()
    with transaction.atomic():
        _lock_client(key)
        attempts.create(client=key, created_at=now)
        recent = attempts.filter(
            client=key, created_at__gt=now - timedelta(seconds=window)
        )
        return recent.count() <= limit


def _lock_client(key):
    """One client's attempts are counted one at a time, until the transaction ends.
    Without it, two concurrent posts both see the other's row and both are refused
    (or, at the first post, neither sees the other and both pass). SQLite already
    runs one writing transaction at a time; PostgreSQL takes an advisory lock."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_advisory_xact_lock(%s)",
                [int.from_bytes(bytes.fromhex(key[:16]), "big", signed=True)],
            )


def new_reference(model, prefix):
    """A reference no ``model`` row has yet: ``prefix`` and six characters."""
    while True:
        reference = prefix + "".join(
            secrets.choice(REFERENCE_ALPHABET) for _ in range(6)
        )
        if not model.objects.filter(reference=reference).exists():
            return reference


def email_later(task, **kwargs):
    """Queue the e-mail ``task`` once the transaction commits. The address its
    links start from is taken now: a worker has no request."""
    base_url = site_base_url()
    transaction.on_commit(lambda: task.enqueue(base_url=base_url, **kwargs))


def group_with_permissions(name, permissions):
    """The group called ``name``, holding at least ``permissions`` (pairs of app
    label and codename). Adds what is missing and takes nothing away."""
    from django.contrib.auth.models import Group, Permission

    group, _created = Group.objects.get_or_create(name=name)
    for app_label, codename in permissions:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return group
