"""`python -m goals account …`: the operator's commands for people, on the server.

Whoever can run commands on the server already holds the database, so these act as the
command-line actor (every change is still in the audit trail, as `cli`). Passwords are
read from the terminal without echo, or from `GOALS_PASSWORD` for scripts; never from an
argument, which would end up in the shell's history.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from goals import config as settings
from goals.access.roles import ROLE_WORDS, Actor, Role
from goals.i18n import translate
from goals.services import accounts, audit_trail
from goals.services.database import engine_for


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    account = commands.add_parser("account", parents=[common],
                                  help="people and roles (sign-in accounts)")
    actions = account.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", parents=[common], help="add an account")
    add.add_argument("email")
    add.add_argument("--name", default="")
    add.add_argument("--no-password", action="store_true",
                     help="sign-in through the identity provider only")
    for verb in ("grant", "revoke"):
        change = actions.add_parser(verb, parents=[common], help=f"{verb} a role")
        change.add_argument("email")
        change.add_argument("role", choices=[*(role.value for role in Role), *ROLE_WORDS])
        change.add_argument("organisation", nargs="?", default="*",
                            help="organisation id (not needed for admin)")
    forget = actions.add_parser("forget-name", parents=[common],
                                help="remove a display name from every entry and the trail")
    forget.add_argument("name")


def run(args: argparse.Namespace, url: str, lang: str) -> int:
    engine = engine_for(url)
    operator = Actor.command_line()
    try:
        if args.action == "add":
            password = None if args.no_password else _password(lang)
            accounts.add_account(engine, operator, args.email, args.name, password)
        elif args.action in ("grant", "revoke"):
            changed = accounts.set_role(engine, operator, args.email, args.organisation,
                                        Role.parse(args.role), granted=args.action == "grant")
            if not changed:
                print(translate("access.role_unchanged", lang))
                return 0
        else:
            count = audit_trail.forget_name(engine, operator, args.name)
            print(translate("access.forgotten", lang, count=count))
            return 0
    except accounts.AccountProblem as problem:
        print(translate(problem.key, lang, **problem.params), file=sys.stderr)
        return 1
    print(translate("access.account_added" if args.action == "add" else "access.role_changed",
                    lang))
    return 0


def _password(lang: str) -> str:
    from_environment = settings.current().password
    if from_environment:
        return from_environment
    return getpass.getpass(translate("access.password", lang) + ": ")
