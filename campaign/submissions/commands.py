"""The management commands that keep the public forms' personal data: answer a
person's request (export or erase what the site holds about them), and the daily
purge that enforces the retention period."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class PersonalDataCommand(BaseCommand):
    """Subclasses give ``records(who)`` (a reference or an e-mail address),
    ``export(record)``, ``erase(record)``, the ``noun`` of what they look for and
    a ``reference_example``."""

    noun = "record"
    reference_example = "XX-XXXXXX"

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument(
            "who", help=f"A reference ({self.reference_example}) or an e-mail address."
        )

    def handle(self, *args, action, who, **options):
        records = self.records(who)
        if not records:
            raise CommandError(f"No {self.noun} matches {who!r}.")
        if action == "export":
            data = [self.export(record) for record in records]
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        for record in records:
            self.erase(record)
            self.stdout.write(f"Erased the personal data of {record.reference}.")


class PurgeCommand(BaseCommand):
    """Meant for a daily scheduler. Subclasses give ``purge()``, which returns how
    many records it erased or deleted, and their ``noun``."""

    noun = "record(s)"

    def handle(self, *args, **options):
        count = self.purge()
        self.stdout.write(
            f"Purged {count} {self.noun} older than "
            f"{settings.STORIES_RETENTION_DAYS} days."
        )
