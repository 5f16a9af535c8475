"""A page's text as plain words in the active language: for descriptions, search
excerpts and share images. Models use it too, so it imports nothing of the
project."""

import html
import re

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags

DESCRIPTION_LENGTH = 200
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote|figcaption)>|<br\s*/?>", re.I)


def plain_text(value):
    """Markup (rich text, a rendered StreamField) as one line of plain text."""
    text = BLOCK_END.sub(" ", str(value or ""))
    return " ".join(html.unescape(strip_tags(text)).split())


def truncate(text, length=DESCRIPTION_LENGTH):
    """At most ``length`` characters, cut between words, "…" included."""
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def own_language(page, name):
    """A translated field in the active language only, without modeltranslation's
    fallback to other languages: a French description is no English one."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return getattr(page, f"{name}_{language}", None) or ""


def page_title(page):
    """The title in the active language: the editors' SEO title first."""
    return (
        own_language(page, "seo_title")
        or getattr(page, "content_title", "")
        or page.title
    )
