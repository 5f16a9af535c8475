import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from campaign.models import HomePage, SiteChrome, StandardPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "es", "ar")


def home_form(home, **overrides):
    data = {"comments": inline_formset([])}
    for code in LANGUAGES:
        data[f"title_{code}"] = getattr(home, f"title_{code}")
        data[f"slug_{code}"] = getattr(home, f"slug_{code}") or ""
        data[f"hero_title_{code}"] = getattr(home, f"hero_title_{code}")
        data[f"introduction_{code}"] = getattr(home, f"introduction_{code}")
        data[f"call_to_action_label_{code}"] = getattr(
            home, f"call_to_action_label_{code}"
        )
        data[f"body_{code}"] = streamfield([])
    data["call_to_action_page"] = home.call_to_action_page_id
    data.update(overrides)
    return nested_form_data(data)


def test_editor_sees_all_four_languages_of_the_home_page(admin_client, demo):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[demo.pk]))
    html = response.content.decode()

    assert response.status_code == 200
    for code in LANGUAGES:
        assert f'name="hero_title_{code}"' in html
        assert f'name="introduction_{code}"' in html


def test_editor_publishes_the_home_page_in_all_four_languages(
    admin_client, client, demo
):
    url = reverse("wagtailadmin_pages:edit", args=[demo.pk])
    new_titles = {
        "hero_title_en": "Cities together",
        "hero_title_fr": "Villes ensemble",
        "hero_title_es": "Ciudades juntas",
        "hero_title_ar": "مدن معاً",
    }

    response = admin_client.post(
        url, home_form(demo, **new_titles, **{"action-publish": "publish"})
    )

    assert response.status_code == 302, response.context["form"].errors
    home = HomePage.objects.get(pk=demo.pk)
    for name, value in new_titles.items():
        assert getattr(home, name) == value
    assert "مدن معاً" in client.get("/ar/").content.decode()
    assert "Villes ensemble" in client.get("/fr/").content.decode()


def test_home_page_cannot_be_published_without_an_english_hero_title(
    admin_client, demo
):
    url = reverse("wagtailadmin_pages:edit", args=[demo.pk])

    response = admin_client.post(
        url, home_form(demo, hero_title_en="", **{"action-publish": "publish"})
    )

    assert response.status_code == 200
    assert "hero_title_en" in response.context["form"].errors
    assert HomePage.objects.get(pk=demo.pk).hero_title_en != ""


def test_editor_can_add_a_standard_page_under_home(admin_client, demo):
    url = reverse("wagtailadmin_pages:add", args=["campaign", "standardpage", demo.pk])
    data = {"comments": inline_formset([])}
    for code in LANGUAGES:
        data[f"title_{code}"] = ""
        data[f"slug_{code}"] = ""
        data[f"introduction_{code}"] = ""
        data[f"body_{code}"] = streamfield([])
    data.update(
        title_en="Press", slug_en="press", title_ar="الصحافة", slug_ar="الصحافة"
    )

    response = admin_client.post(url, nested_form_data(data))

    assert response.status_code == 302, response.context["form"].errors
    page = StandardPage.objects.get(slug_en="press")
    assert page.title_ar == "الصحافة"


def test_editor_manages_navigation_labels_per_language(admin_client, site, client):
    chrome = SiteChrome.for_site(site)
    link = chrome.navigation_links.first()
    link.label_ar = "تعرّفوا على الحملة"
    link.save()

    html = client.get("/ar/").content.decode()

    assert "تعرّفوا على الحملة" in html
    assert "About the campaign" in client.get("/en/").content.decode()


def test_settings_editor_shows_translated_fields(admin_client, site):
    url = reverse("wagtailsettings:edit", args=["campaign", "sitechrome", site.pk])

    html = admin_client.get(url).content.decode()

    for code in LANGUAGES:
        assert f'name="footer_text_{code}"' in html
