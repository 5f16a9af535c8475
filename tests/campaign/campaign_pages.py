"""Builders for campaign, article and event pages in all four languages."""

from datetime import date, time

from campaign.models import (
    ArticlePage,
    CampaignIndexPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
)

LANGUAGES = ("en", "fr", "es", "ar")


def in_all_languages(**fields):
    """title="X" → title_en="X (en)", … title_ar="X (ar)"."""
    return {
        f"{name}_{code}": f"{value} ({code})"
        for name, value in fields.items()
        for code in LANGUAGES
    }


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def add_campaign(slug, start=date(2021, 1, 1), end=None, **fields):
    index = CampaignIndexPage.objects.get()
    page = CampaignPage(
        slug=slug,
        start_date=start,
        end_date=end,
        **in_all_languages(title=slug, summary="Summary"),
        **fields,
    )
    return publish(index, page)


def add_article(slug, day=date(2021, 1, 1), **fields):
    index = NewsIndexPage.objects.get()
    page = ArticlePage(
        slug=slug, date=day, **in_all_languages(title=slug, summary="Summary"), **fields
    )
    return publish(index, page)


def add_event(slug, day=date(2021, 5, 4), **fields):
    index = EventIndexPage.objects.get()
    page = EventPage(
        slug=slug,
        start_date=day,
        start_time=time(14),
        end_date=day,
        end_time=time(16),
        time_zone=fields.pop("time_zone", "Europe/Rome"),
        **in_all_languages(title=slug, summary="Summary"),
        **fields,
    )
    return publish(index, page)
