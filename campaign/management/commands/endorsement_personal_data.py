"""Answer an endorser's request: export or erase what the site holds about them."""

from django.db.models import Q

from campaign.models import EndorsementContact
from campaign.statements import services
from campaign.submissions.commands import PersonalDataCommand


class Command(PersonalDataCommand):
    help = "Export or erase an endorser's personal data, by reference or e-mail."
    noun = "endorsement"
    reference_example = "EN-XXXXXX"

    def records(self, who):
        return EndorsementContact.objects.filter(
            Q(endorsement__reference__iexact=who) | Q(email__iexact=who)
        ).select_related("endorsement__statement")

    def export(self, record):
        return services.contact_export(contact=record)

    def erase(self, record):
        services.contact_erase(contact=record)
