"""What a visitor types into a search box, made safe for the full-text engines.

Wagtail's database backend passes each word to SQLite FTS5 or PostgreSQL's
``to_tsquery`` almost as typed: a double quote, a backslash or a NUL byte makes the
database raise, and operators (``AND``, ``NEAR``, ``*``, ``^``, ``:``) are read as
syntax. The indexes hold words only, so a query keeps words only: letters, combining
marks and digits, in any script.
"""

import html
import re
import unicodedata

from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst

from .languages import language_dir
from .text import own_language, plain_text

MAX_QUERY_LENGTH = 200
WORD_CATEGORIES = frozenset("LMN")


def clean_search_query(text, max_length=MAX_QUERY_LENGTH):
    """The words of ``text`` separated by single spaces, at most ``max_length``
    characters, cut between words; "" when there is no word to look for."""
    if not isinstance(text, str):
        return ""
    # Bound the work before normalising: NFKC can lengthen a string.
    text = unicodedata.normalize("NFKC", text[: max_length * 4])
    kept = "".join(
        char if unicodedata.category(char)[0] in WORD_CATEGORIES else " "
        for char in text
    )
    words = kept.split()
    # A word cannot start with a combining mark: alone it is no word to search.
    words = [word for word in words if unicodedata.category(word[0])[0] != "M"]
    query = ""
    for word in words:
        candidate = f"{query} {word}" if query else word
        if len(candidate) > max_length:
            break
        query = candidate
    if not query and words:
        query = words[0][:max_length]
    return query


# --- Site search ---

EXCERPT_WORDS = 30
WORDS_BEFORE_MATCH = 8


def page_types():
    """The kinds of page a visitor can narrow a search to: every page model with
    a live public page, as ``(value, label)`` sorted by label. New page types
    appear here as soon as one of their pages is published, labelled by their
    ``search_type_label`` or plural verbose name (None: not offered)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    type_ids = (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .order_by()
        .values_list("content_type", flat=True)
        .distinct()
    )
    choices = []
    for type_id in type_ids:
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is None:
            continue
        label = getattr(model, "search_type_label", "")
        if label is None:  # a section of the site, not a kind of content
            continue
        label = label or capfirst(model._meta.verbose_name_plural)
        choices.append((model._meta.label_lower, label))
    return sorted(choices, key=lambda choice: str(choice[1]))


def page_search(query, model=None):
    """Live public pages matching ``query`` (already cleaned), best first; only
    pages of ``model`` when given."""
    from wagtail.models import Page

    model = model or Page
    return model.objects.live().public().specific().search(query)


def search_text(page):
    """The texts a result's excerpt may come from, in order of preference."""
    texts = [
        own_language(page, "search_description"),
        getattr(page, "summary", ""),
        getattr(page, "introduction", ""),
    ]
    if hasattr(page, "content_body"):
        texts.append(page.content_body)
    elif hasattr(page, "body"):
        texts.append(page.body)
    return [text for text in (plain_text(text) for text in texts) if text]


def query_pattern(query):
    words = sorted(set(query.split()), key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)


def excerpt(page, query):
    """About thirty words of the page's text around the first word of the query
    found in it, the words marked: safe HTML."""
    pattern = query_pattern(query)
    texts = search_text(page)
    if not texts:
        return ""
    text = next((t for t in texts if pattern and pattern.search(t)), texts[0])
    words = text.split()
    start = 0
    if pattern:
        first = next((i for i, word in enumerate(words) if pattern.search(word)), 0)
        start = max(0, first - WORDS_BEFORE_MATCH)
    shown = Truncator(" ".join(words[start:])).words(EXCERPT_WORDS)
    if start:
        shown = "… " + shown
    marked = html.escape(shown, quote=False)
    if pattern:
        marked = pattern.sub(lambda match: f"<mark>{match[0]}</mark>", marked)
    return mark_safe(marked)  # noqa: S308 - escaped above, words only added


def search_hit(page, request, query=""):
    """What a result shows: its kind (the page type's ``search_result_label``, else
    its verbose name), title, date, an excerpt, and the language its text is in when
    that is not the visitor's."""
    current = translation.get_language()
    title = getattr(page, "content_title", None) or page.title
    language = getattr(page, "content_language", current)
    kind = getattr(page, "search_result_label", None) or capfirst(
        page._meta.verbose_name
    )
    return {
        "page": page,
        "url": page.get_url(request),
        "kind": kind,
        "title": title,
        "date": page.first_published_at,
        "excerpt": excerpt(page, query),
        "language": language if language != current else "",
        "language_name": dict(settings.LANGUAGES).get(language, ""),
        "dir": language_dir(language),
    }
