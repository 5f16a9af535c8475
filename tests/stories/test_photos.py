import io
from pathlib import Path
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from PIL import Image

from stories.images import photo_reencode
from stories.models import Submission

from .conftest import jpeg_bytes, photo_data, upload

pytestmark = pytest.mark.django_db

GPS = {1: "N", 2: (48.0, 51.0, 29.0), 3: "E", 4: (2.0, 17.0, 40.0)}


def jpeg_with_gps():
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x0132] = "2026:11:20 10:00:00"  # DateTime
    exif[0x8825] = GPS  # GPSInfo
    return jpeg_bytes(exif=exif)


def png_bytes(size=(64, 64), mode="RGBA"):
    output = io.BytesIO()
    Image.new(mode, size).save(output, "PNG")
    return output.getvalue()


def test_exif_and_gps_data_never_survive():
    original = jpeg_with_gps()
    assert b"PhoneMaker" in original

    clean = photo_reencode(upload(original)).read()

    with Image.open(io.BytesIO(clean)) as image:
        assert image.format == "JPEG"
        assert image.size == (800, 600)
        assert dict(image.getexif()) == {}
        assert "exif" not in image.info
    assert b"PhoneMaker" not in clean


def test_stored_photo_has_no_exif(client, index, story_data):
    data = photo_data(story_data, jpeg_with_gps())

    assert client.post("/en/share-your-story/", data).status_code == 302

    story = Submission.objects.get(email=story_data["email"]).story
    with story.photo.file.open() as stored, Image.open(stored) as image:
        assert dict(image.getexif()) == {}
    assert story.photo_alt == "Volunteers serving lunch"
    assert story.photo_credit == "Kitchen team"


def test_orientation_is_applied_before_metadata_is_dropped():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise when shown
    clean = photo_reencode(upload(jpeg_bytes(size=(800, 600), exif=exif)))

    with Image.open(clean) as image:
        assert image.size == (600, 800)


def test_png_keeps_its_format_and_transparency():
    clean = photo_reencode(
        upload(png_bytes(), name="logo.png", content_type="image/png")
    )

    with Image.open(clean) as image:
        assert image.format == "PNG"
        assert image.mode == "RGBA"


def test_trailing_payload_of_a_polyglot_is_dropped():
    polyglot = jpeg_bytes() + b"<html><script>alert(1)</script></html>"

    clean = photo_reencode(upload(polyglot)).read()

    assert b"<script>" not in clean


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "a.svg",
        ),
        (b"<!DOCTYPE html><html><body>hello</body></html>", "page.jpg"),
        (b"GIF89a\x01\x00\x01\x00" + b"<script>alert(1)</script>", "photo.jpg"),
        (jpeg_bytes()[:400], "truncated.jpg"),
        (b"", "empty.jpg"),
        (png_bytes()[:60], "broken.png"),
    ],
    ids=["svg", "html", "gif-polyglot", "truncated-jpeg", "empty", "truncated-png"],
)
def test_files_that_are_not_real_photos_are_refused(content, name):
    with pytest.raises(ValidationError) as error:
        photo_reencode(upload(content, name=name))

    assert error.value.code == "invalid_image"


def test_decompression_bomb_is_refused_before_decoding():
    output = io.BytesIO()
    Image.new("1", (12000, 12000)).save(output, "PNG")  # 144 megapixels, tiny file

    with pytest.raises(ValidationError) as error:
        photo_reencode(upload(output.getvalue(), name="bomb.png"))

    assert error.value.code == "too_many_pixels"


@override_settings(STORIES_PHOTO_MAX_BYTES=1024)
def test_oversized_file_is_refused():
    with pytest.raises(ValidationError) as error:
        photo_reencode(upload(jpeg_bytes()))

    assert error.value.code == "too_large"


@pytest.mark.parametrize(
    "content",
    [b"<svg xmlns='http://www.w3.org/2000/svg'/>", jpeg_bytes()[:300]],
    ids=["svg", "truncated"],
)
def test_bad_photo_gets_a_message_not_a_500(client, index, story_data, content):
    data = {
        **story_data,
        "photo": upload(content),
        "photo_alt": "A photo",
        "photo_credit": "Me",
        "photo_rights": "on",
    }

    response = client.post("/en/share-your-story/", data)

    assert response.status_code == 400
    assert "is not a JPEG, PNG or WebP photo" in response.content.decode()
    assert not Submission.objects.filter(email=story_data["email"]).exists()


def test_jpeg_comment_and_every_other_metadata_segment_are_stripped():
    output = io.BytesIO()
    Image.new("RGB", (320, 240), (10, 120, 200)).save(
        output, "JPEG", comment=b"tracking-id-4711", dpi=(300, 300)
    )
    assert b"tracking-id-4711" in output.getvalue()

    clean = photo_reencode(upload(output.getvalue())).read()

    assert b"tracking-id-4711" not in clean
    with Image.open(io.BytesIO(clean)) as image:
        assert "comment" not in image.info
        assert "dpi" not in image.info


def test_png_text_chunks_are_stripped():
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "secret-author-name")
    output = io.BytesIO()
    Image.new("RGB", (64, 64)).save(output, "PNG", pnginfo=info)

    clean = photo_reencode(upload(output.getvalue(), name="photo.png")).read()

    assert b"secret-author-name" not in clean


def test_large_jpeg_is_decoded_at_reduced_scale_and_stored_smaller():
    original = jpeg_bytes(size=(6000, 3000))  # 18 megapixels

    clean = photo_reencode(upload(original)).read()

    with Image.open(io.BytesIO(clean)) as image:
        assert image.size == (2000, 1000)


def test_png_or_webp_over_the_unscaled_limit_is_refused_from_its_header():
    """PNG and WebP cannot be decoded at a reduced scale, so their limit is lower;
    the refusal comes from the header, before any pixel is decoded."""
    output = io.BytesIO()
    Image.new("1", (4100, 4100)).save(output, "PNG")  # 16.8 megapixels, tiny file

    with mock.patch("stories.images._decode") as decode:
        with pytest.raises(ValidationError) as error:
            photo_reencode(upload(output.getvalue(), name="big.png"))

    assert error.value.code == "too_many_pixels"
    decode.assert_not_called()


def test_photo_is_not_decoded_while_other_fields_are_invalid(client, index, story_data):
    data = {**photo_data(story_data, jpeg_bytes()), "title": ""}

    with mock.patch("stories.forms.photo_reencode") as reencode:
        response = client.post("/en/share-your-story/", data)

    assert response.status_code == 400
    reencode.assert_not_called()


def test_photo_is_decoded_once_the_form_is_valid(client, index, story_data):
    with mock.patch("stories.forms.photo_reencode", wraps=photo_reencode) as reencode:
        response = client.post(
            "/en/share-your-story/", photo_data(story_data, jpeg_bytes())
        )

    assert response.status_code == 302
    reencode.assert_called_once()


def test_photo_file_name_does_not_reveal_the_reference(client, index, story_data):
    client.post("/en/share-your-story/", photo_data(story_data, jpeg_bytes()))

    submission = Submission.objects.get(email=story_data["email"])
    name = submission.story.photo.file.name.lower()
    assert submission.reference.lower() not in name
    assert submission.reference.lower().removeprefix("st-") not in name


def test_failed_save_leaves_no_photo_file_or_record_behind(
    client, index, story_data, settings
):
    from wagtail.images import get_image_model

    originals = Path(settings.MEDIA_ROOT) / "original_images"
    before = set(originals.iterdir()) if originals.exists() else set()
    images_before = get_image_model().objects.count()

    with mock.patch(
        "stories.services.Submission.objects.create",
        side_effect=RuntimeError("something unexpected"),
    ):
        response = client.post(
            "/en/share-your-story/", photo_data(story_data, jpeg_bytes())
        )

    assert response.status_code == 503
    after = set(originals.iterdir()) if originals.exists() else set()
    assert after == before
    assert get_image_model().objects.count() == images_before
