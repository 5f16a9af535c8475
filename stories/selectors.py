"""Read-side queries for story listings; each runs a fixed number of SQL queries."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from wagtail.images import get_image_model

CARD_RENDITIONS = ("fill-640x400|format-webp",)
PER_PAGE = 12


def live_stories(index=None):
    from .models import StoryPage

    stories = StoryPage.objects.live().public()
    if index is not None:
        stories = stories.child_of(index)
    return stories


def story_cards(stories):
    """Everything a story card shows, fetched in a fixed number of queries."""
    photos = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    return stories.prefetch_related("topics", Prefetch("photo", queryset=photos))


def latest_stories(count):
    return list(story_cards(live_stories().order_by("-first_published_at"))[:count])


def story_index_listing(index, request):
    from partners.models import Topic

    from .forms import StoryFilterForm

    stories = live_stories(index)
    form = StoryFilterForm(
        request.GET or None,
        cities=stories.order_by("city").values_list("city", flat=True).distinct(),
        country_codes=stories.order_by().values_list("country", flat=True).distinct(),
        topics=Topic.objects.filter(stories__in=stories).distinct(),
    )
    filters = form.cleaned_data if form.is_valid() else {}
    if filters.get("city"):
        stories = stories.filter(city=filters["city"])
    if filters.get("country"):
        stories = stories.filter(country=filters["country"])
    if filters.get("topic"):
        stories = stories.filter(topics__slug=filters["topic"])
    if filters.get("language"):
        stories = stories.filter(story_language=filters["language"])
    if filters.get("q"):
        matches = live_stories().search(filters["q"])
        stories = stories.filter(pk__in=[page.pk for page in matches[:1000]])
    stories = story_cards(stories.order_by("-first_published_at", "-pk"))
    page = Paginator(stories, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "stories": page,
        "filter_form": form,
        "is_filtered": any(filters.values()),
        "query_string": query.urlencode(),
    }
