"""Document bytes -> plain text: what a board has (a Word file, a PDF, a web page's text).

Everything runs locally: python-docx and pypdf read the file on the user's machine and the
text goes nowhere else. Headings and list items stay on their own lines and paragraphs are
separated by blank lines, so the segmenter sees the document's structure.
"""

from __future__ import annotations

import io
from pathlib import PurePath

from goals.domain.problems import InputError, Problem
from goals.io.archives import MAX_DOCUMENT_UNPACKED, check_archive

MAX_CHARS = 1_000_000   # a year plan is a few pages; more is not a plan (and slow to draft)

TEXT_SUFFIXES = (".txt", ".md", ".text")
SUFFIXES = (*TEXT_SUFFIXES, ".docx", ".pdf")


def read_document(name: str, data: bytes) -> str:
    """The text of the document `name` (its suffix says the format) held in `data`.

    Raises `InputError` with a catalogue message for a format we do not read, a file that
    is not what its suffix says, or a PDF without a text layer (a scan).
    """
    suffix = PurePath(name).suffix.lower()
    readers = {".docx": _read_docx, ".pdf": _read_pdf}
    if suffix in TEXT_SUFFIXES or suffix in readers:
        text = readers.get(suffix, _decode_text)(name, data)
        if len(text) > MAX_CHARS:
            raise InputError([Problem("imports.text_too_long", {
                "length": len(text), "limit": MAX_CHARS}, file=name)])
        return text
    raise InputError([Problem("drafting.unknown_format",
                              {"suffix": suffix or name, "suffixes": ", ".join(SUFFIXES)},
                              file=name)])


def _decode_text(name: str, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Older Windows exports: Windows-1252 is what Swedish and Norwegian text files are when
    # they are not UTF-8 (guessing among all encodings reads them as Chinese).
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _read_docx(name: str, data: bytes) -> str:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    # an archive bomb is refused before anything is inflated
    check_archive(data, name, MAX_DOCUMENT_UNPACKED)
    try:
        document = docx.Document(io.BytesIO(data))
        return _docx_text(document)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError,
            Exception) as error:   # zlib, lxml ... on a damaged part: unreadable, no traceback
        raise InputError([Problem("drafting.unreadable", {"format": "Word (.docx)"},
                                  file=name)]) from error


def _docx_text(document) -> str:
    blocks: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        if "list" in style and not text.startswith(("-", "•")):
            text = "• " + text
        blocks.append(text)
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells if cell.text.strip()]
            if cells:
                blocks.append(" – ".join(dict.fromkeys(cells)))
    return "\n\n".join(blocks) + "\n"


def _read_pdf(name: str, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, LimitReachedError, ValueError, KeyError, OSError,
            RecursionError) as error:
        raise InputError([Problem("drafting.unreadable", {"format": "PDF"},
                                  file=name)]) from error
    text = "\n\n".join(page.strip("\n") for page in pages)
    if not any(ch.isalpha() for ch in text):
        raise InputError([Problem("drafting.pdf_without_text", {"pages": len(pages)},
                                  file=name)])
    return text + "\n"
