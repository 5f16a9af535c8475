import datetime
import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image
from wagtail.documents import get_document_model

from partners.models import City, Topic
from publications.demo import make_pdf
from publications.models import (
    Programme,
    PublicationEdition,
    PublicationIndexPage,
    PublicationPage,
    PublicationType,
)


@pytest.fixture
def library(demo):
    """The demo library, its files read when the demo was committed."""
    return PublicationIndexPage.objects.get()


def pdf_bytes(pages=3, language="en"):
    lessons = [f"Lesson {n}" for n in range(1, 3 * pages)]
    data = make_pdf("Peer Learning Note #1", "A title", "A summary.", lessons, language)
    return data


def png_bytes():
    output = io.BytesIO()
    Image.new("RGB", (20, 20), "teal").save(output, "PNG")
    return output.getvalue()


def make_document(name="note-en.pdf", data=None):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(data or pdf_bytes()), save=False)
    document.save()
    return document


def add_publications(index, count, document, prefix="generated"):
    """``count`` generated publications with facets that rotate: type, year,
    language, topic, city and programme, to check filters on more than the demo."""
    kinds = [
        PublicationType.objects.get_or_create(
            slug=f"kind-{n}", defaults={"name_en": f"Kind {n}"}
        )[0]
        for n in range(3)
    ]
    programmes = [
        Programme.objects.get_or_create(
            slug=f"prog-{n}", defaults={"name_en": f"Programme {n}"}
        )[0]
        for n in range(2)
    ]
    cities = [
        City.objects.get_or_create(
            slug=f"town-{n}", defaults={"name_en": f"Town {n}", "country": "FR"}
        )[0]
        for n in range(4)
    ]
    topics = [
        Topic.objects.get_or_create(
            slug=f"subject-{n}", defaults={"name_en": f"Subject {n}"}
        )[0]
        for n in range(5)
    ]
    languages = ["en", "fr", "es", "ar"]
    pages = []
    for n in range(count):
        page = PublicationPage(
            title=f"Generated {n}",
            slug=f"{prefix}-{n}",
            publication_type=kinds[n % 3],
            programme=programmes[n % 2],
            publication_date=datetime.date(2010 + n % 7, 1 + n % 12, 1),
            summary=f"Summary {n}",
            number=n,
        )
        page.editions.add(
            PublicationEdition(language=languages[n % 4], document=document)
        )
        page.cities = [cities[n % 4]]
        page.topics = [topics[n % 5]]
        index.add_child(instance=page)
        pages.append(page)
    return pages
