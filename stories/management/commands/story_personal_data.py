"""Answer a submitter's request: export or erase what the site holds about them."""

from django.db.models import Q

from campaign.submissions.commands import PersonalDataCommand
from stories import services
from stories.models import Submission


class Command(PersonalDataCommand):
    help = "Export or erase a story submitter's personal data, by reference or e-mail."
    noun = "submission"
    reference_example = "ST-XXXXXX"

    def records(self, who):
        return Submission.objects.filter(
            Q(reference__iexact=who) | Q(email__iexact=who)
        ).select_related("story")

    def export(self, record):
        return services.submission_export(submission=record)

    def erase(self, record):
        services.submission_erase(submission=record)
