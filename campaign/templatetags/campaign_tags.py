"""The language switcher, hreflang links and the main navigation."""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from wagtail.models import Page

from campaign.languages import language_dir
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
    query = request.GET.urlencode()
    return f"{path}?{query}" if query else path


def language_alternates(request, page=None):
    """The same page in every language: (code, native name, url) for each."""
    alternates = []
    for code, _name in settings.LANGUAGES:
        if isinstance(page, Page):
            with translation.override(code):
                url = page.get_url(request)
        else:
            url = translated_path(request, code)
        info = translation.get_language_info(code)
        alternates.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "dir": language_dir(code),
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
