"""The language switcher, hreflang links and the main navigation."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from campaign.languages import language_dir
from campaign.models import SiteChrome

register = template.Library()


def language_alternates(request, page=None):
    """The same page in every language: (code, native name, url) for each."""
    alternates = []
    for code, _name in settings.LANGUAGES:
        if isinstance(page, Page):
            with translation.override(code):
                url = page.get_url(request)
        else:
            # translate_url resolves the path in the active language, then reverses.
            url = translate_url(request.get_full_path(), code)
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
    request = context["request"]
    chrome = SiteChrome.for_request(request)
    return list(chrome.navigation_links.select_related("page"))
