"""Share images: drawn per page and language, Arabic shaped and right to left,
cached for a year under an address that changes with the title or the image."""

import io
import re

import pytest
from django.utils import translation
from PIL import Image, ImageChops, ImageDraw, ImageFont

from campaign import share_images
from campaign.models import StandardPage
from stories.models import StoryPage

from .discovery_helpers import head_of

pytestmark = pytest.mark.django_db

ARABIC_TITLE = "صفاقس: البلدية والمجتمع المدني يداً بيد"


@pytest.fixture
def arabic_story(demo):
    return StoryPage.objects.live().get(title_ar__startswith="صفاقس")


def share_image_path(client, page, code):
    with translation.override(code):
        url = page.get_url()
    image = head_of(client.get(url)).one("og:image")
    return image.removeprefix("http://testserver")


def test_arabic_story_share_image_is_served_and_cached(client, arabic_story):
    path = share_image_path(client, arabic_story, "ar")
    assert re.fullmatch(
        rf"/share-images/{arabic_story.pk}-ar-[0-9a-f]{{12}}\.png", path
    )

    response = client.get(path)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    image = Image.open(io.BytesIO(response.content))
    assert image.size == (1200, 630)
    # Stored in the default storage: the second request reads it back.
    from django.core.files.storage import default_storage

    assert default_storage.exists("share-images/" + path.rsplit("/", 1)[1])
    assert client.get(path).content == response.content


def render(text, layout, **options):
    font = ImageFont.truetype(
        str(share_images.FONT_DIR / "NotoSansArabic-Bold.ttf"), 64, layout_engine=layout
    )
    image = Image.new("L", (1400, 160), 0)
    ImageDraw.Draw(image).text((20, 20), text, font=font, fill=255, **options)
    return image


def test_arabic_is_shaped_by_raqm():
    """raqm joins the letters and orders them right to left; the basic layout
    draws isolated letters left to right. The two must differ."""
    shaped = render(ARABIC_TITLE, ImageFont.Layout.RAQM, direction="rtl", language="ar")
    basic = render(ARABIC_TITLE, ImageFont.Layout.BASIC)

    assert ImageChops.difference(shaped, basic).getbbox() is not None


def white_box(png):
    image = Image.open(io.BytesIO(png)).convert("RGB").crop((0, 0, 1200, 500))
    red, green, blue = image.split()
    only_white = ImageChops.darker(ImageChops.darker(red, green), blue)
    return only_white.point(lambda value: 255 if value == 255 else 0).getbbox()


def test_arabic_title_is_right_aligned_and_english_left_aligned():
    arabic = white_box(share_images.draw(ARABIC_TITLE, "ar"))
    english = white_box(share_images.draw("Neighbours who cook together", "en"))

    margin = share_images.MARGIN
    assert abs(arabic[2] - (1200 - margin)) <= 6, arabic  # ends at the right margin
    assert arabic[0] > margin + 40, arabic  # and does not reach the left one
    assert abs(english[0] - margin) <= 8, english
    assert english[2] < 1200 - margin - 40, english


def test_long_titles_are_wrapped_by_measured_width():
    title = " ".join(["Intercultural"] * 12)
    size, lines = share_images.fit_title(title, 1040)

    assert 1 < len(lines) <= 4
    for line in lines:
        assert share_images.measure(line, size) <= 1040


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_long_unbroken_word_stays_on_the_canvas(language):
    word = "#Cities4MigrationAndInclusiveNarratives" * 3

    box = white_box(share_images.draw(f"مدن {word}", language))

    margin = share_images.MARGIN
    assert box[0] >= margin - 8 and box[2] <= 1200 - margin + 8, box


def glyph(script, char):
    """The pixels ``char`` is drawn with in the font of ``script``."""
    image = Image.new("L", (160, 160))
    pen = ImageDraw.Draw(image)
    pen.text((20, 20), char, font=share_images.font(script, 72), fill=255)
    return image.tobytes()


def notdef(script):
    """What a font draws for a character it does not have (a private-use one)."""
    return glyph(script, "\ue000")


MIXED = "حملة #ItTakesACommunity مع Welcoming International في صفاقس (2026)"


def test_every_run_of_a_mixed_title_is_drawn_in_a_font_that_has_its_glyphs():
    runs = share_images.runs(MIXED)

    assert ("latin", "#ItTakesACommunity") in runs
    assert ("latin", "Welcoming International") in runs
    for script, piece in runs:
        for char in piece.strip():
            assert glyph(script, char) != notdef(script), (script, char)


def test_a_new_title_gives_a_new_address(client, demo):
    page = StandardPage.objects.live().first()
    old = share_image_path(client, page, "fr")

    page.title_fr = "Un autre titre pour la page"
    page.save_revision().publish()
    new = share_image_path(client, page, "fr")

    assert new != old
    assert client.get(new).status_code == 200
    moved = client.get(old)
    assert moved.status_code == 302
    assert moved["Location"] == new
    assert share_image_path(client, page, "en") != new


@pytest.mark.parametrize(
    "path",
    [
        "/share-images/999999-en-0123456789ab.png",
        "/share-images/1-en-0123456789ab.png",  # the tree's root
        "/share-images/3-xx-0123456789ab.png",
        "/share-images/3-en-0123456789ab.jpg",
        "/share-images/3-en-XYZ.png",
        "/share-images/..%2F..%2Fsettings.py",
        "/share-images/3-en-0123456789ab.png%00",
        "/share-images/99999999999999999999-en-0123456789ab.png",
    ],
)
def test_unknown_or_bad_addresses_are_not_found(client, demo, path):
    assert client.get(path).status_code == 404


def test_unpublished_pages_have_no_share_image(client, demo):
    story = StoryPage.objects.filter(live=False).first()
    assert story is not None
    key = share_images.digest(story, "en")

    response = client.get(f"/share-images/{story.pk}-en-{key}.png")

    assert response.status_code == 404


def test_the_image_has_the_fonts():
    from django.conf import settings

    dockerfile = (settings.BASE_DIR / "Dockerfile").read_text()
    runtime = dockerfile[dockerfile.rindex("\nFROM ") :]
    assert "fonts-noto-core" in runtime
    for names in share_images.FONTS.values():
        for name in names:
            assert (share_images.FONT_DIR / name).exists(), name


def test_a_page_not_written_in_arabic_shares_its_english_image(client, demo):
    """Its title is drawn in its own language, left to right, never laid out as
    Arabic under an Arabic label."""
    from .english_only import english_only

    page = english_only("StandardPage")
    english = share_image_path(client, page, "en")

    assert share_image_path(client, page, "ar") == english
    assert re.fullmatch(rf"/share-images/{page.pk}-en-[0-9a-f]{{12}}\.png", english)
    arabic = f"/share-images/{page.pk}-ar-{share_images.digest(page, 'ar')}.png"
    response = client.get(arabic)
    assert response.status_code == 302
    assert response["Location"] == english
    assert client.get(english).status_code == 200
