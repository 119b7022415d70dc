"""Zip archives (.xlsx, .docx) checked before a byte is inflated.

A 3.6 MB workbook can hold a 1 GiB sheet: reading it tied up a shared server for minutes at
4 GB of memory. The sizes a zip's central directory declares are what `zipfile` will ever
hand out (it stops at the declared size and checks the CRC), so refusing on them is a real
bound, taken before any part is read.
"""

from __future__ import annotations

import io
import zipfile

from goals.domain.problems import InputError, Problem

MAX_UNPACKED = 100 * 1024 * 1024    # all parts together; a 100 000-member register is ~20 MB
MAX_DOCUMENT_UNPACKED = 20 * 1024 * 1024   # a Word plan of a hundred pages is ~1 MB
MAX_PARTS = 10_000


def check_archive(data: bytes, name: str, limit: int = MAX_UNPACKED) -> None:
    """Raise `InputError` (imports.too_big) when the archive unpacks to more than `limit`;
    a file that is no zip at all is left to the reader, which says so in its own words."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return
    total = sum(info.file_size for info in infos[:MAX_PARTS + 1])
    if total > limit or len(infos) > MAX_PARTS:
        raise InputError([Problem("imports.too_big", {
            "size": total // (1024 * 1024), "limit": limit // (1024 * 1024)},
            file=name)])
