"""Read-side queries for the partner list and the city pages: each runs a fixed
number of SQL queries, whatever the number of partners, cities or stories. The page
models call them, so models are looked up by name here rather than imported."""

import unicodedata
from collections import namedtuple

from django.apps import apps
from django.db.models import Prefetch
from wagtail.images import get_image_model

from campaign import registry
from campaign.languages import LANGUAGE_CODES

from .choices import PartnerKind
from .forms import PartnerFilterForm
from .worldmap import city_map

LOGO_RENDITIONS = ("max-240x120|format-webp",)
WALL_RENDITIONS = ("max-240x96|format-webp",)
CITY_PAGES = 24  # stories, and publications, on a city's page

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
    key = name_key(name)
    if not key or not country:
        return None
    for city in apps.get_model("partners", "City").objects.filter(country=country):
        if any(
            key == name_key(getattr(city, f"name_{code}")) for code in LANGUAGE_CODES
        ):
            return city
    return None


# --- The partner index ---


def live_partners(index):
    partners = apps.get_model("partners", "PartnerPage").objects
    return partners.live().public().child_of(index)


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
    return list(apps.get_model("partners", "City").objects.order_by("slug"))


def partner_index_listing(index, request):
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


# --- The home page's logo wall ---


def logo_wall(count):
    """Live partners in the editors' order, with their logos' renditions."""
    logos = get_image_model().objects.prefetch_renditions(*WALL_RENDITIONS)
    partners = (
        apps.get_model("partners", "PartnerPage")
        .objects.live()
        .public()
        .order_by("path")
        .prefetch_related(Prefetch("logo", queryset=logos))
    )
    return list(partners[:count])


# --- A city's page ---


def city_endorsements(city):
    """The statements the city endorsed: approved endorsements of live statements."""
    return (
        city.endorsements.filter(status="approved", statement__live=True)
        .select_related("statement")
        .order_by("-endorsed_on", "pk")
    )


def city_page_context(city, request):
    """What a city's page shows: its partners, the stories and publications that
    belong to it (registered in campaign/registry.py) and the statements it
    endorsed, each in a fixed number of queries."""
    partners = list(partner_cards(city.partners.live().public()).order_by("path"))
    sections = {
        name: list(pages(city)[:CITY_PAGES])
        for name, pages in registry.city_sections.items()
    }
    city.url = request.path
    return {
        "city": city,
        "city_partners": partners,
        **sections,
        "city_endorsements": list(city_endorsements(city)),
        "city_map": city_map([city]) if city.has_coordinates else None,
        "meta_object": city,
    }
