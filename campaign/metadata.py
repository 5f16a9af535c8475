"""What search engines and social networks read about a page: its title and
description, canonical address, Open Graph and Twitter tags, and JSON-LD.

Page types take part through a small protocol, every part of it optional:

- ``meta_description()``: plain text in the active language;
- ``share_source_image()``: the Wagtail image a share card is drawn over, or None;
- ``schema_org_type``: "Article", "Event", "Report", "Place", "Organization"...;
- ``schema_org(request)``: extra JSON-LD properties (dates, place, author...);
- ``feeds``: ``(title, url name)`` pairs of the feeds that summarise the page.

Any other page gets sensible fallbacks: its search description, summary,
introduction or body text, and the type "WebPage".
"""

import json
from urllib.parse import urlencode

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from . import share_images
from .languages import language_dir, shown_page
from .text import own_language, page_title, plain_text, truncate

# Open Graph names a locale with its territory.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar_AR"}

# schema.org types that are kinds of CreativeWork: they have a headline, a
# language, a publisher and dates.
CREATIVE_WORKS = {
    "Article",
    "NewsArticle",
    "BlogPosting",
    "Report",
    "CreativeWork",
    "WebPage",
    "CollectionPage",
    "AboutPage",
    "WebSite",
}
ARTICLES = {"Article", "NewsArticle", "BlogPosting", "Report"}


def page_description(page):
    """Plain text of at most 200 characters, in the active language."""
    if hasattr(page, "meta_description"):
        text = page.meta_description()
        if text:
            return truncate(plain_text(text))
    text = own_language(page, "search_description")
    if text:
        return truncate(plain_text(text))
    for name in ("summary", "introduction"):
        text = plain_text(getattr(page, name, ""))
        if text:
            return truncate(text)
    for name in ("content_body", "body"):
        text = plain_text(getattr(page, name, ""))
        if text:
            return truncate(text)
    return ""


def schema_type(page):
    return getattr(page, "schema_org_type", "") or "WebPage"


def og_type(page):
    return "article" if schema_type(page) in ARTICLES else "website"


def og_locale(code):
    return OG_LOCALES.get(code, code)


def site_identity(request):
    """The site's name, address, logo and social accounts, from SiteChrome."""
    from wagtail.models import Site

    from campaign.models import SiteChrome

    site = Site.find_for_request(request)
    home = request.build_absolute_uri("/")
    accounts = []
    name = settings.WAGTAIL_SITE_NAME
    description = ""
    if site is not None:
        name = site.site_name or name
        chrome = SiteChrome.for_request(request)
        accounts = [account.url for account in chrome.social_accounts.all()]
        description = truncate(plain_text(chrome.footer_text))
    return {
        "site": site,
        "description": description,
        "name": name,
        "url": home,
        "logo": request.build_absolute_uri(static("img/favicon.svg")),
        "same_as": accounts,
    }


def organization(identity):
    data = {
        "@type": "Organization",
        "@id": identity["url"] + "#organization",
        "name": identity["name"],
        "url": identity["url"],
        "logo": identity["logo"],
    }
    if identity["same_as"]:
        data["sameAs"] = identity["same_as"]
    return data


def page_schema(page, request, url, description, image, identity):
    """The page's own JSON-LD node: properties its schema.org type has."""
    kind = schema_type(page)
    data = {"@type": kind, "name": page_title(page), "url": url}
    if description:
        data["description"] = description
    if image:
        data["image"] = image["url"]
    if kind in CREATIVE_WORKS:
        data["inLanguage"] = getattr(
            page, "content_language", translation.get_language()
        )
        data["publisher"] = {"@id": identity["url"] + "#organization"}
        if kind != "WebSite":
            data["headline"] = truncate(page_title(page), 110)
        if page.first_published_at:
            data["datePublished"] = page.first_published_at.isoformat()
        if page.last_published_at:
            data["dateModified"] = page.last_published_at.isoformat()
    elif kind == "Event":
        data["inLanguage"] = getattr(
            page, "content_language", translation.get_language()
        )
        data["organizer"] = {"@id": identity["url"] + "#organization"}
    if hasattr(page, "schema_org"):
        data.update(page.schema_org(request) or {})
    return data


def json_ld(nodes):
    """JSON safe inside a <script> element: <, > and & never appear as such."""
    text = json.dumps(
        {"@context": "https://schema.org", "@graph": nodes},
        cls=DjangoJSONEncoder,
        ensure_ascii=False,
    )
    text = text.replace("<", "\\u003C").replace(">", "\\u003E")
    return mark_safe(text.replace("&", "\\u0026"))  # noqa: S308 - escaped above


def page_feeds(page, request):
    from django.urls import NoReverseMatch

    links = []
    for title, url_name in getattr(page, "feeds", ()):
        try:
            links.append(
                {
                    "title": title,
                    "rss": request.build_absolute_uri(reverse(url_name)),
                    "atom": request.build_absolute_uri(reverse(url_name + "_atom")),
                }
            )
        except NoReverseMatch:
            continue
    return links


def page_metadata(request, page, alternates):
    """Everything the <head> says about ``page`` (a Page or None) in the active
    language. ``alternates`` are the language switcher's links, one per language
    (campaign_tags.language_alternates).

    A page names only the languages it is written in: hreflang links, and the
    canonical address, which is the active language's when the page is written
    in it, else its own language's. In another language the page is served all
    the same, marked ``noindex``, with a notice (``language_notice``) and its
    text in its own ``content_language``."""
    language = translation.get_language()
    shown = shown_page(request, page)
    alternates = [item for item in alternates if item["available"]]
    by_code = {item["code"]: item["absolute_url"] for item in alternates}
    own = shown.content_language if shown else ""
    canonical = (
        by_code.get(language)
        or by_code.get(own)
        or request.build_absolute_uri(request.path)
    )
    x_default = by_code.get(settings.LANGUAGE_CODE) or by_code.get(own) or ""
    identity = site_identity(request)
    fallback = shown is not None and own != language
    metadata = {
        "alternates": alternates,
        "language_notice": fallback,
        "noindex": fallback,
        "content_language": own,
        "content_dir": language_dir(own) if own else "",
        # For the visitor's own words inside such a page (kickers, dates, facts,
        # share links): their language and direction, not the page's.
        "ui_lang": format_html(' lang="{}" dir="{}"', language, language_dir(language))
        if fallback
        else "",
        "x_default": x_default,
        "canonical": canonical,
        "site_name": identity["name"],
        "og_locale": og_locale(language if language in by_code else own or language),
        "og_locale_alternates": [
            og_locale(code) for code in by_code if by_code[code] != canonical
        ],
        "og_type": "website",
        "title": identity["name"],
        "description": "",
        "image": None,
        "feeds": [],
    }
    nodes = [organization(identity)]
    if page is None and identity["site"] is not None:
        # Views that are not pages (search, the story form): the site's own
        # description and the home page's share image.
        home = identity["site"].root_page.specific
        metadata.update(
            description=identity["description"],
            image=share_images.share_image(home, language, request),
        )
    if page is not None:
        page = page.specific_deferred if type(page).__name__ == "Page" else page
        # The image of the language the canonical address is in.
        image_language = language if language in by_code else (own or language)
        image = share_images.share_image(page, image_language, request)
        metadata.update(
            title=page_title(page),
            description=page_description(page),
            og_type=og_type(page),
            image=image,
            feeds=page_feeds(page, request),
            oembed=getattr(page, "oembed", False),
        )
        nodes.append(
            page_schema(
                page, request, canonical, metadata["description"], image, identity
            )
        )
    if metadata.get("oembed"):
        query = urlencode({"url": canonical, "format": "json"})
        metadata["oembed_url"] = request.build_absolute_uri(
            f"{reverse('oembed')}?{query}"
        )
    metadata["json_ld"] = json_ld(nodes)
    return metadata
