"""Read-side queries for the partner list and the city pages: each runs a fixed
number of SQL queries, whatever the number of partners, cities or stories."""

import unicodedata
from collections import namedtuple

from django.db.models import Prefetch
from wagtail.images import get_image_model

LOGO_RENDITIONS = ("max-240x120|format-webp",)
CITY_STORIES = 24

KindGroup = namedtuple("KindGroup", ["kind", "label", "partners"])


# --- Matching a typed city name to a known city ---


def name_key(text):
    """A city name folded for comparison: case, accents, Arabic vowel marks and
    punctuation ignored ("São Paulo" = "sao paulo", "Séville" = "SEVILLE")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    kept = "".join(
        char if unicodedata.category(char)[0] in "LN" else " "
        for char in decomposed
        if not unicodedata.combining(char)
    )
    return " ".join(kept.casefold().split())


def city_for(name, country):
    """The known city of ``country`` called ``name`` in any language, or None."""
    from .models import LANGUAGES, City

    key = name_key(name)
    if not key or not country:
        return None
    for city in City.objects.filter(country=country):
        if any(key == name_key(getattr(city, f"name_{code}")) for code in LANGUAGES):
            return city
    return None


# --- The partner index ---


def live_partners(index):
    from .models import PartnerPage

    return PartnerPage.objects.live().public().child_of(index)


def partner_cards(partners):
    """Everything a partner card or logo shows, in a fixed number of queries."""
    logos = get_image_model().objects.prefetch_renditions(*LOGO_RENDITIONS)
    return partners.select_related("city").prefetch_related(
        Prefetch("logo", queryset=logos)
    )


def partner_wall(index, kinds=None):
    """Partners with a logo, for the logo wall (the home page uses it too)."""
    partners = live_partners(index).filter(logo__isnull=False)
    if kinds:
        partners = partners.filter(kind__in=kinds)
    return list(partner_cards(partners).order_by("path"))


def mapped_cities():
    """The cities editors keep: the list shows them all, the map those with
    coordinates."""
    from .models import City

    return list(City.objects.order_by("slug"))


def partner_index_listing(index, request):
    from .forms import PartnerFilterForm
    from .models import PartnerKind
    from .worldmap import city_map

    partners = live_partners(index)
    country_codes = sorted(
        {code for code in partners.order_by().values_list("country", flat=True) if code}
    )
    form = PartnerFilterForm(request.GET or None, country_codes=country_codes)
    filters = form.cleaned_data if form.is_valid() else {}
    if filters.get("kind"):
        partners = partners.filter(kind=filters["kind"])
    if filters.get("country"):
        partners = partners.filter(country=filters["country"])
    partners = list(partner_cards(partners).order_by("path"))
    groups = [
        KindGroup(kind, label, [p for p in partners if p.kind == kind])
        for kind, label in PartnerKind.choices
    ]
    cities = mapped_cities()
    for city in cities:
        city.url = index.city_url(city, request)
    return {
        "partners": partners,
        "groups": [group for group in groups if group.partners],
        "wall": [partner for partner in partners if partner.logo_id],
        "filter_form": form,
        "is_filtered": any(filters.values()),
        "cities": cities,
        "city_map": city_map(cities),
    }


# --- A city's page ---


def city_stories(city):
    """The city's live, public stories, newest first."""
    from stories.selectors import live_stories, story_cards

    stories = live_stories().filter(place=city).order_by("-first_published_at", "-pk")
    return story_cards(stories)


def city_publications(city):
    """The live publications that feature the city, newest first."""
    from publications.selectors import with_cards

    publications = city.publications.live().public()
    return with_cards(publications).order_by("-publication_date", "-pk")


def city_endorsements(city):
    """The statements the city endorsed: approved endorsements of live statements."""
    return (
        city.endorsements.filter(status="approved", statement__live=True)
        .select_related("statement")
        .order_by("-endorsed_on", "pk")
    )


def city_page_context(city, request):
    """What a city's page shows: its partners, stories, the publications that
    feature it and the statements it endorsed, each in a fixed number of queries."""
    from .worldmap import city_map

    partners = list(partner_cards(city.partners.live().public()).order_by("path"))
    stories = list(city_stories(city)[:CITY_STORIES])
    city.url = request.path
    return {
        "city": city,
        "city_partners": partners,
        "city_stories": stories,
        "city_publications": list(city_publications(city)[:CITY_STORIES]),
        "city_endorsements": list(city_endorsements(city)),
        "city_map": city_map([city]) if city.has_coordinates else None,
        "meta_object": city,
    }
