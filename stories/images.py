"""Submitted photos are decoded and encoded again, so only pixels survive: no EXIF,
GPS, comments or other metadata, no trailing payloads, nothing that is not really an
image.

Checking is split in two so that a hostile file costs little: ``photo_check`` reads
only the header (size, format, pixel count) and runs with the other fields;
``photo_reencode`` decodes, and the form calls it only once everything else is
valid. A JPEG is decoded at a reduced scale (``draft``); PNG and WebP cannot be, so
their pixel limit is lower."""

import io
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def _not_an_image():
    return ValidationError(
        _("This file is not a JPEG, PNG or WebP photo, or it is damaged."),
        code="invalid_image",
    )


def max_pixels(image_format):
    if image_format == "JPEG":
        return settings.STORIES_PHOTO_MAX_PIXELS
    return settings.STORIES_PHOTO_MAX_PIXELS_UNSCALED


def photo_check(upload):
    """Refuse a file by its size and header alone, without decoding its pixels.

    Returns the upload, rewound, or raises ValidationError with a message for the
    visitor."""
    max_bytes = settings.STORIES_PHOTO_MAX_BYTES
    if upload.size > max_bytes:
        raise ValidationError(
            _("The photo is too large: the limit is %(size)s MB.")
            % {"size": max_bytes // (1024 * 1024)},
            code="too_large",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as probe:
                image_format = probe.format
                width, height = probe.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        image_format, width, height = None, 0, 0
    except (OSError, SyntaxError, ValueError):
        raise _not_an_image() from None
    if image_format is not None and image_format not in ACCEPTED_FORMATS:
        raise _not_an_image()
    limit = max_pixels(image_format or "PNG")
    if image_format is None or width * height > limit:
        raise ValidationError(
            _(
                "The photo has too many pixels: the limit is %(mp)s megapixels for "
                "JPEG and %(unscaled)s megapixels for PNG or WebP."
            )
            % {
                "mp": settings.STORIES_PHOTO_MAX_PIXELS // 1_000_000,
                "unscaled": settings.STORIES_PHOTO_MAX_PIXELS_UNSCALED // 1_000_000,
            },
            code="too_many_pixels",
        )
    upload.seek(0)
    return upload


def _decode(upload):
    """The upload's pixels, no larger than the stored size, then turned upright."""
    longest = settings.STORIES_PHOTO_MAX_SIDE
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(upload) as image:
            image_format = image.format
            if image_format == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 scale when the photo is that much
                # larger than what is kept: most of the cost never happens.
                image.draft("RGB", (longest, longest))
            image.load()
    image.thumbnail((longest, longest), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return image_format, ImageOps.exif_transpose(image)


def photo_reencode(upload):
    """Return a clean copy of an uploaded JPEG, PNG or WebP as a ContentFile.

    Raises ValidationError with a message for the visitor when the file is too
    large, is not an accepted image, is damaged or has too many pixels."""
    photo_check(upload)
    try:
        image_format, image = _decode(upload)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _not_an_image() from None
    except (OSError, SyntaxError, ValueError):
        raise _not_an_image() from None

    if image_format == "JPEG" or "A" not in image.getbands() and image.mode != "P":
        mode = "RGB"
    else:
        mode = "RGBA"
    clean = image.convert(mode)
    # Without its info dictionary, no comment, ICC profile, XMP, EXIF or text
    # chunk can follow the pixels into the new file.
    clean.info.clear()
    output = io.BytesIO()
    if image_format == "JPEG":
        clean.save(output, "JPEG", quality=88, optimize=True)
    elif image_format == "PNG":
        clean.save(output, "PNG", optimize=True)
    else:
        clean.save(output, "WEBP", quality=88)
    return ContentFile(
        output.getvalue(), name=f"photo.{ACCEPTED_FORMATS[image_format]}"
    )
