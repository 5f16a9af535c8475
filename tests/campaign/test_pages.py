import re

import pytest
from django.utils import translation

from campaign.models import StandardPage

pytestmark = pytest.mark.django_db

HOME_TITLES = {
    "en": "Migration makes cities grow",
    "fr": "La migration fait grandir les villes",
    "es": "La migración hace crecer las ciudades",
    "ar": "الهجرة تُنمّي المدن",
}


@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_home_page_is_served_in_each_language(client, demo, code):
    """Each language prefix serves the home page in that language, with lang and dir."""
    response = client.get(f"/{code}/")
    html = response.content.decode()

    assert response.status_code == 200
    direction = "rtl" if code == "ar" else "ltr"
    assert f'<html lang="{code}" dir="{direction}">' in html
    assert HOME_TITLES[code] in html


@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_every_page_links_all_language_versions(client, demo, code):
    """hreflang links name all four languages plus x-default, with absolute URLs."""
    html = client.get(f"/{code}/").content.decode()
    links = dict(
        re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html)
    )

    assert links == {
        "en": "http://testserver/en/",
        "x-default": "http://testserver/en/",
        "fr": "http://testserver/fr/",
        "es": "http://testserver/es/",
        "ar": "http://testserver/ar/",
    }


@pytest.mark.parametrize(
    ("accept", "target"),
    [
        ("ar,en;q=0.5", "/ar/"),
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("es", "/es/"),
        ("de", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, demo, accept, target):
    response = client.get("/", headers={"accept-language": accept})

    assert response.status_code == 302
    assert response["Location"] == target


def test_language_switcher_leads_to_the_same_page_in_other_languages(client, demo):
    """On the French 'about' page the switcher points at the translated slugs."""
    html = client.get("/fr/a-propos/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]

    assert 'href="/en/about/"' in switcher
    assert 'href="/es/acerca-de/"' in switcher
    assert 'href="/ar/%D8%B9%D9%86-%D8%A7%D9%84%D8%AD%D9%85%D9%84%D8%A9/"' in switcher
    assert '<span aria-current="true" lang="fr" dir="ltr">français</span>' in switcher


def test_arabic_page_is_reachable_by_its_arabic_slug(client, demo):
    response = client.get("/ar/عن-الحملة/")

    assert response.status_code == 200
    assert "عن الحملة" in response.content.decode()


def test_untranslated_page_falls_back_and_keeps_its_address(client, demo):
    """A page written only in English is served under /ar/ with the English text."""
    home = demo
    page = StandardPage(title="Only in English", slug="only-english")
    with translation.override("en"):
        home.add_child(instance=page)

    response = client.get("/ar/only-english/")

    assert response.status_code == 200
    assert "Only in English" in response.content.decode()


def test_navigation_footer_and_skip_link_are_on_every_page(client, demo):
    html = client.get("/es/").content.decode()

    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert 'href="/es/acerca-de/">Sobre la campaña</a>' in html
    assert "#ItTakesACommunity" in html
    assert "#Cities4Migration" in html
    assert 'href="/es/privacidad/"' in html
    assert "https://x.com/uclg_org" in html


def test_public_pages_have_no_inline_scripts_or_styles(client, demo):
    """A strict CSP holds: no inline <script>, no style attributes or <style> blocks.
    JSON-LD is data, never run: the one <script> without src allowed."""
    response = client.get("/ar/")
    html = response.content.decode()

    inline = r'<script(?![^>]*\b(?:src=|type="application/ld\+json"))[^>]*>'
    assert re.search(inline, html) is None
    assert "<style" not in html
    assert " style=" not in html
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_public_pages_make_no_request_to_another_host(client, demo):
    html = client.get("/en/").content.decode()
    sources = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    external = [
        url
        for url in sources
        if not url.startswith("http://testserver/")
        and "x.com/" not in url  # plain links the visitor may follow, not loads
    ]

    assert external == []
    assert (
        re.findall(
            r'<(?:script|link|img)[^>]+(?:src|href)="https?://(?!testserver)', html
        )
        == []
    )


def test_missing_page_answers_404_in_the_visitors_language(client, demo):
    response = client.get("/fr/nowhere/")

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_search_finds_pages_in_the_current_language(client, demo):
    response = client.get("/fr/search/", {"q": "confidentialité"})

    assert response.status_code == 200
    assert 'href="/fr/confidentialite/"' in response.content.decode()


def test_home_page_shows_the_latest_stories_in_constant_queries(
    client, demo, django_assert_max_num_queries
):
    client.get("/en/")  # renditions are made once
    with django_assert_max_num_queries(32):
        html = client.get("/en/").content.decode()

    assert "Latest stories" in html
    latest = html[html.index('id="latest-heading"') :]
    latest = latest[: latest.index("</section>")]
    assert latest.count('<article class="card" lang=') == 3
    assert "Lisbon puts intercultural dialogue" in html
