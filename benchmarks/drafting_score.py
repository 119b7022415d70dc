"""How well the drafter reads plans: recall, kind and number, precision, per set and language.

    python -m benchmarks.drafting_score [CORPUS_DIR ...] [--verbose | --quiet]

Each `NAME.labels.yaml` in a corpus directory lists the measurable targets of one plan (the
sentence, the kind, the number); its text is `NAME.txt` beside it or the file its
`document:` key names (in the directory, else in ../shared/seeds/). The drafter's goals
are matched to the labels by sentence:

- recall: labelled targets the drafter proposed a goal for;
- kind right: of the targets found, those proposed with the labelled kind (`milestone`
  included);
- number right: of the targets found whose label has a number, those proposed with that
  number (to one decimal); a label with `number: null` is not judged on its number;
- kind+number: labelled targets proposed with the labelled kind and number (a label with
  `number: null` wants no number), as a share of all targets;
- precision: proposed goals (milestones included) that are labelled targets.

Beside the drafter, the naive baseline: every sentence that has a verb of doing and a
number, proposed as a total of its first number. The last line is the figures as JSON.
`--quiet` prints only the aggregate per folder (for the held-out set: no per-plan output).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import simplemma
import yaml

from goals import config as settings
from goals.drafting.draft import draft_plan
from goals.drafting.phrasing import quantities
from goals.drafting.reading import read_document
from goals.drafting.segments import sentences

CORPUS = settings.PROJECT_ROOT / "tests" / "drafting_corpus"
SEEDS = settings.PROJECT_ROOT.parent / "shared" / "seeds"
FIGURES = ("recall", "kind_right", "number_right", "accuracy", "precision")


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
    right: int = 0            # found with the labelled kind and number
    proposed: int = 0
    real: int = 0
    stated: int = 0           # targets whose number the text states
    stated_right: int = 0     # ... found with that kind and number
    kind_ok: int = 0          # found with the labelled kind
    numbered: int = 0         # found, and the label has a number
    number_ok: int = 0        # ... proposed with that number

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def recall(self) -> float:
        return self.found / self.targets if self.targets else 1.0

    @property
    def accuracy(self) -> float:
        return self.right / self.targets if self.targets else 1.0

    @property
    def kind_right(self) -> float:
        return self.kind_ok / self.found if self.found else 1.0

    @property
    def number_right(self) -> float:
        return self.number_ok / self.numbered if self.numbered else 1.0

    @property
    def precision(self) -> float:
        return self.real / self.proposed if self.proposed else 1.0

    def figures(self) -> dict[str, float]:
        return {name: round(getattr(self, name), 4) for name in FIGURES}


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


def _same_number(target: Target, proposal: Proposal) -> bool:
    if target.number is None or proposal.number is None:
        return target.number is None and proposal.number is None
    return round(float(target.number), 1) == round(float(proposal.number), 1)


def _agrees(target: Target, proposal: Proposal) -> bool:
    """Same kind and the same number to one decimal (a third is 33.3 %)."""
    return target.kind == proposal.kind and _same_number(target, proposal)


def tally(targets: list[Target], proposals: list[Proposal]) -> Tally:
    pairs = match(targets, proposals)
    right = {i for i, j in pairs.items() if _agrees(targets[i], proposals[j])}
    stated = {i for i, t in enumerate(targets) if t.number is not None}
    kind_ok = sum(targets[i].kind == proposals[j].kind for i, j in pairs.items())
    numbered = [i for i in pairs if targets[i].number is not None]
    number_ok = sum(_same_number(targets[i], proposals[pairs[i]]) for i in numbered)
    return Tally(targets=len(targets), found=len(pairs), right=len(right),
                 proposed=len(proposals), real=len(pairs), stated=len(stated),
                 stated_right=len(stated & right), kind_ok=kind_ok, numbered=len(numbered),
                 number_ok=number_ok)


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


def _text_of(document: Path) -> str:
    return read_document(document.name, document.read_bytes())


def proposals_of(document: Path, lang: str | None) -> list[Proposal]:
    """Every goal the drafter proposes, milestones included."""
    draft = draft_plan(_text_of(document), lang)
    return [Proposal(g.goal["text"], g.goal["kind"], goal_number(g.goal))
            for g in draft.goals]


# Verbs of doing, as lemmas (simplemma): the baseline's test for "a sentence that plans".
DOING = {"ha", "hålla", "halde", "holde", "ordna", "arrangera", "arrangere", "genomföra",
         "gjennomføre", "göra", "gjøre", "gjere", "värva", "verve", "öka", "øke", "auke",
         "delta", "starta", "starte", "bjuda", "invitere", "ge", "gi", "gje", "samla",
         "samle", "ringa", "ringe", "anordna", "skapa", "lage", "få", "nå", "bli", "vara",
         "være", "vere", "ta", "hold", "organize", "recruit", "raise", "increase", "have",
         "make", "run", "reach", "besöka", "besøke", "dela", "dele", "träffa", "treffe",
         "erbjuda", "tilby", "genomføre", "skriva", "skrive", "planera", "planlegge"}
LEMMA_LANGS = {"sv": ("sv",), "nb": ("nb",), "nn": ("nn", "nb"), "en": ("en",)}


def baseline_of(document: Path, lang: str) -> list[Proposal]:
    """The naive baseline: every sentence with a verb of doing and a number, proposed as
    a total of its first number."""
    langs = LEMMA_LANGS.get(lang, ("sv",))
    out = []
    for sentence in sentences(_text_of(document)):
        if sentence.heading:
            continue
        lower = sentence.text.lower()
        numbers = quantities(lower, "nb" if lang == "nn" else lang)
        if not numbers:
            continue
        words = re.findall(r"[a-zåäöæøéü]+", lower)
        if any(simplemma.lemmatize(w, lang=langs) in DOING for w in words):
            out.append(Proposal(sentence.text, "total", numbers[0].value))
    return out


def score_dir(folder: Path, verbose: bool = False) -> dict[str, tuple[Tally, Tally]]:
    """(drafter, baseline) tallies per language for one corpus directory."""
    result: dict[str, tuple[Tally, Tally]] = {}
    for path in sorted(folder.glob("*.labels.yaml")):
        data, targets = read_labels(path)
        lang = str(data.get("language"))
        document = document_of(path, data)
        proposals = proposals_of(document, None)
        drafter, baseline = result.setdefault(lang, (Tally(), Tally()))
        drafter.add(tally(targets, proposals))
        baseline.add(tally(targets, baseline_of(document, lang)))
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


HEADER = (f"{'set':<9} {'lang':<4} {'who':<8} {'targets':>8}{'found':>6}{'prop.':>6}"
          f"{'recall':>9}{'kind ok':>9}{'num ok':>9}{'kind+num':>9}{'precision':>10}")


def _row(folder: str, lang: str, who: str, counts: Tally) -> str:
    return (f"{folder:<9} {lang:<4} {who:<8} {counts.targets:>8}{counts.found:>6}"
            f"{counts.proposed:>6}  {_percent(counts.recall)}  {_percent(counts.kind_right)}"
            f"  {_percent(counts.number_right)}  {_percent(counts.accuracy)}   "
            f"{_percent(counts.precision)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.drafting_score",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", metavar="CORPUS_DIR")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--verbose", action="store_true", help="list misses and extras")
    group.add_argument("--quiet", action="store_true",
                       help="aggregate figures per folder only (for the held-out set)")
    args = parser.parse_args(argv)
    dirs = [Path(d) for d in args.dirs] or [CORPUS / "dev", CORPUS / "unseen",
                                             CORPUS / "seeds", CORPUS / "dev_real"]
    print(HEADER)
    summary: dict[str, dict] = {}
    for folder in dirs:
        by_lang = score_dir(folder, args.verbose)
        total, base = Tally(), Tally()
        for lang, (drafter, baseline) in sorted(by_lang.items()):
            total.add(drafter)
            base.add(baseline)
            if not args.quiet:
                print(_row(folder.name, lang, "drafter", drafter))
                print(_row(folder.name, lang, "baseline", baseline))
        print(_row(folder.name, "all", "drafter", total))
        print(_row(folder.name, "all", "baseline", base))
        summary[folder.name] = {"drafter": {**total.figures(), "targets": total.targets,
                                            "proposed": total.proposed},
                                "baseline": base.figures()}
        if not args.quiet:
            summary[folder.name]["by_language"] = {
                lang: drafter.figures() for lang, (drafter, _) in sorted(by_lang.items())}
    print(json.dumps(summary, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
