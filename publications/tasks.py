"""Background work on uploaded files: a PDF's page count and its first page drawn
as an image, the cover of a publication that has none of its own.

The drawn page is an ordinary image, served from the media storage to anyone who
has its address, so it exists only for documents anybody may read: a document in
a collection with a view restriction gets none (and loses the one it had when
the restriction comes later). Drawing is bounded: a cover is at most 800 × 1200
pixels, a taller page is drawn from its top, and a page of absurd proportions
(a strip a few pixels high) is not drawn at all.
"""

import io
import logging

import pypdfium2 as pdfium
from django.core.files.images import ImageFile
from django_tasks import task
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

logger = logging.getLogger(__name__)

COVER_WIDTH = 800
COVER_HEIGHT = 1200
MIN_COVER_HEIGHT = 40  # pixels; a thinner strip is no cover


def pdf_facts(data):
    """(page count, PNG bytes of the first page or None) of a PDF given as bytes."""
    pdf = pdfium.PdfDocument(data)
    try:
        count = len(pdf)
        if not count:
            return 0, None
        first = pdf[0]
        width, height = first.get_size()
        if width <= 0 or height <= 0:
            return count, None
        scale = COVER_WIDTH / width
        if min(height * scale, COVER_HEIGHT) < MIN_COVER_HEIGHT:
            return count, None
        # Points to leave out at the bottom, so that at most COVER_HEIGHT is drawn.
        crop_bottom = max(0.0, height - COVER_HEIGHT / scale)
        image = first.render(scale=scale, crop=(0, crop_bottom, 0, 0)).to_pil()
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="PNG", optimize=True)
        return count, buffer.getvalue()
    finally:
        pdf.close()


def is_restricted(document):
    return document.collection.get_view_restrictions().exists()


@task()
def read_document(*, document_id):
    from .models import DocumentFacts

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return
    facts, _created = DocumentFacts.objects.get_or_create(document=document)
    if document.file_extension.lower() != "pdf":
        return
    with document.open_file() as handle:
        data = handle.read()
    try:
        count, png = pdf_facts(data)
    except Exception:  # a damaged or hostile file: keep what is known, log it
        logger.warning("Could not read document %s", document_id, exc_info=True)
        return
    old_image = facts.first_page
    facts.page_count = count
    facts.first_page = None
    if png is not None and not is_restricted(document):
        image = get_image_model()(
            title=f"{document.title} (first page)"[:255],
            collection=document.collection,
        )
        image.file = ImageFile(io.BytesIO(png), name=f"first-page-{document.pk}.png")
        image.save()
        facts.first_page = image
    facts.save(update_fields=["page_count", "first_page"])
    if old_image is not None:
        old_image.delete()
