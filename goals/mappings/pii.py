"""Columns that look like personal identifiers, recognised and dropped before anything else.

A member register carries names, addresses, phone numbers and personal numbers. None of it
is needed to count members, so such columns are taken out of the table the moment it is
read: no mapping can refer to them, no message can quote them, nothing downstream ever
holds them. A column is dropped when its header says what it is (in Swedish, Norwegian or
English) or when most of its filled cells look like an e-mail address, a phone number, a
street address or a Swedish personnummer / Norwegian fødselsnummer.
"""

from __future__ import annotations

import re

from goals.mappings.tables import Table, normalise_header

# Header words, matched against the header's words (and the whole header squeezed).
_HEADER_WORDS = {
    "name": ("namn", "name", "navn", "förnamn", "fornamn", "efternamn", "fornavn",
             "etternavn", "tilltalsnamn", "firstname", "lastname", "surname", "fullname",
             "caller", "ringare", "ringer", "ringtav", "ringdeav", "uppringare", "agent",
             "target", "kontakt", "contact", "person",
             "ansvarig", "ansvarlig", "responsible", "kontaktperson", "medlemsnamn"),
    "email": ("e-post", "epost", "email", "e-mail", "mail", "mejl", "e-postadress"),
    "phone": ("telefon", "phone", "mobil", "mobile", "tlf", "tel", "telefonnummer",
              "mobilnummer", "mobilnr", "telnr"),
    "address": ("adress", "address", "adresse", "gatuadress", "postadress", "gata",
                "street", "gateadresse", "postnummer", "postnr", "zip", "postkod",
                "c/o", "co-adress"),
    "member_number": ("medlemsnummer", "medlemsnr", "medlems-id", "medlemsid", "memberid",
                      "member_id", "medlemsnummer", "medlemsnr.", "medlemskapsnummer"),
    "personal_number": ("personnummer", "personnr", "pnr", "fødselsnummer",
                        "fodselsnummer", "födelsenummer", "ssn", "fnr",
                        "födelsedatum", "fødselsdato", "birthdate", "birthday",
                        "födelsedag", "samordningsnummer", "d-nummer"),
}
_WORD = re.compile(r"[\w/@.+-]+", re.UNICODE)

# Cell patterns: the whole (trimmed) cell must match.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^(\+|00)?[\d][\d \-()]{6,17}\d$")
_PERSONAL_NUMBER = re.compile(
    r"^(\d{2})?\d{2}[01]\d[0-3]\d[-+ ]?\d{4}$"          # SE: (YY)YYMMDD-NNNN
    r"|^[0-7]\d[01]\d\d{2}\s?\d{5}$")                  # NO: DDMMYY NNNNN
_STREET = re.compile(
    r"^\D{2,}(gatan|vägen|gränd|torget|stigen|backen|allén|plan|leden|gata|vei|veien|"
    r"gate|gaten|vegen|street|road|st\.?|rd\.?)\s+\d+\s?[a-zA-Z]?(\s|,|$)", re.IGNORECASE)
_CELL_PATTERNS = {"email": _EMAIL, "personal_number": _PERSONAL_NUMBER, "address": _STREET}
# A person's name: two to four capitalised words of letters ("Anna Svensson", "Per-Olof
# af Ekström"). A column counts as names only when its values are also mostly different
# from each other, which a column of föreningar or outcomes is not.
_NAME_WORD = r"[A-ZÅÄÖÆØÉÜ][a-zåäöæøéüß'’-]+"
_PERSON_NAME = re.compile(rf"^{_NAME_WORD}(\s+(af\s+|von\s+|van\s+|de\s+)?{_NAME_WORD}){{1,3}}$")
_DATA_LIKE = re.compile(r"^[\d\s.,:/+-]+$")
_SAMPLE = 200


def header_kind(header: str) -> str | None:
    """The kind of identifier a header names ("name", "email", ...), or None."""
    text = normalise_header(header)
    words = (set(_WORD.findall(text)) | set(_WORD.findall(re.sub(r"[_.]", " ", text)))
             | {text.replace(" ", ""), re.sub(r"[\s_.-]", "", text)})
    for kind, names in _HEADER_WORDS.items():
        if words & set(names):
            return kind
    return None


def cell_kind(text: str) -> str | None:
    """The kind of identifier one cell looks like, or None."""
    value = text.strip()
    if not value:
        return None
    for kind, pattern in _CELL_PATTERNS.items():
        if pattern.match(value):
            return kind
    if _PHONE.match(value) and _looks_like_phone(value):
        return "phone"
    return None


def _looks_like_phone(value: str) -> bool:
    """8-15 digits, starting like a phone number (`+`, `00`, `0`, or a Norwegian 8-digit
    mobile number starting 4 or 9); a date or an amount does not."""
    digits = re.sub(r"\D", "", value)
    if not 8 <= len(digits) <= 15:
        return False
    return value.startswith(("+", "0")) or (len(digits) == 8 and digits[0] in "49")


_EMAIL_IN_TEXT = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PERSONAL_NUMBER_IN_TEXT = re.compile(r"(?<!\d)(\d{2})?\d{6}[-+ ]?\d{4}(?!\d)")
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])(\+|00)?\d[\d \-()]{6,17}\d(?!\d)")
MASK = "•••"


def mask_identifiers(text: str) -> str:
    """`ring Anna på 070-123 45 67` -> `ring Anna på •••`: every part of a free text that
    looks like an e-mail address, a personal number or a phone number, wherever it stands
    in the cell (a kept note column can still hold one in ten cells like that)."""
    if not text or not any(c.isdigit() or c == "@" for c in text):
        return text
    text = _EMAIL_IN_TEXT.sub(MASK, text)
    text = _PERSONAL_NUMBER_IN_TEXT.sub(MASK, text)
    return _PHONE_IN_TEXT.sub(
        lambda m: MASK if _looks_like_phone(m.group(0).strip()) else m.group(0), text)


def looks_identifying(value: str) -> bool:
    """True when a single value looks like an identifier: such a value is never quoted in a
    message, even from a column that is kept."""
    return cell_kind(value) is not None


def identifying_columns(table: Table) -> dict[int, str]:
    """Column index -> the kind of identifier it holds, by header or by content (half or
    more of the first 200 filled cells)."""
    found: dict[int, str] = {}
    for index, header in enumerate(table.header):
        kind = header_kind(header)
        if kind is None:
            kind = _content_kind(table, index)
        if kind is not None:
            found[index] = kind
    return found


def _content_kind(table: Table, index: int) -> str | None:
    counts: dict[str, int] = {}
    values: list[str] = []
    for row in table.rows:
        if index >= len(row) or not row[index]:
            continue
        values.append(row[index])
        kind = cell_kind(row[index]) or ("name" if _PERSON_NAME.match(row[index].strip())
                                         else None)
        if kind is not None:
            counts[kind] = counts.get(kind, 0) + 1
        if len(values) >= _SAMPLE:
            break
    if not counts:
        return None
    kind, count = max(counts.items(), key=lambda item: item[1])
    if kind == "name" and len(set(values)) * 2 < len(values):
        return None   # repeated: föreningar, teams, outcomes
    return kind if count * 2 >= len(values) else None


def looks_like_data(header: list[str]) -> bool:
    """A first row that is a record, not a header (a file exported without one): it holds
    an identifier or a person's name, or mostly dates and numbers."""
    cells = [h for h in header if h]
    if any(cell_kind(h) for h in cells):
        return True
    if any(header_kind(h) for h in cells):   # "Phone Number", "Agent Name": a header
        return False
    if any(_PERSON_NAME.match(h) for h in cells):
        return True
    return bool(cells) and sum(bool(_DATA_LIKE.match(h)) for h in cells) * 2 > len(cells)


def drop_identifying(table: Table) -> Table:
    """The table without its identifying columns; `dropped` names them. The rows are
    rebuilt, so the caller can let go of the original and its identifiers with it.

    A file without a header row would otherwise turn its first member's name and number
    into column names (shown, and saved in a mapping): such a first row is taken as data
    and the columns are named by their letters (A, B, ...)."""
    raw = table.raw_header or table.header
    if looks_like_data(raw):
        width = max([len(raw), *(len(r) for r in table.rows)])
        first = raw + [""] * (width - len(raw))
        table = Table([_letters(i) for i in range(width)], [first, *table.rows],
                      table.first_line - 1, table.sheet, positions=list(range(width)))
    found = identifying_columns(table)
    if not found:
        return table
    keep = [i for i in range(len(table.header)) if i not in found]
    blank = frozenset(i for i, row in enumerate(table.rows) if not any(row))
    rows = [[row[i] if i < len(row) else "" for i in keep] for row in table.rows]
    return Table([table.header[i] for i in keep], rows, table.first_line, table.sheet,
                 [table.header[i] for i in sorted(found)], table.raw_header,
                 [table.position(i) - 1 for i in keep], blank)


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: a column's name as a spreadsheet shows it."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name
