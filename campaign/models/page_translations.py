"""When each language's text of a page last changed: what the admin's translation
status (campaign/language_admin.py) reads to tell a complete translation from an
out-of-date one. Kept by ``campaign.services.page_translations_record``."""

from django.conf import settings
from django.db import models
from django.db.models import Case, F, OuterRef, Q, Subquery, Value, When
from django.utils.translation import gettext_lazy as _


class TranslationStatus(models.TextChoices):
    COMPLETE = "complete", _("Complete")
    MISSING = "missing", _("Missing")
    OUT_OF_DATE = "out_of_date", _("Out of date")


class PageTranslationQuerySet(models.QuerySet):
    def with_status(self):
        """Annotate ``status``: missing while a language field is empty; out of
        date when the English text was edited after this language's text."""
        source = PageTranslation.objects.filter(
            page=OuterRef("page_id"), language=settings.LANGUAGE_CODE
        ).values("edited_at")[:1]
        return self.annotate(
            source_edited_at=Subquery(source),
            status=Case(
                When(complete=False, then=Value(TranslationStatus.MISSING)),
                When(
                    Q(source_edited_at__gt=F("edited_at"))
                    & ~Q(language=settings.LANGUAGE_CODE),
                    then=Value(TranslationStatus.OUT_OF_DATE),
                ),
                default=Value(TranslationStatus.COMPLETE),
                output_field=models.CharField(),
            ),
        )


class PageTranslation(models.Model):
    """A page's text in one language, as of its latest revision."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="translation_records",
        verbose_name=_("page"),
    )
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    complete = models.BooleanField(_("complete"), default=False)
    # Names of the language fields left empty, space-separated.
    missing_fields = models.CharField(_("missing fields"), max_length=255, blank=True)
    digest = models.CharField(_("digest"), max_length=64)
    edited_at = models.DateTimeField(_("text last changed"))

    objects = PageTranslationQuerySet.as_manager()

    class Meta:
        verbose_name = _("page translation")
        verbose_name_plural = _("page translations")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="unique_page_translation"
            )
        ]

    def __str__(self):
        return f"{self.page_id} [{self.language}]"
