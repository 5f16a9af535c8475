"""The open, read-only API at /api/v2/: Wagtail's API v2 for pages, images and
documents, in the language asked for with ``?lang=fr``.

Only what any visitor can already see: live pages outside private sections,
images and documents outside restricted collections, and never a submitted photo
unless a published story shows it. Submitters' records and endorsements have no
endpoint at all. See README, "Open API".

A page's ``meta`` says which language its text is really in (campaign/languages.py):
``language``, the language of the text served; ``written_languages``; and
``fallback``, true when the page is not written in the language asked for and the
answer carries another language's text.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DataError
from django.db.models import Q
from django.utils import translation
from rest_framework.fields import Field
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from campaign.languages import LANGUAGE_CODES

INTEGER = re.compile(r"[-+]?\d+")
BIGINT_MAX = 2**63 - 1


class LanguageMixin:
    """Answers in the language of ``?lang=`` (the default language without it):
    translated fields, titles and page addresses all follow it."""

    renderer_classes = [JSONRenderer]
    known_query_parameters = frozenset(["lang"])

    @classmethod
    def with_language(cls, base):
        return base.known_query_parameters.union(cls.known_query_parameters)

    def dispatch(self, request, *args, **kwargs):
        language = request.GET.get("lang", settings.LANGUAGE_CODE)
        if language not in LANGUAGE_CODES:
            language = settings.LANGUAGE_CODE
            self.bad_language = True
        with translation.override(language):
            return super().dispatch(request, *args, **kwargs)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if getattr(self, "bad_language", False):
            raise BadRequestError(f"lang must be one of: {', '.join(LANGUAGE_CODES)}")
        check_query_values(request.GET)

    def handle_exception(self, exc):
        """A value the database or a filter cannot use is the client's mistake:
        a 400 with a message, never a 500."""
        if isinstance(exc, ValidationError):
            exc = BadRequestError(" ".join(exc.messages))
        elif isinstance(exc, ValueError | DataError):
            exc = BadRequestError("a query parameter has a value this API cannot use")
        return super().handle_exception(exc)


def check_query_values(query):
    """Refuse, before any database sees them, values no column can hold: a NUL
    character, or a whole number beyond PostgreSQL's bigint."""
    for name, values in query.lists():
        for value in (name, *values):
            if "\x00" in value:
                raise BadRequestError("query parameters cannot contain NUL characters")
            if INTEGER.fullmatch(value) and abs(int(value)) > BIGINT_MAX:
                raise BadRequestError(f"{name} is out of range")


class LanguageFact(Field):
    """One fact about the languages of a page, read from the page itself."""

    def __init__(self, read, **kwargs):
        self.read = read
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        if not hasattr(page, "written_languages"):
            page = page.specific_deferred
        return self.read(page) if hasattr(page, "written_languages") else None


class MultilingualPageSerializer(PageSerializer):
    language = LanguageFact(lambda page: page.content_language)
    written_languages = LanguageFact(lambda page: page.written_languages())
    fallback = LanguageFact(lambda page: not page.is_in_visitors_language)


LANGUAGE_META = ["language", "written_languages", "fallback"]


class PagesAPI(LanguageMixin, PagesAPIViewSet):
    known_query_parameters = LanguageMixin.with_language(PagesAPIViewSet)
    base_serializer_class = MultilingualPageSerializer
    meta_fields = [*PagesAPIViewSet.meta_fields, *LANGUAGE_META]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, *LANGUAGE_META]

    def get_queryset(self):
        """Pages of every type are read as their own type, one query per type:
        their languages depend on their own fields."""
        queryset = super().get_queryset()
        return queryset.specific() if queryset.model is Page else queryset


class ImagesAPI(LanguageMixin, ImagesAPIViewSet):
    known_query_parameters = LanguageMixin.with_language(ImagesAPIViewSet)

    def get_queryset(self):
        from stories.models import StoryPage
        from stories.services import PHOTO_COLLECTION

        shown = StoryPage.objects.live().public().values("photo_id")
        submitted = Q(collection__name=PHOTO_COLLECTION) & ~Q(pk__in=shown)
        return super().get_queryset().exclude(submitted)


class DocumentsAPI(LanguageMixin, DocumentsAPIViewSet):
    known_query_parameters = LanguageMixin.with_language(DocumentsAPIViewSet)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPI)
api_router.register_endpoint("images", ImagesAPI)
api_router.register_endpoint("documents", DocumentsAPI)
