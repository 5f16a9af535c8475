import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from publications.models import PublicationPage

from .conftest import add_publications, make_document

LANGUAGES = ["en", "fr", "es", "ar"]

DEMO = {
    # key: (type, year, languages, topics, cities, programme)
    "pln-28": (
        "peer-learning-note",
        2021,
        "en es fr",
        "citizenship",
        "barcelona grenoble seine-saint-denis sousse valencia",
        "mc2cm",
    ),
    "pln-25": (
        "peer-learning-note",
        2019,
        "en fr ar",
        "civil-society",
        "sfax",
        "mc2cm",
    ),
    "pln-20": (
        "peer-learning-note",
        2016,
        "en es fr",
        "social-cohesion",
        "lisbon",
        "mc2cm",
    ),
    "migrant-women": ("outcome-report", 2020, "en fr es", "women", "", "mc2cm"),
    "social-distance": ("policy-study", 2020, "en", "services", "", "mc2cm"),
    "communication": (
        "thematic-learning-report",
        2020,
        "en fr es ar",
        "narratives",
        "seville",
        "mc2cm",
    ),
    "global-compacts": (
        "report",
        2022,
        "en es fr",
        "citizenship services",
        "",
        "uclg-migration",
    ),
}


def facets(key):
    kind, year, languages, topics, cities, programme = DEMO[key]
    return {
        "type": {kind},
        "year": {str(year)},
        "language": set(languages.split()),
        "topic": set(topics.split()),
        "city": set(cities.split()),
        "programme": {programme},
    }


def listed(client, index, language, params):
    with translation.override(language):
        url = index.url
    response = client.get(url, params)
    assert response.status_code == 200
    return response, {page.slug_en for page in response.context["publications"]}


DEMO_FILTERS = [
    {"type": "peer-learning-note"},
    {"type": "report"},
    {"year": "2020"},
    {"year": "2016"},
    {"language": "ar"},
    {"language": "es"},
    {"topic": "citizenship"},
    {"topic": "women"},
    {"city": "grenoble"},
    {"city": "sfax"},
    {"programme": "uclg-migration"},
    {"programme": "mc2cm"},
    {"type": "peer-learning-note", "language": "ar"},
    {"year": "2020", "language": "ar"},
    {"topic": "citizenship", "programme": "mc2cm", "language": "es"},
    {"city": "sousse", "year": "2021", "type": "peer-learning-note"},
    {"city": "sfax", "year": "2021"},
]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_filter_alone_and_combined_on_demo_data(client, library, language):
    for params in DEMO_FILTERS:
        expected = {
            key
            for key in DEMO
            if all(value in facets(key)[name] for name, value in params.items())
        }
        _response, found = listed(client, library, language, params)
        assert found == expected, params


@pytest.mark.django_db
def test_text_search_inside_the_library(client, library):
    assert listed(client, library, "en", {"q": "Grenoble"})[1] == {"pln-28"}
    assert listed(client, library, "fr", {"q": "société civile"})[1] == {"pln-25"}
    assert listed(client, library, "en", {"q": "Seville", "year": "2020"})[1] == {
        "communication"
    }


@pytest.fixture
def generated(library):
    return add_publications(library, 60, make_document())


def generated_facets(page):
    return {
        "type": {page.publication_type.slug},
        "year": {str(page.publication_date.year)},
        "language": {edition.language for edition in page.editions.all()},
        "topic": {topic.slug for topic in page.topics.all()},
        "city": {city.slug for city in page.cities.all()},
        "programme": {page.programme.slug},
    }


@pytest.mark.django_db
def test_filters_on_generated_data(client, library, generated):
    every = {page.slug_en: generated_facets(page) for page in generated}
    options = {
        "type": ["kind-0", "kind-2"],
        "year": ["2011", "2016"],
        "language": ["fr", "ar"],
        "topic": ["subject-1"],
        "city": ["town-3"],
        "programme": ["prog-1"],
    }
    singles = [{name: value} for name, values in options.items() for value in values]
    pairs = [
        {a: options[a][0], b: options[b][-1]}
        for a, b in itertools.combinations(options, 2)
    ]
    for params in singles + pairs:
        expected = {
            slug
            for slug, page_facets in every.items()
            if all(value in page_facets[name] for name, value in params.items())
        }
        response, _found = listed(client, library, "en", {**params, "page": 1})
        page_size = response.context["publications"].paginator.per_page
        paginator = response.context["publications"].paginator
        found = {
            p.slug_en
            for p in paginator.object_list
            if p.slug_en.startswith("generated")
        }
        assert found == expected, params
        assert response.context["publications"].paginator.count >= len(expected)
        assert page_size == 12


@pytest.mark.django_db
def test_empty_result_explains_itself_and_offers_to_clear(client, library):
    response, found = listed(client, library, "en", {"city": "sfax", "year": "2021"})
    assert found == set()
    html = response.content.decode()
    assert "0 publications" in html
    assert "No publication matches all of these filters" in html
    assert f'href="{library.url}">Clear filters' in html.replace("\n", "")


def test_a_search_keeps_its_words_and_drops_punctuation_and_operators(client, library):
    response, found = listed(client, library, "en", {"q": '"\\cities* AND -'})

    assert response.context["filter_form"].cleaned_data["q"] == "cities AND"
    assert found == listed(client, library, "en", {"q": "cities AND"})[1]


@pytest.mark.parametrize("refused", ["cities\x00", "word " * 400])
def test_a_search_the_form_refuses_is_ignored_not_an_error(client, library, refused):
    """A NUL character or a query past 200 characters is dropped with its field;
    the other filters still apply."""
    response, found = listed(client, library, "en", {"q": refused, "year": "2020"})

    assert "q" in response.context["filter_form"].errors
    assert found == listed(client, library, "en", {"year": "2020"})[1]
    assert found


@pytest.mark.django_db
def test_shareable_get_form_and_feed_link(client, library):
    html = client.get(library.url, {"type": "report"}).content.decode()
    assert '<form class="filters" method="get"' in html
    assert '<details class="filters-fold" open>' in html
    assert 'type="application/rss+xml"' in html
    assert '<option value="report" selected>' in html


def query_count(client, url):
    client.get(url)  # renditions are made on the first view
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_library(client, library):
    PublicationPage.objects.all().delete()
    document = make_document()
    add_publications(library, 5, document)
    url = library.url + "?language=en&page=1"
    small = query_count(client, url)
    unfiltered_small = query_count(client, library.url)
    add_publications(library, 200, document, prefix="more")
    assert query_count(client, url) == small
    assert query_count(client, library.url) == unfiltered_small
