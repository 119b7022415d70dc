"""What is wrong with an input file, kept as data so it can be shown in any language.

A `Problem` holds a message key and its parameters rather than finished text: the command
line renders it as `FILE:LINE:COL: path: message` in the user's language, the app lists the
same problems in a table, and tests assert on either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import get_close_matches

from goals.i18n import translate


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, at a line (and column, for YAML)."""

    key: str
    params: dict[str, object] = field(default_factory=dict)
    line: int | None = None
    column: int | None = None
    path: str = ""
    file: str = ""

    def message(self, lang: str | None = None) -> str:
        """The message alone, in `lang`, with any nested hint keys resolved."""
        params = {
            name: (value.message(lang) if isinstance(value, Hint) else value)
            for name, value in self.params.items()
        }
        return translate(self.key, lang, **params)

    def render(self, lang: str | None = None) -> str:
        """`FILE:LINE:COL: path: message` (the parts that are known)."""
        where = self.file or "-"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        path = f"{self.path}: " if self.path else ""
        return f"{where}: {path}{self.message(lang)}"

    def in_file(self, file: str) -> Problem:
        """The same problem, attributed to `file`."""
        return Problem(self.key, self.params, self.line, self.column, self.path, file)


@dataclass(frozen=True)
class Hint:
    """A translatable fragment embedded in a message (a did-you-mean, a number meant)."""

    key: str
    params: dict[str, object] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return translate(self.key, lang, **self.params)


class NoHint(Hint):
    """An empty hint, so templates can always have a `{hint}` placeholder."""

    def __init__(self) -> None:
        super().__init__("", {})

    def message(self, lang: str | None = None) -> str:
        return ""


NO_HINT = NoHint()


def did_you_mean(value: str, choices: list[str] | tuple[str, ...]) -> Hint:
    """A hint naming the closest choice to a mistyped `value`, or no hint."""
    close = get_close_matches(value, list(choices), n=1, cutoff=0.6)
    if not close and value.lower() in choices:
        close = [value.lower()]
    return Hint("plan.did_you_mean", {"suggestion": close[0]}) if close else NO_HINT


class InputError(Exception):
    """Raised with the full list of problems of a file that must not be imported."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.render() for p in problems))
        self.problems = problems
