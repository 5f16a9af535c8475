"""The sitemap index at /sitemap.xml and its parts: pages once per language they
are written in, with their twins, and the parts other apps register
(campaign/registry.py), such as stories, by the same rule. Each response is cached
until a page is published, unpublished, moved or deleted."""

from functools import wraps

from django.conf import settings
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_response_headers
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as wagtail_views

from . import registry
from .caching import published_version

SITEMAP_MAX_AGE = 60 * 60


class MultilingualSitemap(Sitemap):
    """Every live page, once per language it is written in, each entry naming its
    twins in those languages; except the pages that a registered part of their
    own lists. (A page at an address of a language it lacks only shows a
    fallback: that address is not listed.)"""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        listed_apart = [part.page_model for part in registry.sitemaps.values()]
        # Wagtail's items defer StreamFields, which written_languages reads.
        return (
            self.get_wagtail_site()
            .root_page.get_descendants(inclusive=True)
            .live()
            .public()
            .not_type(*listed_apart)
            .order_by("path")
            .specific()
        )

    def get_languages_for_item(self, item):
        if hasattr(item, "written_languages"):
            return item.written_languages()
        return super().get_languages_for_item(item)

    def location(self, obj):
        return obj.get_url_parts(self.request)[2]

    # Wagtail's _urls asks each page for one URL; Django's handles languages.
    _urls = DjangoSitemap._urls


def sitemaps():
    return {"pages": MultilingualSitemap, **registry.sitemaps}


def cached_sitemap(view):
    """Serve the rendered XML from the cache; a publication renews the key."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        key = ":".join(
            [
                "sitemap",
                published_version(),
                request.scheme,
                request.get_host(),
                kwargs.get("section") or "index",
                request.GET.get("p", "1")[:12],
            ]
        )
        cached = cache.get(key)
        if cached is None:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            if response.status_code != 200:
                return response
            cached = (response.content, response.get("Last-Modified"))
            cache.set(key, cached, settings.LISTING_CACHE_SECONDS)
        content, last_modified = cached
        response = HttpResponse(content, content_type="application/xml")
        response["X-Robots-Tag"] = "noindex, noodp, noarchive"
        if last_modified:
            response["Last-Modified"] = last_modified
        patch_response_headers(response, SITEMAP_MAX_AGE)
        return response

    return wrapped


@cached_sitemap
def index(request):
    return wagtail_views.index(request, sitemaps(), sitemap_url_name="sitemap_section")


@cached_sitemap
def section(request, section):
    return wagtail_views.sitemap(request, sitemaps(), section=section)
