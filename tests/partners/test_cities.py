"""One city, one identity: typed names are matched to known cities, and a city's
name in any language finds its stories."""

import pytest
from django.core.management import call_command

from partners.models import City
from partners.selectors import city_for, name_key
from stories import services
from stories.models import StoryIndexPage, StoryPage
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "country", "slug"),
    [
        ("Seville", "ES", "seville"),
        ("SEVILLA", "ES", "seville"),
        ("séville", "ES", "seville"),
        ("  إشبيلية ", "ES", "seville"),
        ("Sao Paulo", "BR", "sao-paulo"),
        ("são-paulo", "BR", "sao-paulo"),
        ("صفاقس", "TN", "sfax"),
        ("Malines", "BE", "mechelen"),
    ],
)
def test_a_typed_city_is_matched_in_any_language(demo, typed, country, slug):
    assert city_for(typed, country) == City.objects.get(slug=slug)


@pytest.mark.parametrize(
    ("typed", "country"),
    [("Seville", "FR"), ("Sevil", "ES"), ("", "ES"), ("Sfax", ""), ("!!!", "TN")],
)
def test_no_match_without_the_same_name_and_country(demo, typed, country):
    assert city_for(typed, country) is None


def test_name_key_ignores_case_accents_and_arabic_vowel_marks():
    assert name_key("Séville") == name_key("SEVILLE")
    assert name_key("صَفَاقِس") == name_key("صفاقس")


def test_a_submitted_story_is_matched_to_its_city(demo):
    index = StoryIndexPage.objects.get()
    submission = services.story_submit(
        index=index,
        data={
            "title": "Une cuisine de quartier",
            "body": "Chaque jeudi, la cuisine du quartier ouvre ses portes.",
            "story_language": "fr",
            "city": "séville",
            "country": "ES",
            "organisation": "Cuisine",
            "organisation_type": "civil",
            "name": "A",
            "email": "a@example.org",
            "consent_publication": True,
            "consent_privacy": True,
        },
        language="fr",
    )

    assert submission.story.place == City.objects.get(slug="seville")
    assert submission.story.city == "séville"


def test_demo_stories_are_linked_to_their_cities_and_reloading_adds_nothing(demo):
    linked = dict(StoryPage.objects.values_list("city", "place__slug"))
    assert linked["Sevilla"] == "seville"
    assert linked["صفاقس"] == "sfax"
    counts = (City.objects.count(), StoryPage.objects.count())

    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert (City.objects.count(), StoryPage.objects.count()) == counts


# --- Search ---

NAMES = {"en": "Seville", "fr": "Séville", "es": "Sevilla", "ar": "إشبيلية"}


@pytest.fixture
def hidden_story(demo):
    """A story whose text never names its city: only the relation can find it."""
    return StoryPageFactory(
        parent=StoryIndexPage.objects.get(),
        title="Neighbours open a tool library",
        body="<p>Drills and ladders now circulate between old and new residents.</p>",
        city="Triana",
        country="ES",
        place=City.objects.get(slug="seville"),
    )


@pytest.mark.parametrize("code", NAMES)
def test_site_search_finds_a_citys_stories_by_its_name_in_each_language(
    client, hidden_story, code
):
    html = client.get("/en/search/", {"q": NAMES[code]}).content.decode()

    assert "Neighbours open a tool library" in html


@pytest.mark.parametrize("code", NAMES)
def test_the_story_list_search_finds_a_citys_stories_in_each_language(
    client, hidden_story, code
):
    html = client.get("/en/stories/", {"q": NAMES[code]}).content.decode()

    assert "Neighbours open a tool library" in html


def test_renaming_a_city_reindexes_its_stories(client, hidden_story):
    seville = City.objects.get(slug="seville")
    seville.name_fr = "Sévillenouvelle"
    seville.save()

    html = client.get("/en/search/", {"q": "Sévillenouvelle"}).content.decode()

    assert "Neighbours open a tool library" in html


def test_an_arabic_search_finds_a_story_written_in_spanish(client, demo):
    html = client.get("/ar/search/", {"q": "إشبيلية"}).content.decode()

    assert "Sevilla reequilibra el relato sobre la migración" in html
