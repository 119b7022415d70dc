"""A distrikt's föreningar side by side: one row per förening, the common goals as a
matrix, and the district's own plans with the föreningar still missing for each coverage goal.

The service over the store and the rules: statuses of all child plans come from one batch
(goals.services.status.plan_statuses), activity and last reports from two grouped queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from goals.domain.catalogue import BY_ID
from goals.domain.plan import STATUSES
from goals.domain.progress import GoalStatus
from goals.services.status import PlanStatus, plan_statuses
from goals.store.district import campaign_sums, district_names, entries_per_plan
from goals.store.plans import plan_infos
from goals.store.unit_of_work import Session

SILENT_AFTER_DAYS = 45
ACTIVITY_DAYS = 30
GOOD = ("done", "on_track")
KIND_PREFERENCE = {"increase": 0, "total": 1, "rate": 2, "share": 3}


@dataclass(frozen=True)
class Unit:
    """A förening (or any unit) below the district, with what its plans say."""

    organisation_id: str
    name: str
    plans: tuple[str, ...]
    counts: dict[str, int]
    good_share: float | None
    members_progress: float | None
    members_actual: float | None
    members_target: float | None
    active_days: int
    entries_recent: int
    last_reported: date | None
    warning: str | None   # "no_plan" | "silent" | None
    common: dict[str, GoalStatus] = field(default_factory=dict)


@dataclass(frozen=True)
class DistrictView:
    district_id: str
    name: str
    start: date
    end: date
    as_of: date
    units: tuple[Unit, ...]
    own_plans: tuple[PlanStatus, ...]
    missing: dict[tuple[str, str], tuple[str, ...]]   # (plan, goal) -> organisation names
    catalogue: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def common_metrics(self) -> list[str]:
        """Catalogue metrics that at least one förening has a goal on, catalogue order."""
        used = {metric for unit in self.units for metric in unit.common}
        return [metric for metric in self.catalogue if metric in used]

    def label(self, metric: str, lang: str) -> str:
        """The district's own label for a metric, else the built-in catalogue's."""
        own = self.catalogue.get(metric, (None, None))[0]
        return own or (BY_ID[metric].label(lang) if metric in BY_ID else metric)

    def unit_of(self, metric: str) -> str | None:
        return self.catalogue.get(metric, (None, None))[1]

    def unit_counts(self) -> tuple[int, int, int]:
        """How many föreningar have a plan for the period, are silent, have no plan."""
        return (sum(1 for u in self.units if u.plans),
                sum(1 for u in self.units if u.warning == "silent"),
                sum(1 for u in self.units if u.warning == "no_plan"))

    def total(self, metric: str) -> float:
        """The district's total of a common goal's actual (members, kronor, calls...)."""
        return sum(float(unit.common[metric].actual or 0) for unit in self.units
                   if metric in unit.common)


def districts(session: Session) -> list[tuple[str, str]]:
    """Every organisation some plan names as its parent, or that runs a campaign reported on
    by its föreningar: (id, name), named from its own plan when it has one."""
    names = district_names(session)
    return sorted(names.items(), key=lambda p: p[1])


def district_view(session: Session, district_id: str, start: date, end: date,
                  as_of: date) -> DistrictView:
    """The district's föreningar with plans overlapping [start, end], as of `as_of`."""
    rows = list(plan_infos(session, parents={district_id},
                           organisations={district_id}).values())
    below = [r for r in rows if r.parent_id == district_id]
    current = [r for r in below if r.period_start <= end and start <= r.period_end]
    own = [r for r in rows if r.organisation_id == district_id
           and r.period_start <= end and start <= r.period_end]
    statuses = plan_statuses(session, as_of, [r.id for r in current + own])
    own_statuses = tuple(statuses[r.id] for r in own if r.id in statuses)
    catalogue = district_catalogue(own_statuses)
    activity = _activity(session, [r.pk for r in current], as_of)
    units = _units(below, current, statuses, activity, as_of, catalogue)
    district_name = own[0].organisation_name if own else district_id
    return DistrictView(district_id, district_name, start, end, as_of, units, own_statuses,
                        _missing(own_statuses, units, current, statuses), catalogue)


def district_catalogue(own: tuple[PlanStatus, ...]) -> dict[str, tuple[str | None, str | None]]:
    """The metrics föreningar are compared on: the built-in catalogue, plus every metric the
    district defines in its own plans (defined once there, reused by id in each förening's
    plan), with the district's label and unit."""
    catalogue: dict[str, tuple[str | None, str | None]] = {
        metric.id: (None, metric.unit) for metric in BY_ID.values()}
    for plan_status in own:
        for metric in plan_status.plan.metrics.values():
            catalogue[metric.id] = (metric.label, metric.unit)
    return catalogue


def _activity(session: Session, plan_pks: list[int], as_of: date) -> dict[int, int]:
    """Per plan: entries in the last 30 days up to as_of."""
    since = as_of - timedelta(days=ACTIVITY_DAYS - 1)
    recent = entries_per_plan(session, plan_pks, since, as_of)
    return {pk: recent.get(pk, 0) for pk in plan_pks}


def _units(below, current, statuses: dict[str, PlanStatus], activity: dict[int, int],
           as_of: date, catalogue: dict) -> tuple[Unit, ...]:
    names = {r.organisation_id: r.organisation_name for r in below}
    plans_of: dict[str, list] = {org: [] for org in names}
    for row in current:
        plans_of[row.organisation_id].append(row)
    return tuple(sorted((_unit(org, names[org], plans_of[org], statuses, activity, as_of,
                               catalogue) for org in names), key=lambda u: u.name.lower()))


def _unit(org: str, name: str, plan_rows: list, statuses: dict[str, PlanStatus],
          activity: dict[int, int], as_of: date, catalogue: dict) -> Unit:
    goals = [g for row in plan_rows if row.id in statuses for g in statuses[row.id].goals]
    counts = {status: sum(1 for g in goals if g.status == status) for status in STATUSES}
    good = sum(counts[s] for s in GOOD) / len(goals) if goals else None
    recent = sum(activity[row.pk] for row in plan_rows)
    # The last report on any goal (the facts already hold it: no scan of all entries).
    days = [g.facts.last_reported for g in goals if g.facts.last_reported is not None]
    last = max(days) if days else None
    common = _common(goals, catalogue)
    members = common.get("medlemmar")
    warning = None
    if not plan_rows:
        warning = "no_plan"
    elif last is None or (as_of - last).days >= SILENT_AFTER_DAYS:
        warning = "silent"
    return Unit(
        organisation_id=org, name=name, plans=tuple(r.id for r in plan_rows), counts=counts,
        good_share=good,
        members_progress=_float(members.progress) if members else None,
        members_actual=_float(members.actual) if members else None,
        members_target=_float(members.target) if members else None,
        active_days=ACTIVITY_DAYS, entries_recent=recent, last_reported=last,
        warning=warning, common=common)


def _common(goals: list[GoalStatus], catalogue: dict) -> dict[str, GoalStatus]:
    """One goal per catalogue metric: an increase first, then a total, a rate, a share."""
    chosen: dict[str, GoalStatus] = {}
    for status in sorted(goals, key=lambda g: KIND_PREFERENCE.get(g.goal.kind, 9)):
        metric = status.goal.metric
        if metric in catalogue and metric not in chosen \
                and status.goal.kind in KIND_PREFERENCE:
            chosen[metric] = status
    return chosen


def _missing(own: tuple[PlanStatus, ...], units: tuple[Unit, ...], current,
             statuses: dict[str, PlanStatus]) -> dict[tuple[str, str], tuple[str, ...]]:
    """For each coverage goal of the district's plans: the föreningar not yet counted."""
    missing: dict[tuple[str, str], tuple[str, ...]] = {}
    for plan_status in own:
        for goal_status in plan_status.goals:
            goal = goal_status.goal
            if goal.kind != "coverage":
                continue
            names = []
            for unit in units:
                if not unit.plans:   # not a unit of this period (PLAN_FORMAT §2, coverage)
                    continue
                done = any(g.goal.id == goal.goal and g.status == "done"
                           for plan_id in unit.plans for g in statuses[plan_id].goals)
                if not done:
                    names.append(unit.name)
            missing[(plan_status.plan.id, goal.id)] = tuple(names)
    return missing


def _float(value) -> float | None:
    return None if value is None else float(value)


def comparison_rows(view: DistrictView, lang: str) -> list[dict]:
    """The comparison table, one dict per förening, column names in `lang` (the page and
    the CSV/Excel downloads share it)."""
    from goals.i18n import translate

    def column(key: str) -> str:
        return translate(f"district.col_{key}", lang)

    rows = []
    for unit in view.units:
        row = {column("unit"): unit.name, column("plans"): ", ".join(unit.plans)}
        for status in STATUSES:
            row[translate(f"status.{status}", lang)] = unit.counts[status]
        row[column("good")] = None if unit.good_share is None else round(unit.good_share, 4)
        row[column("members")] = (None if unit.members_progress is None
                                  else round(unit.members_progress, 4))
        row[column("members_now")] = unit.members_actual
        row[column("recent")] = unit.entries_recent
        row[column("last")] = unit.last_reported
        row[column("warning")] = (translate(f"district.warning.{unit.warning}", lang)
                                  if unit.warning else "")
        for metric in view.common_metrics():
            status = unit.common.get(metric)
            row[view.label(metric, lang)] = (None if status is None or status.progress is None
                                              else round(float(status.progress), 4))
        rows.append(row)
    return rows


@dataclass(frozen=True)
class Campaign:
    """A plan that several föreningar report on (entries with a `unit`): per förening and
    per day, the sums of each metric."""

    plan_id: str
    metrics: tuple[str, ...]
    by_unit: dict[str, dict[str, float]]
    by_day: dict[date, dict[str, dict[str, float]]]   # day -> unit -> metric -> sum

    def total(self, metric: str) -> float:
        return sum(values.get(metric, 0.0) for values in self.by_unit.values())


def campaigns(session: Session, plan_ids: list[str], as_of: date) -> list[Campaign]:
    """The campaigns among `plan_ids`: one grouped query over their unit-tagged entries."""
    found: dict[str, tuple[dict, dict, list]] = {}
    for plan_id, unit, day, metric, total in campaign_sums(session, plan_ids, as_of):
        by_unit, by_day, metrics = found.setdefault(plan_id, ({}, {}, []))
        by_unit.setdefault(unit, {})
        by_unit[unit][metric] = by_unit[unit].get(metric, 0.0) + float(total or 0)
        by_day.setdefault(day, {}).setdefault(unit, {})[metric] = float(total or 0)
        if metric not in metrics:
            metrics.append(metric)
    return [Campaign(plan_id, tuple(metrics), by_unit, dict(sorted(by_day.items())))
            for plan_id, (by_unit, by_day, metrics) in sorted(found.items())]
