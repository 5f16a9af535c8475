"""What the home page gathers from the rest of the site.

The one module of ``campaign`` that reads across apps (STYLE.md). Each function
runs a fixed number of SQL queries whatever the number of pages, and answers with
an empty list or ``None`` when there is nothing to show: the home page then leaves
that section out.
"""

from django.apps import apps
from django.db.models import Prefetch, Q
from django.utils import timezone
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
    """Live campaigns running today, newest first (at most three)."""
    today = timezone.localdate()
    campaigns = (
        apps.get_model("campaign", "CampaignPage")
        .objects.live()
        .public()
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=today))
        .order_by("-start_date", "pk")
    )
    return list(campaigns[:RUNNING_CAMPAIGNS])


def featured_publication():
    """The newest live publication, or ``None``."""
    return (
        apps.get_model("publications", "PublicationPage")
        .objects.live()
        .public()
        .order_by("-publication_date", "-pk")
        .first()
    )


def upcoming_event():
    """The next event to come (or still going on), or ``None``."""
    return (
        apps.get_model("campaign", "EventPage")
        .objects.live()
        .public()
        .filter(end_date__gte=timezone.localdate())
        .order_by("start_date", "start_time", "pk")
        .first()
    )


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
