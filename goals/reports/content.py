"""What a report says: the board's lägesrapport and the year's verksamhetsberättelse.

Pure domain: a `PlanStatus` (and, for the lägesrapport, the one of the previous meeting), the
plan's entries and a language in; a `Report` out, every line already in words in that
language. The renderers (Markdown, PDF, DOCX) only lay these words out, so all three say
exactly the same thing and the tests can check the words once.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from babel import Locale
from babel.dates import format_date

from goals.domain.calendar import units_in_window
from goals.domain.changes import entries_between, status_changes
from goals.domain.entries import Entry
from goals.domain.plan import STATUSES, Goal, Metric, Plan
from goals.domain.plan_status import PlanStatus
from goals.domain.progress import GoalStatus
from goals.domain.timeline import forecast, milestone_steps
from goals.i18n import normalise_language, translate
from goals.reports.written import Written
from goals.views import formatting as fmt

KINDS = ("status", "year")
ATTENTION = ("at_risk", "behind", "missed")   # what the board reads first, worst first
FUTURE_WORDS = {" ska ", " skal ", " will ", " shall ", " skall "}


@dataclass(frozen=True)
class GoalLine:
    """One goal in the report: the plan's words and what the report says about it."""

    goal_id: str
    text: str
    section: str
    status: str
    progress: float | None
    expected: float
    standing: str
    sentence: str
    catch_up: str | None = None


@dataclass(frozen=True)
class SectionPart:
    title: str
    goals: tuple[GoalLine, ...]


@dataclass(frozen=True)
class Changes:
    """Since the previous board meeting: how many reports came in, which statuses moved."""

    since: date
    since_text: str
    entry_count: int
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    kind: str
    lang: str
    plan_id: str
    title: str
    heading: str
    subtitle: str
    as_of: date
    summary: dict[str, int]
    summary_text: str
    attention: tuple[GoalLine, ...]
    changes: Changes | None
    sections: tuple[SectionPart, ...]
    highlights: tuple[str, ...] = ()
    monthly: dict[str, list[tuple[date, float]]] = field(default_factory=dict)
    written: Written | None = None   # an organisation's year report: laid out as published

    def label(self, key: str, **params: object) -> str:
        """A fixed text of the report (headings, table columns) in the report's language."""
        return translate(f"report.{key}", self.lang, **params)

    def status_word(self, status: str) -> str:
        return translate(f"status.{status}", self.lang)


# --- building a report -------------------------------------------------------------------


def status_report(status: PlanStatus, entries: list[Entry], lang: str | None = None,
                  previous: PlanStatus | None = None, since: date | None = None) -> Report:
    """The lägesrapport: summary, the goals needing attention first, changes, sections."""
    plan, as_of = status.plan, status.as_of
    lang = normalise_language(lang or plan.language)
    apart = told_apart(plan, list(plan.goals))
    lines = [_goal_line(plan, g, as_of, lang, False, entries, apart.get(g.goal.id))
             for g in status.goals]
    attention = sorted((line for line in lines if line.status in ATTENTION),
                       key=lambda line: ATTENTION.index(line.status))
    changes = None
    if previous is not None and since is not None:
        changes = _changes(previous, status, entries, since, lang)
    return _report("status", plan, status, lang, lines, tuple(attention), changes)


def year_report(status: PlanStatus, entries: list[Entry], lang: str | None = None,
                shown_as_of: date | None = None) -> Report:
    """The verksamhetsberättelse (draft): a sentence per goal, highlights, monthly figures.
    `status` may be judged the day after the period closed (goals.services.reports); the
    subtitle then still says `shown_as_of`, the day the user asked for."""
    plan, as_of = status.plan, status.as_of
    lang = normalise_language(lang or plan.language)
    apart = told_apart(plan, list(plan.goals))
    lines = [_goal_line(plan, g, as_of, lang, True, entries, apart.get(g.goal.id))
             for g in status.goals]
    in_period = [e for e in entries if plan.period_start <= e.date <= min(as_of, plan.period_end)]
    return _report("year", plan, status, lang, lines, (), None, shown_as_of,
                   highlights=tuple(highlights(plan, in_period, lang)),
                   monthly=monthly_sums(plan, in_period))


def _report(kind: str, plan: Plan, status: PlanStatus, lang: str, lines: list[GoalLine],
            attention: tuple[GoalLine, ...], changes: Changes | None,
            shown_as_of: date | None = None, **extra) -> Report:
    found = Counter(line.status for line in lines)
    as_of = shown_as_of or status.as_of
    counts = {s: found.get(s, 0) for s in STATUSES}
    sections = tuple(SectionPart(s.title, tuple(line for line in lines
                                                 if line.section == s.title))
                     for s in plan.sections)
    period = f"{fmt.day(plan.period_start, lang)} – {fmt.day(plan.period_end, lang)}"
    return Report(
        kind=kind, lang=lang, plan_id=plan.id, title=plan.title,
        heading=translate(f"report.heading.{kind}", lang),
        subtitle=translate("report.subtitle", lang, organisation=plan.organisation.name,
                           period=period, as_of=fmt.day(as_of, lang)),
        as_of=as_of, summary={s: counts[s] for s in STATUSES if counts[s]},
        summary_text=summary_text(counts, lang), attention=attention, changes=changes,
        sections=sections, **extra)


def summary_text(counts: dict[str, int], lang: str) -> str:
    """'13 mål: 9 klart, 2 i fas, 2 missat.' (statuses in the catalogue's order)."""
    parts = [f"{count} {translate(f'status.{status}', lang)}"
             for status, count in counts.items() if count]
    return plural("report.summary_line", lang, sum(counts.values()), parts=", ".join(parts))


def plural(key: str, lang: str, count: float | Fraction | int, /, **params: object) -> str:
    """`key.one` when `count` is exactly one in `lang` (Babel's CLDR plural rules: 1, not
    0, 2, 21 or 1.5), else `key.other`; `{count}` is the number as people write it."""
    number = abs(float(count))
    form = Locale.parse(fmt.locale(lang)).plural_form(
        int(number) if number.is_integer() else number)
    suffix = "one" if form == "one" else "other"
    params.setdefault("count", fmt.number(count, lang))
    return translate(f"{key}.{suffix}", lang, **params)


def _changes(previous: PlanStatus, current: PlanStatus, entries: list[Entry], since: date,
             lang: str) -> Changes:
    moved = status_changes(previous, current)
    new = entries_between(entries, since, current.as_of)
    lines = tuple(translate("report.change_line", lang,
                            text=" ".join(change.text.split()).rstrip(" ."),
                            before=translate(f"status.{change.before}", lang),
                            after=translate(f"status.{change.after}", lang))
                  for change in moved)
    return Changes(since, fmt.day(since, lang), len(new), lines)


def changes_line(changes: Changes, lang: str) -> str:
    """'Sedan mötet den 31 mars 2021: 1 ny rapport, 2 mål har bytt status.'"""
    return translate("report.changes_line", lang, day=changes.since_text,
                     reports=plural("report.new_reports", lang, changes.entry_count),
                     goals=plural("report.goals_changed", lang, len(changes.lines)))


def _goal_line(plan: Plan, status: GoalStatus, as_of: date, lang: str, year: bool,
               entries: list[Entry], apart: str | None = None) -> GoalLine:
    text = status.goal.text
    if apart is not None:
        text = _told_apart(plan, status.goal, " ".join(text.split()).rstrip(" ."), apart, lang)
    level = level_sentence(plan, status, lang)
    sentence = goal_sentence(plan, status, lang, apart=apart) if year else ""
    catch = None if year or status.status not in ("behind", "at_risk") \
        else catch_up(plan, status, as_of, lang, entries)
    if level and year:
        sentence = f"{sentence} {level}"
    elif level:
        catch = f"{catch} {level}" if catch else level
    return GoalLine(
        goal_id=status.goal.id, text=text, section=status.goal.section,
        status=status.status,
        progress=None if status.progress is None else float(status.progress),
        expected=float(status.expected), standing=fmt.standing(plan, status, lang),
        sentence=sentence, catch_up=catch)


def level_sentence(plan: Plan, status: GoalStatus, lang: str) -> str | None:
    """Which of commit, target and stretch was reached, for a goal that has commit or
    stretch levels (None for any other goal, so old reports read as before)."""
    levels, goal = status.levels, status.goal
    if levels is None:
        return None
    figures = {name: _level_figure(plan, goal, name, getattr(levels, name), lang)
               for name in ("commit", "target", "stretch")}
    if levels.reached == "stretch":
        return translate("level.reached.stretch", lang, **figures)
    if levels.reached == "target":
        key = "level.reached.target" if goal.stretch else "level.reached.target_only"
        return translate(key, lang, **figures)
    if levels.reached == "commit":
        return translate("level.reached.commit", lang, **figures)
    return translate("level.reached.none", lang, **figures) if goal.commit else None


def _level_figure(plan: Plan, goal: Goal, name: str, value: Fraction | None,
                  lang: str) -> str:
    """A level in the board's words: '20 000 kr', '132 medlemmar', '2 per månad', '10 %'."""
    if goal.kind == "rate":
        level = {"commit": goal.commit, "stretch": goal.stretch}.get(name)
        per_unit = goal.target if name == "target" else (level.value if level else None)
        unit = translate(f"report.per_one.{goal.per or 'month'}", lang)
        return f"{_quantity(plan, goal, per_unit, lang)} per {unit}"
    if goal.kind in ("share", "coverage"):
        return fmt.percent(_float(value), lang)
    return _quantity(plan, goal, value, lang)


def told_apart(plan: Plan, goals: list[Goal]) -> dict[str, str]:
    """For goals whose words another goal of the report shares: how to tell them apart
    ('measured' by their metric, 'milestone', or by their 'section'), by goal id."""
    by_text: dict[str, list[Goal]] = defaultdict(list)
    for goal in goals:
        by_text[" ".join(goal.text.split()).rstrip(" .!").lower()].append(goal)
    result = {}
    for same in by_text.values():
        if len(same) < 2:
            continue
        metrics = [g.metric for g in same]
        sections = [g.section for g in same]
        for goal in same:
            if len(set(metrics)) == len(same):
                result[goal.id] = "metric" if goal.metric else "milestone"
            elif len(set(sections)) == len(same):
                result[goal.id] = "section"
    return result


# --- one full sentence per goal ----------------------------------------------------------


def goal_sentence(plan: Plan, status: GoalStatus, lang: str, as_of: date | None = None,
                  apart: str | None = None) -> str:
    """'Målet att öka medlemsantalet med 20 % nåddes inte: föreningen gick från 110 till 124
    medlemmar, +13 %.' The verdict is the goal's status by the rules of PLAN_FORMAT.md §3.4
    (a year report judges a closed year the day after it closed, see
    goals.services.reports); the detail follows the goal's kind. `apart` ('metric',
    'milestone', 'section') adds what tells the goal from another with the same words."""
    lang = normalise_language(lang)
    verdict = translate(f"report.verdict.{status.status}", lang)
    detail = _detail(plan, status, lang)
    opening = goal_phrase(status.goal.text, lang, plan.language)
    if apart is not None:
        opening = _told_apart(plan, status.goal, opening, apart, lang)
    if detail:
        return translate("report.sentence", lang, goal=opening, verdict=verdict, detail=detail)
    return translate("report.sentence_short", lang, goal=opening, verdict=verdict)


def _told_apart(plan: Plan, goal: Goal, words: str, apart: str, lang: str) -> str:
    """'… (mätt i utgivna nummer)', '… (som milstolpe)', '… (i avsnittet Valet 2022)'."""
    metric = plan.metrics.get(goal.metric or "")
    return translate(f"report.apart.{apart}", lang, goal=words, section=goal.section,
                     label=_lower_first(metric.label) if metric else "")


def goal_phrase(text: str, lang: str, plan_language: str | None = None) -> str:
    """'Öka vårt medlemsantal med 20 %.' -> 'Målet att öka vårt medlemsantal med 20 %'.

    Swedish plans write most goals as commands ('Öka…', 'Värva…'; infinitives end in -a or
    -å), which read well after 'Målet att'. Anything else is quoted: goals written as
    statements ('Ringkvällar nästan varje dag', '… ska bli uppringda'), Norwegian and
    English goals (no reliable sign of a verb), and a plan's words in another language."""
    clean = " ".join(text.split()).rstrip(" .!")
    words = clean.split()
    first_words = f" {' '.join(words[:6]).lower()} "
    same_language = plan_language is None or normalise_language(plan_language) == lang
    command = (lang == "sv" and same_language and bool(words)
               and words[0].lower().endswith(("a", "å"))
               and not any(word in first_words for word in FUTURE_WORDS))
    if command:
        return translate("report.goal_to", lang, text=_lower_first(clean))
    return translate("report.goal_quoted", lang, text=clean)


def _lower_first(text: str) -> str:
    """Lower-case the first letter unless the word is an acronym or name-like ('SD', '1177')."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _unit(plan: Plan, goal: Goal) -> str | None:
    metric = plan.metrics.get(goal.metric or "")
    return metric.unit if metric else None


def who(plan: Plan, lang: str) -> str:
    """The organisation as the subject of a sentence: 'föreningen', 'distriktet', 'laget'."""
    level = plan.organisation.level.lower()
    key = {"förening": "forening", "forening": "forening", "distrikt": "distrikt",
           "lokallag": "lokallag", "lag": "lokallag", "fylkeslag": "fylkeslag",
           "fylke": "fylkeslag"}.get(level, "other")
    return translate(f"report.who.{key}", lang)


def _quantity(plan: Plan, goal: Goal, value: Fraction | float | None, lang: str,
              tagged: bool = False) -> str:
    """'1 215 värvade medlemmar', '23 300 kr (insättning till valfonden)', '40 inlägg på
    Facebook och Instagram märkta ”klimat”' (with `tagged`, for a goal that counts only its
    tag's reports)."""
    metric = plan.metrics.get(goal.metric or "")
    if metric is None:
        return fmt.number(value, lang)
    text = metric_quantity(metric, value, lang)
    if tagged and goal.tag and value is not None:
        return plural("report.tagged", lang, value, quantity=text, tag=goal.tag)
    return text


def _is_one(value: Fraction | float | None, lang: str) -> bool:
    if value is None:
        return False
    number = abs(float(value))
    form = Locale.parse(fmt.locale(lang)).plural_form(
        int(number) if number.is_integer() else number)
    return form == "one"


def _detail(plan: Plan, status: GoalStatus, lang: str) -> str:
    goal = status.goal
    if status.status == "no_data" and goal.kind != "milestone":
        return translate("report.detail.no_reports", lang)
    kind = goal.kind
    metric = plan.metrics.get(goal.metric or "")
    if kind == "increase" and metric is not None and metric.type == "level":
        return _detail_level(plan, status, lang)
    if kind in ("total", "increase"):
        return translate("report.detail.total", lang,
                         actual=_quantity(plan, goal, status.actual, lang, tagged=True),
                         target=fmt.amount(status.target, _unit(plan, goal), lang),
                         percent=fmt.percent(_float(status.progress), lang))
    if kind == "rate":
        per = goal.per or "month"
        return plural("report.detail.rate", lang, status.target or 0,
                      reached=fmt.number(status.actual, lang),
                      unit=translate(f"report.per_one.{per}", lang),
                      units=translate(f"fmt.per.{per}", lang),
                      target=_quantity(plan, goal, goal.target, lang, tagged=True))
    if kind == "share":
        return translate("report.detail.share", lang, tag=goal.tag or "",
                         label=_lower_first(metric.label) if metric else "",
                         actual=fmt.percent(_float(status.actual), lang),
                         target=fmt.percent(_float(status.target), lang))
    if kind == "coverage":
        return plural("report.detail.coverage", lang, status.facts.units_below,
                      done=status.facts.units_done,
                      actual=fmt.percent(_float(status.actual), lang),
                      target=fmt.percent(_float(status.target), lang))
    return _detail_milestone(status, lang)


def _detail_level(plan: Plan, status: GoalStatus, lang: str) -> str:
    goal = status.goal
    baseline, actual = status.baseline, status.actual
    change = ""
    if baseline:
        change = fmt.percent(_float((actual - baseline) / baseline), lang, signed=True)
    metric = plan.metrics[goal.metric or ""]
    base = (fmt.amount(baseline, metric.unit, lang) if metric.unit
            else fmt.number(baseline, lang))
    return translate("report.detail.level", lang, who=who(plan, lang), baseline=base,
                     actual=metric_quantity(metric, actual, lang),
                     change=change).rstrip(", ")


def _detail_milestone(status: GoalStatus, lang: str) -> str:
    goal = status.goal
    last = status.facts.last_reported
    if not goal.steps:
        if status.status == "done" and last is not None:
            return translate("report.detail.milestone_done_on", lang, day=fmt.day(last, lang))
        return ""
    done = int(status.actual or 0)
    if done == len(goal.steps) and last is not None:
        return plural("report.detail.steps_all", lang, len(goal.steps),
                      day=fmt.day(last, lang))
    return plural("report.detail.steps", lang, done, done=done, count=len(goal.steps))


def _float(value: Fraction | float | None) -> float | None:
    return None if value is None else float(value)


# --- what it takes to catch up -----------------------------------------------------------


def catch_up(plan: Plan, status: GoalStatus, as_of: date, lang: str,
             entries: list[Entry] | None = None) -> str | None:
    """What the rest of the goal's window needs, in the board's words, or None."""
    goal = status.goal
    deadline = fmt.day(goal.window_end, lang)
    if goal.kind in ("total", "increase"):
        outlook = forecast(plan, status, as_of)
        if outlook is None:
            return None
        per_month = math.ceil(outlook.needed_per_month)   # whole members, whole kronor
        return translate("report.catch_up.per_month", lang,
                         amount=_quantity(plan, goal, per_month, lang), deadline=deadline)
    if goal.kind == "rate":
        units = units_in_window(goal.window_start, goal.window_end, goal.per or "month")
        left = sum(1 for _, last_day in units if last_day >= as_of)
        return plural("report.catch_up.rate", lang, left,
                      target=_quantity(plan, goal, goal.target, lang, tagged=True),
                      unit=translate(f"report.per_one.{goal.per or 'month'}", lang),
                      left=left, units=translate(f"fmt.per.{goal.per or 'month'}", lang))
    if goal.kind == "milestone":
        open_steps = [name for name, day in milestone_steps(goal, entries or [], as_of)
                      if day is None] if entries is not None else []
        left = len(goal.steps or (goal.text,)) - int(status.actual or 0)
        names = "; ".join(open_steps)
        return plural("report.catch_up.steps", lang, left, left=left, deadline=deadline) + (
            f" ({names})" if names and goal.steps else "")
    if goal.kind in ("share", "coverage"):
        return translate("report.catch_up.share", lang,
                         actual=fmt.percent(_float(status.actual), lang),
                         target=fmt.percent(_float(status.target), lang), deadline=deadline)
    return None


# --- the year's highlights ---------------------------------------------------------------


@dataclass(frozen=True)
class MetricYear:
    """The arithmetic behind one flow metric's highlights (tested by hand)."""

    metric: str
    total: float
    best_month: date
    best_month_sum: float
    best_day: date
    best_day_sum: float
    best_day_tags: tuple[str, ...]
    lowest_day_sum: float
    lowest_month_sum: float


def metric_years(plan: Plan, entries: list[Entry]) -> list[MetricYear]:
    """Per flow metric with reports: the total, the best month and the largest day (sums of
    all that day's / month's reports; the earliest wins a tie), and the smallest day and
    month with reports, to tell whether the best one stands out."""
    result = []
    for metric in plan.metrics.values():
        if metric.type != "flow":
            continue
        own = [e for e in entries if e.metric == metric.id and e.value is not None]
        if not own:
            continue
        by_day: dict[date, float] = defaultdict(float)
        by_month: dict[date, float] = defaultdict(float)
        tags_by_day: dict[date, set[str]] = defaultdict(set)
        for entry in own:
            by_day[entry.date] += entry.value
            by_month[entry.date.replace(day=1)] += entry.value
            tags_by_day[entry.date].update(entry.tags)
        best_day = min(by_day, key=lambda d: (-by_day[d], d))
        best_month = min(by_month, key=lambda d: (-by_month[d], d))
        result.append(MetricYear(metric.id, sum(e.value for e in own), best_month,
                                 by_month[best_month], best_day, by_day[best_day],
                                 tuple(sorted(tags_by_day[best_day])),
                                 min(by_day.values()), min(by_month.values())))
    return result


def highlights(plan: Plan, entries: list[Entry], lang: str) -> list[str]:
    """The year in figures: per flow metric its total, best month and largest day; then the
    milestones reached. A best month or day is named only when it stands out: larger than
    the smallest month or day with reports (31 phone evenings of one each have no best day)."""
    lang = normalise_language(lang)
    lines = []
    for year in metric_years(plan, entries):
        metric = plan.metrics[year.metric]

        def quantity(value: float, metric: Metric = metric) -> str:
            return metric_quantity(metric, value, lang)

        lines.append(translate("report.highlight.total", lang, amount=quantity(year.total)))
        if year.best_month_sum > year.lowest_month_sum:
            lines.append(translate("report.highlight.best_month", lang,
                                   amount=quantity(year.best_month_sum),
                                   month=month_name(year.best_month, lang)))
        if year.best_day_sum > year.lowest_day_sum:
            tags = f" ({', '.join(year.best_day_tags)})" if year.best_day_tags else ""
            lines.append(translate("report.highlight.best_day", lang,
                                   amount=quantity(year.best_day_sum),
                                   day=fmt.day(year.best_day, lang), tags=tags))
    done = [e for e in entries if e.milestone is not None]
    if done:
        last = max(done, key=lambda e: e.date)
        goal = plan.goal(last.milestone or "")
        name = last.step or (goal.text if goal else last.milestone)
        lines.append(plural("report.highlight.milestones", lang, len(done),
                            step=" ".join(str(name).split()).rstrip("."),
                               day=fmt.day(last.date, lang)))
    return lines


def metric_quantity(metric: Metric, value: Fraction | float | None, lang: str) -> str:
    """'612 värvade medlemmar', '1 utgivet nummer' (the metric's `one:` label for exactly
    one), '23 300 kr (insättning till valfonden)': the metric is always named. A metric
    without a singular label puts its label in brackets for one ('1 (medlemsmöten)')
    rather than print '1 medlemsmöten'."""
    label = _lower_first(metric.label)
    if metric.unit and _names_only_its_unit(metric):
        return fmt.amount(value, metric.unit, lang)
    if metric.unit:
        return translate("report.quantity.unit", lang,
                         amount=fmt.amount(value, metric.unit, lang), label=label)
    if _is_one(value, lang):
        if metric.one:
            return f"{fmt.number(value, lang)} {_lower_first(metric.one)}"
        return translate("report.quantity.no_singular", lang,
                         amount=fmt.number(value, lang), label=label)
    return f"{fmt.number(value, lang)} {label}"


def _names_only_its_unit(metric: Metric) -> bool:
    """A label that says no more than the unit ('Kronor' for SEK) adds nothing in brackets."""
    unit = (metric.unit or "").lower()
    words = {unit, fmt.CURRENCY_WORDS.get(unit.upper(), unit).lower()}
    if unit in ("sek", "nok", "dkk"):
        words |= {"kronor", "kroner", "kr"}
    return metric.label.strip().lower() in words


def month_name(first_day: date, lang: str) -> str:
    """'februari 2021', 'februar 2021', 'February 2021'."""
    return format_date(first_day, format="LLLL y", locale=fmt.locale(lang))


def monthly_sums(plan: Plan, entries: list[Entry]) -> dict[str, list[tuple[date, float]]]:
    """Each flow metric's sum per month of the period (months without reports are 0),
    labelled with the metric's label, for the year report's charts."""
    months = []
    current = plan.period_start.replace(day=1)
    while current <= plan.period_end:
        months.append(current)
        current = (current.replace(year=current.year + 1, month=1) if current.month == 12
                   else current.replace(month=current.month + 1))
    result = {}
    for metric in plan.metrics.values():
        if metric.type != "flow":
            continue
        sums: dict[date, float] = defaultdict(float)
        for entry in entries:
            if entry.metric == metric.id and entry.value is not None:
                sums[entry.date.replace(day=1)] += entry.value
        if sums:
            result[metric.label] = [(month, sums.get(month, 0.0)) for month in months]
    return result
