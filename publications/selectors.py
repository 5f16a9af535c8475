"""Read-side queries for the library; each runs a fixed number of SQL queries
whatever the number of publications. The page models call them, so models are
looked up by name here rather than imported."""

from django.apps import apps
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.db.models.functions import ExtractYear
from wagtail.images import get_image_model

from partners.models import City, Topic

PER_PAGE = 12
CARD_RENDITION = "fill-300x400|format-webp"
FILTERS = ("q", "type", "year", "language", "topic", "city", "programme")


def model(name):
    return apps.get_model("publications", name)


def live_publications(index=None):
    publications = model("PublicationPage").objects.live().public()
    if index is not None:
        publications = publications.child_of(index)
    return publications


def with_cards(publications):
    """Type, editions (file, page count, drawn first page) and cover with its card
    rendition, in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    editions = (
        model("PublicationEdition")
        .objects.select_related("document", "document__facts")
        .prefetch_related(Prefetch("document__facts__first_page", queryset=images))
    )
    return publications.select_related("publication_type").prefetch_related(
        Prefetch("cover", queryset=images), Prefetch("editions", queryset=editions)
    )


def featured_publication():
    """The newest live publication, or ``None``."""
    return live_publications().order_by("-publication_date", "-pk").first()


def city_publications(city):
    """The live publications that feature the city, newest first."""
    publications = city.publications.live().public()
    return with_cards(publications).order_by("-publication_date", "-pk")


def filter_choices(index):
    """What the filters offer: only values some live publication has."""
    publications = live_publications(index)
    return {
        "types": [
            (kind.slug, kind.name)
            for kind in model("PublicationType").objects.filter(
                pk__in=publications.values("publication_type")
            )
        ],
        "years": list(
            publications.annotate(year=ExtractYear("publication_date"))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        ),
        "topics": [
            (topic.slug, topic.name)
            for topic in Topic.objects.filter(pk__in=publications.values("topics"))
        ],
        "cities": sorted(
            (
                (city.slug, city.name)
                for city in City.objects.filter(pk__in=publications.values("cities"))
            ),
            key=lambda choice: choice[1],
        ),
        "programmes": [
            (programme.slug, str(programme))
            for programme in model("Programme").objects.filter(
                pk__in=publications.values("programme")
            )
        ],
    }


def filtered(publications, filters):
    """``publications`` narrowed by the valid ``filters`` (cleaned form data)."""
    if filters.get("type"):
        publications = publications.filter(publication_type__slug=filters["type"])
    if filters.get("year"):
        publications = publications.filter(publication_date__year=filters["year"])
    if filters.get("language"):
        publications = publications.filter(
            pk__in=model("PublicationEdition")
            .objects.filter(language=filters["language"])
            .values("page")
        )
    if filters.get("topic"):
        publications = publications.filter(
            pk__in=live_publications()
            .filter(topics__slug=filters["topic"])
            .values("pk")
        )
    if filters.get("city"):
        publications = publications.filter(
            pk__in=live_publications().filter(cities__slug=filters["city"]).values("pk")
        )
    if filters.get("programme"):
        publications = publications.filter(programme__slug=filters["programme"])
    if filters.get("q"):
        matches = live_publications().search(filters["q"], order_by_relevance=False)
        publications = publications.filter(pk__in=matches.get_queryset().values("pk"))
    return publications


def library_listing(index, request):
    from .forms import LibraryFilterForm

    form = LibraryFilterForm(request.GET or None, choices=filter_choices(index))
    form.is_valid()
    # Valid fields filter; a bad value in one field is ignored, never an error.
    cleaned = getattr(form, "cleaned_data", {})
    filters = {name: cleaned.get(name) for name in FILTERS}
    publications = with_cards(
        filtered(live_publications(index), filters).order_by("-publication_date", "-pk")
    )
    page = Paginator(publications, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    active = sum(1 for value in filters.values() if value)
    return {
        "publications": page,
        "filter_form": form,
        "is_filtered": bool(active),
        "active_filters": active,
        "query_string": query.urlencode(),
    }
