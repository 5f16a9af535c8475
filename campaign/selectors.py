"""What the home page gathers from the rest of the site.

The one module of ``campaign`` that reads across apps (STYLE.md). Each function
runs a fixed number of SQL queries whatever the number of pages, and answers with
an empty list or ``None`` when there is nothing to show: the home page then leaves
that section out.
"""

from django.apps import apps
from django.db.models import Prefetch
from wagtail.images import get_image_model

from stories import selectors as stories_selectors

LATEST_STORIES = 3
RUNNING_CAMPAIGNS = 3
PARTNER_LOGOS = 18
PARTNER_LOGO_RENDITIONS = ("max-240x96|format-webp",)


def home_sections():
    """Everything the home page shows besides its own fields."""
    return {
        "latest_stories": stories_selectors.latest_stories(LATEST_STORIES),
        "story_index": story_index(),
        "running_campaigns": running_campaigns(),
        "featured_publication": featured_publication(),
        "upcoming_event": upcoming_event(),
        "partners": partner_wall(),
    }


def story_index():
    return apps.get_model("stories", "StoryIndexPage").objects.live().first()


def running_campaigns():
    """Live campaigns running today, newest first (at most three).

    To be wired once ``CampaignPage`` exists: its live pages whose dates include
    today, with their card image's renditions prefetched.
    """
    return []


def featured_publication():
    """The publication the home page features, or ``None``.

    To be wired once ``PublicationPage`` exists: the newest live publication (or
    the one editors flag as featured), its cover rendition prefetched.
    """
    return None


def upcoming_event():
    """The next event to come, or ``None``.

    To be wired once ``EventPage`` exists: the live event with the earliest start
    from today on.
    """
    return None


def partner_wall():
    """Live partners in the editors' order, with their logos' renditions."""
    logos = get_image_model().objects.prefetch_renditions(*PARTNER_LOGO_RENDITIONS)
    partners = (
        apps.get_model("partners", "PartnerPage")
        .objects.live()
        .public()
        .order_by("path")
        .prefetch_related(Prefetch("logo", queryset=logos))
    )
    return list(partners[:PARTNER_LOGOS])
