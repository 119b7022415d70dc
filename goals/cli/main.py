"""The command line of PLAN_FORMAT §5: validate, import, status, export.

Every function of the product that needs no screen is a command. Messages are in Swedish
by default (`--lang en|nb`, or `GOALS_LANG`); problems are printed one per line as
`FILE:LINE:COL: path: message` so editors and CI can jump to them.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from goals import config as settings
from goals.domain.plan import Plan
from goals.domain.problems import Problem, did_you_mean
from goals.i18n import translate
from goals.io.entries_csv import parse_entries_csv
from goals.io.export import entries_to_csv, entries_to_xlsx, plan_to_yaml
from goals.io.plan_yaml import check_plan_bytes
from goals.mappings.tables import is_xlsx
from goals.services.database import (
    DatabaseError,
    database_missing,
    discard_database,
    display_url,
    engine_for,
    existing_session,
    missing_folders,
    plan_ids,
)
from goals.services.database import entries as list_entries
from goals.services.database import plan as load_plan
from goals.services.file_import import ENTRY_SUFFIXES, PLAN_SUFFIXES, FileResult, import_files
from goals.services.status import plan_status


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS,
                        help="SQLAlchemy URL (default: $GOALS_DB, else sqlite data/goals.db)")
    common.add_argument("--lang", default=argparse.SUPPRESS, choices=("sv", "nb", "en"),
                        help="language of messages (default: $GOALS_LANG, else sv)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(prog="python -m goals", parents=[common],
                                     description="Verksamhetsplaner: validate, import, "
                                     "status, export, reports, drafts from text, "
                                     "spreadsheet mappings, accounts and mail.")
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", parents=[common],
                                   help="check plan (.yaml) and entry (.csv) files")
    validate.add_argument("files", nargs="+", metavar="FILE")
    imp = commands.add_parser("import", parents=[common],
                              help="import plans and entries, all or nothing per file")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--mapping", metavar="NAME", help="read spreadsheets (.csv/.xlsx) "
                     "through a saved mapping or a ready one (register, calls, zetkin-calls)")
    imp.add_argument("--plan", metavar="PLAN_ID", help="the plan a mapping imports into "
                     "(default: the mapping's own)")
    imp.add_argument("--as-of", dest="as_of", metavar="DATE", help="registers: count up to "
                     "this day (default: today)")
    imp.add_argument("--yes", action="store_true", help="confirm an import that brings a "
                     "stock figure (members, active members, followers) down by more than "
                     "half or to zero")
    mapping = commands.add_parser("mapping", parents=[common],
                                  help="save, list or show named column mappings")
    mapping.add_argument("action", choices=("save", "list", "show"))
    mapping.add_argument("name", nargs="?", metavar="NAME")
    mapping.add_argument("file", nargs="?", metavar="FILE.json",
                         help="save: the mapping as JSON (the fields of "
                         "goals.mappings.mapping.Mapping)")
    status = commands.add_parser("status", parents=[common],
                                 help="where every goal of a plan stands")
    status.add_argument("plan_id", metavar="PLAN_ID")
    status.add_argument("--as-of", dest="as_of", metavar="DATE", help="YYYY-MM-DD "
                        "(default: today)")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    export = commands.add_parser("export", parents=[common],
                                 help="the plan as loaded (yaml) or its entries (csv, xlsx)")
    export.add_argument("plan_id", metavar="PLAN_ID")
    export.add_argument("--format", choices=("yaml", "csv", "xlsx"), default="yaml",
                        help="xlsx: entries with ids (sheet 1) and the goals (sheet 2), to "
                        "edit and import back; redirect it to a file")
    report = commands.add_parser("report", parents=[common],
                                 help="a lägesrapport (status) or verksamhetsberättelse (year) "
                                 "as PDF, Markdown or DOCX")
    report.add_argument("plan_id", metavar="PLAN_ID", nargs="?",
                        help="the plan (or --organisation ID --year YYYY --kind year)")
    report.add_argument("--organisation", metavar="ID",
                        help="the year report of an organisation: all its plans of --year")
    report.add_argument("--year", type=int, metavar="YYYY")
    report.add_argument("--as-of", dest="as_of", metavar="DATE", help="YYYY-MM-DD "
                        "(default: today, within the plan's period)")
    report.add_argument("--kind", choices=("status", "year"), default="status")
    report.add_argument("--format", choices=("pdf", "md", "docx"), default=None,
                        help="default: from the suffix of --out, else pdf")
    report.add_argument("--out", required=True, metavar="FILE")
    demo = commands.add_parser("demo", parents=[common],
                               help="load a demo district of N föreningar (not loaded by "
                               "default)")
    demo.add_argument("--foreningar", type=int, default=40, metavar="N")
    demo.add_argument("--year", type=int, default=2025)
    demo.add_argument("--seed", type=int, default=1)
    from goals.cli import draft as draft_command

    draft_command.add_parser(commands, common)
    from goals.cli import accounts as cli_access

    cli_access.add_parser(commands, common)
    from goals.cli import mail as cli_mail
    from goals.cli import move as move_command

    cli_mail.add_parser(commands, common)
    move_command.add_parser(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    explicit_lang = settings.language_setting(getattr(args, "lang", None))
    lang = settings.default_language(explicit_lang)
    args.plan_language_wins = explicit_lang is None
    url = settings.database_url(getattr(args, "db", None))
    handler = {"validate": _validate, "import": _import, "status": _status,
               "export": _export, "demo": _demo, "report": _report_file,
               "draft": _draft, "account": _account, "mapping": _mapping,
               "send": _send, "move-database": _move}[args.command]
    try:
        return handler(args, url, lang)
    except DatabaseError as error:
        print(translate("cli.database_error", lang, url=display_url(url),
                        problem=str(error).splitlines()[0]), file=sys.stderr)
        return 2


def _draft(args: argparse.Namespace, url: str, lang: str) -> int:
    from goals.cli import draft as draft_command

    return draft_command.run(args, lang)


def _move(args: argparse.Namespace, url: str, lang: str) -> int:
    from goals.cli import move as move_command

    return move_command.run(args, lang)


def _account(args: argparse.Namespace, url: str, lang: str) -> int:
    from goals.cli import accounts as cli_access

    return cli_access.run(args, url, lang)


def _send(args: argparse.Namespace, url: str, lang: str) -> int:
    from goals.cli import mail as cli_mail

    as_of = _parse_as_of(args.as_of, lang)
    if as_of is None:
        return 1
    return cli_mail.run(args, url, lang, as_of)


def _print_problems(problems: list[Problem] | tuple[Problem, ...], lang: str) -> None:
    for problem in problems:
        print(problem.render(lang), file=sys.stderr)


def _validate(args: argparse.Namespace, url: str, lang: str) -> int:
    failed = False
    plans_here: dict[str, Plan] = {}
    csv_files = []
    for name in args.files:
        suffix = Path(name).suffix.lower()
        if suffix in ENTRY_SUFFIXES:
            csv_files.append(name)
            continue
        problems = _check_plan_file(name, suffix, plans_here)
        failed |= _report(name, problems, lang)
    if csv_files:
        session = existing_session(url)   # never created, never migrated by a check
        try:
            for name in csv_files:
                def lookup(plan_id: str) -> Plan | None:
                    return plans_here.get(plan_id) or (
                        load_plan(session, plan_id) if session is not None else None)

                data, problems = _read(name)
                if data is not None:
                    problems = parse_entries_csv(data, lookup, name)[1]
                failed |= _report(name, problems, lang)
        finally:
            if session is not None:
                session.close()
    return 1 if failed else 0


def _read(name: str) -> tuple[bytes | None, list[Problem]]:
    try:
        return Path(name).read_bytes(), []
    except OSError:
        return None, [Problem("file.not_found", file=name)]


def _check_plan_file(name: str, suffix: str, plans_here: dict[str, Plan]) -> list[Problem]:
    if suffix not in PLAN_SUFFIXES:
        return [Problem("file.unknown_type", {"suffix": suffix}, file=name)]
    data, problems = _read(name)
    if data is None:
        return problems
    plan, problems = check_plan_bytes(data, name)
    if plan is not None:
        plans_here[plan.id] = plan
    return problems


def _report(name: str, problems: list[Problem], lang: str) -> bool:
    if problems:
        _print_problems(problems, lang)
        return True
    print(translate("cli.valid", lang, file=name))
    return False


def _import(args: argparse.Namespace, url: str, lang: str) -> int:
    """Import every file, each all or nothing. A database that did not exist and into
    which nothing was imported (every file refused) is removed again: a refusal leaves
    everything exactly as it was."""
    fresh = database_missing(url)
    folders = missing_folders(url) if fresh else []
    oks: list[bool] | None = None
    try:
        oks = _import_all(args, url, lang)
    finally:
        if fresh and not any(oks or ()):
            discard_database(url, folders)
    return 2 if oks is None else (0 if all(oks) else 1)


def _import_all(args: argparse.Namespace, url: str, lang: str) -> list[bool] | None:
    spreadsheets = [f for f in args.files if args.mapping or is_xlsx(f)]
    rest = [f for f in args.files if f not in spreadsheets]   # plans first
    if spreadsheets:
        as_of = _parse_as_of(args.as_of, lang)
        if as_of is None:
            return None
    oks = _import_files(rest, url, lang, args.yes) if rest else []
    oks += [_import_mapped(engine_for(url), name, args, as_of, lang)
            for name in spreadsheets]
    return oks


def _import_mapped(engine, name: str, args: argparse.Namespace, as_of: date,
                   lang: str) -> bool:
    """One spreadsheet through `--mapping` (or, without one, an edited Excel export)."""
    from goals.domain.problems import InputError
    from goals.services.mapping_import import import_spreadsheet, resolve_mapping

    data, problems = _read(name)
    mapping = None
    if data is not None and args.mapping:
        try:
            mapping = resolve_mapping(engine, args.mapping, data, name, args.plan)
        except InputError as error:
            problems = list(error.problems)
    if data is None or problems:
        _print_result(FileResult(name, problems=tuple(problems)), lang)
        return False
    mapped = import_spreadsheet(engine, data, name, mapping=mapping, plan_id=args.plan,
                                as_of=as_of, confirmed=args.yes)
    if mapped.dropped:
        print(translate("mappings.cli_dropped", lang, file=name,
                        columns=", ".join(mapped.dropped)), file=sys.stderr)
    _print_problems(mapped.notes, lang)
    _print_result(mapped.result, lang)
    return mapped.ok


def _mapping(args: argparse.Namespace, url: str, lang: str) -> int:
    from goals.mappings.mapping import Mapping
    from goals.services.mapping_import import saved_mappings, store_mapping

    if args.action != "save" and database_missing(url):
        print(translate("cli.no_database", lang, url=display_url(url)), file=sys.stderr)
        return 1
    engine = engine_for(url)
    if args.action == "list":
        for name, mapping in saved_mappings(engine).items():
            print(f"{name}\t{mapping.kind}")
        return 0
    if not args.name:
        print(translate("mappings.column_needed", lang, field="NAME"), file=sys.stderr)
        return 2
    if args.action == "show":
        mapping = saved_mappings(engine).get(args.name)
        if mapping is None:
            print(translate("mappings.unknown_mapping", lang, name=args.name, hint="",
                            allowed=", ".join(saved_mappings(engine)) or "–"),
                  file=sys.stderr)
            return 1
        print(mapping.to_json())
        return 0
    data, problems = _read(args.file or "")
    try:
        mapping = Mapping.from_json(data.decode("utf-8")) if data is not None else None
    except (ValueError, TypeError, UnicodeDecodeError) as error:
        problems = [Problem("mappings.bad_mapping", {"problem": str(error)},
                            file=args.file)]
    if problems or mapping is None:
        _print_problems(problems, lang)
        return 1
    store_mapping(engine, args.name, mapping)
    print(translate("mappings.cli_saved", lang, name=args.name))
    return 0


def _import_files(files: list[str], url: str, lang: str,
                  confirmed: bool = False) -> list[bool]:
    results = import_files(engine_for(url), files, confirmed=confirmed)
    for result in results:
        _print_result(result, lang)
    return [r.ok for r in results]


def _print_result(result: FileResult, lang: str) -> None:
    if result.problems:
        _print_problems(result.problems, lang)
        print(translate("cli.nothing_imported", lang, file=result.file,
                        count=len(result.problems)), file=sys.stderr)
    elif result.plan_change is not None:
        change = result.plan_change
        if change.unchanged:
            print(translate("cli.plan_unchanged", lang, file=result.file, plan=change.plan_id))
            return
        summary = translate("cli.plan_summary", lang, added=len(change.added),
                            changed=len(change.changed), archived=len(change.archived),
                            restored=len(change.restored))
        print(translate("cli.imported_plan", lang, file=result.file, plan=change.plan_id,
                        summary=summary))
    elif result.entries_change is not None:
        print(translate("cli.imported_entries", lang, file=result.file,
                        added=result.entries_change.added,
                        updated=result.entries_change.updated))
        for move in result.moves:
            print(translate("imports.goal_move", lang, goal=move.goal,
                            before=_figure(move.before), after=_figure(move.after),
                            status_before=translate(f"status.{move.status_before}", lang),
                            status_after=translate(f"status.{move.status_after}", lang)))


def _figure(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if value.is_integer() else f"{value:g}"


def _parse_as_of(value: str | None, lang: str) -> date | None:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        print(translate("cli.bad_as_of", lang, value=value), file=sys.stderr)
        return None


def _organisation_report(args: argparse.Namespace, url: str, lang: str, out: Path,
                         fmt: str) -> int:
    """`report --organisation ID --year YYYY --kind year`: every plan of the year, once."""
    from goals.reports import write
    from goals.services.reports import UnknownOrganisation, build_organisation_report

    if not args.organisation or args.year is None or args.kind != "year":
        print(translate("report.cli.organisation_usage", lang), file=sys.stderr)
        return 2
    as_of = _parse_as_of(args.as_of, lang) if args.as_of else None
    if args.as_of and as_of is None:
        return 2
    session = _reading_session(url, lang)   # a read: never creates or migrates
    if session is None:
        return 1
    try:
        report = build_organisation_report(session, args.organisation, args.year, as_of,
                                           None if args.plan_language_wins else lang)
    except UnknownOrganisation:
        print(translate("report.cli.unknown_organisation", lang,
                        organisation=args.organisation, year=args.year), file=sys.stderr)
        return 1
    finally:
        session.close()
    write(report, fmt, out)
    print(translate("report.cli.written", lang, file=str(out), kind=report.heading,
                    lang=report.lang))
    return 0


def _reading_session(url: str, lang: str):
    """A session on the database as it is, or None (said on stderr) when it does not
    exist: a read-only command never creates or migrates a database."""
    session = existing_session(url)
    if session is None:
        print(translate("cli.no_database", lang, url=display_url(url)), file=sys.stderr)
    return session


def _unknown_plan(session, plan_id: str, lang: str) -> int:
    hint = did_you_mean(plan_id, plan_ids(session)).message(lang)
    print(translate("cli.unknown_plan", lang, plan=plan_id, hint=hint), file=sys.stderr)
    return 1


def _status(args: argparse.Namespace, url: str, lang: str) -> int:
    as_of = _parse_as_of(args.as_of, lang)
    if as_of is None:
        return 2
    session = _reading_session(url, lang)   # a read: never creates or migrates
    if session is None:
        return 1
    try:
        if load_plan(session, args.plan_id) is None:
            return _unknown_plan(session, args.plan_id, lang)
        result = plan_status(session, args.plan_id, as_of)
    finally:
        session.close()
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return 0
    if args.plan_language_wins:   # the plan's own language, unless the user chose one
        lang = result.plan.language
    print(translate("cli.status_header", lang, title=result.plan.title,
                    as_of=as_of.isoformat()))
    for goal in result.goals:
        progress = "–" if goal.progress is None else f"{float(goal.progress):6.0%}"
        word = translate(f"status.{goal.status}", lang)
        print(f"  {goal.goal.id:<28} {word:<12} {progress:>6}  "
              f"({float(goal.expected):.0%})")
    return 0


def _export(args: argparse.Namespace, url: str, lang: str) -> int:
    session = _reading_session(url, lang)   # a read: never creates or migrates
    if session is None:
        return 1
    try:
        plan = load_plan(session, args.plan_id)
        if plan is None:
            return _unknown_plan(session, args.plan_id, lang)
        if args.format == "yaml":
            sys.stdout.write(plan_to_yaml(plan))
        elif args.format == "xlsx":
            sys.stdout.flush()
            sys.stdout.buffer.write(entries_to_xlsx(plan, list_entries(session, args.plan_id)))
        else:
            sys.stdout.write(entries_to_csv(list_entries(session, args.plan_id)))
    finally:
        session.close()
    return 0


def _demo(args: argparse.Namespace, url: str, lang: str) -> int:
    from goals.services.demo import demo_files
    from goals.services.file_import import import_bytes

    engine = engine_for(url)
    files = demo_files(args.foreningar, args.year, args.seed)
    ordered = [f for f in files if f.is_plan] + [f for f in files if not f.is_plan]
    results = [import_bytes(engine, f.data, f.name, is_plan=f.is_plan) for f in ordered]
    for result in results:
        if result.problems:
            _print_result(result, lang)
    print(translate("cli.demo_loaded", lang, plans=sum(f.is_plan for f in files),
                    files=len(files), url=display_url(url)))
    return 0 if all(r.ok for r in results) else 1


def _report_file(args: argparse.Namespace, url: str, lang: str) -> int:
    """`report`: the plan's language unless --lang (or GOALS_LANG) chose one."""
    from goals.reports import write
    from goals.services.reports import build_report

    out = Path(args.out)
    fmt = args.format or {".md": "md", ".docx": "docx"}.get(out.suffix.lower(), "pdf")
    if args.organisation or args.plan_id is None:
        return _organisation_report(args, url, lang, out, fmt)
    session = _reading_session(url, lang)   # a read: never creates or migrates
    if session is None:
        return 1
    try:
        plan = load_plan(session, args.plan_id)
        if plan is None:
            return _unknown_plan(session, args.plan_id, lang)
        as_of = (_parse_as_of(args.as_of, lang) if args.as_of
                 else min(max(date.today(), plan.period_start), plan.period_end))
        if as_of is None:
            return 2
        report = build_report(session, args.plan_id, as_of, args.kind,
                              None if args.plan_language_wins else lang)
    finally:
        session.close()
    write(report, fmt, out)
    print(translate("report.cli.written", lang, file=str(out), kind=report.heading,
                    lang=report.lang))
    return 0
