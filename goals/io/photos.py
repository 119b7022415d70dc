"""Photos for the year report: any image a phone or camera gives, made safe to print and
store (Pillow).

Why re-encode rather than copy: a phone photo carries EXIF with the GPS position of where it
was taken (often a member's home), the camera's serial number and a thumbnail that may show
the uncropped picture. Drawing the pixels into a new image and saving that as JPEG keeps
none of it. The photo is first turned upright by its EXIF orientation (which is then dropped
with the rest) and made at most `MAX_SIDE` pixels on its longest side: enough for a printed
A4 page, small enough to keep in the database.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_SIDE = 1600
MAX_BYTES = 25 * 1024 * 1024   # what we accept to open at all
QUALITY = 85


class BadPhoto(ValueError):
    """The file is not an image Pillow can read (or too large to try)."""


@dataclass(frozen=True)
class CleanPhoto:
    data: bytes          # JPEG, no EXIF, no ICC profile, no comments
    width: int
    height: int
    media_type: str = "image/jpeg"


def clean_photo(data: bytes) -> CleanPhoto:
    """The photo upright, at most MAX_SIDE px, as a fresh JPEG without any metadata."""
    if len(data) > MAX_BYTES:
        raise BadPhoto("too large")
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise BadPhoto(str(error)) from error
    upright.thumbnail((MAX_SIDE, MAX_SIDE))
    pixels = upright.convert("RGB")
    fresh = Image.new("RGB", pixels.size)
    fresh.paste(pixels)
    buffer = io.BytesIO()
    fresh.save(buffer, format="JPEG", quality=QUALITY, optimize=True)
    return CleanPhoto(buffer.getvalue(), fresh.width, fresh.height)
