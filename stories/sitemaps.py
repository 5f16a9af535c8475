"""Stories in the sitemap: each once per language it is written in.

A story usually exists in one language; the other languages only show it through
fallbacks, so those URLs are not listed. Alternates name just the languages that have
the story's text. Built from one values() query per part, without page objects."""

from urllib.parse import quote

from django.conf import settings
from django.db.models import BooleanField, Case, Max, Value, When
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Site

from .models import LANGUAGE_CODES, StoryPage

URLS_PER_PART = 50_000


class StorySitemap(Sitemap):
    page_model = StoryPage
    # At most one URL per language per story: parts stay far below the limit, and
    # small enough to build in well under a second when the cache is cold.
    limit = min(2_500, URLS_PER_PART // len(LANGUAGE_CODES))

    def get_wagtail_site(self):
        site = Site.find_for_request(self.request) if self.request else None
        return site or Site.objects.select_related("root_page").get(
            is_default_site=True
        )

    def items(self):
        root = self.get_wagtail_site().root_page
        has_text = {
            f"has_{code}": Case(
                When(StoryPage.language_filter(code), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
            for code in LANGUAGE_CODES
        }
        return (
            StoryPage.objects.live()
            .public()
            .descendant_of(root)
            .annotate(**has_text)
            .order_by("path")
            .values(
                "story_language",
                "last_published_at",
                "url_path",
                *[f"url_path_{code}" for code in LANGUAGE_CODES],
                *has_text,
            )
        )

    def get_latest_lastmod(self):
        return (
            self.items().order_by().aggregate(latest=Max("last_published_at"))["latest"]
        )

    def _urls(self, page, protocol, domain):
        root = self.get_wagtail_site().root_page
        prefixes, root_paths = {}, {}
        for code in LANGUAGE_CODES:
            with translation.override(code):
                prefixes[code] = reverse("wagtail_serve", args=("",))
            root_paths[code] = getattr(root, f"url_path_{code}", None) or root.url_path

        def location(story, code):
            path = story[f"url_path_{code}"] or story["url_path"]
            path = path[len(root_paths[code]) :]
            return f"{protocol}://{domain}{prefixes[code]}{quote(path)}"

        urls, latest = [], None
        for story in self.paginator.page(page).object_list:
            languages = [code for code in LANGUAGE_CODES if story[f"has_{code}"]]
            languages = languages or [story["story_language"]]
            lastmod = story["last_published_at"]
            latest = max(latest, lastmod) if latest and lastmod else lastmod or latest
            alternates = []
            if len(languages) > 1:
                alternates = [
                    {"lang_code": code, "location": location(story, code)}
                    for code in languages
                ]
                default = (
                    settings.LANGUAGE_CODE
                    if settings.LANGUAGE_CODE in languages
                    else story["story_language"]
                )
                alternates.append(
                    {"lang_code": "x-default", "location": location(story, default)}
                )
            urls.extend(
                {
                    "item": None,
                    "location": location(story, code),
                    "lastmod": lastmod,
                    "changefreq": None,
                    "priority": "",
                    "alternates": alternates,
                }
                for code in languages
            )
        if latest:
            self.latest_lastmod = latest
        return urls
