import io
from urllib.parse import quote

import feedparser
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.test.utils import WagtailPageTestCase

from campaign.search import page_search
from publications.forms import check_document_file
from publications.models import (
    DocumentFacts,
    PublicationIndexPage,
    PublicationPage,
)
from publications.tasks import read_document

from .conftest import make_document, pdf_bytes


def page_url(page, language):
    with translation.override(language):
        return page.url


@pytest.fixture
def note(library):
    return PublicationPage.objects.get(slug_en="pln-28")


@pytest.mark.django_db
def test_editions_named_and_the_visitors_first(client, note):
    html = client.get(page_url(note, "es")).content.decode()
    assert 'lang="es" dir="ltr"' in html
    # The Spanish edition comes first for a Spanish reader.
    html = html[html.index('class="downloads"') :]
    first = html.index('hreflang="es"')
    assert first < html.index('hreflang="en"') and first < html.index('hreflang="fr"')
    html = client.get(page_url(note, "en")).content.decode()
    assert "Available in English, French and Spanish." in html
    assert "There is no" not in html
    assert "peer-learning-note-28-en.pdf" in html
    assert "PDF, " in html and "3 pages" in html


@pytest.mark.django_db
def test_an_arabic_reader_is_told_there_is_no_arabic_edition(client, note):
    response = client.get(page_url(note, "ar"))
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert response.context["own_edition"] is None
    assert [e.language for e in response.context["editions"]] == ["en", "fr", "es"]
    assert "language-note" in html


@pytest.mark.django_db
def test_page_shows_event_lessons_citation_and_feed_link(client, note):
    html = client.get(page_url(note, "en")).content.decode()
    assert "Peer Learning Note #28" in html
    assert "Online" in html and "Grenoble" in html and "Sousse" in html
    assert html.count("<li>", html.index("Key lessons")) >= 9
    assert "How to cite" in html
    assert 'type="application/rss+xml"' in html


@pytest.mark.django_db
def test_metadata_for_discovery(rf, note):
    assert PublicationPage.schema_org_type == "Report"
    data = note.schema_org(rf.get("/"))
    assert data["datePublished"] == "2021-09-15"
    assert data["inLanguage"] == ["en", "fr", "es"]
    assert len(note.meta_description()) <= 200
    assert note.share_source_image() is not None  # drawn from the PDF


@pytest.mark.django_db
def test_download_headers_name_the_language(client, note):
    edition = note.editions.get(language="fr")
    response = client.get(reverse("publications:download", args=[edition.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="peer-learning-note-28-fr.pdf"'
    )
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


@pytest.mark.django_db
def test_download_of_an_arabic_title_uses_rfc5987(client, library):
    page = PublicationPage.objects.get(slug_en="communication")
    page.series = ""
    page.title_ar = "التواصل حول الهجرة"
    page.save()
    edition = page.editions.get(language="ar")
    with translation.override("ar"):
        response = client.get(reverse("publications:download", args=[edition.pk]))
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment; filename*=utf-8''")
    assert quote("التواصل-حول-الهجرة-ar.pdf") in disposition


@pytest.mark.django_db
def test_wagtail_document_serving_headers(client, note):
    """Wagtail's own /documents/ address serves PDFs inline with their type."""
    document = note.editions.get(language="en").document
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    # The stored name (another run may have added a suffix) carries the language.
    assert document.filename.startswith("peer-learning-note-28-en")
    assert document.filename in response["Content-Disposition"]


@pytest.mark.django_db
def test_draft_publication_files_are_not_offered(client, note):
    edition = note.editions.first()
    note.unpublish()
    response = client.get(reverse("publications:download", args=[edition.pk]))
    assert response.status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_feed_per_language(client, library, language):
    with translation.override(language):
        url = reverse("publications:feed")
    feed = feedparser.parse(client.get(url).content)
    assert len(feed.entries) == 7
    assert feed.entries[0].link.endswith(
        page_url(PublicationPage.objects.get(slug_en="global-compacts"), language)
    )
    with translation.override(language):
        assert feed.entries[0].title == str(
            PublicationPage.objects.get(slug_en="global-compacts").title
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language,query",
    [
        ("en", "Citizenship"),
        ("fr", "citoyenneté"),
        ("es", "Grenoble"),
        ("ar", "غرونوبل"),
        ("en", "Valencia"),
    ],
)
def test_site_search_finds_publications_by_title_summary_and_city(
    library, language, query
):
    with translation.override(language):
        found = [page.pk for page in page_search(query)]
    assert PublicationPage.objects.get(slug_en="pln-28").pk in found


# --- Files ---


@pytest.mark.django_db
def test_background_task_counts_pages_and_draws_a_real_png(library):
    document = make_document(data=pdf_bytes(pages=3))
    read_document.call(document_id=document.pk)
    facts = DocumentFacts.objects.get(document=document)
    assert facts.page_count == 3
    with facts.first_page.file.open("rb") as handle:
        data = handle.read()
    assert data.startswith(b"\x89PNG")
    image = Image.open(io.BytesIO(data))
    assert abs(image.width - 800) <= 1 and image.height > image.width
    # Not a blank page: the cover band and title are drawn.
    assert len(image.getcolors(1 << 20)) > 10


@pytest.mark.django_db
def test_upload_enqueues_the_reading_on_commit(
    library, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document()
    assert DocumentFacts.objects.get(document=document).page_count == 3


def test_document_checks():
    check_document_file(SimpleUploadedFile("a.pdf", pdf_bytes()))
    for name, data, message in [
        ("a.pdf", b"PK\x03\x04 not a pdf", "not a PDF"),
        ("a.pdf", b"%PDF-1.7\n garbage", "cannot be opened"),
    ]:
        with pytest.raises(Exception, match=message):
            check_document_file(SimpleUploadedFile(name, data))


@pytest.mark.django_db
def test_admin_upload_of_a_fake_pdf_gets_a_clear_message(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Fake",
            "collection": 1,
            "file": SimpleUploadedFile("fake.pdf", b"<html>not a pdf</html>"),
        },
    )
    assert response.status_code == 200
    assert (
        "This file is named .pdf but is not a PDF document."
        in response.content.decode()
    )
    assert not get_document_model().objects.filter(title="Fake").exists()


@pytest.mark.django_db
def test_admin_upload_over_the_limit_gets_a_clear_message(
    admin_client, settings, monkeypatch
):
    monkeypatch.setattr("publications.forms.MAX_DOCUMENT_SIZE", 1000)
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Big",
            "collection": 1,
            "file": SimpleUploadedFile("big.pdf", pdf_bytes()),
        },
    )
    html = response.content.decode()
    assert "the limit is 1000" in html.replace("\xa0", " ")
    assert not get_document_model().objects.filter(title="Big").exists()


@pytest.mark.django_db
def test_admin_upload_of_a_real_pdf_works(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Real",
            "collection": 1,
            "file": SimpleUploadedFile("real.pdf", pdf_bytes()),
        },
    )
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Real").exists()


# --- Admin creation ---


class TestCreation(WagtailPageTestCase):
    def setUp(self):
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.create_superuser("boss", "b@example.org", "x")
        self.client.force_login(user)

    def test_library_allowed_under_home_and_publication_creatable(self):
        from wagtail.test.utils.form_data import inline_formset, nested_form_data

        from campaign.models import HomePage

        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})
        self.assertAllowedParentPageTypes(PublicationIndexPage, {HomePage})
        library = PublicationIndexPage.objects.get()
        note = PublicationPage.objects.get(slug_en="pln-25")
        document = note.editions.first().document
        data = {
            "publication_date": "2024-01-31",
            "publication_type": note.publication_type_id,
        }
        for code in ("en", "fr", "es", "ar"):
            data[f"title_{code}"] = f"New {code}"
            data[f"slug_{code}"] = f"new-{code}"
            data[f"summary_{code}"] = f"Summary {code}"
        data["editions"] = inline_formset(
            [
                {"language": "en", "document": document.pk},
                {"language": "ar", "document": document.pk},
            ]
        )
        self.assertCanCreate(library, PublicationPage, nested_form_data(data))
        page = PublicationPage.objects.get(slug_en="new-en")
        self.assertEqual(page.edition_languages(), ["en", "ar"])
