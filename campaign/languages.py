"""The site's languages, and the rule every page type follows: a page has the
languages its editor wrote.

A page written in English only is still served at ``/ar/…`` (its address there
falls back to the English slug and text, as wagtail-modeltranslation does), but it
never passes the English off as Arabic: the text keeps ``lang="en"``, a notice
says which languages the page exists in, and search engines are told to index the
page only in those languages (``noindex`` elsewhere, canonical and hreflang to
the written ones, the sitemap, feeds and API likewise).

A language counts as written when every field of ``language_fields`` that the page
uses has text in it: an optional field left empty in every language (a campaign
without a body) is no part of the page's text in any of them. Page types name the
fields that carry their text (the title always does); a
page type with another rule overrides ``has_language`` (a story counts a language
when its title or its body has text) and, for the database side of the same rule,
``language_filter``.
"""

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.html import strip_tags

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def language_dir(code):
    """The text direction of a language code: "rtl" or "ltr"."""
    return "rtl" if translation.get_language_info(code)["bidi"] else "ltr"


def language_name(code):
    """The language's name in the active language ("arabe" in French)."""
    return translation.gettext(dict(settings.LANGUAGES)[code])


def current_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def has_text(value):
    """Whether a field's value holds text a reader would see: rich text with
    tags only, or a StreamField with no block, does not."""
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # a StreamField's value
        return len(value) > 0
    return bool(strip_tags(str(value)).strip())


def text_field_names(model, names, code):
    """The database columns of ``names`` in language ``code`` that hold plain or
    rich text (StreamFields left out: their emptiness is read on the objects)."""
    columns = []
    for name in names:
        field = model._meta.get_field(f"{name}_{code}")
        if field.get_internal_type() in ("CharField", "TextField"):
            columns.append(field.name)
    return columns


def written_in(pages, code, count):
    """The first ``count`` pages of the queryset ``pages`` that are written in
    ``code``: narrowed in the database, the rule itself checked on each page."""
    model = pages.model
    if hasattr(model, "language_filter"):
        pages = pages.filter(model.language_filter(code))
    return [page for page in pages[:count] if page.has_language(code)]


def is_page_view(request):
    """Whether this request shows a page: Wagtail serves it (a page, or one of a
    routable page's routes, such as a city's page under the partner index), or
    an editor previews it."""
    if getattr(request, "is_preview", False):
        return True
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name == "wagtail_serve"


def page_route(request, page):
    """The route of a routable page this request is on, other than the page's own
    address (a city's page under the partner index), as a ResolverMatch; None
    for the page itself. Read from the part of the path after the page's address.
    (wagtail-modeltranslation's routing does not keep Wagtail's
    ``request.routable_resolver_match``.)"""
    if not hasattr(page, "resolve_subpage"):
        return None
    parts = page.get_url_parts(request)
    if parts is None or not request.path.startswith(parts[2]):
        return None
    rest = request.path[len(parts[2]) :]
    if not rest:
        return None
    try:
        return page.resolve_subpage("/" + rest)
    except Http404:
        return None


def shown_page(request, page):
    """The page whose own text this request shows, or None: a view that only
    names a page (the endorsement form of a statement), or a route of it that
    shows something else (a city's page), is about other text."""
    if not isinstance(page, MultilingualPage) or not is_page_view(request):
        return None
    return None if page_route(request, page) else page


class MultilingualPage:
    """Mixin for every page type (before ``Page`` in the bases)."""

    #: The translated fields whose text makes up the page in a language.
    language_fields = ("title",)
    #: Whether a language the page lacks is a translation to do: the editors'
    #: status report, explorer column, side panel and publish warning follow it.
    translations_expected = True

    def has_language(self, code):
        return all(
            has_text(getattr(self, f"{name}_{code}", None))
            for name in self.used_language_fields()
        )

    def used_language_fields(self):
        """The fields of ``language_fields`` with text in at least one language."""
        return [
            name
            for name in self.language_fields
            if any(
                has_text(getattr(self, f"{name}_{code}", None))
                for code in LANGUAGE_CODES
            )
        ]

    @classmethod
    def language_filter(cls, code):
        """A database filter for the pages that may be written in ``code``: their
        text columns of the required ``language_fields`` are not empty.
        ``has_language`` has the last word (optional fields, rich text with tags
        only, StreamFields)."""
        required = [
            name for name in cls.language_fields if not cls._meta.get_field(name).blank
        ]
        condition = Q()
        for column in text_field_names(cls, required, code):
            condition &= Q(**{f"{column}__gt": ""})
        return condition

    def preferred_languages(self):
        """Where to look for the text when the visitor's language is not written:
        the site's fallback order (``MODELTRANSLATION_FALLBACK_LANGUAGES``)."""
        return settings.MODELTRANSLATION_FALLBACK_LANGUAGES

    def written_languages(self):
        """The languages the page is written in, in the site's order; the first
        preferred language when none is complete, as the page must be shown in
        one."""
        return [code for code in LANGUAGE_CODES if self.has_language(code)] or [
            self.preferred_languages()[0]
        ]

    @property
    def content_language(self):
        """The language the visitor actually reads: theirs when the page is
        written in it, else the first written one in preference order."""
        written = self.written_languages()
        for code in (current_language(), *self.preferred_languages()):
            if code in written:
                return code
        return written[0]

    @property
    def content_dir(self):
        return language_dir(self.content_language)

    @property
    def is_in_visitors_language(self):
        return self.content_language == current_language()

    def get_content_language_display(self):
        return language_name(self.content_language)

    def content_text(self, name):
        """Field ``name`` in the content language, so that a page shown in another
        language than the visitor's does not mix in a stray translated field (a
        French title over an English text)."""
        value = getattr(self, f"{name}_{self.content_language}", None)
        return value if has_text(value) else getattr(self, name)

    @property
    def content_title(self):
        return self.content_text("title")

    # --- Preview in the admin ---

    @property
    def preview_modes(self):
        """One preview per language, whatever the editor's own admin language."""
        return [(code, language_name(code)) for code in LANGUAGE_CODES]

    @property
    def default_preview_mode(self):
        """The editor's admin language when the site has it, else the default."""
        current = (translation.get_language() or "").split("-")[0]
        return current if current in LANGUAGE_CODES else settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        """The page as a visitor in the preview's language sees it. The response is
        rendered here, while that language is active."""
        code = mode_name if mode_name in LANGUAGE_CODES else self.default_preview_mode
        with translation.override(code):
            request.LANGUAGE_CODE = code
            response = super().serve_preview(request, code)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
        return response
