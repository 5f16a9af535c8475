"""Read-side queries for story listings; each runs a fixed number of SQL queries.
The page models call them, so models are looked up by name here rather than
imported."""

from collections import namedtuple

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils import translation
from django.utils.functional import cached_property
from wagtail.images import get_image_model

from campaign.caching import published_version
from partners.models import Topic

from .forms import StoryFilterForm

CARD_RENDITIONS = ("fill-640x400|format-webp",)
PER_PAGE = 12
MAX_PAGES = 50

TopicChoice = namedtuple("TopicChoice", ["slug", "name"])


def live_stories(index=None):
    stories = apps.get_model("stories", "StoryPage").objects.live().public()
    if index is not None:
        stories = stories.child_of(index)
    return stories


def stories_matching(stories, query):
    """Narrow ``stories`` to those the search index matches, inside the database.

    The database search backends build the match as a queryset (a join on the index
    on PostgreSQL, a MATCH subquery on SQLite): it is used here as a subquery, so the
    count and the pages cover every match and no list of ids passes through Python.
    """
    matches = live_stories().search(query, order_by_relevance=False)
    return stories.filter(pk__in=matches.get_queryset().values("pk"))


def story_cards(stories):
    """Everything a story card shows, fetched in a fixed number of queries."""
    photos = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
    return stories.prefetch_related("topics", Prefetch("photo", queryset=photos))


def latest_stories(count):
    return list(story_cards(live_stories().order_by("-first_published_at"))[:count])


def story_index():
    """The live story index, or ``None``."""
    return apps.get_model("stories", "StoryIndexPage").objects.live().public().first()


def city_stories(city):
    """The city's live, public stories, newest first."""
    stories = live_stories().filter(place=city).order_by("-first_published_at", "-pk")
    return story_cards(stories)


class StoryPaginator(Paginator):
    """Offers the first ``MAX_PAGES`` pages: deeper pages would make the database
    sort and skip most stories (OFFSET); the filters narrow the list instead. The
    count stays the full one, and can be given when it is already known."""

    def __init__(self, object_list, per_page, count=None):
        super().__init__(object_list, per_page)
        if count is not None:
            self.__dict__["count"] = count

    @cached_property
    def num_pages(self):
        return min(Paginator.num_pages.func(self), MAX_PAGES)


def story_filter_choices(index):
    """Cities, countries and topics of the live stories under ``index``, and their
    number: read from the cache, rebuilt after a page is published or unpublished."""
    language = translation.get_language()
    key = f"stories:choices:{published_version()}:{index.pk}:{language}"
    choices = cache.get(key)
    if choices is None:
        stories = live_stories(index)
        choices = {
            "cities": list(
                stories.order_by("city").values_list("city", flat=True).distinct()
            ),
            "country_codes": list(
                stories.order_by().values_list("country", flat=True).distinct()
            ),
            "topics": [
                TopicChoice(topic.slug, str(topic.name))
                for topic in Topic.objects.filter(pk__in=stories.values("topics"))
            ],
            "count": stories.count(),
        }
        cache.set(key, choices, settings.LISTING_CACHE_SECONDS)
    return choices


def story_index_listing(index, request):
    stories = live_stories(index)
    choices = story_filter_choices(index)
    form = StoryFilterForm(
        request.GET or None,
        cities=choices["cities"],
        country_codes=choices["country_codes"],
        topics=choices["topics"],
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
        stories = stories_matching(stories, filters["q"])
    stories = story_cards(stories.order_by("-first_published_at", "-pk"))
    count = None if any(filters.values()) else choices["count"]
    page = StoryPaginator(stories, PER_PAGE, count=count).get_page(
        request.GET.get("page")
    )
    offered = page.paginator.num_pages * PER_PAGE
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "stories": page,
        # On the last page offered, when older stories lie beyond it.
        "newest_shown": (
            offered if not page.has_next() and page.paginator.count > offered else 0
        ),
        "filter_form": form,
        "is_filtered": any(filters.values()),
        "active_filters": sum(1 for value in filters.values() if value),
        "query_string": query.urlencode(),
    }
