"""The partner list, a city's page, the map and the metadata of each."""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.utils import translation

from partners.models import City, PartnerIndexPage, PartnerPage
from stories.models import StoryIndexPage, StoryPage
from tests.factories import StoryPageFactory

from .conftest import add_partner, make_logo

pytestmark = pytest.mark.django_db

SVG = re.compile(r"<svg class=\"city-map__svg\".*?</svg>", re.DOTALL)


def city_url(city, code="en"):
    with translation.override(code):
        return city.get_url()


# --- The partner list ---


def test_partners_are_grouped_by_kind_with_a_logo_wall(client, index):
    html = client.get(index.url).content.decode()

    assert html.index('<h2 id="kind-city-network">') < html.index(
        '<h2 id="kind-national-government">'
    )
    assert 'class="partner-wall"' in html
    assert 'alt="Logo of United Cities and Local Governments"' in html
    assert "Co-steers the GFMD Mayors Mechanism." in html


@pytest.mark.parametrize(
    ("query", "present", "absent"),
    [
        ("kind=national-government", "Government of Ecuador", "UN-Habitat"),
        ("country=ES", "United Cities and Local Governments", "Government of Canada"),
        ("kind=local-government&country=IE", "Dublin", "Montreal"),
    ],
)
def test_filters_narrow_the_list(client, index, query, present, absent):
    html = client.get(f"{index.url}?{query}").content.decode()

    assert f">{present}</a>" in html
    assert f">{absent}</a>" not in html


def test_filter_form_is_a_plain_get_form(client, index):
    html = client.get(index.url).content.decode()

    assert re.search(r'<form class="filters" method="get"', html)
    assert 'name="kind"' in html and 'name="country"' in html


@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_the_partner_list_and_a_profile_render_in_each_language(client, index, code):
    with translation.override(code):
        urls = [index.url, PartnerPage.objects.get(slug_en="iom").url]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200
        direction = "rtl" if code == "ar" else "ltr"
        assert f'<html lang="{code}" dir="{direction}">' in response.content.decode()


def test_query_count_does_not_grow_with_partners(
    client, index, django_assert_num_queries
):
    PartnerPage.objects.all().delete()
    cities = list(City.objects.all())

    def measure(count):
        PartnerPage.objects.all().delete()
        for number in range(count):
            add_partner(
                index,
                number,
                logo=make_logo(f"logo-{number}"),
                logo_alt=f"Logo {number}",
                city=cities[number % len(cities)],
                country="FR",
            )
        client.get(index.url)  # the renditions are made once
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            html = client.get(index.url).content.decode()
        assert html.count('class="partner-card"') == count
        return len(queries)

    assert measure(3) == measure(30)


# --- A city's page ---


def test_a_city_page_lists_exactly_its_own_published_stories(client, demo):
    sfax = City.objects.get(slug="sfax")
    sousse = City.objects.get(slug="sousse")
    stories = StoryIndexPage.objects.get()
    own = StoryPage.objects.get(place=sfax)
    draft = StoryPageFactory(
        parent=stories, title="An unpublished Sfax story", place=sfax, live=False
    )
    elsewhere = StoryPageFactory(parent=stories, title="A Sousse story", place=sousse)
    unlinked = StoryPageFactory(parent=stories, title="Another Sfax story", city="Sfax")
    unlinked.place = None
    unlinked.save()

    html = client.get(city_url(sfax)).content.decode()

    assert own.content_title in html
    assert draft.title not in html
    assert elsewhere.title not in html
    assert unlinked.title not in html
    assert html.count('class="card"') == 1


def test_a_pending_story_never_shows_on_its_city_page(client, demo):
    sousse = City.objects.get(slug="sousse")
    pending = StoryPage.objects.get(place=sousse)
    assert not pending.live

    html = client.get(city_url(sousse)).content.decode()

    assert pending.content_title not in html
    assert "No story from this city has been published yet." in html


def test_a_city_page_shows_its_partners_and_links_from_the_profile(client, demo):
    dublin = City.objects.get(slug="dublin")
    profile = PartnerPage.objects.get(city=dublin)

    html = client.get(city_url(dublin)).content.decode()
    assert profile.url in html
    assert city_url(dublin) in client.get(profile.url).content.decode()


@pytest.mark.parametrize("slug", ["nowhere", "%00", "s%C3%A9ville"])
def test_an_unknown_city_is_a_404(client, index, slug):
    assert client.get(f"{index.url}cities/{slug}/").status_code == 404


@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_city_page_renders_in_each_language(client, demo, code):
    seville = City.objects.get(slug="seville")
    html = client.get(city_url(seville, code)).content.decode()

    assert f"<h1>{seville.name_en if code == 'en' else seville.name_ar}</h1>" in html


# --- The map ---


def svgs(html):
    return [ET.fromstring(match) for match in SVG.findall(html)]  # noqa: S314 - our own page


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_map_is_valid_svg_whose_points_are_named_links(client, index, code):
    with translation.override(code):
        html = client.get(index.url).content.decode()
        urls = {city.slug: city.get_url() for city in City.objects.all()}
    maps = svgs(html)
    ns = {"svg": "http://www.w3.org/2000/svg"}

    assert len(maps) == 2
    for svg in maps:
        assert svg.get("direction") == ("rtl" if code == "ar" else "ltr")
        links = svg.findall(".//svg:a", ns)
        assert links
        for link in links:
            assert link.get("href") in urls.values()
            assert link.get("aria-label")
            assert link.find("svg:circle", ns) is not None
            float(link.find("svg:circle", ns).get("cx"))  # a number in every language
    world = maps[0]
    assert {link.get("href") for link in world.findall(".//svg:a", ns)} == set(
        urls.values()
    )
    sfax = world.find(f".//svg:a[@href='{urls['sfax']}']", ns)
    expected = "صفاقس، تونس" if code == "ar" else "Sfax, Tunisia"
    assert sfax.get("aria-label") == expected


def test_the_city_list_is_the_primary_view_before_the_map(client, index):
    html = client.get(index.url).content.decode()

    assert html.index('class="city-list"') < html.index('class="city-map"')


def test_pages_load_nothing_from_another_host(client, demo):
    index = PartnerIndexPage.objects.get()
    for url in [index.url, city_url(City.objects.get(slug="seville"))]:
        html = client.get(url).content.decode()
        for address in re.findall(r'(?:src|href)="([^"]+)"', html):
            parts = urlsplit(address)
            if parts.netloc:
                # Only links the visitor follows, never a resource the page loads.
                assert (
                    re.search(rf'<a [^>]*href="{re.escape(address)}"', html)
                    or 'rel="alternate"' in html.split(address)[0][-80:]
                ), address


# --- Metadata ---


def test_metadata_protocol(demo, rf):
    request = rf.get("/")
    uclg = PartnerPage.objects.get(slug_en="uclg")
    dublin = PartnerPage.objects.get(slug_en="city-of-dublin")
    seville = City.objects.get(slug="seville")
    index = PartnerIndexPage.objects.get()

    assert uclg.schema_org_type == "Organization"
    assert dublin.schema_org_type == "GovernmentOrganization"
    assert 0 < len(uclg.meta_description()) <= 200
    assert uclg.share_source_image() == uclg.logo
    assert uclg.schema_org(request)["alternateName"] == "UCLG"
    assert uclg.schema_org(request)["location"]["geo"]["latitude"] == 41.3874
    assert seville.schema_org_type == "Place"
    assert seville.schema_org(request)["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 37.38909,
        "longitude": -5.98446,
    }
    assert 0 < len(seville.meta_description()) <= 200
    with translation.override("ar"):
        assert "إشبيلية" in seville.meta_description()
    assert 0 < len(index.meta_description()) <= 200


def test_a_city_page_lists_exactly_its_live_publications(client, demo):
    from publications.models import PublicationPage

    grenoble = City.objects.get(slug="grenoble")
    featured = list(PublicationPage.objects.live().filter(cities=grenoble))
    others = PublicationPage.objects.live().exclude(cities=grenoble)
    assert featured and others.exists()
    withdrawn = featured.pop()
    withdrawn.unpublish()

    html = client.get(city_url(grenoble)).content.decode()

    for publication in featured:
        assert publication.title in html
    assert withdrawn.title not in html
    for publication in others:
        assert f">{publication.title}<" not in html
    assert html.count('class="publication-card"') == len(featured)


def test_a_city_page_lists_only_approved_endorsements(client, demo):
    from campaign.models import Endorsement

    endorsements = Endorsement.objects.filter(city__isnull=False, status="approved")
    city = endorsements.first().city
    statement = endorsements.filter(city=city).first().statement

    html = client.get(city_url(city)).content.decode()
    assert "Statements endorsed" in html
    assert statement.title in html

    Endorsement.objects.filter(city=city).update(status="pending")
    html = client.get(city_url(city)).content.decode()
    assert "Statements endorsed" not in html


def test_a_story_links_to_its_city_page(client, demo):
    sfax = City.objects.get(slug="sfax")
    story = StoryPage.objects.live().get(place=sfax)

    html = client.get(story.url).content.decode()

    assert f'href="{city_url(sfax)}"' in html
    assert "More from this city" in html
