"""Service: gather what a report needs from the database and hand it to goals.reports.

Like goals.services.status, this module may use the store: it reads the plan's status on the day,
its entries, and (for the lägesrapport) the board's previous meeting and the status on
that day. Everything after that is pure (goals.reports.content and the renderers).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session

from goals.domain.changes import previous_meeting
from goals.reports import render
from goals.reports.content import KINDS, Report, status_report, year_report
from goals.services.status import plan_status
from goals.store.entries import list_entries
from goals.store.meetings import meeting_days


def build_report(session: Session, plan_id: str, as_of: date, kind: str = "status",
                 lang: str | None = None) -> Report:
    """The report of `kind` ('status' or 'year') for the plan on `as_of`, in `lang` (the
    plan's own language when None). Raises goals.services.status.UnknownPlan."""
    if kind not in KINDS:
        raise ValueError(f"unknown report kind {kind!r}; expected one of {KINDS}")
    current = plan_status(session, plan_id, as_of)
    entries = list_entries(session, plan_id, until=as_of)
    if kind == "year":
        judged = year_judged_on(current.plan.period_end, as_of)
        if judged != as_of:
            current = plan_status(session, plan_id, judged)
        return year_report(current, entries, lang, shown_as_of=as_of)
    since = previous_meeting(meeting_days(session, current.plan.organisation.id), as_of)
    previous = plan_status(session, plan_id, since) if since is not None else None
    return status_report(current, entries, lang, previous, since)


def year_judged_on(period_end: date, as_of: date) -> date:
    """The day a year report judges its goals on: the day after the period closed when the
    report is made on or after its last day. PLAN_FORMAT.md §3.4 calls a goal `missed` only
    when `as_of` is after its deadline, so judged on 31 December a goal due that day would
    still be 'on track'; the annual meeting reads about a closed year. Before the period
    ends the report is judged on `as_of` itself, like every other view."""
    return period_end + timedelta(days=1) if as_of >= period_end else as_of


def report_document(engine: Engine, plan_id: str, as_of: date, kind: str, fmt: str,
                    lang: str | None = None) -> bytes:
    """The report as a file's bytes (pdf, md or docx), for the app's download buttons."""
    with Session(engine) as session:
        report = build_report(session, plan_id, as_of, kind, lang)
    return render(report, fmt)
