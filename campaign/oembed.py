"""oEmbed (https://oembed.com) for partner websites, and the card it embeds.

``/oembed/?url=<page address>&format=json`` answers, for a live public page whose
type sets ``oembed = True``, a "rich" response whose HTML is an iframe of
``/<lang>/embed/<page id>/``: a small card in the page's language that links back.
The card is the only route other sites may frame.
"""

from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.views.decorators.cache import cache_control
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_GET
from wagtail.models import Page

from campaign.metadata import page_description, site_identity
from campaign.text import page_title

EMBED_WIDTH, EMBED_HEIGHT = 480, 420
MAX_URL_LENGTH = 2000


def page_for_url(request, url):
    """The live public page at ``url`` on this site, specific, or None. Call it
    with the language of the address active (``address_language``)."""
    if not isinstance(url, str) or len(url) > MAX_URL_LENGTH:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or parts.netloc != request.get_host():
        return None
    language = address_language(url)
    if not language or language != translation.get_language():
        return None
    rest = unquote(parts.path[len(language) + 1 :])
    page = Page.find_for_request(request, rest)
    if page is None or not page.live:
        return None
    page = page.specific
    if not getattr(page, "oembed", False) or page.get_view_restrictions().exists():
        return None
    return page


def address_language(url):
    try:
        return translation.get_language_from_path(urlsplit(url).path)
    except (TypeError, ValueError, AttributeError):
        return None


@require_GET
@cache_control(public=True, max_age=3600)
def oembed(request):
    """The oEmbed JSON for a page of this site that can be embedded; 404 for any
    other address, 501 for formats other than JSON (as the specification says)."""
    if request.GET.get("format", "json") != "json":
        return HttpResponse("Only JSON is available.", status=501)
    url = request.GET.get("url")
    language = address_language(url)
    if not language:
        raise Http404("No embeddable page at this address")
    with translation.override(language):
        return oembed_response(request, url, language)


def oembed_response(request, url, language):
    page = page_for_url(request, url)
    if page is None:
        raise Http404("No embeddable page at this address")
    try:
        width = min(int(request.GET.get("maxwidth", EMBED_WIDTH)), EMBED_WIDTH)
        height = min(int(request.GET.get("maxheight", EMBED_HEIGHT)), EMBED_HEIGHT)
    except ValueError:
        width, height = EMBED_WIDTH, EMBED_HEIGHT
    width, height = max(width, 200), max(height, 200)
    title = page_title(page)
    src = request.build_absolute_uri(reverse("embed", args=[page.pk]))
    identity = site_identity(request)
    data = {
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": identity["name"],
        "provider_url": identity["url"],
        "width": width,
        "height": height,
        "html": format_html(
            '<iframe src="{}" width="{}" height="{}" title="{}" lang="{}" '
            'loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox '
            'allow-top-navigation-by-user-activation" style="border:0;max-width:100%">'
            "</iframe>",
            src,
            width,
            height,
            title,
            language,
        ),
    }
    if getattr(page, "organisation", ""):
        data["author_name"] = page.organisation
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


# Other sites may frame the card, and only the card.
EMBED_CSP = {**settings.SECURE_CSP, "frame-ancestors": ["*"]}


@require_GET
@xframe_options_exempt
@csp_override(EMBED_CSP)
@cache_control(public=True, max_age=600)
def embed(request, page_id):
    """A self-contained card of the page, in the language of the address."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id).specific
    if not getattr(page, "oembed", False):
        raise Http404
    image = None
    if hasattr(page, "share_source_image"):
        image = page.share_source_image()
    return TemplateResponse(
        request,
        "campaign/embed.html",
        {
            "item": page,
            "title": page_title(page),
            "description": page_description(page),
            "image": image,
            "url": request.build_absolute_uri(page.get_url(request)),
            "language": getattr(page, "content_language", translation.get_language()),
            "site_name": site_identity(request)["name"],
        },
    )
