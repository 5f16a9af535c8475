"""Nothing a visitor sends to the open API or to oEmbed is a 500: bad values are
a 400 with a message (or a 404), on SQLite and PostgreSQL alike."""

import json
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ENDPOINTS = ["pages", "images", "documents"]

BAD = [
    "offset=99999999999999999999",
    "offset=-1",
    "offset=1e3",
    "limit=99999999999999999999",
    "limit=-5",
    "search=%00",
    "search=a%00b",
    "search=x&search_operator=xor",
    "search=x&search_operator=",
    "first_published_at=x",
    "first_published_at=2020-13-45",
    "id=x",
    "id=99999999999999999999",
    "child_of=99999999999999999999",
    "child_of=x",
    "descendant_of=-1",
    "order=-%00",
    "order=random&offset=5",
    "fields=%00",
    "type=x.%00",
    "lang=%00",
    "title=%00",
    "slug=%00",
    "locale=xx",
    "translation_of=1",
]


def answer(client, url):
    response = client.get(url)
    assert response.status_code in (200, 400, 404), (url, response.status_code)
    if response.status_code == 400:
        assert json.loads(response.content)["message"]
    return response


@pytest.mark.parametrize("query", BAD)
def test_bad_api_parameters_are_a_400_not_a_500(client, demo, query):
    for endpoint in ENDPOINTS:
        answer(client, f"/api/v2/{endpoint}/?{query}")


VALUES = st.one_of(
    st.text(max_size=30),
    st.integers().map(str),
    st.sampled_from(["%00", "\x00", "-", "1e99", "2020-02-30", "true", "*"]),
)
NAMES = st.sampled_from(
    [
        "offset",
        "limit",
        "search",
        "search_operator",
        "order",
        "fields",
        "type",
        "child_of",
        "descendant_of",
        "ancestor_of",
        "first_published_at",
        "id",
        "lang",
        "title",
        "has_children",
        "show_in_menus",
    ]
)


@given(params=st.dictionaries(NAMES, VALUES, max_size=4))
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_api_query_string_answers(client, demo, params):
    query = "&".join(f"{quote(name)}={quote(value)}" for name, value in params.items())
    for endpoint in ENDPOINTS:
        answer(client, f"/api/v2/{endpoint}/?{query}")


@pytest.mark.parametrize(
    "url",
    [
        "http://testserver/en/%00/",
        "http://testserver/en/about/%00",
        "http://testserver/en/stories/%00/",
        "http://testserver/ar/%00/%00/",
        "http://testserver/en/partners/cities/%00/",
        "http://testserver/en/news/%00/",
        "http://testserver/en/library/%00/",
        "http://testserver/%00",
        "http://testserver/en/stories/?page=%00",
        "http://[::1",
        "http://testserver:99999/en/",
        "\x00",
    ],
)
def test_odd_oembed_addresses_are_a_404_not_a_500(client, demo, url):
    response = client.get("/oembed/?" + f"url={quote(url, safe='')}&format=json")
    assert response.status_code in (400, 404), response.status_code


@given(url=st.text(max_size=60).map(lambda path: "http://testserver/en/" + path))
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_any_oembed_address_answers(client, demo, url):
    response = client.get("/oembed/?" + f"url={quote(url, safe='')}&format=json")
    assert response.status_code in (200, 400, 404), (url, response.status_code)


@pytest.mark.parametrize("path", ["/en/stories/%00/", "/ar/%D9%82%D8%B5%D8%B5/a%00b/"])
def test_a_nul_in_a_story_address_is_a_404(client, demo, path):
    assert client.get(path).status_code == 404
