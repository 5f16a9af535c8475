"""Answer an endorser's request: export or erase what the site holds about them."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from campaign.models import EndorsementContact
from campaign.statements import services


class Command(BaseCommand):
    help = "Export or erase an endorser's personal data, by reference or e-mail."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("who", help="A reference (EN-XXXXXX) or an e-mail address.")

    def handle(self, *args, action, who, **options):
        contacts = EndorsementContact.objects.filter(
            Q(endorsement__reference__iexact=who) | Q(email__iexact=who)
        ).select_related("endorsement__statement")
        if not contacts:
            raise CommandError(f"No endorsement matches {who!r}.")
        if action == "export":
            data = [services.contact_export(contact=c) for c in contacts]
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        for contact in contacts:
            services.contact_erase(contact=contact)
            self.stdout.write(
                f"Erased the personal data of {contact.endorsement.reference}."
            )
