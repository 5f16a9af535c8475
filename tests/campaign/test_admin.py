import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from campaign.models import HomePage, SiteChrome, StandardPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "es", "ar")


HOME_TEXT_FIELDS = (
    "title",
    "hero_title",
    "introduction",
    "call_to_action_label",
    "hero_image_alt",
    "hero_image_credit",
    "initiative",
)


def key_figures(heading, *figures):
    """Form data for the home page's key figures block: (value, label) pairs."""
    items = [
        ("item", {"value": value, "label": label, "source": ""})
        for value, label in figures
    ]
    return streamfield(
        [("key_figures", {"heading": heading, "figures": streamfield(items)})]
    )


def home_form(home, **overrides):
    """The home page's edit form as the admin posts it, filled with its content;
    the stream fields start empty unless overridden."""
    data = {"comments": inline_formset([])}
    for code in LANGUAGES:
        for name in HOME_TEXT_FIELDS:
            data[f"{name}_{code}"] = getattr(home, f"{name}_{code}") or ""
        data[f"slug_{code}"] = getattr(home, f"slug_{code}") or ""
        for name in ("key_figures", "take_part", "body"):
            data[f"{name}_{code}"] = streamfield([])
    data["call_to_action_page"] = home.call_to_action_page_id
    data["initiative_page"] = home.initiative_page_id
    data["hero_image"] = home.hero_image_id
    data.update(overrides)
    return nested_form_data(data)


def test_editor_sees_all_four_languages_of_the_home_page(admin_client, demo):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[demo.pk]))
    html = response.content.decode()

    assert response.status_code == 200
    for code in LANGUAGES:
        for name in ("hero_title", "introduction", "hero_image_alt", "initiative"):
            assert f'name="{name}_{code}"' in html
        assert f"key_figures_{code}" in html and f"take_part_{code}" in html


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


def test_editor_publishes_key_figures_and_the_hero_in_four_languages(
    admin_client, client, demo
):
    url = reverse("wagtailadmin_pages:edit", args=[demo.pk])
    figures = {
        "en": key_figures("In figures", ("12", "cities on board")),
        "fr": key_figures("En chiffres", ("12", "villes engagées")),
        "es": key_figures("En cifras", ("12", "ciudades comprometidas")),
        "ar": key_figures("بالأرقام", ("12", "مدينة منخرطة")),
    }
    fields = {f"key_figures_{code}": value for code, value in figures.items()}
    fields.update(
        initiative_en="Run by a working group.",
        initiative_fr="Menée par un groupe de travail.",
        initiative_es="Impulsada por un grupo de trabajo.",
        initiative_ar="يديرها فريق عامل.",
        hero_image_alt_ar="رسم لجيران أمام مدينة",
    )

    response = admin_client.post(
        url, home_form(demo, **fields, **{"action-publish": "publish"})
    )

    assert response.status_code == 302, response.context["form"].errors
    expected = {
        "en": ("cities on board", "Run by a working group."),
        "fr": ("villes engagées", "Menée par un groupe de travail."),
        "es": ("ciudades comprometidas", "Impulsada por un grupo de trabajo."),
        "ar": ("مدينة منخرطة", "يديرها فريق عامل."),
    }
    for code, texts in expected.items():
        html = client.get(f"/{code}/").content.decode()
        for text in texts:
            assert text in html, (code, text)
    assert 'alt="رسم لجيران أمام مدينة"' in client.get("/ar/").content.decode()


def test_editor_sets_the_identity_per_language_and_picks_a_palette(
    admin_client, site, client
):
    url = reverse("wagtailsettings:edit", args=["campaign", "sitechrome", site.pk])
    html = admin_client.get(url).content.decode()
    for code in LANGUAGES:
        assert f'name="campaign_name_{code}"' in html
        assert f'name="claim_{code}"' in html
    chrome = SiteChrome.for_site(site)
    chrome.palette = "dusk"
    chrome.claim_ar = "سرديات متوازنة"
    chrome.save()

    html = client.get("/ar/").content.decode()

    assert '<body class="palette-dusk' in html
    assert "سرديات متوازنة" in html
    assert 'class="mark"' in html  # the drawn mark while no logo is uploaded
