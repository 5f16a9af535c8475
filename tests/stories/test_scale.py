"""Story routing, slug checks, listing choices and demo growth stay cheap with many
stories: no query reads every sibling."""

import io
import re
import time

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from stories.models import StoryIndexPage, StoryPage
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

GENERATED = 60


@pytest.fixture
def many(demo):
    call_command("load_demo", stories=GENERATED, stdout=io.StringIO())
    return StoryIndexPage.objects.get()


def sibling_scans(queries, index):
    """Queries that list the children of the story index without narrowing them by
    id or slug: reading every story to find one."""
    scans = []
    for query in queries:
        sql = query["sql"]
        if not sql.startswith("SELECT") or 'FROM "wagtailcore_page"' not in sql:
            continue
        where = sql.split("WHERE", 1)[-1]
        lists_children = f"'{index.path}" in where and (
            f'"depth" = {index.depth + 1}' in where
        )
        narrowed = re.search(r'"(id|slug_\w+)" (=|IN)', where) or "LIMIT" in sql
        if lists_children and not narrowed:
            scans.append(sql)
    return scans


def test_generated_stories_are_published_in_their_own_language_only(many):
    stories = StoryPage.objects.child_of(many).live()

    assert stories.count() == GENERATED
    assert set(stories.values_list("story_language", flat=True)) == {
        "en",
        "fr",
        "es",
        "ar",
    }
    for story in stories.filter(story_language="fr").exclude(slug_fr="")[:5]:
        assert story.slug_fr and not story.slug_en and not story.title_en
        assert story.live_revision_id and story.first_published_at
    index = StoryIndexPage.objects.get()
    assert index.numchild == StoryPage.objects.child_of(index).count()


def test_load_demo_stories_adds_only_what_is_missing(many):
    out = io.StringIO()

    call_command("load_demo", stories=GENERATED, stdout=out)

    assert StoryPage.objects.live().child_of(many).count() == GENERATED
    assert "already" in out.getvalue()


def test_generated_slugs_are_unique_among_siblings(many):
    slugs = [
        story.slug_en or story.slug_fr or story.slug_es or story.slug_ar
        for story in StoryPage.objects.child_of(many)
    ]

    assert len(slugs) == len(set(slugs))


def test_story_page_is_found_without_reading_its_siblings(client, many):
    story = StoryPage.objects.child_of(many).live().filter(story_language="ar").last()
    with translation.override("ar"):
        url = story.url
    client.get(url)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)

    assert response.status_code == 200
    assert story.title_ar in response.content.decode()
    assert sibling_scans(queries.captured_queries, many) == []


def test_story_is_found_through_the_fallback_slug_in_other_languages(client, many):
    story = StoryPage.objects.child_of(many).live().filter(story_language="es").first()

    assert client.get(f"/fr/recits/{story.slug_es}/").status_code == 200
    assert client.get(f"/ar/قصص/{story.slug_es}/").status_code == 200


def test_unknown_story_is_a_404_without_reading_the_list(client, many):
    client.get("/en/stories/no-such-story/")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/stories/no-such-story/")

    assert response.status_code == 404
    assert sibling_scans(queries.captured_queries, many) == []


def test_draft_story_is_not_routed(client, many):
    story = StoryPage.objects.child_of(many).live().first()
    story.unpublish()

    assert client.get(story.url or f"/en/stories/{story.slug}/").status_code == 404


def test_slug_used_by_a_sibling_in_another_language_is_refused(many):
    taken = StoryPage.objects.child_of(many).filter(story_language="ar").first()
    story = StoryPageFactory.build(slug_fr=taken.slug_ar, story_language="fr")
    story.slug_en = ""
    story.path = StoryPage._get_path(many.path, many.depth + 1, 9999)
    story.depth = many.depth + 1
    story._cached_parent_obj = many

    with pytest.raises(ValidationError) as error:
        story.full_clean()

    assert any(name.startswith("slug") for name in error.value.message_dict)


def test_slug_check_on_publish_runs_a_bounded_number_of_queries(many):
    story = StoryPage.objects.child_of(many).live().first()

    with CaptureQueriesContext(connection) as queries:
        story.full_clean()

    assert sibling_scans(queries.captured_queries, many) == []
    assert len(queries) < 12


def test_new_story_gets_a_free_slug_from_its_title(many):
    taken = StoryPage.objects.child_of(many).filter(story_language="en").first()
    with translation.override("en"):
        story = StoryPage(
            title=taken.title_en,
            story_language="en",
            city="Leeds",
            country="GB",
            organisation="Leeds",
            organisation_type="local",
            live=False,
        )
        many.add_child(instance=story)

    assert story.slug_en.startswith(taken.slug_en)
    assert story.slug_en != taken.slug_en


def test_filter_choices_are_cached_and_renewed_on_publish(client, many):
    client.get("/en/stories/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/stories/")
    assert not any("DISTINCT" in query["sql"] for query in queries.captured_queries)

    story = StoryPage.objects.child_of(many).live().first()
    story.city = "Ushuaia"
    story.save_revision().publish()

    html = client.get("/en/stories/").content.decode()
    assert '<option value="Ushuaia">' in html


def test_choices_change_made_by_another_process_shows_after_the_cache_time(
    client, many, settings
):
    """A per-process cache never hears of another process publishing: what it holds
    expires after LISTING_CACHE_SECONDS instead of a day."""
    from unittest import mock

    settings.LISTING_CACHE_SECONDS = 60
    client.get("/en/stories/")
    story = StoryPage.objects.child_of(many).live().first()
    StoryPage.objects.filter(pk=story.pk).update(city="Ushuaia")  # no signal here

    assert '<option value="Ushuaia">' not in client.get("/en/stories/").content.decode()
    later = time.time() + 61
    with mock.patch("django.core.cache.backends.locmem.time.time", return_value=later):
        html = client.get("/en/stories/").content.decode()

    assert '<option value="Ushuaia">' in html


def test_story_count_is_right_and_deep_pages_are_bounded(client, many):
    total = StoryPage.objects.child_of(many).live().count()
    html = client.get("/en/stories/?page=9999").content.decode()

    assert f"{total} stories" in html
    assert client.get("/en/stories/?page=9999").status_code == 200


def test_last_offered_page_says_how_to_reach_older_stories(client, demo, monkeypatch):
    from stories import selectors

    index = StoryIndexPage.objects.get()
    assert StoryPage.objects.child_of(index).live().count() > 2
    monkeypatch.setattr(selectors, "PER_PAGE", 1)
    monkeypatch.setattr(selectors, "MAX_PAGES", 2)

    first = client.get(index.url).content.decode()
    last = client.get(index.url + "?page=2").content.decode()

    assert "find older ones" not in first
    assert "These are the newest 2 stories" in last


def test_every_story_list_filter_has_an_index():
    indexed = {field for index in StoryPage._meta.indexes for field in index.fields}
    through = StoryPage.topics.through._meta

    assert {"city", "country", "story_language"} <= indexed
    assert through.get_field("storypage").db_index
    assert through.get_field("topic").db_index
