"""How well the drafter reads plans: recall, kind and number, precision, per set and language.

    python -m benchmarks.drafting_score [CORPUS_DIR ...] [--verbose]

Each `NAME.labels.yaml` in a corpus directory lists the measurable targets of one plan (the
sentence, the kind, the number); its text is `NAME.txt` beside it or the file its
`document:` key names (in the directory, else in ../shared/seeds/). The drafter's goals
are matched to the labels by sentence:

- recall: labelled targets the drafter proposed a goal for;
- kind+number: labelled targets proposed with the labelled kind and number (a label with
  `number: null` wants no number: the plan's authors chose it, the text has none);
- precision: proposed measurable goals (not milestones) that are labelled targets;
- stated in text: of the targets whose number the text states, those found right.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import yaml

from goals import config as settings
from goals.drafting.draft import MEASURABLE, draft_plan
from goals.drafting.reading import read_document

CORPUS = settings.PROJECT_ROOT / "tests" / "drafting_corpus"
SEEDS = settings.PROJECT_ROOT.parent / "shared" / "seeds"


@dataclass(frozen=True)
class Target:
    sentence: str
    kind: str
    number: Fraction | None


@dataclass(frozen=True)
class Proposal:
    text: str
    kind: str
    number: Fraction | None


@dataclass
class Tally:
    targets: int = 0
    found: int = 0
    right: int = 0
    proposed: int = 0
    real: int = 0
    stated: int = 0           # targets whose number the text states
    stated_right: int = 0     # ... found with that kind and number

    def add(self, other: Tally) -> None:
        for name in ("targets", "found", "right", "proposed", "real", "stated",
                     "stated_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.found / self.targets if self.targets else 1.0

    @property
    def accuracy(self) -> float:
        return self.right / self.targets if self.targets else 1.0

    @property
    def precision(self) -> float:
        return self.real / self.proposed if self.proposed else 1.0


def _plain(text: str) -> str:
    text = re.sub(r"(\w)-\s+(\w)", r"\1\2", text.lower())
    return " ".join(text.split())


def goal_number(goal: dict) -> Fraction | None:
    """The number a goal's target states, as labels write it: 20 for +20 %, 2 for x2,
    10 for 10 %, 25000 for 25 000."""
    target = goal.get("target")
    if target is None:
        return None
    text = str(target).strip().lstrip("+-x").rstrip("%")
    try:
        return Fraction(text)
    except ValueError:
        return None


def match(targets: list[Target], proposals: list[Proposal]) -> dict[int, int]:
    """Label index -> proposal index: a proposal whose text holds the label's sentence,
    first those that also agree on kind and number, each proposal used once."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    texts = [_plain(p.text) for p in proposals]
    for strict in (True, False):
        for i, target in enumerate(targets):
            if i in pairs:
                continue
            wanted = _plain(target.sentence)
            for j, proposal in enumerate(proposals):
                if j in used or wanted not in texts[j]:
                    continue
                if strict and not _agrees(target, proposal):
                    continue
                pairs[i] = j
                used.add(j)
                break
    return pairs


def _agrees(target: Target, proposal: Proposal) -> bool:
    """Same kind and the same number to one decimal (a third is 33.3 %)."""
    if target.kind != proposal.kind:
        return False
    if target.number is None or proposal.number is None:
        return target.number is None and proposal.number is None
    return round(float(target.number), 1) == round(float(proposal.number), 1)


def tally(targets: list[Target], proposals: list[Proposal]) -> Tally:
    pairs = match(targets, proposals)
    right = {i for i, j in pairs.items() if _agrees(targets[i], proposals[j])}
    stated = {i for i, t in enumerate(targets) if t.number is not None}
    return Tally(targets=len(targets), found=len(pairs), right=len(right),
                 proposed=len(proposals), real=len(pairs), stated=len(stated),
                 stated_right=len(stated & right))


def read_labels(path: Path) -> tuple[dict, list[Target]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    targets = [Target(str(t["sentence"]), str(t["kind"]),
                      None if t.get("number") is None else Fraction(str(t["number"])))
               for t in data.get("targets") or []]
    return data, targets


def document_of(path: Path, data: dict) -> Path:
    name = data.get("document") or path.name.replace(".labels.yaml", ".txt")
    for folder in (path.parent, SEEDS):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"{path}: document {name} not found here or in {SEEDS}")


def proposals_of(document: Path, lang: str | None) -> list[Proposal]:
    text = read_document(document.name, document.read_bytes())
    draft = draft_plan(text, lang)
    return [Proposal(g.goal["text"], g.goal["kind"], goal_number(g.goal))
            for g in draft.goals if g.goal["kind"] in MEASURABLE]


def score_dir(folder: Path, verbose: bool = False) -> dict[str, Tally]:
    """Tallies per language for one corpus directory."""
    result: dict[str, Tally] = {}
    for path in sorted(folder.glob("*.labels.yaml")):
        data, targets = read_labels(path)
        lang = data.get("language")
        proposals = proposals_of(document_of(path, data), None)
        one = tally(targets, proposals)
        result.setdefault(lang, Tally()).add(one)
        if verbose:
            _explain(path, targets, proposals)
    return result


def _explain(path: Path, targets: list[Target], proposals: list[Proposal]) -> None:
    pairs = match(targets, proposals)
    print(f"--- {path.name}")
    for i, target in enumerate(targets):
        if i not in pairs:
            print(f"  missed   {target.kind} {target.number}: {target.sentence}")
        elif not _agrees(target, proposals[pairs[i]]):
            got = proposals[pairs[i]]
            print(f"  wrong    {target.kind} {target.number} != {got.kind} {got.number}: "
                  f"{target.sentence}")
    used = set(pairs.values())
    for j, proposal in enumerate(proposals):
        if j not in used:
            print(f"  extra    {proposal.kind} {proposal.number}: {proposal.text[:90]}")


def _percent(value: float) -> str:
    return f"{value * 100:5.1f} %"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.drafting_score",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", metavar="CORPUS_DIR")
    parser.add_argument("--verbose", action="store_true", help="list misses and extras")
    args = parser.parse_args(argv)
    dirs = [Path(d) for d in args.dirs] or [CORPUS / "dev", CORPUS / "unseen",
                                             CORPUS / "seeds"]
    header = (f"{'set':<10}{'lang':<6}{'targets':>8}{'found':>7}{'right':>7}{'proposed':>9}"
              f"{'real':>6}   {'recall':>7}  {'kind+num':>8}  {'precision':>9}"
              f"  {'stated in text':>14}")
    print(header)
    for folder in dirs:
        by_lang = score_dir(folder, args.verbose)
        total = Tally()
        rows = [*sorted(by_lang.items()), ("all", None)]
        for lang, counts in rows:
            if counts is None:
                counts = total
            else:
                total.add(counts)
            print(f"{folder.name:<10}{lang:<6}{counts.targets:>8}{counts.found:>7}"
                  f"{counts.right:>7}{counts.proposed:>9}{counts.real:>6}   "
                  f"{_percent(counts.recall)}  {_percent(counts.accuracy)}   "
                  f"{_percent(counts.precision)}  "
                  f"{counts.stated_right:>6}/{counts.stated:<3} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
