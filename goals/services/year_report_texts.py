"""Service: the parts of an organisation's year report that people write, saved in the
database with the report and kept from one draft to the next.

Each write is one transaction, checked against the actor (`manage` on the organisation:
the board, its district, an admin), recorded in the audit trail and bumping the data
version, so every app server shows the same draft. A quote copies the member's note and
names its author only when the member agreed (QuoteConsentRow, given with the report),
reading the name from the entry each time (so a forgotten name is gone from quotes too);
photos are cleaned (goals.io.photos: resized, EXIF with GPS dropped) before they are stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from goals.access.roles import Actor, Permission, require
from goals.io.photos import clean_photo
from goals.reports.written import ChapterText, Photo, Quote, Written
from goals.store import audit
from goals.store import year_reports as store
from goals.store.access import organisation_parents
from goals.store.meta import bump_data_version
from goals.store.tables import YearReportPartRow, YearReportPhotoRow
from goals.store.unit_of_work import Engine, Session, writing

MAX_LETTER = 20_000
MAX_NAMES = 400


@dataclass(frozen=True)
class NoteChoice:
    """A member's note of the year that may become a quote."""

    entry_uid: str
    day: date
    note: str
    author: str | None   # set only when the member agreed to be named


def written_parts(session: Session, organisation_id: str, year: int) -> Written:
    """What people wrote for this report so far (empty when nothing yet)."""
    row = store.year_report_row(session, organisation_id, year)
    if row is None or row.pk is None:
        return Written()
    chapters = tuple(ChapterText(p.title, p.body, p.signed)
                     for p in store.parts(session, row.pk, "chapter"))
    quotes = tuple(Quote(p.pk or 0, p.body, _author_now(session, p.entry_uid))
                   for p in store.parts(session, row.pk, "quote"))
    photos = tuple(Photo(p.pk or 0, p.data, p.width, p.height, p.caption, p.chapter)
                   for p in store.photos(session, row.pk))
    return Written(row.letter, row.letter_signed, chapters, quotes, photos)


def _author_now(session: Session, entry_uid: str | None) -> str | None:
    """The quote's author as the entry says now: a name an admin has since forgotten
    (goals.services.audit_trail.forget_name), or an entry deleted, prints 'en medlem'."""
    found = store.entry_note(session, entry_uid) if entry_uid else None
    if found is None:
        return None
    _note, by, agreed, _org = found
    return by if agreed and by else None


def note_choices(session: Session, organisation_id: str, year: int) -> list[NoteChoice]:
    """The notes members wrote with their reports in the organisation's plans of the year."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    plan_ids = store.organisation_plan_ids(session, organisation_id, start, end)
    return [NoteChoice(uid, day, note, by if agreed and by else None)
            for uid, day, note, by, agreed
            in store.notes_of_the_year(session, plan_ids, start, end)]


class _Edit:
    """One checked write on the organisation's year report row."""

    def __init__(self, engine: Engine, actor: Actor, organisation_id: str, year: int):
        self.engine, self.actor = engine, actor
        self.organisation_id, self.year = organisation_id, year

    def __enter__(self) -> tuple[Session, int]:
        self._writing = writing(self.engine)
        session = self._writing.__enter__()
        require(self.actor, Permission.MANAGE, self.organisation_id,
                organisation_parents(session))
        row = store.year_report_row(session, self.organisation_id, self.year, create=True)
        assert row is not None and row.pk is not None
        row.updated_by, row.updated_at = self.actor.label, datetime.now(UTC)
        session.add(row)
        self.session, self.row = session, row
        return session, row.pk

    def __exit__(self, *exc) -> bool | None:
        if exc[0] is None:
            bump_data_version(self.session)
        return self._writing.__exit__(*exc)

    def audit(self, action: str, target: str = "", after: object = None) -> None:
        audit.record(self.session, actor=self.actor.label, action=f"year_report.{action}",
                     organisation_id=self.organisation_id,
                     target=f"{self.year}:{target}"[:200], after=after)


def save_letter(engine: Engine, organisation_id: str, year: int, letter: str, signed: str,
                *, actor: Actor) -> None:
    """The opening letter and the names that sign it."""
    edit = _Edit(engine, actor, organisation_id, year)
    with edit:
        edit.row.letter = letter[:MAX_LETTER]
        edit.row.letter_signed = signed[:MAX_NAMES]
        edit.audit("letter", after={"letter": len(letter), "signed": signed[:MAX_NAMES]})


def save_chapter(engine: Engine, organisation_id: str, year: int, title: str, body: str,
                 signed: str, *, actor: Actor) -> None:
    """A chapter's text and who signs it; a new title adds a chapter without goals."""
    edit = _Edit(engine, actor, organisation_id, year)
    with edit as (session, report_pk):
        store.save_chapter(session, report_pk, title.strip()[:400], body[:MAX_LETTER],
                           signed[:MAX_NAMES])
        edit.audit("chapter", title[:100], {"body": len(body), "signed": signed[:MAX_NAMES]})


def add_quote(engine: Engine, organisation_id: str, year: int, entry_uid: str, *,
              actor: Actor) -> int:
    """Pick a member's note as a quote (its author is read from the entry, with consent,
    whenever the report is made)."""
    edit = _Edit(engine, actor, organisation_id, year)
    with edit as (session, report_pk):
        found = store.entry_note(session, entry_uid)
        if found is None or found[3] != organisation_id or not found[0].strip():
            raise LookupError(entry_uid)
        pk = store.add_quote(session, report_pk, entry_uid, found[0].strip())
        edit.audit("quote.add", entry_uid)
        return pk


def add_photo(engine: Engine, organisation_id: str, year: int, data: bytes, caption: str,
              chapter: str = "", *, actor: Actor) -> int:
    """Store a photo, resized and without EXIF. Raises goals.io.photos.BadPhoto."""
    photo = clean_photo(data)
    edit = _Edit(engine, actor, organisation_id, year)
    with edit as (session, report_pk):
        pk = store.add_photo(session, report_pk, data=photo.data, width=photo.width,
                             height=photo.height, media_type=photo.media_type,
                             caption=caption[:400], chapter=chapter[:400])
        edit.audit("photo.add", str(pk), {"width": photo.width, "height": photo.height})
        return pk


def remove_quote(engine: Engine, organisation_id: str, year: int, pk: int, *,
                 actor: Actor) -> bool:
    edit = _Edit(engine, actor, organisation_id, year)
    with edit as (session, report_pk):
        edit.audit("quote.remove", str(pk))
        return store.delete_part(session, report_pk, YearReportPartRow, pk)


def remove_photo(engine: Engine, organisation_id: str, year: int, pk: int, *,
                 actor: Actor) -> bool:
    edit = _Edit(engine, actor, organisation_id, year)
    with edit as (session, report_pk):
        edit.audit("photo.remove", str(pk))
        return store.delete_part(session, report_pk, YearReportPhotoRow, pk)


def record_quote_consent(engine: Engine, entry_uid: str, show_name: bool, *,
                         actor: Actor) -> None:
    """The member's answer, with their report, to being named beside their note (needs
    `report` on the entry's organisation: the member who just reported)."""
    with writing(engine) as session:
        found = store.entry_note(session, entry_uid)
        if found is None:
            raise LookupError(entry_uid)
        require(actor, Permission.REPORT, found[3], organisation_parents(session))
        store.set_consent(session, entry_uid, show_name)
        audit.record(session, actor=actor.label, action="entry.quote_consent",
                     organisation_id=found[3], target=entry_uid, after={"name": show_name})
        bump_data_version(session)
