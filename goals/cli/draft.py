"""`python -m goals draft FILE [--lang sv|nb|en] [--out PLAN.yaml]`: the draft plan of a
document, printed or written to a file (whole or not at all)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from goals.domain.problems import InputError, Problem
from goals.drafting.draft import draft_plan
from goals.drafting.reading import read_document
from goals.i18n import translate


def add_parser(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    draft = commands.add_parser(
        "draft", parents=[common],
        help="draft a plan (YAML) from its text: .txt, .md, .docx or .pdf; --lang is the "
             "document's language (detected when not given)")
    draft.add_argument("file", metavar="FILE")
    draft.add_argument("--out", metavar="PLAN.yaml", help="write the draft here instead of "
                       "printing it")


def main(argv: list[str]) -> int:
    """`python -m goals draft ...` without loading the database layer (goals.__main__ sends
    the command here): drafting needs no database, and starting SQLAlchemy would cost more
    than drafting a 40-page plan."""
    from goals import config as settings

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    common.add_argument("--lang", default=argparse.SUPPRESS, choices=("sv", "nb", "en"),
                        help="the document's language (detected when not given); also "
                             "the language of messages")
    parser = argparse.ArgumentParser(prog="python -m goals")
    commands = parser.add_subparsers(dest="command", required=True)
    add_parser(commands, common)
    args = parser.parse_args(["draft", *argv])
    explicit = settings.language_setting(getattr(args, "lang", None))
    return run(args, settings.default_language(explicit))


def run(args: argparse.Namespace, lang: str) -> int:
    """Exit 0 with the draft; 1 when the file cannot be read (the message names it)."""
    explicit = getattr(args, "lang", None)
    try:
        data = Path(args.file).read_bytes()
    except OSError:
        print(Problem("file.not_found", file=args.file).render(lang), file=sys.stderr)
        return 1
    try:
        text = read_document(args.file, data)
    except InputError as error:
        for problem in error.problems:
            print(problem.render(lang), file=sys.stderr)
        return 1
    draft = draft_plan(text, explicit)
    output = draft.to_yaml()
    if args.out:
        target = Path(args.out)
        partial = target.with_name(target.name + ".part")
        partial.write_text(output, encoding="utf-8")
        os.replace(partial, target)
        checks = sum(1 for goal in draft.goals if goal.checks) + len(draft.header_checks)
        print(translate("drafting.cli.written", explicit or lang, file=args.out,
                        goals=len(draft.goals), checks=checks), file=sys.stderr)
    else:
        sys.stdout.write(output)
    return 0
