"""The package's layers, in one table: the architecture test holds the code to it and the
README's layout section is written from it (`python -m tests.support.layers --write`)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "goals"

# Lower numbers are further in. A module may import its own layer and those below it.
LAYERS = {
    "i18n": 0,
    "domain": 1, "config": 1,
    "io": 2,
    "access": 3, "mappings": 3, "drafting": 3,
    "editor": 4, "views": 4,
    "reports": 5,
    "store": 6,
    "services": 7,
    "ui": 8, "cli": 8, "__main__": 8,
}
EXTRA_RULES = {
    "store": "imported only by services; the only importer of sqlalchemy/sqlmodel",
    "ui": "but not store; the only importer of streamlit (with app.py, app_pages/)",
    "cli": "but not store",
}
BEGIN, END = "<!-- layout: begin (python -m tests.support.layers --write) -->", \
    "<!-- layout: end -->"


def _summary(folder: Path) -> str:
    doc = ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8")))
    return (doc or "").split("\n\n")[0].replace("\n", " ").rstrip(".")


def layout_block() -> str:
    """The README's layout section, from the tree and the table above."""
    lines = ["```",
             "app.py, app_pages/   router and thin pages: ask services and views, draw",
             "benchmarks/          outside the package: python -m benchmarks.<name>",
             "goals/       layer (a module imports its own layer and those below)",
             "  config.py  1  the settings: the only reader of the environment"]
    folders = sorted((p for p in PACKAGE.iterdir() if (p / "__init__.py").exists()),
                     key=lambda p: (LAYERS[p.name], p.name))
    for folder in folders:
        rank = LAYERS[folder.name]
        may = {0: "nothing of the package", 1: "layer 0"}.get(rank, f"layers 0–{rank - 1}")
        rule = EXTRA_RULES.get(folder.name)
        lines.append(f"  {folder.name + '/':<11}{rank}  {_summary(folder)}")
        lines.append(f"  {'':<14}imports: {may}" + (f"; {rule}" if rule else ""))
    lines += ["plans/  data/       the seed plans; demo entries and the SQLite file",
              "tests/              unit/, integration/ (SQLite + PostgreSQL), app/ (AppTest),",
              "                    browser/ (Chromium), e2e/, benchmarks/ (marked bench),",
              "                    factories.py (shared data), test_architecture.py (these rules)",
              "```"]
    return "\n".join(lines)


def readme_with_layout(readme: str) -> str:
    head, _, rest = readme.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return f"{head}{BEGIN}\n{layout_block()}\n{END}{tail}"


if __name__ == "__main__":
    readme = ROOT / "README.md"
    if sys.argv[1:] == ["--write"]:
        readme.write_text(readme_with_layout(readme.read_text(encoding="utf-8")),
                          encoding="utf-8")
    else:
        print(layout_block())
