import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image
from wagtail.images import get_image_model

from partners.models import City, PartnerIndexPage, PartnerPage


@pytest.fixture
def index(demo):
    return PartnerIndexPage.objects.get()


@pytest.fixture
def seville(demo):
    return City.objects.get(slug="seville")


def make_logo(name="logo"):
    output = io.BytesIO()
    Image.new("RGB", (240, 120), (20, 100, 120)).save(output, "PNG")
    return get_image_model().objects.create(
        title=name, file=ContentFile(output.getvalue(), name=f"{name}.png")
    )


def add_partner(index, number, **fields):
    partner = PartnerPage(
        title=f"Partner {number}",
        slug=f"partner-{number}",
        kind=fields.pop("kind", "civil-society"),
        **fields,
    )
    index.add_child(instance=partner)
    partner.save_revision().publish()
    return partner
