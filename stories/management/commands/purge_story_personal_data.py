"""Meant for a daily scheduler: enforce the retention period of personal data."""

from django.conf import settings
from django.core.management.base import BaseCommand

from stories import services


class Command(BaseCommand):
    help = (
        "Erase the personal data, and delete the never-published stories, of rejected "
        "or withdrawn submissions decided more than STORIES_RETENTION_DAYS ago."
    )

    def handle(self, *args, **options):
        count = services.submissions_purge()
        self.stdout.write(
            f"Purged {count} submission(s) older than "
            f"{settings.STORIES_RETENTION_DAYS} days."
        )
