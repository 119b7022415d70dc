"""The national roll-up as plain data: districts side by side, each with its föreningar.

Pure (no SQL, no Streamlit): built from one row per (plan, metric) of monthly sums, so the
page and its tests share it. A förening is silent when its last report is more than
`SILENT_AFTER_DAYS` before the day looked at (the district page's rule).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from goals.domain.catalogue import BY_ID

SILENT_AFTER_DAYS = 45


class NationalRow(NamedTuple):
    parent_id: str
    organisation_id: str
    organisation_name: str
    plan_id: str
    metric: str | None
    total: float | None
    entries: int | None
    last_day: date | str | None


@dataclass
class ForeningFigures:
    organisation_id: str
    name: str
    plans: list[str] = field(default_factory=list)
    entries: int = 0
    last_report: date | None = None
    sums: dict[str, float] = field(default_factory=dict)   # catalogue flow metrics
    silent: bool = True


@dataclass
class DistrictFigures:
    district_id: str
    name: str
    foreningar: list[ForeningFigures] = field(default_factory=list)

    @property
    def entries(self) -> int:
        return sum(f.entries for f in self.foreningar)

    @property
    def silent(self) -> int:
        return sum(1 for f in self.foreningar if f.silent)

    @property
    def reporting(self) -> int:
        return len(self.foreningar) - self.silent

    @property
    def last_report(self) -> date | None:
        days = [f.last_report for f in self.foreningar if f.last_report]
        return max(days) if days else None

    def total(self, metric: str) -> float:
        return sum(f.sums.get(metric, 0.0) for f in self.foreningar)


@dataclass(frozen=True)
class NationalView:
    start: date
    end: date
    as_of: date
    districts: tuple[DistrictFigures, ...]
    metrics: tuple[str, ...]   # catalogue flow metrics someone reported on, catalogue order

    @property
    def foreningar(self) -> int:
        return sum(len(d.foreningar) for d in self.districts)

    @property
    def entries(self) -> int:
        return sum(d.entries for d in self.districts)


def _day(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def build_national_view(rows: list[NationalRow], names: dict[str, str], start: date,
                        end: date, as_of: date) -> NationalView:
    """Group the rows by district and förening; districts and föreningar by name."""
    districts: dict[str, DistrictFigures] = {}
    foreningar: dict[tuple[str, str], ForeningFigures] = {}
    used: set[str] = set()
    for row in rows:
        district = districts.setdefault(row.parent_id, DistrictFigures(
            row.parent_id, names.get(row.parent_id, row.parent_id)))
        key = (row.parent_id, row.organisation_id)
        figures = foreningar.get(key)
        if figures is None:
            figures = foreningar[key] = ForeningFigures(row.organisation_id,
                                                        row.organisation_name)
            district.foreningar.append(figures)
        if row.plan_id not in figures.plans:
            figures.plans.append(row.plan_id)
        _add(figures, row, used)
    for figures in foreningar.values():
        figures.silent = (figures.last_report is None
                          or (as_of - figures.last_report).days > SILENT_AFTER_DAYS)
        figures.plans.sort()
    for district in districts.values():
        district.foreningar.sort(key=lambda f: f.name.lower())
    metrics = tuple(m for m in BY_ID if m in used)
    return NationalView(start, end, as_of,
                        tuple(sorted(districts.values(), key=lambda d: d.name.lower())),
                        metrics)


def _add(figures: ForeningFigures, row: NationalRow, used: set[str]) -> None:
    if row.metric is None:   # a plan without entries in the period
        return
    figures.entries += int(row.entries or 0)
    last = _day(row.last_day)
    if last is not None and (figures.last_report is None or last > figures.last_report):
        figures.last_report = last
    catalogue = BY_ID.get(row.metric)
    if catalogue is not None and catalogue.type == "flow":
        figures.sums[row.metric] = figures.sums.get(row.metric, 0.0) + float(row.total or 0)
        used.add(row.metric)
