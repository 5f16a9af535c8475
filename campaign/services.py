"""Writes of the campaign app (the statements' own live in statements/services.py)."""

import hashlib

from django.conf import settings
from django.utils import timezone, translation

from .languages import LANGUAGE_CODES
from .models import PageTranslation
from .selectors import missing_language_fields


def language_text(page, code):
    """What a reader reads of the page in one language: the text of its
    ``language_fields`` (rich text and stream blocks as their search index sees
    them), whitespace collapsed. Markup, block ids and JSON key order, which an
    editor's save may change without touching the words, are left out."""
    fields = []
    with translation.override(settings.LANGUAGE_CODE):  # choice labels
        for name in page.language_fields:
            field = page._meta.get_field(f"{name}_{code}")
            value = field.value_from_object(page)
            if not value:
                pieces = []
            elif hasattr(field, "get_searchable_content"):
                pieces = field.get_searchable_content(value)
            else:
                pieces = [value]
            fields.append("\x1f".join(" ".join(str(p).split()) for p in pieces))
    return "\x1e".join(fields)


def language_digest(page, code):
    return hashlib.sha256(language_text(page, code).encode()).hexdigest()


def page_translations_record(*, pages, at=None):
    """Record the text of ``pages`` (MultilingualPage instances, as an editor saved
    them) in every language. A language's ``edited_at`` moves to ``at`` only when
    its text changed since the last record, so that editing the English leaves the
    French as it was, and out of date."""
    at = at or timezone.now()
    pages = [page for page in pages if page.pk and page.translations_expected]
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
