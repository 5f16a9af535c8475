"""Meant for a daily scheduler: enforce the retention period of personal data."""

from campaign.submissions.commands import PurgeCommand
from stories import services


class Command(PurgeCommand):
    help = (
        "Erase the personal data, and delete the never-published stories, of rejected "
        "or withdrawn submissions decided more than STORIES_RETENTION_DAYS ago."
    )
    noun = "submission(s)"

    def purge(self):
        return services.submissions_purge()
