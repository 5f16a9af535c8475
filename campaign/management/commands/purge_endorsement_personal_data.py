"""Meant for a daily scheduler, beside purge_story_personal_data."""

from campaign.statements import services
from campaign.submissions.commands import PurgeCommand


class Command(PurgeCommand):
    help = (
        "Delete rejected endorsements, with their endorser's personal data, decided "
        "more than STORIES_RETENTION_DAYS ago."
    )
    noun = "endorsement(s)"

    def purge(self):
        return services.endorsements_purge()
