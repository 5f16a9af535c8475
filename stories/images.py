"""Submitted photos are decoded and encoded again, so only pixels survive: no EXIF or
GPS data, no trailing payloads, nothing that is not really an image."""

import io
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def photo_reencode(upload):
    """Return a clean copy of an uploaded JPEG, PNG or WebP as a ContentFile.

    Raises ValidationError with a message for the visitor when the file is too
    large, is not an accepted image, is damaged or has too many pixels."""
    max_bytes = settings.STORIES_PHOTO_MAX_BYTES
    max_pixels = settings.STORIES_PHOTO_MAX_PIXELS
    if upload.size > max_bytes:
        raise ValidationError(
            _("The photo is too large: the limit is %(size)s MB.")
            % {"size": max_bytes // (1024 * 1024)},
            code="too_large",
        )
    not_an_image = ValidationError(
        _("This file is not a JPEG, PNG or WebP photo, or it is damaged."),
        code="invalid_image",
    )
    too_many_pixels = ValidationError(
        _("The photo has too many pixels: the limit is %(mp)s megapixels.")
        % {"mp": max_pixels // 1_000_000},
        code="too_many_pixels",
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as probe:
                image_format = probe.format
                width, height = probe.size
                if image_format not in ACCEPTED_FORMATS:
                    raise not_an_image
                if width * height > max_pixels:
                    raise too_many_pixels
                probe.load()
                image = ImageOps.exif_transpose(probe)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels from None
    except (OSError, SyntaxError, ValueError, Image.UnidentifiedImageError):
        raise not_an_image from None

    output = io.BytesIO()
    if image_format == "JPEG":
        image.convert("RGB").save(output, "JPEG", quality=88, optimize=True)
    elif image_format == "PNG":
        keep = "RGBA" if "A" in image.getbands() or image.mode == "P" else "RGB"
        image.convert(keep).save(output, "PNG", optimize=True)
    else:
        keep = "RGBA" if "A" in image.getbands() else "RGB"
        image.convert(keep).save(output, "WEBP", quality=88)
    return ContentFile(
        output.getvalue(), name=f"photo.{ACCEPTED_FORMATS[image_format]}"
    )
