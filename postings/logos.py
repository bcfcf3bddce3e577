"""Company logos: what an employer uploads is decoded, checked and drawn again as a PNG of
bounded size by Pillow. The stored file holds nothing the employer sent but pixels: no
metadata, no trailing bytes, no script in a polyglot file."""

import uuid
import warnings
from io import BytesIO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024
MAX_PIXELS = 40_000_000  # larger than any real logo, far below a decompression bomb
FORMATS = {"PNG", "JPEG", "WEBP"}
SIZE = (400, 400)
NAME = r"[0-9a-f]{32}\.png"

NOT_AN_IMAGE = "Upload a PNG, JPEG or WebP image."


def process_logo(upload):
    """Return a logo upload redrawn as a PNG ContentFile, or raise ValidationError."""
    if upload.size > MAX_BYTES:
        raise ValidationError("A logo can be at most 2 MB.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
            if image.format not in FORMATS:
                raise ValidationError(NOT_AN_IMAGE)
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ValidationError("That image is too large in pixels for a logo.")
            image.load()
    except ValidationError:
        raise
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as error:
        raise ValidationError(NOT_AN_IMAGE) from error
    image = ImageOps.exif_transpose(image)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    image = image.convert("RGBA" if has_alpha else "RGB")
    image.thumbnail(SIZE)
    output = BytesIO()
    image.save(output, "PNG", optimize=True)
    return ContentFile(output.getvalue(), name=f"{uuid.uuid4().hex}.png")
