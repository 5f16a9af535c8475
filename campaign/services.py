"""Writes of the campaign app (the statements' own live in statements/services.py)."""

import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from .languages import LANGUAGE_CODES
from .models import PageTranslation
from .selectors import missing_language_fields


def language_digest(page, code):
    """A fingerprint of the page's text in one language: its ``language_fields``
    as stored, a StreamField as JSON with sorted keys (PostgreSQL's jsonb gives
    them back in its own order) and block ids; empty whether ``None`` or ""."""
    text = hashlib.sha256()
    for name in page.language_fields:
        field = page._meta.get_field(f"{name}_{code}")
        value = field.get_prep_value(field.value_from_object(page)) or ""
        if not isinstance(value, str):
            value = json.dumps(value, sort_keys=True, cls=DjangoJSONEncoder)
        text.update(value.encode())
        text.update(b"\0")
    return text.hexdigest()


def page_translations_record(*, pages, at=None):
    """Record the text of ``pages`` (MultilingualPage instances, as an editor saved
    them) in every language. A language's ``edited_at`` moves to ``at`` only when
    its text changed since the last record, so that editing the English leaves the
    French as it was, and out of date."""
    at = at or timezone.now()
    pages = [page for page in pages if page.pk]
    records = {
        (record.page_id, record.language): record
        for record in PageTranslation.objects.filter(page__in=[p.pk for p in pages])
    }
    new, changed = [], []
    for page in pages:
        for code in LANGUAGE_CODES:
            digest = language_digest(page, code)
            complete = page.has_language(code)
            missing = "" if complete else " ".join(missing_language_fields(page, code))
            record = records.get((page.pk, code))
            if record is None:
                new.append(
                    PageTranslation(
                        page_id=page.pk,
                        language=code,
                        complete=complete,
                        missing_fields=missing,
                        digest=digest,
                        edited_at=at,
                    )
                )
            elif (record.digest, record.complete, record.missing_fields) != (
                digest,
                complete,
                missing,
            ):
                if record.digest != digest:
                    record.digest, record.edited_at = digest, at
                record.complete, record.missing_fields = complete, missing
                changed.append(record)
    PageTranslation.objects.bulk_create(new, ignore_conflicts=True)
    PageTranslation.objects.bulk_update(
        changed, ["digest", "edited_at", "complete", "missing_fields"]
    )
