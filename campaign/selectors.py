"""What the home page gathers from the rest of the site.

The home page's choices live here: how many stories and logos it shows, which
campaigns and event. The other apps' parts come from ``campaign.registry``, where
each app registers them. Each function runs a fixed number of SQL queries whatever
the number of pages, and answers with an empty list or ``None`` when there is
nothing to show: the home page then leaves that section out.
"""

from django.apps import apps
from django.db.models import Q
from django.utils import timezone

from . import registry
from .languages import MultilingualPage, has_text

LATEST_STORIES = 3
RUNNING_CAMPAIGNS = 3
PARTNER_LOGOS = 18


def home_sections():
    """Everything the home page shows besides its own fields."""
    return {
        "latest_stories": latest_stories(),
        "story_index": story_index(),
        "running_campaigns": running_campaigns(),
        "featured_publication": featured_publication(),
        "upcoming_event": upcoming_event(),
        "partners": partner_wall(),
    }


def registered(name, *args):
    """The part of the home page that another app registered as ``name``, or
    ``None`` when no app did."""
    provide = registry.home_sections.get(name)
    return provide(*args) if provide else None


def latest_stories():
    return registered("latest_stories", LATEST_STORIES) or []


def story_index():
    return registered("story_index")


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
    return registered("featured_publication")


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
    """Live partners in the editors' order, with their logos."""
    return registered("partner_wall", PARTNER_LOGOS) or []


# --- Translation status ---


def multilingual_page_models():
    """Every page type of the site (each takes the MultilingualPage mixin)."""
    return [model for model in apps.get_models() if issubclass(model, MultilingualPage)]


def missing_language_fields(page, code):
    """The names of the page's ``language_fields`` with no text in ``code``."""
    return [
        name
        for name in page.language_fields
        if not has_text(getattr(page, f"{name}_{code}", None))
    ]


def page_translation_statuses(page):
    """Language code → status of the page's recorded translations (one query);
    empty for a page never saved."""
    if not page.pk:
        return {}
    records = apps.get_model("campaign", "PageTranslation").objects.filter(page=page.pk)
    return {record.language: record.status for record in records.with_status()}
