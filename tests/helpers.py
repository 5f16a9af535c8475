"""Helpers shared by the tests of the public forms."""

import time

from django.core import signing

from campaign.submissions.forms import STARTED_SALT


def started_token(seconds_ago=60):
    """The signed start time a public form carries, ``seconds_ago`` in the past."""
    return signing.dumps(int(time.time()) - seconds_ago, salt=STARTED_SALT)
