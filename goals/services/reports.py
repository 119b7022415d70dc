"""Service: gather what a report needs from the database and hand it to goals.reports.

Like goals.services.status, this module may use the store: it reads the plan's status on the day,
its entries, and (for the lägesrapport) the board's previous meeting and the status on
that day. Everything after that is pure (goals.reports.content and the renderers).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from goals.domain.changes import previous_meeting
from goals.reports import render
from goals.reports.content import KINDS, Report, status_report, year_report
from goals.reports.organisation import PlanPart, organisation_year_report
from goals.services.status import plan_status
from goals.services.year_report_texts import written_parts
from goals.store.entries import list_entries
from goals.store.meetings import meeting_days
from goals.store.plans import load_plan
from goals.store.unit_of_work import Engine, Session, reading
from goals.store.year_reports import organisation_plan_ids


class UnknownOrganisation(LookupError):
    """No plan of this organisation overlaps the year asked for."""

    def __init__(self, organisation_id: str, year: int):
        super().__init__(f"no plan of {organisation_id!r} overlaps {year}")
        self.organisation_id, self.year = organisation_id, year


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
    with reading(engine) as session:
        report = build_report(session, plan_id, as_of, kind, lang)
    return render(report, fmt)


def build_organisation_report(session: Session, organisation_id: str, year: int,
                              as_of: date | None = None, lang: str | None = None) -> Report:
    """The year report of an organisation: every plan of it overlapping `year`, each
    judged like a plan's own year report (see `year_judged_on`) on the last day of the year
    it covers (or `as_of`, when earlier), goals once and figures once
    (goals.reports.organisation). Raises `UnknownOrganisation`."""
    end = date(year, 12, 31) if as_of is None else min(as_of, date(year, 12, 31))
    plan_ids = organisation_plan_ids(session, organisation_id, date(year, 1, 1), end)
    if not plan_ids:
        raise UnknownOrganisation(organisation_id, year)
    parts = []
    for plan_id in plan_ids:
        plan = load_plan(session, plan_id)
        assert plan is not None
        day = min(end, plan.period_end)
        judged = year_judged_on(plan.period_end, day)
        parts.append(PlanPart(plan_status(session, plan_id, judged),
                              list_entries(session, plan_id, until=day)))
    report = organisation_year_report(parts, year, end, lang)
    return replace(report, written=written_parts(session, organisation_id, year))


def organisation_document(engine: Engine, organisation_id: str, year: int, fmt: str,
                          lang: str | None = None) -> bytes:
    """The organisation's year report as a file's bytes (pdf, md or docx)."""
    with reading(engine) as session:
        report = build_organisation_report(session, organisation_id, year, lang=lang)
    return render(report, fmt)
