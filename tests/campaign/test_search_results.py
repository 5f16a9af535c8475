"""Search results: narrowed by kind of page, words marked in the excerpt, all
parameters kept from page to page, nothing unpublished ever found."""

import re

import pytest

from stories.models import StoryIndexPage, StoryPage
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_kinds_of_page_are_offered_and_narrow_the_results(client, demo):
    html = results(client, "/en/search/?q=city")

    select = html[html.index('<select id="search-type"') : html.index("</select>")]
    assert '<option value="stories.storypage">Stories</option>' in select
    assert '<option value="campaign.standardpage">Pages</option>' in select
    assert "campaign.homepage" not in select  # a section, not a kind of content

    stories = results(client, "/en/search/?q=city&type=stories.storypage")
    kinds = set(re.findall(r'search-result__kind">([^<]+)<', stories))
    assert kinds == {"Story"}
    assert '<option value="stories.storypage" selected>' in stories


@pytest.mark.parametrize(
    "kind", ["nothing", "auth.user", "stories.submission", "wagtailcore.page", "%00"]
)
def test_unknown_kinds_are_ignored(client, demo, kind):
    html = results(client, f"/en/search/?q=city&type={kind}")
    assert "result" in html


def test_query_words_are_marked_and_escaped(client, demo):
    story = StoryPage.objects.live().get(title_ar__startswith="صفاقس")
    story.body_ar = "<p>صفاقس &lt;b&gt; مدينة</p>"
    story.save_revision().publish()

    html = results(client, "/ar/search/?q=صفاقس")

    assert "<mark>صفاقس</mark>" in html
    assert "&lt;b&gt;" in html and "<b>" not in html


def test_excerpt_shows_the_words_found(client, demo):
    html = results(client, "/en/search/?q=FAMSI")

    excerpts = re.findall(r'search-result__excerpt">(.*?)</p>', html, re.S)
    assert any("<mark>FAMSI</mark>" in excerpt for excerpt in excerpts)


def test_pages_keep_the_kind_and_query(client, demo):
    index = StoryIndexPage.objects.get()
    for number in range(12):
        StoryPageFactory(parent=index, title=f"Kitchen {number}", body="<p>kitchen</p>")

    html = results(client, "/en/search/?q=kitchen&type=stories.storypage")

    assert 'href="?q=kitchen&amp;type=stories.storypage&amp;page=2"' in html


def test_nothing_unpublished_is_found(client, demo):
    index = StoryIndexPage.objects.get()
    draft = StoryPageFactory(parent=index, title="Zanzibarkitchen draft", live=False)
    draft.save()

    for kind in ("", "stories.storypage"):
        html = results(client, f"/en/search/?q=Zanzibarkitchen&type={kind}")
        assert "Zanzibarkitchen draft" not in html
        assert "0 results" in html
