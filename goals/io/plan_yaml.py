"""YAML file -> `Plan`, or every problem in it with line, column and breadcrumb.

The loader reads YAML as *nodes* rather than Python values, for three reasons: every problem
can name the line and column it is on; a target is read as written (`+50` is "fifty more",
which a plain YAML reader turns into the number 50); and anchors, aliases and tags are
refused before anything is expanded. It collects all problems rather than stopping at the
first, so a secretary fixes a file in one round.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from pathlib import Path

import yaml

from goals.domain.plan import (
    DEFAULT_BEHIND,
    DEFAULT_ON_TRACK,
    KINDS,
    LANGUAGES,
    METRIC_TYPES,
    PERIOD_UNITS,
    Goal,
    IncreaseTarget,
    Level,
    Metric,
    Organisation,
    Owner,
    Plan,
    Reminders,
    Section,
)
from goals.domain.problems import NO_HINT, Hint, InputError, Problem, did_you_mean
from goals.domain.quantities import (
    NumberError,
    is_zero_change,
    parse_fraction,
    parse_increase,
    parse_number,
)

MAX_FILE_BYTES = 1_000_000
MAX_TEXT = 2000
# A target or a baseline is a count or an amount of kronor: far below this. A 400-digit
# target was accepted once, and then every page that turned it into a float failed.
MAX_NUMBER = 10**12
MAX_NUMBER_CHARS = 40
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YAML_TAG_PREFIX = "tag:yaml.org,2002:"
# What people write for a language code instead of sv / nb (country codes, old codes).
LANGUAGE_ALIASES = {"se": "sv", "sw": "sv", "swe": "sv", "no": "nb", "nn": "nb", "nor": "nb",
                    "gb": "en", "uk": "en", "eng": "en"}

PLAN_KEYS = ("id", "title", "organisation", "period", "adopted", "language", "status",
             "reminders", "metrics", "sections")
REMINDER_KEYS = ("silent_days", "member_nudge", "board", "members")
OWNER_KEYS = ("name", "email")
EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+$")
MAX_SILENT_DAYS = 365
ORGANISATION_KEYS = ("id", "name", "level", "parent")
PERIOD_KEYS = ("start", "end")
METRIC_KEYS = ("label", "type", "unit", "tags", "one")
SECTION_KEYS = ("title", "goals")
STATUS_KEYS = ("on_track", "behind")
GOAL_COMMON_KEYS = ("id", "text", "kind", "start", "deadline", "responsible", "checkpoints",
                    "notes", "owners")
LEVEL_KEYS = ("commit", "stretch")
KIND_KEYS: dict[str, tuple[str, ...]] = {
    "milestone": ("steps",),
    "total": ("metric", "target", "tag") + LEVEL_KEYS,
    "rate": ("metric", "target", "per", "tag") + LEVEL_KEYS,
    "increase": ("metric", "target", "baseline", "tag") + LEVEL_KEYS,
    "share": ("metric", "tag", "target") + LEVEL_KEYS,
    "coverage": ("goal", "target") + LEVEL_KEYS,
}
KIND_REQUIRED: dict[str, tuple[str, ...]] = {
    "milestone": (),
    "total": ("metric", "target"),
    "rate": ("metric", "target", "per"),
    "increase": ("metric", "target"),
    "share": ("metric", "tag", "target"),
    "coverage": ("goal", "target"),
}
ALL_GOAL_KEYS = tuple(dict.fromkeys(GOAL_COMMON_KEYS + sum(KIND_KEYS.values(), ())))


def load_plan_file(path: str | Path, display_name: str | None = None) -> Plan:
    """The plan in `path`; raises `InputError` listing every problem."""
    path = Path(path)
    name = display_name or str(path)
    try:
        data = path.read_bytes()
    except OSError:
        raise InputError([Problem("file.not_found", file=name)]) from None
    return load_plan_bytes(data, name)


def load_plan_bytes(data: bytes, file: str = "<plan>") -> Plan:
    """The plan in `data` (the bytes of a YAML file); raises `InputError`."""
    plan, problems = check_plan_bytes(data, file)
    if problems or plan is None:
        raise InputError(problems)
    return plan


def check_plan_bytes(data: bytes, file: str = "<plan>") -> tuple[Plan | None, list[Problem]]:
    """Validate without raising: the plan (when clean) and the problems found."""
    plan, problems = _check(data)
    return (None if problems else plan), [p.in_file(file) for p in problems]


def _check(data: bytes) -> tuple[Plan | None, list[Problem]]:
    if len(data) > MAX_FILE_BYTES:
        return None, [Problem("file.too_large", {"size": len(data), "limit": MAX_FILE_BYTES},
                              line=1, column=1)]
    text, problem = _decode(data)
    if problem:
        return None, [problem]
    node, problems = _parse_yaml(text)
    if problems or node is None:
        return None, problems
    reader = _PlanReader()
    plan = reader.read(node)
    return (plan if not reader.problems else None), reader.problems


def _decode(data: bytes) -> tuple[str, Problem | None]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", "replace")) + 1
        bad = f"{data[error.start]:02X}"
        return "", Problem("file.not_utf8", {"byte": bad}, line, column)
    return text, None


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


# What YAML refuses to read (its printable set, YAML 1.1 §5.1): found before the parser
# sees it, so the message names the line and column instead of a ReaderError escaping.
_UNREADABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd"
                         "\U00010000-\U0010ffff]")
MAX_DEPTH = 40    # a plan nests five levels; 5 000 would exhaust the stack while composed


def _unreadable(text: str) -> Problem | None:
    match = _UNREADABLE.search(text)
    if match is None:
        return None
    before = text[: match.start()]
    line = before.count("\n") + 1
    column = match.start() - (before.rfind("\n") + 1) + 1
    return Problem("yaml.bad_character", {"code": f"U+{ord(match.group()):04X}"}, line,
                   column)


def _parse_yaml(text: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Compose one YAML document, refusing anchors, aliases, tags and extra documents.

    libyaml (when installed) reads a good file several times faster; a file it refuses is
    read again by the pure-Python reader, whose messages the error tests pin down."""
    bad = _unreadable(text)
    if bad is not None:
        return None, [bad]
    if _FAST_LOADER is not None:
        try:
            return _compose(text, _FAST_LOADER)
        except yaml.YAMLError:
            pass
    try:
        return _compose(text, yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(error)]


def _compose(text: str, loader: type) -> tuple[yaml.Node | None, list[Problem]]:
    if not _has_content(text):
        return None, [Problem("file.empty", line=1, column=1)]
    documents = depth = 0
    for event in yaml.parse(text, Loader=loader):
        problem = _forbidden_event(event)
        if problem:
            return None, [problem]
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:   # capped while parsing, before anything is composed
                return None, [_at(event, "yaml.too_deep", limit=MAX_DEPTH)]
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                return None, [_at(event, "yaml.several_documents")]
    node = yaml.compose(text, Loader=loader)
    if node is None:
        return None, [Problem("file.empty", line=1, column=1)]
    return node, []


def _syntax_problem(error: yaml.MarkedYAMLError) -> Problem:
    """A YAML syntax error with where it is and, for an unclosed bracket, where it began."""
    mark = error.problem_mark or error.context_mark
    problem = " ".join(filter(None, [error.problem, error.context])) or str(error)
    line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
    began = error.context_mark
    where = (Hint("yaml.began_at", {"line": began.line + 1, "column": began.column + 1})
             if error.context and began and mark and began.line != mark.line
             else NO_HINT)
    return Problem("yaml.syntax", {"problem": problem, "began": where}, line, column)


def _has_content(text: str) -> bool:
    return any(
        line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()
    )


def _forbidden_event(event: yaml.Event) -> Problem | None:
    if isinstance(event, yaml.AliasEvent):
        return _at(event, "yaml.alias", name=event.anchor)
    anchor = getattr(event, "anchor", None)
    if anchor:
        return _at(event, "yaml.anchor", name=anchor)
    tag = getattr(event, "tag", None)
    implicit = getattr(event, "implicit", True)
    explicit = tag and (implicit is False or (isinstance(implicit, tuple) and not any(implicit)))
    if explicit and tag != "!":
        shown = "!!" + tag[len(_YAML_TAG_PREFIX):] if tag.startswith(_YAML_TAG_PREFIX) else tag
        return _at(event, "yaml.tag", tag=shown)
    return None


def _at(event_or_node: yaml.Event | yaml.Node, key: str, **params: object) -> Problem:
    mark = event_or_node.start_mark
    return Problem(key, params, mark.line + 1, mark.column + 1)


def ascii_slug(value: str) -> str:
    """`Medlemsökning 2021` -> `medlemsokning-2021`: the id a person probably meant."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_-]+", "-", plain.lower()).strip("-")
    return slug


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return repr(node.value) if node.value != "" else "null"


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


@dataclass
class _Mapping:
    """A YAML mapping's values by key, with the nodes kept for line numbers."""

    node: yaml.MappingNode
    values: dict[str, yaml.Node] = field(default_factory=dict)
    keys: dict[str, yaml.Node] = field(default_factory=dict)

    def get(self, key: str) -> yaml.Node | None:
        value = self.values.get(key)
        return None if value is None or _is_null(value) else value


class _PlanReader:
    """Walks the node tree once, building the plan and collecting problems."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    # -- reporting -----------------------------------------------------------------------

    def problem(self, node: yaml.Node, path: str, key: str, /, **params: object) -> None:
        mark = node.start_mark
        self.problems.append(Problem(key, params, mark.line + 1, mark.column + 1, path))

    # -- generic readers -------------------------------------------------------------------

    def mapping(
        self,
        node: yaml.Node,
        path: str,
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
        kind_note: str | None = None,
        known: tuple[str, ...] = (),
    ) -> _Mapping | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, path, "plan.expected_mapping", got=_describe(node))
            return None
        result = _Mapping(node)
        suggested: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            key_path = f"{path}.{key}" if path else key
            if key in result.keys:
                first = result.keys[key].start_mark.line + 1
                self.problem(key_node, key_path, "plan.duplicate_key", field=key, first_line=first)
                continue
            result.keys[key] = key_node
            if key not in allowed:
                if key in known and kind_note:
                    self.problem(key_node, key_path, "plan.key_not_for_kind", field=key,
                                 kind=kind_note, allowed=", ".join(allowed))
                else:
                    hint = did_you_mean(key, allowed)
                    suggested.update([hint.params["suggestion"]] if hint.params else [])
                    self.problem(key_node, key_path, "plan.unknown_key", field=key,
                                 hint=hint, allowed=", ".join(allowed))
                continue
            result.values[key] = value_node
        for key in required:
            if result.get(key) is None and key not in suggested:
                where = result.keys.get(key, node)
                missing_path = f"{path}.{key}" if path else key
                if kind_note:
                    self.problem(where, missing_path, "plan.missing_key_for_kind", field=key,
                                 kind=kind_note)
                else:
                    self.problem(where, missing_path, "plan.missing_key", field=key)
        return result

    def text(self, node: yaml.Node | None, path: str) -> str | None:
        if node is None:
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, path, "plan.expected_text", got=_describe(node))
            return None
        value = node.value.strip()
        if not value:
            self.problem(node, path, "plan.text_empty")
            return None
        if len(value) > MAX_TEXT:
            self.problem(node, path, "plan.text_too_long", length=len(value), limit=MAX_TEXT)
            return None
        return value

    def slug(self, node: yaml.Node | None, path: str) -> str | None:
        value = self.text(node, path)
        if value is None or node is None:
            return None
        if not SLUG.match(value):
            suggestion = ascii_slug(value)
            hint = did_you_mean(suggestion, [suggestion]) if suggestion else NO_HINT
            self.problem(node, path, "plan.bad_slug", value=value, hint=hint)
            return None
        return value

    def choice(self, node: yaml.Node | None, path: str, allowed: tuple[str, ...],
               aliases: dict[str, str] | None = None) -> str | None:
        value = self.text(node, path)
        if value is None or node is None:
            return None
        if value not in allowed:
            alias = (aliases or {}).get(value.lower())
            hint = (Hint("plan.did_you_mean", {"suggestion": alias}) if alias
                    else did_you_mean(value, allowed))
            self.problem(node, path, "plan.bad_choice", value=value,
                         hint=hint, allowed=", ".join(allowed))
            return None
        return value

    def date(self, node: yaml.Node | None, path: str) -> date | None:
        value = self.text(node, path)
        if value is None or node is None:
            return None
        if not ISO_DATE.match(value):
            self.problem(node, path, "plan.bad_date", value=value)
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.problem(node, path, "plan.unreal_date", value=value, reason=why_unreal(value))
            return None

    def number(self, node: yaml.Node | None, path: str) -> Fraction | None:
        value = self.text(node, path)
        if value is None or node is None:
            return None
        try:
            number = parse_number(value) if len(value) <= MAX_NUMBER_CHARS else None
        except NumberError as error:
            self.number_problem(node, path, error)
            return None
        if number is None or abs(number) > MAX_NUMBER:
            self.problem(node, path, "plan.number_too_large", value=value[:20],
                         limit=f"{MAX_NUMBER:,}".replace(",", " "))
            return None
        return number

    def number_problem(self, node: yaml.Node, path: str, error: NumberError) -> None:
        if error.key == "plan.bad_number":
            hint = Hint("plan.number_hint", {"suggestion": error.suggestion}) \
                if error.suggestion else NO_HINT
            self.problem(node, path, error.key, value=error.text, hint=hint)
        elif error.key in ("plan.bad_fraction", "plan.bad_increase"):
            hint = Hint("plan.did_you_mean", {"suggestion": error.suggestion}) \
                if error.suggestion else NO_HINT
            self.problem(node, path, error.key, value=error.text, hint=hint)
        else:
            self.problem(node, path, error.key, value=error.text)

    def fraction(self, node: yaml.Node | None, path: str) -> Fraction | None:
        value = self.text(node, path)
        if value is None or node is None:
            return None
        try:
            return parse_fraction(value)
        except NumberError as error:
            self.number_problem(node, path, error)
            return None

    def sequence(self, node: yaml.Node | None, path: str) -> list[yaml.Node]:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, path, "plan.expected_list", got=_describe(node))
            return []
        return list(node.value)

    # -- the plan --------------------------------------------------------------------------

    def read(self, root: yaml.Node) -> Plan | None:
        top = self.mapping(root, "", PLAN_KEYS, ("id", "title", "organisation", "period",
                                                 "sections"))
        if top is None:
            return None
        plan_id = self.slug(top.get("id"), "id")
        title = self.text(top.get("title"), "title")
        organisation = self.organisation(top.get("organisation"))
        period = self.period(top.get("period"))
        adopted = self.date(top.get("adopted"), "adopted")
        language = self.choice(top.get("language"), "language", LANGUAGES,
                               LANGUAGE_ALIASES) or "sv"
        on_track, behind = self.thresholds(top.get("status"))
        reminders = self.reminders(top.get("reminders"))
        metrics = self.metrics(top.get("metrics"))
        sections = self.sections(top.get("sections"), metrics, period)
        if self.problems or None in (plan_id, title, organisation, period):
            return None
        assert plan_id and title and organisation and period
        return Plan(
            id=plan_id, title=title, organisation=organisation, period_start=period[0],
            period_end=period[1], language=language, adopted=adopted, metrics=metrics,
            sections=tuple(sections), on_track=on_track, behind=behind, reminders=reminders,
        )

    def organisation(self, node: yaml.Node | None) -> Organisation | None:
        if node is None:
            return None
        org = self.mapping(node, "organisation", ORGANISATION_KEYS, ("id", "name"))
        if org is None:
            return None
        org_id = self.slug(org.get("id"), "organisation.id")
        name = self.text(org.get("name"), "organisation.name")
        level = self.text(org.get("level"), "organisation.level") or ""
        parent = self.slug(org.get("parent"), "organisation.parent")
        if org_id is None or name is None:
            return None
        return Organisation(org_id, name, level, parent)

    def period(self, node: yaml.Node | None) -> tuple[date, date] | None:
        if node is None:
            return None
        period = self.mapping(node, "period", PERIOD_KEYS, PERIOD_KEYS)
        if period is None:
            return None
        start = self.date(period.get("start"), "period.start")
        end = self.date(period.get("end"), "period.end")
        if start is None or end is None:
            return None
        if end < start:
            self.problem(period.values["end"], "period.end", "plan.period_order",
                         start=start.isoformat(), end=end.isoformat())
            return None
        return start, end

    def thresholds(self, node: yaml.Node | None) -> tuple[Fraction, Fraction]:
        if node is None:
            return DEFAULT_ON_TRACK, DEFAULT_BEHIND
        status = self.mapping(node, "status", STATUS_KEYS)
        if status is None:
            return DEFAULT_ON_TRACK, DEFAULT_BEHIND
        on_track = self.fraction(status.get("on_track"), "status.on_track")
        behind = self.fraction(status.get("behind"), "status.behind")
        on_track = DEFAULT_ON_TRACK if on_track is None else on_track
        behind = DEFAULT_BEHIND if behind is None else behind
        if behind > on_track:
            self.problem(node, "status", "plan.threshold_order", on_track=float(on_track),
                         behind=float(behind))
        return on_track, behind

    # -- follow-up between meetings (docs/plan-format-extensions.md) ------------------------

    def reminders(self, node: yaml.Node | None) -> Reminders | None:
        if node is None:
            return None
        fields = self.mapping(node, "reminders", REMINDER_KEYS)
        if fields is None:
            return None
        days = self.whole_number(fields.get("silent_days"), "reminders.silent_days")
        nudge = self.boolean(fields.get("member_nudge"), "reminders.member_nudge")
        board = []
        for index, item in enumerate(self.sequence(fields.get("board"), "reminders.board")):
            address = self.email(item, f"reminders.board[{index}]")
            if address is not None:
                board.append(address)
        members = self.owners(fields.get("members"), "reminders.members")
        return Reminders(silent_days=days or Reminders.silent_days,
                         member_nudge=bool(nudge), board=tuple(board), members=members)

    def whole_number(self, node: yaml.Node | None, path: str) -> int | None:
        value = self.text(node, path)
        if value is None or node is None:
            return None
        if not value.isdigit() or not 1 <= int(value) <= MAX_SILENT_DAYS:
            self.problem(node, path, "plan.bad_day_count", value=value, limit=MAX_SILENT_DAYS)
            return None
        return int(value)

    def boolean(self, node: yaml.Node | None, path: str) -> bool | None:
        value = self.text(node, path)
        if value is None or node is None:
            return None
        lowered = value.lower()
        if lowered not in ("true", "false", "yes", "no", "on", "off"):
            self.problem(node, path, "plan.bad_boolean", value=value)
            return None
        return lowered in ("true", "yes", "on")

    def email(self, node: yaml.Node | None, path: str) -> str | None:
        value = self.text(node, path)
        if value is None or node is None:
            return None
        if not EMAIL.match(value) or len(value) > 254:
            self.problem(node, path, "plan.bad_email", value=value)
            return None
        return value

    def owners(self, node: yaml.Node | None, path: str) -> tuple[Owner, ...]:
        """An account's e-mail, or {name, email?} for someone who gave an address."""
        owners: list[Owner] = []
        for index, item in enumerate(self.sequence(node, path)):
            item_path = f"{path}[{index}]"
            if isinstance(item, yaml.ScalarNode):
                address = self.email(item, item_path)
                if address is not None:
                    owners.append(Owner(email=address, account=True))
                continue
            fields = self.mapping(item, item_path, OWNER_KEYS, ("name",))
            if fields is None:
                continue
            name = self.text(fields.get("name"), f"{item_path}.name")
            address = self.email(fields.get("email"), f"{item_path}.email")
            if name is not None:
                owners.append(Owner(name=name, email=address))
        return tuple(owners)

    def levels(self, kind: str, fields: _Mapping, path: str,
               details: dict) -> tuple[Level | None, Level | None]:
        """`commit:` and `stretch:`, read like the target, with commit <= target <= stretch."""
        levels = []
        for key in LEVEL_KEYS:
            node = fields.get(key)
            level = None if node is None else self.level(kind, node, f"{path}.{key}",
                                                         details.get("baseline"))
            levels.append(level)
        commit, stretch = levels
        target = _comparable(kind, details.get("target"), details.get("increase"),
                             details.get("baseline"))
        for key, level, wrong in (("commit", commit, 1), ("stretch", stretch, -1)):
            value = None if level is None else _comparable(
                kind, level.value, level.increase, details.get("baseline"))
            if value is None or target is None:
                continue
            if (value - target) * wrong > 0:
                self.problem(fields.values[key], f"{path}.{key}", f"plan.{key}_order",
                             value=level.text, target=details.get("target_text"))
        return commit, stretch

    def level(self, kind: str, node: yaml.Node, path: str,
              baseline: Fraction | None) -> Level | None:
        text = self.text(node, path)
        if text is None:
            return None
        if kind == "increase":
            increase = self.increase_target(node, path, baseline)
            return None if increase is None else Level(text, increase=increase)
        if kind in ("share", "coverage"):
            value = self.fraction(node, path)
        else:
            value = self.number(node, path)
            if value is not None and value <= 0:
                self.problem(node, path, "plan.must_be_positive", kind=kind, value=text)
                return None
        return None if value is None else Level(text, value=value)

    def metrics(self, node: yaml.Node | None) -> dict[str, Metric]:
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "metrics", "plan.expected_mapping", got=_describe(node))
            return {}
        metrics: dict[str, Metric] = {}
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            path = f"metrics.{key_node.value}"
            if key_node.value in seen:
                first = seen[key_node.value].start_mark.line + 1
                self.problem(key_node, path, "plan.duplicate_key", field=key_node.value,
                             first_line=first)
                continue
            seen[key_node.value] = key_node
            metric_id = self.slug(key_node, path)
            metric = self.metric(value_node, path, metric_id)
            if metric is not None:
                metrics[metric.id] = metric
        return metrics

    def metric(self, node: yaml.Node, path: str, metric_id: str | None) -> Metric | None:
        fields = self.mapping(node, path, METRIC_KEYS, ("label", "type"))
        if fields is None:
            return None
        label = self.text(fields.get("label"), f"{path}.label")
        metric_type = self.choice(fields.get("type"), f"{path}.type", METRIC_TYPES)
        unit = self.text(fields.get("unit"), f"{path}.unit")
        tags = self.tags(fields.get("tags"), f"{path}.tags")
        one = self.text(fields.get("one"), f"{path}.one")
        if None in (metric_id, label, metric_type):
            return None
        assert metric_id and label and metric_type
        return Metric(metric_id, label, metric_type, unit, tags, one)

    def tags(self, node: yaml.Node | None, path: str) -> tuple[str, ...]:
        tags: list[str] = []
        for index, item in enumerate(self.sequence(node, path)):
            tag = self.tag_text(item, f"{path}[{index}]")
            if tag is not None and tag not in tags:
                tags.append(tag)
        return tuple(tags)

    def tag_text(self, node: yaml.Node | None, path: str) -> str | None:
        tag = self.text(node, path)
        if tag is not None and node is not None and re.search(r"[;|,]", tag):
            self.problem(node, path, "plan.bad_tag", value=tag)
            return None
        return tag

    # -- sections and goals ----------------------------------------------------------------

    def sections(self, node: yaml.Node | None, metrics: dict[str, Metric],
                 period: tuple[date, date] | None) -> list[Section]:
        sections: list[Section] = []
        goal_lines: dict[str, int] = {}
        for index, item in enumerate(self.sequence(node, "sections")):
            path = f"sections[{index}]"
            fields = self.mapping(item, path, SECTION_KEYS, ("title", "goals"))
            if fields is None:
                continue
            title = self.text(fields.get("title"), f"{path}.title") or ""
            goals: list[Goal] = []
            for goal_index, goal_node in enumerate(self.sequence(fields.get("goals"),
                                                                 f"{path}.goals")):
                goal = self.goal(goal_node, f"{path}.goals[{goal_index}]", title, metrics,
                                 period, goal_lines)
                if goal is not None:
                    goals.append(goal)
            sections.append(Section(title, tuple(goals)))
        return sections

    def goal(self, node: yaml.Node, path: str, section: str, metrics: dict[str, Metric],
             period: tuple[date, date] | None, goal_lines: dict[str, int]) -> Goal | None:
        goal_id_node = node.value and _lookup(node, "id")
        goal_id_text = goal_id_node.value if isinstance(goal_id_node, yaml.ScalarNode) else None
        if goal_id_text:
            path = f"{path} (id='{goal_id_text}')"
        kind_node = _lookup(node, "kind")
        kind = None
        if kind_node is not None:
            kind = self.choice(kind_node, f"{path}.kind", KINDS)
        allowed = GOAL_COMMON_KEYS + KIND_KEYS.get(kind or "", ())
        required = ("id", "text", "kind") + KIND_REQUIRED.get(kind or "", ())
        if kind is None:
            allowed, required = ALL_GOAL_KEYS, ("id", "text", "kind")
        fields = self.mapping(node, path, allowed, required, kind_note=kind, known=ALL_GOAL_KEYS)
        if fields is None:
            return None
        goal_id = self.slug(fields.get("id"), f"{path}.id")
        if goal_id is not None:
            if goal_id in goal_lines:
                self.problem(fields.values["id"], f"{path}.id", "plan.duplicate_goal",
                             value=goal_id, first_line=goal_lines[goal_id])
            else:
                goal_lines[goal_id] = fields.values["id"].start_mark.line + 1
        text = self.text(fields.get("text"), f"{path}.text")
        responsible = self.text(fields.get("responsible"), f"{path}.responsible")
        notes = self.text(fields.get("notes"), f"{path}.notes")
        window = self.window(fields, path, period)
        if kind is None or goal_id is None or text is None or window is None:
            return None
        checkpoints = self.checkpoints(fields.get("checkpoints"), f"{path}.checkpoints", window)
        owners = self.owners(fields.get("owners"), f"{path}.owners")
        details = self.kind_details(kind, fields, path, metrics)
        if details is None:
            return None
        commit, stretch = self.levels(kind, fields, path, details)
        return Goal(
            id=goal_id, text=text, kind=kind, section=section, window_start=window[0],
            window_end=window[1], start=_explicit_date(fields.get("start")),
            deadline=_explicit_date(fields.get("deadline")),
            responsible=responsible, checkpoints=checkpoints, notes=notes, owners=owners,
            commit=commit, stretch=stretch, **details,
        )

    def window(self, fields: _Mapping, path: str,
               period: tuple[date, date] | None) -> tuple[date, date] | None:
        start = self.date(fields.get("start"), f"{path}.start")
        deadline = self.date(fields.get("deadline"), f"{path}.deadline")
        if period is None:
            return None
        ok = True
        for key, value in (("start", start), ("deadline", deadline)):
            if value is not None and not period[0] <= value <= period[1]:
                self.problem(fields.values[key], f"{path}.{key}", "plan.outside_period",
                             value=value.isoformat(), start=period[0].isoformat(),
                             end=period[1].isoformat())
                ok = False
        if (fields.get("start") is not None and start is None) or (
            fields.get("deadline") is not None and deadline is None
        ):
            return None
        start = start or period[0]
        deadline = deadline or period[1]
        if ok and deadline < start:
            self.problem(fields.values.get("deadline") or fields.node, f"{path}.deadline",
                         "plan.window_order", start=start.isoformat(),
                         deadline=deadline.isoformat())
            return None
        return (start, deadline) if ok else None

    def checkpoints(self, node: yaml.Node | None, path: str,
                    window: tuple[date, date]) -> tuple[tuple[date, Fraction], ...]:
        if node is None:
            return ()
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, path, "plan.expected_mapping", got=_describe(node))
            return ()
        points: list[tuple[date, Fraction, yaml.Node]] = []
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key_path = f"{path}.{key_node.value}"
            if key_node.value in seen:
                self.problem(key_node, key_path, "plan.duplicate_key", field=key_node.value,
                             first_line=seen[key_node.value].start_mark.line + 1)
                continue
            seen[key_node.value] = key_node
            day = self.date(key_node, key_path)
            fraction = self.checkpoint_fraction(value_node, key_path)
            if day is None or fraction is None:
                continue
            if not window[0] <= day <= window[1]:
                self.problem(key_node, key_path, "plan.checkpoint_outside",
                             value=day.isoformat(), start=window[0].isoformat(),
                             deadline=window[1].isoformat())
                continue
            points.append((day, fraction, key_node))
        points.sort(key=lambda p: p[0])
        for (_, before, _), (day, fraction, key_node) in zip(points, points[1:], strict=False):
            if fraction < before:
                self.problem(key_node, f"{path}.{day.isoformat()}", "plan.checkpoint_decreasing",
                             value=day.isoformat(), fraction=f"{float(fraction):.0%}",
                             previous=f"{float(before):.0%}")
        return tuple((day, fraction) for day, fraction, _ in points)

    def checkpoint_fraction(self, node: yaml.Node, path: str) -> Fraction | None:
        value = self.text(node, path)
        if value is None:
            return None
        try:
            if value.strip().endswith("%"):
                fraction = parse_number(value.strip()[:-1]) / 100
            else:
                fraction = parse_number(value)
        except NumberError:
            fraction = None
        if fraction is None or not 0 <= fraction <= 1:
            self.problem(node, path, "plan.checkpoint_fraction", value=value)
            return None
        return fraction

    # -- what each kind needs --------------------------------------------------------------

    def kind_details(self, kind: str, fields: _Mapping, path: str,
                     metrics: dict[str, Metric]) -> dict | None:
        reader = {
            "milestone": self.milestone_details,
            "total": self.amount_details,
            "rate": self.amount_details,
            "increase": self.increase_details,
            "share": self.share_details,
            "coverage": self.coverage_details,
        }[kind]
        before = len(self.problems)
        details = reader(kind, fields, path, metrics)
        return details if len(self.problems) == before else None

    def milestone_details(self, kind: str, fields: _Mapping, path: str,
                          metrics: dict[str, Metric]) -> dict:
        steps: list[str] = []
        for index, item in enumerate(self.sequence(fields.get("steps"), f"{path}.steps")):
            step = self.text(item, f"{path}.steps[{index}]")
            if step is None:
                continue
            if step in steps:
                self.problem(item, f"{path}.steps[{index}]", "plan.duplicate_step", value=step)
            steps.append(step)
        return {"steps": tuple(steps)}

    def metric_ref(self, fields: _Mapping, path: str, metrics: dict[str, Metric],
                   kind: str, needs_flow: bool) -> Metric | None:
        node = fields.get("metric")
        metric_id = self.text(node, f"{path}.metric")
        if metric_id is None or node is None:
            return None
        metric = metrics.get(metric_id)
        if metric is None:
            self.problem(node, f"{path}.metric", "plan.unknown_metric", value=metric_id,
                         hint=did_you_mean(metric_id, list(metrics)),
                         allowed=", ".join(metrics) or "–")
            return None
        if needs_flow and metric.type != "flow":
            self.problem(node, f"{path}.metric", "plan.needs_flow", kind=kind,
                         metric=metric_id, type=metric.type)
            return None
        return metric

    def tag_ref(self, fields: _Mapping, path: str, metric: Metric | None) -> str | None:
        node = fields.get("tag")
        tag = self.tag_text(node, f"{path}.tag")
        if tag is None or metric is None or node is None:
            return tag
        if tag not in metric.tags:
            self.problem(node, f"{path}.tag", "plan.unknown_tag", value=tag, metric=metric.id,
                         allowed=", ".join(metric.tags) or "–")
        return tag

    def amount_details(self, kind: str, fields: _Mapping, path: str,
                       metrics: dict[str, Metric]) -> dict:
        metric = self.metric_ref(fields, path, metrics, kind, needs_flow=True)
        tag = self.tag_ref(fields, path, metric)
        target_node = fields.get("target")
        target = self.number(target_node, f"{path}.target")
        if target is not None and target <= 0 and target_node is not None:
            self.problem(target_node, f"{path}.target", "plan.must_be_positive", kind=kind,
                         value=target_node.value)
        per = None
        if kind == "rate":
            per = self.choice(fields.get("per"), f"{path}.per", PERIOD_UNITS)
        return {"metric": metric and metric.id, "tag": tag, "target": target, "per": per,
                "target_text": target_node.value.strip() if target_node is not None else None}

    def increase_details(self, kind: str, fields: _Mapping, path: str,
                         metrics: dict[str, Metric]) -> dict:
        metric = self.metric_ref(fields, path, metrics, kind, needs_flow=False)
        tag = self.tag_ref(fields, path, metric)
        baseline_node = fields.get("baseline")
        baseline = self.number(baseline_node, f"{path}.baseline")
        if baseline is not None and baseline < 0 and baseline_node is not None:
            self.problem(baseline_node, f"{path}.baseline", "plan.negative_baseline",
                         value=baseline_node.value)
        target = self.increase_target(fields.get("target"), f"{path}.target", baseline)
        if metric is not None and metric.type == "flow" and baseline_node is None:
            self.problem(fields.values.get("metric") or fields.node, f"{path}.baseline",
                         "plan.flow_increase_needs_baseline", metric=metric.id)
        return {"metric": metric and metric.id, "tag": tag, "baseline": baseline,
                "increase": target, "target_text": target and target.text}

    def increase_target(self, node: yaml.Node | None, path: str,
                        baseline: Fraction | None) -> IncreaseTarget | None:
        value = self.text(node, path)
        if value is None or node is None:
            return None
        try:
            target = parse_increase(value) if len(value) <= MAX_NUMBER_CHARS else None
        except NumberError as error:
            self.number_problem(node, path, error)
            return None
        if target is None or target.amount > MAX_NUMBER:
            self.problem(node, path, "plan.number_too_large", value=value[:20],
                         limit=f"{MAX_NUMBER:,}".replace(",", " "))
            return None
        if is_zero_change(target) or (
            baseline is not None and target.goal_level(baseline) == baseline
        ):
            self.problem(node, path, "plan.zero_change", value=value)
            return None
        return target

    def share_details(self, kind: str, fields: _Mapping, path: str,
                      metrics: dict[str, Metric]) -> dict:
        metric = self.metric_ref(fields, path, metrics, kind, needs_flow=True)
        tag = self.tag_ref(fields, path, metric)
        target_node = fields.get("target")
        target = self.fraction(target_node, f"{path}.target")
        return {"metric": metric and metric.id, "tag": tag, "target": target,
                "target_text": target_node.value.strip() if target_node is not None else None}

    def coverage_details(self, kind: str, fields: _Mapping, path: str,
                         metrics: dict[str, Metric]) -> dict:
        goal_ref = self.slug(fields.get("goal"), f"{path}.goal")
        target_node = fields.get("target")
        target = self.fraction(target_node, f"{path}.target")
        return {"goal": goal_ref, "target": target,
                "target_text": target_node.value.strip() if target_node is not None else None}


def _lookup(node: yaml.Node, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return None if _is_null(value_node) else value_node
    return None


def _comparable(kind: str, value: Fraction | None, increase: IncreaseTarget | None,
                baseline: Fraction | None) -> Fraction | None:
    """A target or level as one number to order by, "more ambitious" being larger; None
    where it cannot be told without data (an increase without a stated baseline)."""
    if kind != "increase":
        return value
    if increase is None or baseline is None:
        return None
    level = increase.goal_level(baseline)
    return level - baseline if level >= baseline else baseline - level


def why_unreal(text: str) -> Hint:
    """Why `2021-02-30` or `2021-13-01` is no day: the month's length, or no such month."""
    year, month, day = (int(part) for part in text.split("-"))
    if year == 0:
        return Hint("plan.no_year_zero")
    if not 1 <= month <= 12:
        return Hint("plan.no_such_month", {"month": month})
    if day == 0:
        return Hint("plan.no_day_zero")
    days = calendar.monthrange(year, month)[1]
    return Hint("plan.month_has_days", {"month": f"{year:04d}-{month:02d}", "days": days})


def _explicit_date(node: yaml.Node | None) -> date | None:
    """A start/deadline the file states (already validated), kept for export."""
    if node is None:
        return None
    return date.fromisoformat(node.value.strip())
