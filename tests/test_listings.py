"""Every listing (stories, publications, partners, news, events) answers odd query
strings with its list: unknown filter values and page numbers are ignored, a page
past the end shows the last page, and nothing a visitor types is a 500."""

import re

import pytest
from django.utils.http import urlencode

from campaign.models import EventIndexPage, NewsIndexPage
from partners.models import PartnerIndexPage
from publications.models import PublicationIndexPage
from stories.models import StoryIndexPage

LISTINGS = {
    "stories": StoryIndexPage,
    "publications": PublicationIndexPage,
    "partners": PartnerIndexPage,
    "news": NewsIndexPage,
    "events": EventIndexPage,
}

IGNORED = [
    "kind=nope",
    "kind=%00",
    "country=ZZ",
    "country[]=x",
    "type=nope",
    "topic=nothing",
    "topic=",
    "topic=%00&page=2x",
    "language=xx",
    "year=abc",
    "year=99999999999999999999",
    "city[]=a&city=nowhere",
    urlencode({"programme": "x" * 5000}),
    "page=abc",
    "page=-3",
    "page=0",
]

CARD = re.compile(r'<article class="[^"]*card[^"]*"[^>]*>.*?href="([^"]+)"', re.S)


PLAIN = {}


def cards(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    return CARD.findall(html), html


@pytest.mark.parametrize("listing", LISTINGS)
@pytest.mark.parametrize("query", IGNORED)
def test_unknown_filter_values_and_page_numbers_are_ignored(
    client, demo, listing, query
):
    url = LISTINGS[listing].objects.get().url

    if url not in PLAIN:  # the committed demo is the same for every test
        PLAIN[url] = cards(client, url)[0]
    plain = PLAIN[url]
    odd, _ = cards(client, f"{url}?{query}")

    assert plain
    assert odd == plain


@pytest.mark.parametrize("listing", LISTINGS)
def test_a_page_past_the_end_shows_the_last_page(client, demo, listing):
    url = LISTINGS[listing].objects.get().url
    _, html = cards(client, url)
    pages = re.search(r"Page 1 of (\d+)", html)
    last = int(pages.group(1)) if pages else 1

    past_the_end, _ = cards(client, f"{url}?page=999999")

    assert past_the_end
    assert past_the_end == cards(client, f"{url}?page={last}")[0]
