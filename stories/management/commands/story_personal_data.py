"""Answer a submitter's request: export or erase what the site holds about them."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from stories import services
from stories.models import Submission


class Command(BaseCommand):
    help = "Export or erase a story submitter's personal data, by reference or e-mail."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("who", help="A reference (ST-XXXXXX) or an e-mail address.")

    def handle(self, *args, action, who, **options):
        submissions = Submission.objects.filter(
            Q(reference__iexact=who) | Q(email__iexact=who)
        ).select_related("story")
        if not submissions:
            raise CommandError(f"No submission matches {who!r}.")
        if action == "export":
            data = [services.submission_export(submission=s) for s in submissions]
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        for submission in submissions:
            services.submission_erase(submission=submission)
            self.stdout.write(f"Erased the personal data of {submission.reference}.")
