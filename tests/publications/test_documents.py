"""A document's first page, drawn in the background as the cover of its
publication: only for documents anyone may read, gone with the document, and
bounded in pixels whatever the page's proportions."""

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.db.models.fields.files import FieldFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from publications.models import DocumentFacts, PublicationPage
from publications.tasks import pdf_facts, read_document

from .conftest import make_document, pdf_bytes


def blank_pdf(width, height):
    pdf = pdfium.PdfDocument.new()
    pdf.new_page(width, height)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def private(demo):
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def drawn_files():
    folder = Path(settings.MEDIA_ROOT) / "original_images"
    return {path.name for path in folder.glob("first-page-*")}


def in_the_api(client, image):
    return client.get(f"/api/v2/images/{image.pk}/").status_code == 200


def test_a_private_document_gets_no_public_picture_of_its_first_page(client, private):
    before = drawn_files()
    document = make_document()
    document.collection = private
    document.save()

    read_document.call(document_id=document.pk)

    facts = DocumentFacts.objects.get(document=document)
    assert facts.page_count == 3  # what is known is kept
    assert facts.first_page is None
    assert drawn_files() == before
    assert (
        not get_image_model()
        .objects.filter(title__contains="(first page)")
        .filter(title__startswith=document.title)
    )


def test_the_first_page_goes_when_the_collection_becomes_private(
    client, demo, django_capture_on_commit_callbacks
):
    collection = Collection.get_first_root_node().add_child(name="Drafts")
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document()
        document.collection = collection
        document.save()
    drawn = DocumentFacts.objects.get(document=document).first_page
    assert in_the_api(client, drawn)

    with django_capture_on_commit_callbacks(execute=True):
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )

    assert DocumentFacts.objects.get(document=document).first_page is None
    assert not get_image_model().objects.filter(pk=drawn.pk).exists()
    assert not in_the_api(client, drawn)


def test_the_first_page_is_deleted_with_its_document(
    demo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document()
    drawn = DocumentFacts.objects.get(document=document).first_page

    document.delete()

    assert not get_image_model().objects.filter(pk=drawn.pk).exists()


@pytest.mark.parametrize(
    ("size", "drawn"),
    [
        ((54, 14400), (800, 1200)),  # a scroll: drawn from its top
        ((595, 842), (800, 1132)),  # A4
        ((14400, 54), (800, 3)),  # a strip: no cover
        ((14400, 14400), (800, 800)),
        ((3, 3), (800, 800)),
        ((3, 14400), (800, 1200)),
    ],
)
def test_drawing_is_bounded_whatever_the_page_size(size, drawn):
    count, png = pdf_facts(blank_pdf(*size))

    assert count == 1
    if drawn[1] < 40:
        assert png is None
    else:
        image = Image.open(io.BytesIO(png))
        assert abs(image.width - drawn[0]) <= 1
        assert abs(image.height - drawn[1]) <= 1


@pytest.mark.parametrize(
    "data", [b"%PDF-1.7\n garbage", b"\x00" * 100, pdf_bytes()[:400]]
)
def test_a_damaged_file_is_logged_not_raised(demo, data, caplog):
    document = make_document(data=data)

    read_document.call(document_id=document.pk)

    assert DocumentFacts.objects.get(document=document).first_page is None
    assert "Could not read document" in caplog.text


def test_a_huge_drawing_from_before_never_breaks_the_publication_page(client, library):
    note = PublicationPage.objects.live().first()
    edition = note.editions.first()
    huge = io.BytesIO()
    Image.new("RGB", (800, 30000), "white").save(huge, "PNG")
    drawn = DocumentFacts.objects.get(document=edition.document).first_page
    drawn.file.save("old-first-page.png", ContentFile(huge.getvalue()), save=False)
    drawn.width, drawn.height = 800, 30000
    drawn.save()
    note.cover = None
    note.save()

    for code in ("en", "ar"):
        with translation.override(code):
            url = note.url
        assert client.get(url).status_code == 200


# --- Serving documents ---


def test_a_private_edition_is_not_downloaded_without_login(client, library, private):
    note = PublicationPage.objects.live().first()
    edition = note.editions.first()
    edition.document.collection = private
    edition.document.save()

    response = client.get(reverse("publications:download", args=[edition.pk]))

    assert response.status_code == 302
    assert response.url == edition.document.url  # Wagtail's view asks for a login
    assert client.get(response.url).status_code == 302  # to the login page
    assert "/login/" in client.get(response.url).url


def no_local_path(file):
    raise NotImplementedError("no local path, as on S3")


def test_documents_stream_through_the_site_from_a_storage_with_addresses(
    client, demo, monkeypatch
):
    """On S3 (files with addresses, no local path) a document would be a redirect
    to the bucket, where no privacy holds: it is streamed by the site, with the
    site's headers."""
    monkeypatch.setattr(FieldFile, "path", property(no_local_path))
    document = make_document("board-minutes.pdf")

    response = client.get(document.url)

    assert document.url.startswith("/documents/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_the_proxy_never_serves_documents_from_the_bucket():
    caddyfile = (Path(__file__).resolve().parents[2] / "deploy/Caddyfile").read_text()

    refused = caddyfile.index("handle /media/documents/* {\n\t\trespond 404")
    assert refused < caddyfile.index("handle_path /media/* {")
