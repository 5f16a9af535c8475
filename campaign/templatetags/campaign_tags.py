"""The language switcher, hreflang links and the main navigation."""

from django import template
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from wagtail.models import Page

from campaign.languages import (
    LANGUAGE_CODES,
    is_page_view,
    language_dir,
    page_route,
    shown_page,
)
from campaign.models import SiteChrome

register = template.Library()


def translated_path(request, code):
    """This view's path in language ``code``, or that language's home page.

    Built from the resolved view, never by parsing the requested address: a path
    such as ``//other.example/en/`` reads as another host to a URL parser.
    """
    try:
        match = resolve(request.path_info)
        with translation.override(code):
            path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    except (Resolver404, NoReverseMatch):
        return f"/{code}/"
    if not path.startswith(f"/{code}/"):
        return f"/{code}/"
    return path


def page_path(request, page, code):
    """The page's address in language ``code``, with the routable page's route
    the request is on (a city's page stays the city's page)."""
    route = page_route(request, page)
    with translation.override(code):
        path = page.get_url(request) or f"/{code}/"
        if route is not None:
            path += page.reverse_subpage(
                route.url_name, args=route.args, kwargs=route.kwargs
            )
    return path


def language_alternates(request, page=None):
    """This view in every language: code, native name, direction, ``url`` for the
    language switcher (the query string kept: the search, the filters), the
    ``absolute_url`` search engines read (no query string), and whether the page
    shown is ``available`` (written) in that language."""
    if not (isinstance(page, Page) and is_page_view(request)):
        page = None
    shown = shown_page(request, page)
    written = shown.written_languages() if shown else LANGUAGE_CODES
    query = request.GET.urlencode()
    alternates = []
    for code in LANGUAGE_CODES:
        if page is None:
            path = translated_path(request, code)
        else:
            path = page_path(request, page, code)
        info = translation.get_language_info(code)
        alternates.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": f"{path}?{query}" if query else path,
                "absolute_url": request.build_absolute_uri(path),
                "dir": language_dir(code),
                "available": code in written,
            }
        )
    return alternates


@register.simple_tag(takes_context=True)
def get_language_alternates(context):
    request = context.get("request")
    if request is None:
        return []
    return language_alternates(request, context.get("page"))


register.simple_tag(language_dir)


@register.simple_tag(takes_context=True)
def get_navigation_links(context):
    """The links, read once per request: the header and the footer both show them."""
    request = context["request"]
    if not hasattr(request, "navigation_links"):
        chrome = SiteChrome.for_request(request)
        request.navigation_links = list(chrome.navigation_links.select_related("page"))
    return request.navigation_links


@register.simple_tag
def list_separator():
    """The separator between items of an inline list, in the active language."""
    return LIST_SEPARATORS.get(translation.get_language(), ", ")


LIST_SEPARATORS = {"ar": "، "}
END_PUNCTUATION = ".。۔:;"


@register.filter
def trim_end_punctuation(text):
    """A label without its closing full stop, to be followed by other punctuation."""
    return str(text).rstrip().rstrip(END_PUNCTUATION).rstrip()
