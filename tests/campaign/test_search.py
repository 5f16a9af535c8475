"""Site search and the story list's text search: any query answers, on SQLite and
PostgreSQL alike, and results say what they are."""

import re
import unicodedata

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from campaign.search import clean_search_query
from stories.models import StoryIndexPage
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

SEARCH_URLS = ["/en/search/", "/en/stories/"]

# Full-text syntax of SQLite FTS5 and PostgreSQL tsquery, bytes the databases
# refuse, and strings that are long, empty or in other scripts.
HOSTILE_QUERIES = [
    "\x00",
    "a\x00b",
    "Sfax\x00",
    '"',
    '""',
    '"unbalanced',
    'a "b',
    '"a" "',
    '"\\"',
    "'",
    "''",
    "l'intégration",
    "\\",
    "(",
    ")",
    "(a",
    "a)",
    "*",
    "a*",
    "*a",
    "-",
    "-a",
    "a -b",
    "^",
    "^a",
    ":",
    "a:b",
    "title:x",
    "a:*",
    "{title body}: x",
    "+",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "AND OR NOT",
    "NEAR",
    "NEAR(a b)",
    "NEAR(a b, 2)",
    "a NOT b",
    "!",
    "!a",
    "&",
    "a & b",
    "|",
    "a | b",
    "<->",
    "a <-> b",
    "%",
    "%s",
    "%(name)s",
    "_",
    "';--",
    "' OR 1=1 --",
    "\u0301",
    "\u200f\u200e",
    "\ufeff",
    "\t\n\r",
    "   ",
    "ﷺ",
    "ـ",
    "😀",
    "صفاقس",
    "x" * 5000,
    "a " * 3000,
    '"' * 1000,
]


def assert_answers(client, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200, (url, query)
    return response.content.decode()


def test_hostile_queries_get_results_or_a_message(client, demo):
    """One test for the whole list: loading the demo site per input costs seconds."""
    for query in HOSTILE_QUERIES:
        for url in SEARCH_URLS:
            html = assert_answers(client, url, query)
            if url == "/en/search/" and query.strip():
                assert 'role="status"' in html, query


# Characters from everywhere, weighted towards search syntax.
SYNTAX = st.sampled_from(list("\"'()*-^:{}+!&|<>\\%_\x00 ") + ["AND", "NEAR", "OR"])
QUERIES = st.lists(
    st.one_of(SYNTAX, st.characters(exclude_categories=("Cs",))), max_size=60
).map("".join)


@given(query=QUERIES)
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_query_string_answers_on_both_searches(client, demo, query):
    for url in SEARCH_URLS:
        assert_answers(client, url, query)


@given(text=st.text(), max_length=st.integers(min_value=1, max_value=300))
def test_a_cleaned_query_holds_words_only(text, max_length):
    query = clean_search_query(text, max_length)

    assert len(query) <= max_length
    assert query == " ".join(query.split())
    assert all(char == " " or unicodedata.category(char)[0] in "LMN" for char in query)
    assert clean_search_query(query, max_length) == query


def test_cleaning_keeps_words_in_every_script():
    assert clean_search_query('"Sfax" AND (صفاقس)*') == "Sfax AND صفاقس"
    assert clean_search_query("co-operation:") == "co operation"
    assert clean_search_query("\x00\"'*") == ""


def test_a_query_with_no_word_gets_a_plain_message(client, demo):
    html = assert_answers(client, "/en/search/", '"*()"')

    assert "Type at least one word or name to search for." in html


# --- Results ---


@pytest.fixture
def kitchen_stories(demo):
    index = StoryIndexPage.objects.get()

    def add(count):
        for _ in range(count):
            StoryPageFactory(
                parent=index,
                body="<p>The community kitchen feeds everyone.</p><p>Second part.</p>",
            )

    return add


def test_next_page_link_keeps_the_query(client, kitchen_stories):
    kitchen_stories(12)

    html = assert_answers(client, "/en/search/", "kitchen")

    assert "12 results for “kitchen”" in html
    assert 'rel="next" href="?q=kitchen&amp;page=2"' in html
    second = client.get("/en/search/?q=kitchen&page=2").content.decode()
    assert 'rel="prev" href="?q=kitchen&amp;page=1"' in second
    assert second.count('class="search-result"') == 2


def test_results_show_their_kind_date_excerpt_and_language(client, demo):
    html = assert_answers(client, "/en/search/", "صفاقس")

    result = html[html.index('class="search-result"') :]
    assert '<span class="search-result__kind">Story</span>' in result
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\d">', result)
    assert "In Arabic" in result
    assert '<div lang="ar" dir="rtl">' in result
    assert 'class="search-result__excerpt"' in result


def test_story_excerpt_is_plain_text_with_paragraphs_apart(client, kitchen_stories):
    kitchen_stories(1)

    html = assert_answers(client, "/en/search/", "kitchen")

    assert "feeds everyone. Second part." in html


def test_pages_show_their_search_description(client, demo):
    html = assert_answers(client, "/en/search/", "campaign")

    assert '<span class="search-result__kind">Page</span>' in html


def test_search_query_count_does_not_grow_with_results(client, kitchen_stories):
    kitchen_stories(2)
    client.get("/en/search/?q=kitchen")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/search/?q=kitchen")

    kitchen_stories(7)
    with CaptureQueriesContext(connection) as many:
        html = client.get("/en/search/?q=kitchen").content.decode()

    assert html.count('class="search-result"') == 9
    assert len(few) == len(many)


def test_search_uses_an_index_on_postgresql(demo):
    """Wagtail filters on ``title || body`` of its index table; without an index on
    that expression every search read the whole table."""
    if connection.vendor != "postgresql":
        pytest.skip("the index is PostgreSQL's")
    from campaign.search import page_search

    with CaptureQueriesContext(connection) as queries:
        page_search("community").count()
    expression = (
        '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body")'
    )
    assert f"{expression} @@" in queries[-1]["sql"]
    with connection.cursor() as cursor:
        # A handful of rows would be read directly; ask how a large table is read.
        cursor.execute("SET LOCAL enable_seqscan = off")
        sql = "EXPLAIN SELECT id FROM wagtailsearch_indexentry WHERE "
        cursor.execute(sql + f"{expression} @@ to_tsquery('community')")
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "wagtailsearch_indexentry_title_body_gin" in plan, plan


def test_search_joins_pages_through_an_index_on_postgresql(demo):
    """The index table joins pages on ``object_id = id::varchar``: an index on that
    expression lets a rare word skip reading every page."""
    if connection.vendor != "postgresql":
        pytest.skip("the index is PostgreSQL's")
    from campaign.search import page_search

    with CaptureQueriesContext(connection) as queries:
        page_search("community").count()
    join = '"object_id" = ("wagtailcore_page"."id")::varchar(50)'
    assert join in queries[-1]["sql"]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT 1 FROM wagtailcore_page WHERE (id)::varchar(50)::text = '1'"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "wagtailcore_page_id_text" in plan, plan
