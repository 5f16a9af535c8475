"""Every page type, in every language, tells search engines and social networks
what it is: title, description, canonical address that agrees with the hreflang
links, Open Graph and Twitter tags, and JSON-LD in schema.org's vocabulary only."""

import json

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from campaign.metadata import json_ld
from campaign.models import (
    ArticlePage,
    CampaignIndexPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
    StandardPage,
    StatementPage,
)
from partners.models import PartnerIndexPage, PartnerPage
from publications.models import PublicationIndexPage, PublicationPage
from stories.models import StoryIndexPage, StoryPage

from .discovery_helpers import head_of

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# Properties of each type this site emits, from the schema.org definitions
# (https://schema.org/<Type>, "Properties from ..." tables, inherited included).
# A property missing here fails the test: check it on schema.org, then add it.
THING = {"@type", "@id", "name", "description", "url", "image", "sameAs",
         "alternateName", "identifier", "mainEntityOfPage"}  # fmt: skip
CREATIVE_WORK = THING | {"headline", "inLanguage", "publisher", "author",
                         "datePublished", "dateModified", "dateCreated",
                         "contentLocation", "about", "keywords", "isPartOf",
                         "creator", "locationCreated", "associatedMedia",
                         "temporalCoverage", "abstract", "text",
                         "spatialCoverage", "citation", "numberOfPages",
                         "encoding", "workTranslation"}  # fmt: skip
ARTICLE = CREATIVE_WORK | {"articleBody", "articleSection", "wordCount"}
WEB_PAGE = CREATIVE_WORK | {"breadcrumb", "primaryImageOfPage", "lastReviewed"}
ORGANIZATION = THING | {"logo", "address", "email", "location", "member",
                        "memberOf", "foundingDate", "areaServed", "url"}  # fmt: skip
PLACE = THING | {"address", "geo", "latitude", "longitude", "containedInPlace",
                 "hasMap"}  # fmt: skip
SCHEMA_PROPERTIES = {
    "Organization": ORGANIZATION,
    "WebSite": CREATIVE_WORK,
    "WebPage": WEB_PAGE,
    "CollectionPage": WEB_PAGE,
    "AboutPage": WEB_PAGE,
    "CreativeWork": CREATIVE_WORK,
    "Article": ARTICLE,
    "NewsArticle": ARTICLE | {"dateline"},
    "Report": ARTICLE | {"reportNumber"},
    "Event": THING
    | {
        "startDate",
        "endDate",
        "location",
        "organizer",
        "inLanguage",
        "eventStatus",
        "eventAttendanceMode",
        "performer",
        "about",
        "duration",
        "offers",
    },  # fmt: skip
    "Place": PLACE,
    "City": PLACE,
    "PostalAddress": THING
    | {
        "addressLocality",
        "addressCountry",
        "addressRegion",
        "postalCode",
        "streetAddress",
    },  # fmt: skip
    "GeoCoordinates": THING | {"latitude", "longitude"},
    "VirtualLocation": THING,
    "CreativeWorkSeries": CREATIVE_WORK | {"issn", "startDate", "endDate"},
    "GovernmentOrganization": ORGANIZATION,
    "MediaObject": CREATIVE_WORK | {"contentUrl", "encodingFormat", "contentSize"},
}


def check_schema(node, path="$"):
    """Every node's type and property is schema.org's; references are bare @ids."""
    if isinstance(node, list):
        for number, item in enumerate(node):
            check_schema(item, f"{path}[{number}]")
        return
    if not isinstance(node, dict):
        return
    if "@type" not in node:
        assert set(node) == {"@id"}, f"{path}: a node without @type: {node}"
        return
    allowed = SCHEMA_PROPERTIES.get(node["@type"])
    assert allowed is not None, f"{path}: type {node['@type']} not in the allow-list"
    unknown = set(node) - allowed
    assert not unknown, f"{path} ({node['@type']}): not schema.org: {unknown}"
    for key, value in node.items():
        check_schema(value, f"{path}.{key}")


def pages_of_every_type():
    pages = [
        HomePage.objects.get(),
        StandardPage.objects.live().first(),
        StoryIndexPage.objects.get(),
        StoryPage.objects.live().get(title_ar__startswith="صفاقس"),
        StoryPage.objects.live().exclude(title_en="").first(),
    ]
    for model in (
        CampaignIndexPage,
        CampaignPage,
        NewsIndexPage,
        ArticlePage,
        EventIndexPage,
        EventPage,
        StatementPage,
        PublicationIndexPage,
        PublicationPage,
        PartnerIndexPage,
        PartnerPage,
    ):
        pages.append(model.objects.live().first())
    return pages


def page_url(page, code):
    with translation.override(code):
        return page.get_url()


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_page_type_has_its_metadata(client, demo, code):
    for page in pages_of_every_type():
        url = page_url(page, code)
        head = head_of(client.get(url))
        languages = page.written_languages()
        with translation.override(code):
            own = page.content_language
        absolute = f"http://testserver{page_url(page, own)}"

        # The canonical address is one of the hreflang alternates: this
        # language's, or the page's own language's where this one only shows a
        # fallback.
        canonical = head.link(rel="canonical")
        assert [link["href"] for link in canonical] == [absolute], url
        hreflangs = {
            link["hreflang"]: link["href"]
            for link in head.link(rel="alternate")
            if "hreflang" in link
        }
        assert hreflangs[own] == absolute
        assert set(hreflangs) == {*languages, "x-default"}

        description = head.one("description")
        assert 0 < len(description) <= 200, url
        assert "<" not in description
        assert head.title.strip()

        assert head.one("og:url") == absolute
        assert head.one("og:title")
        assert head.one("og:description") == description
        assert head.one("og:type") in ("website", "article")
        assert head.one("og:locale").startswith(own + "_")
        alternates = head.meta.get("og:locale:alternate", [])
        assert len(alternates) == len(languages) - 1
        assert head.one("og:image").startswith("http://testserver/share-images/")
        assert head.one("og:image:width") == "1200"
        assert head.one("og:image:height") == "630"
        assert head.one("twitter:card") == "summary_large_image"

        assert len(head.graph) == 1
        data = head.graph[0]
        assert data["@context"] == "https://schema.org"
        check_schema(data["@graph"])
        organisation, own = data["@graph"]
        assert organisation["@type"] == "Organization"
        assert organisation["url"] == "http://testserver/"
        assert own["@type"] == page.schema_org_type
        assert own["url"] == absolute
        assert own["description"] == description


def test_site_organisation_names_its_social_accounts(client, demo):
    from campaign.models import SiteChrome

    accounts = [a.url for a in SiteChrome.objects.get().social_accounts.all()]
    head = head_of(client.get("/en/"))

    organisation = head.graph[0]["@graph"][0]
    assert accounts and organisation["sameAs"] == accounts


def test_story_is_an_article_in_its_language_by_its_organisation(client, demo):
    story = StoryPage.objects.live().get(title_ar__startswith="صفاقس")

    for code in ("ar", "en"):
        head = head_of(client.get(page_url(story, code)))
        article = head.graph[0]["@graph"][1]
        assert article["@type"] == "Article"
        assert article["inLanguage"] == "ar"  # no translation: the Arabic text
        assert article["headline"] == story.title_ar
        assert article["author"] == {
            "@type": "Organization",
            "name": story.organisation,
        }
        assert article["contentLocation"]["name"] == story.city
        assert article["datePublished"].startswith(
            story.first_published_at.date().isoformat()
        )
        assert head.one("og:type") == "article"


def test_editors_title_and_description_win(client, demo):
    page = StandardPage.objects.live().first()
    page.seo_title_fr = "Titre pour les moteurs"
    page.search_description_fr = "Une description écrite par l’équipe."
    page.save_revision().publish()

    head = head_of(client.get(page_url(page, "fr")))

    assert head.title.startswith("Titre pour les moteurs")
    assert head.one("description") == "Une description écrite par l’équipe."
    assert head.one("og:title") == "Titre pour les moteurs"
    english = head_of(client.get(page_url(page, "en")))
    assert english.one("og:title") == page.title_en


def test_json_ld_is_safe_inside_a_script_element(client, demo):
    page = StandardPage.objects.live().first()
    page.title_en = "Tom & Jerry </script><script>alert(1)</script>"
    page.save_revision().publish()

    response = client.get(page_url(page, "en"))
    html = response.content.decode()
    script = html[html.index('<script type="application/ld+json">') :]
    script = script[: script.index("</script>")]

    assert "<" not in script[len('<script type="application/ld+json">') :]
    assert "&" not in script
    data = json.loads(script[len('<script type="application/ld+json">') :])
    assert data["@graph"][1]["name"] == page.title_en
    # The CSP stays strict: data blocks are not scripts.
    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy + ";"
    assert "unsafe-inline" not in policy


def test_json_ld_escapes_markup_characters():
    text = str(json_ld([{"@type": "Thing", "name": "<b>&</b>"}]))
    assert not set("<>&") & set(text)
    assert json.loads(text)["@graph"][0]["name"] == "<b>&</b>"


def test_any_page_type_gets_fallbacks(rf, demo):
    """A page type that knows nothing of the protocol still gets metadata."""
    from campaign.metadata import page_description, page_metadata

    page = Page.objects.get(pk=StandardPage.objects.live().first().pk)
    request = rf.get("/en/")
    request.META["HTTP_HOST"] = "testserver"
    data = page_metadata(request, page, [])

    assert data["description"] == page_description(page.specific)
    assert json.loads(str(data["json_ld"]))["@graph"][1]["@type"] == "WebPage"


def test_search_and_other_views_have_canonical_and_organisation(client, demo):
    head = head_of(client.get("/ar/search/"))

    assert head.link(rel="canonical")[0]["href"] == "http://testserver/ar/search/"
    assert head.graph[0]["@graph"][0]["@type"] == "Organization"
    assert head.one("og:locale") == "ar_AR"
    assert head.one("description")  # the site's own, from the footer text
    assert head.one("og:image").startswith("http://testserver/share-images/")
