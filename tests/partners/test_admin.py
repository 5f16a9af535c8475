"""Editors create and edit every kind of partner, cities and topics in four
languages; a logo without its description is refused."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from partners.models import City, PartnerKind, PartnerPage, Topic

from .conftest import make_logo

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "es", "ar")
NAMES = {
    "en": "Welcome Network",
    "fr": "Réseau d'accueil",
    "es": "Red de acogida",
    "ar": "شبكة الاستقبال",
}


def partner_form(kind, slug, **overrides):
    data = {"comments": inline_formset([]), "social_accounts": inline_formset([])}
    for code in LANGUAGES:
        data[f"title_{code}"] = f"{NAMES[code]} {slug}"
        data[f"slug_{code}"] = ""
        data[f"summary_{code}"] = f"{NAMES[code]}: summary"
        data[f"role_{code}"] = f"{NAMES[code]}: role"
        data[f"description_{code}"] = rich_text(f"<p>{NAMES[code]}</p>")
        data[f"logo_alt_{code}"] = ""
    data.update(slug_en=slug, kind=kind, acronym="WN", country="TN", website="")
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.parametrize("kind", PartnerKind.values)
def test_each_kind_of_partner_is_created_in_four_languages(admin_client, index, kind):
    url = reverse("wagtailadmin_pages:add", args=["partners", "partnerpage", index.pk])
    sfax = City.objects.get(slug="sfax")

    response = admin_client.post(
        url,
        partner_form(
            kind,
            f"new-{kind}",
            city=sfax.pk,
            social_accounts=inline_formset(
                [{"network": "Mastodon", "url": "https://example.org/@wn"}]
            ),
            **{"action-publish": "publish"},
        ),
    )

    assert response.status_code == 302, response.context["form"].errors
    partner = PartnerPage.objects.get(slug_en=f"new-{kind}")
    assert partner.live and partner.kind == kind and partner.city == sfax
    for code in LANGUAGES:
        assert getattr(partner, f"title_{code}").startswith(NAMES[code])
        assert getattr(partner, f"role_{code}") == f"{NAMES[code]}: role"
    assert partner.social_accounts.get().network == "Mastodon"


def test_a_partner_is_edited_in_four_languages(admin_client, index, client):
    partner = PartnerPage.objects.get(slug_en="uclg")
    url = reverse("wagtailadmin_pages:edit", args=[partner.pk])
    html = admin_client.get(url).content.decode()
    for code in LANGUAGES:
        assert f'name="role_{code}"' in html
        assert f'name="logo_alt_{code}"' in html

    data = partner_form(
        PartnerKind.CITY_NETWORK,
        "uclg",
        logo=partner.logo_id,
        logo_alt_en="UCLG logo",
        role_ar="تشارك في توجيه الآلية",
        **{"action-publish": "publish"},
    )
    response = admin_client.post(url, data)

    assert response.status_code == 302, response.context["form"].errors
    with translation.override("ar"):
        arabic_url = PartnerPage.objects.get(pk=partner.pk).url
    assert "تشارك في توجيه الآلية" in client.get(arabic_url).content.decode()


def test_a_logo_without_alt_text_is_refused(admin_client, index):
    url = reverse("wagtailadmin_pages:add", args=["partners", "partnerpage", index.pk])
    logo = make_logo()

    response = admin_client.post(
        url, partner_form("business", "no-alt", logo=logo.pk, **{"action-publish": "1"})
    )

    assert response.status_code == 200
    assert "logo_alt_en" in response.context["form"].errors
    assert not PartnerPage.objects.filter(slug_en="no-alt").exists()


def test_a_logo_without_alt_text_is_refused_outside_the_admin_too(index):
    partner = PartnerPage(title="X", slug="x", kind="business", logo=make_logo())
    with pytest.raises(ValidationError, match="alt text"):
        index.add_child(instance=partner)


def test_cities_are_edited_in_four_languages(admin_client, demo):
    url = reverse("wagtailsnippets_partners_city:add")
    html = admin_client.get(url).content.decode()
    for code in LANGUAGES:
        assert f'name="name_{code}"' in html

    response = admin_client.post(
        url,
        {
            "name_en": "Tunis",
            "name_fr": "Tunis",
            "name_es": "Túnez",
            "name_ar": "تونس",
            "slug": "tunis",
            "country": "TN",
            "latitude": "36.80650",
            "longitude": "10.18150",
        },
    )

    assert response.status_code == 302
    assert City.objects.get(slug="tunis").name_ar == "تونس"


def test_topics_are_edited_in_four_languages(admin_client, demo):
    topic = Topic.objects.first()
    url = reverse("wagtailsnippets_partners_topic:edit", args=[topic.pk])
    html = admin_client.get(url).content.decode()
    for code in LANGUAGES:
        assert f'name="name_{code}"' in html


def test_moderators_correct_a_storys_city_in_the_story_form(admin_client, demo):
    from stories.models import StoryPage

    story = StoryPage.objects.get(city="Lisbon")
    url = reverse("wagtailadmin_pages:edit", args=[story.pk])

    html = admin_client.get(url).content.decode()

    assert 'name="place"' in html
