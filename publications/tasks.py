"""Background work on uploaded files: a PDF's page count and its first page drawn
as an image, the cover of a publication that has none of its own."""

import io

import pypdfium2 as pdfium
from django.core.files.images import ImageFile
from django_tasks import task
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

COVER_WIDTH = 800


def pdf_facts(data):
    """(page count, PNG bytes of the first page) of a PDF given as bytes."""
    pdf = pdfium.PdfDocument(data)
    try:
        count = len(pdf)
        first = pdf[0]
        scale = COVER_WIDTH / first.get_width()
        image = first.render(scale=scale).to_pil()
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="PNG", optimize=True)
        return count, buffer.getvalue()
    finally:
        pdf.close()


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
    except pdfium.PdfiumError:
        return
    old_image = facts.first_page
    image = get_image_model()(title=f"{document.title} (first page)"[:255])
    image.file = ImageFile(io.BytesIO(png), name=f"first-page-{document.pk}.png")
    image.save()
    facts.page_count = count
    facts.first_page = image
    facts.save(update_fields=["page_count", "first_page"])
    if old_image is not None:
        old_image.delete()
