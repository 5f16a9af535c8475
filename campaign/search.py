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
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy

from .languages import language_dir

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
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


def page_search(query):
    """Live public pages matching ``query`` (already cleaned), best first."""
    from wagtail.models import Page

    return Page.objects.live().public().specific().search(query)


def search_hit(page, request):
    """What a result shows: its kind, title, date, an excerpt, and the language
    its text is in when that is not the visitor's."""
    current = translation.get_language()
    label = page._meta.label_lower
    title = getattr(page, "content_title", None) or page.title
    language = getattr(page, "content_language", current)
    excerpt = page.search_description or getattr(page, "introduction", "")
    if not excerpt and hasattr(page, "content_body"):
        # Paragraphs end in tags only: keep a space between them.
        text = BLOCK_END.sub(" ", page.content_body)
        excerpt = html.unescape(strip_tags(text))
    return {
        "page": page,
        "url": page.get_url(request),
        "kind": RESULT_KINDS.get(label, RESULT_KINDS["*"]),
        "title": title,
        "date": page.first_published_at,
        "excerpt": Truncator(" ".join(excerpt.split())).words(EXCERPT_WORDS),
        "language": language if language != current else "",
        "language_name": dict(settings.LANGUAGES).get(language, ""),
        "dir": language_dir(language),
    }


RESULT_KINDS = {
    "stories.storypage": gettext_lazy("Story"),
    "stories.storyindexpage": gettext_lazy("Stories"),
    "campaign.homepage": gettext_lazy("Home page"),
    "*": gettext_lazy("Page"),
}
