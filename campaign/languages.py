"""The site's languages, and the rule every page type follows: a page has the
languages its editor wrote.

A page written in English only is still served at ``/ar/…`` (its address there
falls back to the English slug and text, as wagtail-modeltranslation does), but it
never passes the English off as Arabic: the text keeps ``lang="en"``, a notice
says which languages the page exists in, and search engines are told to index the
page only in those languages (``noindex`` elsewhere, canonical and hreflang to
the written ones, the sitemap, feeds and API likewise).

A language counts as written when every field of ``language_fields`` has text in
it. Page types name the fields that carry their text (the title always does).
"""

from django.conf import settings
from django.utils import translation
from django.utils.html import strip_tags

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def language_dir(code):
    """The text direction of a language code: "rtl" or "ltr"."""
    return "rtl" if translation.get_language_info(code)["bidi"] else "ltr"


def language_name(code):
    """The language's name in the active language ("arabe" in French)."""
    return translation.gettext(dict(settings.LANGUAGES)[code])


def has_text(value):
    """Whether a field's value holds text a reader would see: rich text with
    tags only, or a StreamField with no block, does not."""
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # a StreamField's value
        return len(value) > 0
    return bool(strip_tags(str(value)).strip())


class MultilingualPage:
    """Mixin for every page type (before ``Page`` in the bases)."""

    #: The translated fields whose text makes up the page in a language.
    language_fields = ("title",)

    def has_language(self, code):
        return all(
            has_text(getattr(self, f"{name}_{code}", None))
            for name in self.language_fields
        )

    def written_languages(self):
        """The languages the page is written in, in the site's order; the default
        language when none is complete, as the page must be shown in one."""
        return [code for code in LANGUAGE_CODES if self.has_language(code)] or [
            settings.LANGUAGE_CODE
        ]

    @property
    def content_language(self):
        """The language the visitor actually reads: theirs when the page is
        written in it, else the first written one in fallback order."""
        written = self.written_languages()
        current = translation.get_language() or settings.LANGUAGE_CODE
        for code in (current, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES):
            if code in written:
                return code
        return written[0]

    @property
    def content_dir(self):
        return language_dir(self.content_language)

    @property
    def is_in_visitors_language(self):
        return self.content_language == (
            translation.get_language() or settings.LANGUAGE_CODE
        )

    def get_content_language_display(self):
        return language_name(self.content_language)

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
