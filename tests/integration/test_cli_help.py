"""Every command of `python -m goals` answers `--help` with its usage and exit code 0
(a command whose parser breaks is found here, not by the operator at night)."""

from __future__ import annotations

import argparse

import pytest

from goals.cli.main import build_parser, main


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name)
                yield from _commands(sub, (*prefix, name))


COMMANDS = sorted(set(_commands(build_parser())))


def test_the_command_line_has_the_commands_of_plan_format_and_its_extensions():
    top = {command[0] for command in COMMANDS}
    assert {"validate", "import", "status", "export"} <= top
    assert {"report", "draft", "demo", "account", "mapping"} <= top


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_answers_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage:") and command[-1] in out
