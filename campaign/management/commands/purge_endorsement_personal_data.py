"""Meant for a daily scheduler, beside purge_story_personal_data."""

from django.conf import settings
from django.core.management.base import BaseCommand

from campaign.statements import services


class Command(BaseCommand):
    help = (
        "Delete rejected endorsements, with their endorser's personal data, decided "
        "more than STORIES_RETENTION_DAYS ago."
    )

    def handle(self, *args, **options):
        count = services.endorsements_purge()
        self.stdout.write(
            f"Purged {count} endorsement(s) older than "
            f"{settings.STORIES_RETENTION_DAYS} days."
        )
