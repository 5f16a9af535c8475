"""Editors create every campaign page type in four languages, and each renders in
each language with the right lang and dir."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from campaign.models import (
    ArticlePage,
    CampaignIndexPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
)

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "fr", "es", "ar")
TITLES = {
    "en": "Cities listen",
    "fr": "Les villes écoutent",
    "es": "Las ciudades escuchan",
    "ar": "المدن تصغي",
}


def form(translated, **fields):
    data = {"comments": inline_formset([]), **fields}
    for code in LANGUAGES:
        data[f"title_{code}"] = TITLES[code]
        data[f"slug_{code}"] = f"cities-listen-{code}"
        for name in translated:
            data[f"{name}_{code}"] = f"{name} in {code}"
        data[f"body_{code}"] = streamfield([])
    data["action-publish"] = "publish"
    return nested_form_data(data)


CASES = [
    (
        CampaignPage,
        ["summary", "hero_image_alt", "hero_image_credit"],
        {
            "hashtags": "#CitiesAreListening",
            "start_date": "2021-05-04",
            "end_date": "",
        },
    ),
    (ArticlePage, ["summary", "author", "lead_image_alt"], {"date": "2021-06-01"}),
    (
        EventPage,
        ["summary", "venue", "organisers", "image_alt"],
        {
            "start_date": "2021-05-04",
            "start_time": "14:00",
            "end_date": "2021-05-04",
            "end_time": "16:00",
            "time_zone": "Europe/Rome",
            "attendance": "online",
            "registration_url": "https://example.org/register",
        },
    ),
]


@pytest.mark.parametrize(("model", "translated", "fields"), CASES)
def test_editor_creates_each_page_type_in_four_languages(
    admin_client, client, demo, model, translated, fields
):
    parent_model = {
        CampaignPage: CampaignIndexPage,
        ArticlePage: NewsIndexPage,
        EventPage: EventIndexPage,
    }[model]
    parent = parent_model.objects.get()
    url = reverse(
        "wagtailadmin_pages:add",
        args=["campaign", model._meta.model_name, parent.pk],
    )

    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, form(translated, **fields))

    assert response.status_code == 302, response.context["form"].errors
    page = model.objects.get(title_en=TITLES["en"])
    assert page.live
    for code in LANGUAGES:
        html = client.get(
            f"/{code}/{parent.slug}/cities-listen-{code}/"
        ).content.decode()
        direction = "rtl" if code == "ar" else "ltr"
        assert f'<html lang="{code}" dir="{direction}">' in html, code
        assert TITLES[code] in html
        assert f"summary in {code}" in html


@pytest.mark.parametrize("model", [CampaignIndexPage, NewsIndexPage, EventIndexPage])
def test_index_pages_render_in_each_language(client, demo, model):
    index = model.objects.get()
    assert model in HomePage.allowed_subpage_models()
    for code in LANGUAGES:
        response = client.get(
            f"/{code}/{getattr(index, f'slug_{code}') or index.slug}/"
        )
        direction = "rtl" if code == "ar" else "ltr"
        assert response.status_code == 200
        assert f'<html lang="{code}" dir="{direction}">' in response.content.decode()


def test_event_at_a_venue_needs_a_place(admin_client, demo):
    parent = EventIndexPage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["campaign", "eventpage", parent.pk])
    fields = dict(CASES[2][2], attendance="venue", time_zone="Mars/Olympus")

    response = admin_client.post(url, form([], **fields))

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "time_zone" in errors and "city" in errors
