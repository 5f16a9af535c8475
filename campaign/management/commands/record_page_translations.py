"""Run after `migrate`: idempotent, and quick once every page is recorded."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from campaign.selectors import multilingual_page_models
from campaign.services import page_translations_record


class Command(BaseCommand):
    help = (
        "Record the languages of the pages that the translation status does not "
        "know yet (saved before it existed, or written in bulk), from their latest "
        "revision."
    )

    def handle(self, *args, **options):
        count = 0
        for model in multilingual_page_models():
            for page in model.objects.filter(translation_records__isnull=True):
                page_translations_record(
                    pages=[page.get_latest_revision_as_object()],
                    at=page.latest_revision_created_at or timezone.now(),
                )
                count += 1
        self.stdout.write(f"{count} page(s) recorded.")
