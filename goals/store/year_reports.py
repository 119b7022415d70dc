"""SQL for the year report of an organisation (goals.services.reports)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Session, select

from goals.store.tables import (
    EntryRow,
    PlanRow,
    QuoteConsentRow,
    YearReportPartRow,
    YearReportPhotoRow,
    YearReportRow,
)


def organisation_plan_ids(session: Session, organisation_id: str, start: date,
                          end: date) -> list[str]:
    """The ids of the organisation's plans whose period overlaps [start, end]."""
    query = (select(PlanRow.id).where(PlanRow.organisation_id == organisation_id)
             .where(PlanRow.period_start <= end).where(PlanRow.period_end >= start)
             .order_by(PlanRow.period_start, PlanRow.id))
    return list(session.execute(query).scalars())


def organisation_name(session: Session, organisation_id: str) -> str | None:
    """The name the organisation's plans give it (None when it has no plan)."""
    row = session.execute(select(PlanRow.organisation_name)
                          .where(PlanRow.organisation_id == organisation_id)
                          .limit(1)).first()
    return row[0] if row else None


# --- the written parts of a year report ----------------------------------------------------


def year_report_row(session: Session, organisation_id: str, year: int,
                    create: bool = False) -> YearReportRow | None:
    """The organisation's year report row (made, unsaved to the caller's transaction, when
    `create` and it does not exist yet)."""
    row = session.execute(select(YearReportRow)
                          .where(YearReportRow.organisation_id == organisation_id)
                          .where(YearReportRow.year == year)).scalars().first()
    if row is None and create:
        row = YearReportRow(organisation_id=organisation_id, year=year,
                            updated_at=datetime.now(UTC))
        session.add(row)
        session.flush()
    return row


def parts(session: Session, report_pk: int, kind: str) -> list[YearReportPartRow]:
    return list(session.execute(select(YearReportPartRow)
                                .where(YearReportPartRow.report_pk == report_pk)
                                .where(YearReportPartRow.kind == kind)
                                .order_by(YearReportPartRow.position, YearReportPartRow.pk))
                .scalars())


def photos(session: Session, report_pk: int) -> list[YearReportPhotoRow]:
    return list(session.execute(select(YearReportPhotoRow)
                                .where(YearReportPhotoRow.report_pk == report_pk)
                                .order_by(YearReportPhotoRow.position, YearReportPhotoRow.pk))
                .scalars())


def save_chapter(session: Session, report_pk: int, title: str, body: str,
                 signed: str) -> None:
    """Set a chapter's text (a chapter is found by its title); empty text and no names
    removes it."""
    row = next((p for p in parts(session, report_pk, "chapter") if p.title == title), None)
    if not body.strip() and not signed.strip():
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = YearReportPartRow(report_pk=report_pk, kind="chapter", title=title,
                                position=len(parts(session, report_pk, "chapter")))
    row.body, row.signed = body, signed
    session.add(row)


def add_quote(session: Session, report_pk: int, entry_uid: str, text: str) -> int:
    row = YearReportPartRow(report_pk=report_pk, kind="quote", body=text, entry_uid=entry_uid,
                            position=len(parts(session, report_pk, "quote")))
    session.add(row)
    session.flush()
    assert row.pk is not None
    return row.pk


def add_photo(session: Session, report_pk: int, *, data: bytes, width: int, height: int,
              media_type: str, caption: str, chapter: str) -> int:
    row = YearReportPhotoRow(report_pk=report_pk, data=data, width=width, height=height,
                             media_type=media_type, caption=caption, chapter=chapter,
                             position=len(photos(session, report_pk)))
    session.add(row)
    session.flush()
    assert row.pk is not None
    return row.pk


def delete_part(session: Session, report_pk: int, table: type, pk: int) -> bool:
    """Remove a quote (YearReportPartRow) or photo (YearReportPhotoRow) of this report."""
    row = session.get(table, pk)
    if row is None or row.report_pk != report_pk:
        return False
    session.delete(row)
    return True


def notes_of_the_year(session: Session, plan_ids: list[str], start: date,
                      end: date) -> list[tuple[str, date, str, str | None, bool]]:
    """Entries with a note in the plans and the year: (uid, day, note, reported_by, whether
    the member agreed to be named), newest first."""
    query = (select(EntryRow.uid, EntryRow.day, EntryRow.note, EntryRow.reported_by,
                    QuoteConsentRow.show_name)
             .join(PlanRow, PlanRow.pk == EntryRow.plan_pk)
             .join(QuoteConsentRow, QuoteConsentRow.entry_uid == EntryRow.uid, isouter=True)
             .where(PlanRow.id.in_(plan_ids)).where(EntryRow.day >= start)
             .where(EntryRow.day <= end).where(EntryRow.note.is_not(None))
             .where(EntryRow.note != "").order_by(EntryRow.day.desc(), EntryRow.pk.desc()))
    return [(uid, day, note, by, bool(agreed)) for uid, day, note, by, agreed
            in session.execute(query)]


def entry_note(session: Session, entry_uid: str) -> tuple[str, str | None, bool, str] | None:
    """(note, reported_by, agreed to be named, organisation id) of one entry."""
    row = session.execute(select(EntryRow.note, EntryRow.reported_by, QuoteConsentRow.show_name,
                                 PlanRow.organisation_id)
                          .join(PlanRow, PlanRow.pk == EntryRow.plan_pk)
                          .join(QuoteConsentRow, QuoteConsentRow.entry_uid == EntryRow.uid,
                                isouter=True)
                          .where(EntryRow.uid == entry_uid)).first()
    if row is None:
        return None
    return row[0] or "", row[1], bool(row[2]), row[3]


def set_consent(session: Session, entry_uid: str, show_name: bool) -> None:
    row = session.get(QuoteConsentRow, entry_uid) or QuoteConsentRow(
        entry_uid=entry_uid, recorded_at=datetime.now(UTC))
    row.show_name, row.recorded_at = show_name, datetime.now(UTC)
    session.add(row)
