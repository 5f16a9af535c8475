"""A page has the languages its editor wrote (campaign/languages.py), whatever its
type: asked for in another language, it shows its own text under its own lang
and dir, says so, and is indexed, listed and linked in its own languages only."""

import re

import pytest
from django.utils import translation

from campaign.models import StandardPage

from .discovery_helpers import head_of
from .english_only import BUILDERS, TEXT, english_only, url_in

pytestmark = pytest.mark.django_db

PAGE_TYPES = sorted(BUILDERS)
OTHER_LANGUAGES = ["fr", "es", "ar"]
NOTICE = {
    "fr": "Cette page n’est pas encore disponible en français.",
    "es": "Esta página aún no está disponible en español.",
    "ar": "هذه الصفحة غير متوفرة بعد باللغة العربية.",
}
NOINDEX = '<meta name="robots" content="noindex">'


def main_tag(html):
    return re.search(r"<main [^>]*>", html)[0]


def hreflangs(head):
    return {
        link["hreflang"]: link["href"]
        for link in head.link(rel="alternate")
        if "hreflang" in link
    }


def sitemap(client):
    return "".join(
        client.get(f"/sitemap-{part}.xml").content.decode()
        for part in ("pages", "stories")
    )


def test_every_page_type_is_covered():
    from wagtail.models import get_page_models

    assert len(PAGE_TYPES) == 15
    assert {model.__name__ for model in get_page_models()} >= set(PAGE_TYPES)
    assert {model.__name__ for model in get_page_models()} - set(PAGE_TYPES) == {"Page"}


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
@pytest.mark.parametrize("type_name", PAGE_TYPES)
def test_english_only_page_in_another_language_keeps_its_english(
    client, demo, type_name, code
):
    page = english_only(type_name)
    english = f"http://testserver{url_in(page, 'en')}"

    response = client.get(url_in(page, code))

    html = response.content.decode()
    head = head_of(response)
    assert f'<html lang="{code}"' in html  # the site around it is the visitor's
    assert 'lang="en" dir="ltr"' in main_tag(html)
    main = html[html.index("<main") :]
    if not type_name.endswith("IndexPage"):  # an index's text is its title
        assert TEXT in main
    assert page.title_en in main or page.hero_title_en in main
    notice = html[html.index('class="language-notice"') :]
    notice = notice[: notice.index("</div>")]
    assert NOTICE[code] in notice
    assert f'href="{url_in(page, "en")}" hreflang="en" lang="en" dir="ltr"' in notice
    assert html.count(NOINDEX) == 1
    assert [link["href"] for link in head.link(rel="canonical")] == [english]
    assert hreflangs(head) == {"en": english, "x-default": english}
    assert html.count("language-switcher__missing") == 3
    xml = sitemap(client)
    assert xml.count(f"<loc>{english}</loc>") == 1
    other = f"http://testserver{url_in(page, code)}"
    assert f"<loc>{other}</loc>" not in xml
    assert f'href="{other}"' not in xml


@pytest.mark.parametrize("type_name", PAGE_TYPES)
def test_english_only_page_in_english_is_plainly_english(client, demo, type_name):
    page = english_only(type_name)
    english = f"http://testserver{url_in(page, 'en')}"

    response = client.get(url_in(page, "en"))

    html = response.content.decode()
    head = head_of(response)
    assert "lang=" not in main_tag(html)
    assert "language-notice" not in html
    assert NOINDEX not in html
    assert [link["href"] for link in head.link(rel="canonical")] == [english]
    assert hreflangs(head) == {"en": english, "x-default": english}
    assert html.count("language-switcher__missing") == 3
    assert "(not translated)" in html


@pytest.mark.parametrize("code", ["en", *OTHER_LANGUAGES])
def test_translated_page_has_no_notice_and_four_alternates(client, demo, code):
    about = StandardPage.objects.live().first()

    response = client.get(url_in(about, code))

    html = response.content.decode()
    assert "lang=" not in main_tag(html)
    assert "language-notice" not in html and NOINDEX not in html
    assert "language-switcher__missing" not in html
    links = hreflangs(head_of(response))
    assert set(links) == {"en", "fr", "es", "ar", "x-default"}
    assert links["ar"] == f"http://testserver{url_in(about, 'ar')}"


def test_a_page_counts_a_language_only_when_all_its_text_is_there(demo):
    about = StandardPage.objects.live().first()
    assert about.written_languages() == ["en", "fr", "es", "ar"]

    about.body_fr = "[]"  # the French title alone is no French page
    about.save()
    about.refresh_from_db()

    assert about.written_languages() == ["en", "es", "ar"]
    assert not about.has_language("fr")
    with translation.override("fr"):
        assert about.content_language == "en"  # first in the fallback order
        assert about.content_title == about.title_en
        assert not about.is_in_visitors_language
    with translation.override("ar"):
        assert about.content_language == "ar"
        assert about.content_dir == "rtl"


def test_a_story_counts_a_language_by_its_title_or_body_and_prefers_its_own(demo):
    story = english_only("StoryPage")
    story.story_language = "es"
    story.title_ar = "قصة"
    story.save()

    assert story.written_languages() == ["en", "ar"]
    with translation.override("fr"):
        assert story.content_language == "en"  # Spanish has no text
    story.title_es = "Una historia"
    story.save()
    with translation.override("fr"):
        assert story.content_language == "es"  # its own language first


def test_a_partly_translated_page_shows_one_language(client, demo):
    page = english_only("ArticlePage")
    page.title_fr = "Un titre traduit, le reste non"
    page.save_revision().publish()

    html = client.get(url_in(page, "fr")).content.decode()

    assert "language-notice" in html
    assert f"<h1>{page.title_en}</h1>" in html
    assert "Un titre traduit" not in html[html.index("<main") :]


# --- The language switcher keeps the visitor's place ---


def switcher_links(html):
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    return dict(re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', switcher))


def by_language(html):
    return {code: href for href, code in switcher_links(html).items()}


def test_switcher_on_a_city_page_leads_to_that_city(client, demo):
    from partners.models import City

    seville = City.objects.get(slug="seville")
    with translation.override("fr"):
        url = seville.get_url()

    response = client.get(url)

    links = by_language(response.content.decode())
    for code in ("en", "es", "ar"):
        with translation.override(code):
            assert links[code] == seville.get_url()
    head = head_of(response)
    assert head.link(rel="canonical")[0]["href"] == f"http://testserver{url}"
    assert hreflangs(head)["ar"] == f"http://testserver{links['ar']}"


def test_switcher_on_a_filtered_listing_keeps_the_filters(client, demo):
    from stories.models import StoryIndexPage

    stories = StoryIndexPage.objects.get()
    response = client.get(url_in(stories, "en"), {"country": "TN", "topic": "x"})

    links = by_language(response.content.decode())
    assert links["ar"] == f"{url_in(stories, 'ar')}?country=TN&amp;topic=x"
    head = head_of(response)  # search engines get the listing without filters
    assert hreflangs(head)["ar"] == f"http://testserver{url_in(stories, 'ar')}"


def test_switcher_on_the_endorsement_form_leads_to_the_same_form(client, demo):
    from campaign.models import StatementPage

    statement = StatementPage.objects.live().filter(endorsements_open=True).first()

    html = client.get(f"/fr/statements/{statement.pk}/endorse/").content.decode()

    assert by_language(html)["ar"] == f"/ar/statements/{statement.pk}/endorse/"
    assert "language-switcher__missing" not in html


def test_card_of_an_english_only_article_says_so_in_arabic(client, demo):
    from campaign.models import NewsIndexPage

    article = english_only("ArticlePage")

    html = client.get(url_in(NewsIndexPage.objects.get(), "ar")).content.decode()

    card = html[: html.index(article.title_en)]
    card = card[card.rindex("<article") :]
    assert card.startswith('<article class="card" lang="en" dir="ltr">')
    rest = html[html.index(article.title_en) :]
    rest = rest[: rest.index("</article>")]
    assert '<p class="card__language" lang="ar" dir="rtl">باللغة الإنجليزية</p>' in rest
    others = html.count('<article class="card" lang="ar" dir="rtl">')
    assert others == html.count('class="card"') - 1


def test_search_result_of_an_english_only_page_says_so_in_arabic(client, demo):
    page = english_only("StandardPage")

    html = client.get("/ar/search/", {"q": "english-standard"}).content.decode()

    result = html[html.index('class="search-result"') :]
    result = result[: result.index("</li>")]
    assert page.title_en in result
    assert "باللغة الإنجليزية" in result
    assert '<div lang="en" dir="ltr">' in result


def test_preview_in_another_language_shows_what_visitors_will_see(demo):
    page = english_only("ArticlePage")

    with translation.override("ar"):
        response = page.make_preview_request()

    html = response.render().content.decode()
    assert 'lang="en" dir="ltr"' in main_tag(html)
    assert NOTICE["ar"] in html
    links = by_language(html)
    assert links["en"] == url_in(page, "en")  # the page, not a home page


def test_an_optional_field_empty_in_every_language_does_not_count(demo):
    campaign = english_only("CampaignPage")
    campaign.body_en = "[]"  # no body at all
    campaign.title_fr = "Une campagne"
    campaign.summary_fr = "Un résumé."
    campaign.save()

    assert campaign.written_languages() == ["en", "fr"]
    campaign.body_en = english_only("StandardPage").body_en  # a body, in English
    assert campaign.written_languages() == ["en"]
