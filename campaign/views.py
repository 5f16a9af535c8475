import logging
import re
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseNotFound
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from wagtail.models import Page

from . import selectors, share_images
from .search import clean_search_query, page_search, page_types, search_hit

logger = logging.getLogger(__name__)


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines.append(f"Sitemap: {sitemap_url}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
def search(request):
    """Site search: any query string answers with results or a plain message.
    ``type`` narrows the results to one kind of page."""
    typed = request.GET.get("q", "")
    query = clean_search_query(typed)
    types = page_types()
    chosen = request.GET.get("type", "")
    model = None
    if chosen in dict(types):
        model = apps.get_model(chosen)
    else:
        chosen = ""
    results = page_search(query, model) if query else Page.objects.none()
    page = Paginator(results, 10).get_page(request.GET.get("page"))
    parameters = {"q": query, "type": chosen}
    return TemplateResponse(
        request,
        "campaign/search.html",
        {
            "query": query,
            "no_words": bool(typed.strip()) and not query,
            "results": page,
            "hits": [search_hit(result, request, query) for result in page],
            "types": types,
            "chosen_type": chosen,
            "query_string": urlencode({k: v for k, v in parameters.items() if v})
            if query
            else "",
        },
    )


NOT_FOUND_FALLBACK = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head>
<body><h1>Page not found</h1><p><a href="/">Home page</a></p></body></html>
"""


def page_not_found(request, exception=None):
    """The 404 page, in the visitor's language with the site's header and footer,
    a search form and the way home. Should the page itself fail to render (the
    database down, say), a bare 404 still answers rather than a 500."""
    try:
        stories = selectors.story_index()
        response = TemplateResponse(
            request,
            "404.html",
            {"story_index_url": stories.get_url(request) if stories else ""},
            status=404,
        )
        return response.render()
    except Exception:  # noqa: BLE001 - the error page must not fail itself
        logger.exception("The 404 page failed to render")
        return HttpResponseNotFound(NOT_FOUND_FALLBACK)


SHARE_IMAGE_NAME = re.compile(
    r"(?P<page_id>\d{1,12})-(?P<language>[a-z]{2})-(?P<key>[0-9a-f]{12})\.png"
)


@require_GET
def share_image(request, name):
    """A page's share image in one language, drawn on first request. The address
    holds a digest of what is drawn: an outdated one redirects to the current."""
    match = SHARE_IMAGE_NAME.fullmatch(name)
    if match is None or match["language"] not in dict(settings.LANGUAGES):
        raise Http404
    page = Page.objects.live().public().filter(pk=int(match["page_id"])).first()
    if page is None or page.depth < 2:
        raise Http404
    page = page.specific
    language = share_images.drawn_language(page, match["language"])
    key = share_images.digest(page, language)
    if key != match["key"] or language != match["language"]:
        return redirect("share_image", share_images.file_name(page.pk, language, key))
    response = HttpResponse(
        share_images.stored(page, language), content_type="image/png"
    )
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
