import pytest

pytestmark = pytest.mark.django_db


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_sitemap_lists_the_live_pages(client, demo):
    response = client.get("/sitemap-pages.xml")  # a part of the index at /sitemap.xml

    assert response.status_code == 200
    xml = response.content.decode()
    assert "<loc>http://testserver/en/about/</loc>" in xml
    assert "<loc>http://testserver/fr/a-propos/</loc>" in xml
    assert 'hreflang="es" href="http://testserver/es/acerca-de/"' in xml
    assert 'hreflang="x-default"' in xml
