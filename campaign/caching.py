"""Cached lists of live pages (the story filters, the sitemap) hold
``published_version()`` in their cache keys: a token renewed whenever a page is
published, unpublished, moved or deleted, so that no list outlives a change."""

import secrets

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_unpublished, post_page_move

PUBLISHED_VERSION_KEY = "pages:published-version"


def published_version():
    version = cache.get(PUBLISHED_VERSION_KEY)
    if version is None:
        version = secrets.token_hex(6)
        cache.add(PUBLISHED_VERSION_KEY, version, None)
        version = cache.get(PUBLISHED_VERSION_KEY, version)
    return version


def published_pages_changed(**kwargs):
    cache.set(PUBLISHED_VERSION_KEY, secrets.token_hex(6), None)


def live_page_saved(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        published_pages_changed()


def connect_cache_invalidation():
    """Publishing saves a live page; factories and scripts may save one directly.
    Called from ``CampaignConfig.ready``."""
    post_save.connect(live_page_saved, dispatch_uid="published-version-save")
    page_unpublished.connect(
        published_pages_changed, dispatch_uid="published-version-unpublish"
    )
    post_page_move.connect(
        published_pages_changed, dispatch_uid="published-version-move"
    )
    post_delete.connect(
        published_pages_changed, sender=Page, dispatch_uid="published-version-delete"
    )
