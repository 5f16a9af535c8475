"""An English-only page of every page type, published under its proper parent:
what an editor puts online before anyone translates it."""

import json
from datetime import date, time

from django.utils import translation
from wagtail.models import Page, Site

from campaign.models import (
    ArticlePage,
    CampaignIndexPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
    StandardPage,
    StatementPage,
)
from partners.models import PartnerIndexPage, PartnerPage
from publications.models import PublicationIndexPage, PublicationPage, PublicationType
from stories.models import StoryIndexPage, StoryPage

TEXT = "Written in English only, for now."
BODY = json.dumps([{"type": "paragraph", "value": f"<p>{TEXT}</p>"}])


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def home():
    return Site.objects.get(is_default_site=True).root_page.specific


def english(model, slug, **fields):
    return model(title_en=f"Only in English: {slug}", slug=slug, **fields)


def new_home():
    """A second home page, made the site's root for the test."""
    page = publish(
        Page.get_first_root_node(),
        english(HomePage, "english-home", hero_title_en=TEXT, introduction_en=TEXT),
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page = page
    site.save()
    return page


BUILDERS = {
    "HomePage": new_home,
    "StandardPage": lambda: publish(
        home(), english(StandardPage, "english-standard", body_en=BODY)
    ),
    "StatementPage": lambda: publish(
        home(),
        english(
            StatementPage,
            "english-statement",
            summary_en=TEXT,
            text_en=f"<p>{TEXT}</p>",
            date=date(2024, 6, 20),
        ),
    ),
    "CampaignIndexPage": lambda: publish(
        home(), english(CampaignIndexPage, "english-campaigns")
    ),
    "CampaignPage": lambda: publish(
        CampaignIndexPage.objects.get(),
        english(
            CampaignPage,
            "english-campaign",
            summary_en=TEXT,
            body_en=BODY,
            start_date=date(2024, 1, 1),
        ),
    ),
    "NewsIndexPage": lambda: publish(home(), english(NewsIndexPage, "english-news")),
    "ArticlePage": lambda: publish(
        NewsIndexPage.objects.get(),
        english(
            ArticlePage,
            "english-article",
            summary_en=TEXT,
            body_en=BODY,
            date=date(2099, 1, 1),  # the newest, first in the feed
        ),
    ),
    "EventIndexPage": lambda: publish(
        home(), english(EventIndexPage, "english-events")
    ),
    "EventPage": lambda: publish(
        EventIndexPage.objects.get(),
        english(
            EventPage,
            "english-event",
            summary_en=TEXT,
            start_date=date(2030, 5, 4),
            start_time=time(14),
            end_date=date(2030, 5, 4),
            end_time=time(16),
        ),
    ),
    "PartnerIndexPage": lambda: publish(
        home(), english(PartnerIndexPage, "english-partners")
    ),
    "PartnerPage": lambda: publish(
        PartnerIndexPage.objects.get(),
        english(PartnerPage, "english-partner", summary_en=TEXT, kind="academia"),
    ),
    "PublicationIndexPage": lambda: publish(
        home(), english(PublicationIndexPage, "english-library")
    ),
    "PublicationPage": lambda: publish(
        PublicationIndexPage.objects.get(),
        english(
            PublicationPage,
            "english-publication",
            summary_en=TEXT,
            publication_type=PublicationType.objects.first(),
            publication_date=date(2099, 1, 1),  # the newest, first in the feed
        ),
    ),
    "StoryIndexPage": lambda: publish(
        home(), english(StoryIndexPage, "english-stories")
    ),
    "StoryPage": lambda: publish(
        StoryIndexPage.objects.get(),
        english(
            StoryPage,
            "english-story",
            story_language="en",
            body_en=f"<p>{TEXT}</p>",
            city="Mechelen",
            country="BE",
            organisation="City of Mechelen",
            organisation_type="local",
        ),
    ),
}


def english_only(type_name):
    """Publish an English-only page of ``type_name``, built in English."""
    with translation.override("en"):
        return BUILDERS[type_name]()


def url_in(page, code):
    with translation.override(code):
        return page.get_url()
