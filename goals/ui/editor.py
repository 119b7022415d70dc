"""Streamlit widgets of the plan editor, shared by "Ny plan" (a draft from the plan's text)
and "Redigera plan" (a stored plan).

The plan being edited lives in the session as a `goals.editor.plan_rows.EditablePlan`; every
widget's key names its row and field, so each rerun first reads the widgets into the plan,
then validates it (the loader's own rules, mapped to fields) and draws every field with its
problems right below it. Structural changes (accept all, add a goal) go through callbacks
that bump a generation number, so the widgets start again from the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import streamlit as st

from goals.domain.plan import KINDS, PERIOD_UNITS
from goals.domain.problems import Problem
from goals.editor import draft_review
from goals.editor.plan_rows import (
    EditablePlan,
    GoalFormRow,
    Validation,
    to_yaml,
    validate,
    validate_goal,
)
from goals.i18n import translate
from goals.services import plan_editing
from goals.services.file_import import FileResult
from goals.ui import access as ui_access
from goals.ui import shared as ui

HEADER_TEXT_FIELDS = ("title", "id", "org_name", "org_id", "org_level", "org_parent", "start",
                      "end", "adopted")
GOAL_TEXT_FIELDS = ("id", "metric", "goal", "tag", "baseline", "target", "commit", "stretch",
                    "per", "deadline", "responsible", "owners")
# The order a board reads a goal in: what is counted, how much, how often, then the rest.
FORM_ORDER = ("metric", "target", "per", "baseline", "tag", "goal", "deadline", "commit",
              "stretch", "responsible", "owners", "steps")
DECISIONS = {"draft": (None, True, False), "edit": (True, False)}
# The radio's options are words: a radio whose value is None would show nothing selected.
CHOICE = {None: "open", True: "in", False: "out"}
INCLUDED = {word: value for value, word in CHOICE.items()}


# --- the plan in the session ------------------------------------------------------------------

def start(ns: str, plan: EditablePlan, **extra: object) -> None:
    """Put `plan` in the editor `ns` (a new draft, or a plan opened from the database)."""
    st.session_state[f"{ns}_plan"] = plan
    st.session_state[f"{ns}_gen"] = st.session_state.get(f"{ns}_gen", 0) + 1
    st.session_state[f"{ns}_saved"] = None
    for name, value in extra.items():
        st.session_state[f"{ns}_{name}"] = value


def current(ns: str) -> EditablePlan | None:
    return st.session_state.get(f"{ns}_plan")


def _key(ns: str, *parts: object) -> str:
    return "_".join([ns, str(st.session_state.get(f"{ns}_gen", 0)), *map(str, parts)])


def _sync(ns: str, plan: EditablePlan) -> EditablePlan:
    """The plan with what the widgets of the last run now say."""
    state = st.session_state
    header = {name: state[_key(ns, "h", name)] for name in (*HEADER_TEXT_FIELDS, "language")
              if _key(ns, "h", name) in state}
    if header:
        plan = plan.with_header(**{k: v or "" for k, v in header.items()})
    for index, row in enumerate(plan.rows):
        changes: dict = {}
        for name in (*GOAL_TEXT_FIELDS, "text", "kind", "section"):
            key = _key(ns, index, name)
            if key in state:
                changes[name] = state[key] or ""
        if _key(ns, index, "steps") in state:
            changes["steps"] = tuple(line.strip() for line in
                                     (state[_key(ns, index, "steps")] or "").splitlines()
                                     if line.strip())
        if _key(ns, index, "decision") in state:
            changes["included"] = INCLUDED.get(state[_key(ns, index, "decision")])
        if changes:
            plan = plan.with_row(index, replace(row, **changes))
    return plan


def mutate(ns: str, change: Callable[[EditablePlan], EditablePlan]) -> None:
    """A structural change (as a button callback): the widgets start again from the plan."""
    plan = current(ns)
    if plan is None:
        return
    st.session_state[f"{ns}_plan"] = change(_sync(ns, plan))
    st.session_state[f"{ns}_gen"] = st.session_state.get(f"{ns}_gen", 0) + 1
    st.session_state[f"{ns}_saved"] = None


def _init(key: str, value: object) -> str:
    if key not in st.session_state:
        st.session_state[key] = value
    return key


def _problems(problems: list[Problem], lang: str) -> None:
    for problem in problems:
        st.markdown(f":red[:material/error: {ui.escape(problem.message(lang))}]")


def _checks(checks: list[str]) -> None:
    """What the drafter asks the board to verify, beside the field it is about."""
    for check in checks:
        st.caption(f":blue[:material/search: {ui.escape(check)}]")


def _merged(*groups: dict[str, list[Problem]]) -> dict[str, list[Problem]]:
    """Problems by field from several checks, each message once."""
    merged: dict[str, list[Problem]] = {}
    for group in groups:
        for name, problems in group.items():
            seen = {(p.key, repr(p.params)) for p in merged.get(name, [])}
            merged.setdefault(name, []).extend(
                p for p in problems if (p.key, repr(p.params)) not in seen)
    return merged


# --- the header ------------------------------------------------------------------------------

def header_form(ns: str, plan: EditablePlan, validation: Validation, lang: str,
                checks: dict[str, list[str]] | None = None) -> None:
    """Title, id, organisation, period, adoption date and language, each with its problems
    (and what the drafter asks to verify about it)."""
    header = plan.header
    checks = checks or {}
    shown = {*HEADER_TEXT_FIELDS, "language"}
    _checks([c for about, group in checks.items() if about not in shown for c in group])
    layout = (("title",), ("id", "org_name", "org_id"), ("start", "end", "adopted"),
              ("org_level", "org_parent"))
    for names in layout:
        columns = st.columns(len(names)) if len(names) > 1 else [st.container()]
        for column, name in zip(columns, names, strict=True):
            with column:
                st.text_input(translate(f"editor.header_{name}", lang),
                              key=_init(_key(ns, "h", name), getattr(header, name)),
                              placeholder=translate("editor.date_placeholder", lang)
                              if name in ("start", "end", "adopted") else None)
                _problems(validation.header.get(name, []), lang)
                _checks(checks.get(name, []))
    languages = ["sv", "nb", "en"]
    st.selectbox(translate("editor.header_language", lang), languages,
                 key=_init(_key(ns, "h", "language"),
                           header.language if header.language in languages else "sv"),
                 format_func=lambda code: translate(f"editor.language_{code}", lang))
    _problems(validation.header.get("language", []), lang)
    _checks(checks.get("language", []))
    _problems(validation.other, lang)


# --- one goal --------------------------------------------------------------------------------

def _decision_label(mode: str, included: bool | None, lang: str) -> str:
    name = {None: "open", True: "accepted" if mode == "draft" else "kept",
            False: "rejected" if mode == "draft" else "archived"}[included]
    return translate(f"editor.decision_{name}", lang)


def _title(row: GoalFormRow, problems: dict[str, list[Problem]], lang: str) -> str:
    words = row.text.strip() or translate("editor.untitled", lang)
    if len(words) > 90:
        words = words[:88] + "…"
    label = f"{ui.escape(words)} · {ui.escape(row.id)}" if row.id else ui.escape(words)
    count = sum(len(p) for p in problems.values())
    if count:
        to_fix = translate("editor.problem_count", lang, count=count)
        label += f" · :red[:material/warning: {to_fix}]"
    return label


DECISION_ICONS = {None: ":material/help:", True: ":material/check_circle:",
                  False: ":material/cancel:"}


def goal_form(ns: str, plan: EditablePlan, index: int, problems: dict[str, list[Problem]],
              mode: str, lang: str) -> None:
    """Decision, words, kind and the fields the kind uses, each with its problems."""
    row = plan.rows[index]
    with st.expander(_title(row, problems, lang), icon=DECISION_ICONS[row.included],
                     expanded=bool(problems) and row.included is not False):
        st.radio(translate("editor.decision", lang), [CHOICE[v] for v in DECISIONS[mode]],
                 horizontal=True, key=_init(_key(ns, index, "decision"), CHOICE[row.included]),
                 format_func=lambda word: _decision_label(mode, INCLUDED[word], lang))
        checks = row.checks_by_field()
        shown = {"kind", *_kind_field_names(row)}
        _checks([c for about, group in checks.items() if about not in shown for c in group])
        st.text_area(translate("editor.field_text", lang), key=_init(_key(ns, index, "text"),
                                                                     row.text), height=80)
        _problems(problems.get("text", []), lang)
        left, middle, right = st.columns(3)
        with left:
            st.text_input(translate("editor.field_id", lang),
                          key=_init(_key(ns, index, "id"), row.id))
            _problems(problems.get("id", []), lang)
        with middle:
            kinds = list(KINDS) if row.kind in KINDS else ["", *KINDS]
            st.selectbox(translate("editor.field_kind", lang), kinds,
                         key=_init(_key(ns, index, "kind"), row.kind),
                         format_func=lambda kind: translate(f"editor.kind_{kind or 'none'}",
                                                            lang))
            _problems(problems.get("kind", []), lang)
            _checks(checks.get("kind", []))
        with right:
            sections = list(dict.fromkeys([*plan.section_titles(), row.section]))
            st.selectbox(translate("editor.field_section", lang), sections,
                         key=_init(_key(ns, index, "section"), row.section),
                         accept_new_options=True)
            _problems(problems.get("section", []), lang)
        _kind_fields(ns, plan, index, problems, lang)


def _kind_fields(ns: str, plan: EditablePlan, index: int,
                 problems: dict[str, list[Problem]], lang: str) -> None:
    row = plan.rows[index]
    used = _kind_field_names(row)
    checks = row.checks_by_field()
    fields = [n for n in used if n != "steps"]
    for position, name in enumerate(fields):
        if position % 3 == 0:   # a row of three; on a phone they stack in this order
            columns = st.columns(3)
        with columns[position % 3]:
            key = _init(_key(ns, index, name), getattr(row, name))
            label = translate(f"editor.field_{name}", lang)
            if name == "metric":
                choices = list(dict.fromkeys(["", *plan.metric_choices(), row.metric]))
                st.selectbox(label, choices, key=key,
                             format_func=lambda m: _metric_label(plan, m, lang))
            elif name == "per":
                st.selectbox(label, ["", *PERIOD_UNITS], key=key,
                             format_func=lambda unit: translate(f"editor.per_{unit or 'none'}",
                                                                lang))
            else:
                st.text_input(label, key=key,
                              placeholder=translate(f"editor.hint_{name}", lang)
                              if name in ("target", "deadline", "owners") else None)
            _problems(problems.get(name, []), lang)
            _checks(checks.get(name, []))
    if "steps" in used:
        st.text_area(translate("editor.field_steps", lang), height=90,
                     key=_init(_key(ns, index, "steps"), "\n".join(row.steps)),
                     help=translate("editor.steps_help", lang))
        _problems(problems.get("steps", []), lang)
        _checks(checks.get("steps", []))


def _kind_field_names(row: GoalFormRow) -> list[str]:
    """The fields drawn below the kind: those the kind uses (id and text are drawn above)."""
    used = set(row.fields_for_kind())
    return [name for name in FORM_ORDER if name in used]


def _metric_label(plan: EditablePlan, metric_id: str, lang: str) -> str:
    if not metric_id:
        return translate("editor.no_metric", lang)
    metric = plan.metrics.get(metric_id)
    if metric is not None:
        return f"{metric.get('label', metric_id)} ({metric_id})"
    from goals.domain.catalogue import BY_ID

    entry = BY_ID.get(metric_id)
    return f"{entry.label(lang)} ({metric_id})" if entry else metric_id


# --- the whole editor ------------------------------------------------------------------------

def editor(ns: str, mode: str, lang: str, header_checks: dict[str, list[str]] | None = None
           ) -> tuple[EditablePlan, Validation]:
    """Header and goals of the plan in `ns`, validated; returns the plan as it now stands."""
    plan = _sync(ns, current(ns))
    st.session_state[f"{ns}_plan"] = plan
    validation = validate(plan)
    with st.container(border=True):
        st.subheader(translate("editor.header", lang))
        header_form(ns, plan, validation, lang, header_checks)
    st.subheader(translate("editor.goals", lang))
    counts = {value: sum(1 for r in plan.rows if r.included is value) for value in
              DECISIONS[mode]}
    st.caption(" · ".join(f"{_decision_label(mode, value, lang)}: {count}"
                          for value, count in counts.items()))
    if mode == "draft" and counts.get(None):
        st.button(translate("editor.accept_all", lang), key=f"{ns}_accept_all",
                  on_click=mutate, args=(ns, _accept_open))
    if mode == "draft":
        for number, (section, indices) in enumerate(draft_review.groups(plan)):
            with st.container(border=True):
                _group_bar(ns, plan, number, section, indices, lang)
                for index in indices:
                    _goal(ns, plan, validation, index, mode, lang)
    else:
        for index in range(len(plan.rows)):
            _goal(ns, plan, validation, index, mode, lang)
    st.button(translate("editor.add_goal", lang), key=f"{ns}_add_goal", icon=":material/add:",
              on_click=mutate, args=(ns, _new_goal))
    metric_form(ns, lang)
    return plan, validation


def _goal(ns: str, plan: EditablePlan, validation: Validation, index: int, mode: str,
          lang: str) -> None:
    row = plan.rows[index]
    problems = ({} if row.included is False   # left out: nothing in it is saved
                else _merged(validate_goal(plan, index), validation.for_goal(index)))
    goal_form(ns, plan, index, problems, mode, lang)


def _group_bar(ns: str, plan: EditablePlan, number: int, section: str,
               indices: tuple[int, ...], lang: str) -> None:
    """A heading's proposals: its title, how many are decided, and accept or reject them
    all in one click."""
    title = section.strip() or translate("editor.default_section", lang)
    decided = {value: sum(1 for i in indices if plan.rows[i].included is value)
               for value in DECISIONS["draft"]}
    left, middle, right = st.columns([4, 1, 1], vertical_alignment="center")
    left.markdown(f"**{ui.escape(title)}** · " + translate(
        "editor.group_counts", lang, count=len(indices), accepted=decided[True],
        rejected=decided[False]))
    middle.button(translate("editor.group_accept", lang), key=f"{ns}_group_{number}_accept",
                  icon=":material/done_all:", on_click=mutate,
                  args=(ns, lambda p: draft_review.decide_group(p, section, True)),
                  disabled=decided[True] == len(indices))
    right.button(translate("editor.group_reject", lang), key=f"{ns}_group_{number}_reject",
                 icon=":material/remove_done:", on_click=mutate,
                 args=(ns, lambda p: draft_review.decide_group(p, section, False)),
                 disabled=decided[False] == len(indices))


def metric_form(ns: str, lang: str) -> None:
    """A metric of the plan's own, for a goal that counts something the catalogue lacks."""
    with st.expander(translate("editor.new_metric", lang), icon=":material/straighten:"):
        st.caption(translate("editor.new_metric_help", lang))
        first, second, third, fourth = st.columns([2, 3, 2, 1])
        first.text_input(translate("editor.metric_id", lang), key=f"{ns}_metric_id")
        second.text_input(translate("editor.metric_label", lang), key=f"{ns}_metric_label")
        third.selectbox(translate("editor.metric_type", lang), ["flow", "level"],
                        key=f"{ns}_metric_type",
                        format_func=lambda kind: translate(f"editor.metric_{kind}", lang))
        fourth.text_input(translate("editor.metric_unit", lang), key=f"{ns}_metric_unit")
        st.button(translate("editor.add_metric", lang), key=f"{ns}_add_metric",
                  on_click=_add_metric, args=(ns,))


def _add_metric(ns: str) -> None:
    state = st.session_state
    metric_id = (state.get(f"{ns}_metric_id") or "").strip()
    if not metric_id:
        return
    label = (state.get(f"{ns}_metric_label") or "").strip() or metric_id
    mutate(ns, lambda plan: plan.with_metric(metric_id, label, state[f"{ns}_metric_type"],
                                             (state.get(f"{ns}_metric_unit") or "").strip()))
    for name in ("id", "label", "unit"):
        state[f"{ns}_metric_{name}"] = ""


def _accept_open(plan: EditablePlan) -> EditablePlan:
    rows = tuple(replace(r, included=True) if r.included is None else r for r in plan.rows)
    return replace(plan, rows=rows)


def _new_goal(plan: EditablePlan) -> EditablePlan:
    sections = plan.section_titles()
    section = sections[-1] if sections else translate("editor.default_section",
                                                      plan.header.language)
    return plan.added(GoalFormRow(id=plan.unique_goal_id("nytt-mal"), kind="milestone",
                              section=section))


def save_panel(ns: str, plan: EditablePlan, validation: Validation, lang: str) -> None:
    """The import's preview of the edited plan, then save; the YAML to download."""
    st.subheader(translate("editor.save_title", lang))
    undecided = sum(1 for r in plan.rows if r.included is None)
    if undecided:
        st.info(translate("editor.undecided_left_out", lang, count=undecided))
    saved = st.session_state.get(f"{ns}_saved")
    if saved:
        st.success(translate("editor.saved", lang, plan=ui.escape(saved)))
        st.page_link("app_pages/overview.py", label=translate("editor.open_overview", lang),
                     icon=":material/dashboard:", query_params={"plan": saved})
    for problem in st.session_state.get(f"{ns}_save_problems") or []:
        st.error(ui.escape(problem.render(lang)))
    if not validation.ok:
        st.error(translate("editor.fix_first", lang, count=validation.count()))
    else:
        preview = plan_editing.preview_plan(ui.engine(), plan, ui_access.actor())
        if preview.problems:
            _show_result_problems(preview, lang)
        else:
            if plan.opened_sha is None and not preview.plan_change.created:
                st.warning(translate("editor.replaces_existing", lang,
                                     plan=ui.escape(plan.header.id.strip())))
            _show_preview(preview, lang)
            st.button(translate("editor.save", lang), type="primary", key=f"{ns}_save",
                      on_click=_save, args=(ns,), disabled=preview.plan_change.unchanged)
    st.download_button(translate("editor.download_yaml", lang), to_yaml(plan),
                       file_name=f"{plan.header.id.strip() or 'plan'}.yaml",
                       mime="application/yaml", key=f"{ns}_download")


def _save(ns: str) -> None:
    plan = _sync(ns, current(ns))
    st.session_state[f"{ns}_plan"] = plan
    result = plan_editing.save_plan(ui.engine(), plan, ui_access.actor())
    if result.ok:
        st.session_state[f"{ns}_plan"] = plan_editing.as_saved(ui.engine(), plan)
    st.session_state[f"{ns}_saved"] = plan.header.id.strip() if result.ok else None
    st.session_state[f"{ns}_save_problems"] = list(result.problems)


def _show_result_problems(result: FileResult, lang: str) -> None:
    st.error(translate("editor.import_problems", lang, count=len(result.problems)))
    for problem in result.problems:
        st.markdown(f"- {ui.escape(problem.path)}: {ui.escape(problem.message(lang))}")


def _show_preview(result: FileResult, lang: str) -> None:
    change = result.plan_change
    if change.created:
        st.markdown(translate("plans.new_plan", lang, plan=ui.escape(change.plan_id),
                              count=len(change.added)))
        return
    if change.unchanged:
        st.markdown(translate("plans.unchanged", lang))
        return
    st.markdown(translate("plans.preview", lang))
    for key in ("added", "changed", "archived", "restored"):
        ids = getattr(change, key)
        if ids:
            st.markdown(f"**{translate(f'plans.{key}', lang)}:** "
                        + ", ".join(ui.escape(i) for i in ids))
    if change.plan_fields_changed and not any(getattr(change, k) for k in
                                              ("added", "changed", "archived", "restored")):
        st.markdown(translate("editor.header_changed", lang))
