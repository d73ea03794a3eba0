"""``declint completion SHELL``: a completion script for bash, zsh or fish.

shtab writes the script from the same argparse parsers the commands use, so a new flag
completes without anyone editing a shell script; the script is static (completing never
starts Python), unlike argcomplete's, which runs declint on every Tab.
"""

from __future__ import annotations

import argparse
import sys

import shtab

from declint.core.exitcodes import ExitCode
from declint.ruleapi.registry import load_registry

SHELLS = ("bash", "zsh", "fish")


def completion_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="declint completion",
        description='Print a shell completion script. bash: eval "$(declint completion bash)"; '
        "zsh: declint completion zsh > ~/.zfunc/_declint; "
        "fish: declint completion fish > ~/.config/fish/completions/declint.fish",
    )
    parser.add_argument("shell", choices=SHELLS)
    return parser


def full_parser(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The lint ``parser`` with every subcommand added, for shtab to read.

    declint dispatches its subcommands by name before argparse sees them (so a draft may
    be called ``rules``... only through ``./rules``); this parser exists only to describe
    the whole command line.
    """
    from declint.cli.commands import explain_parser, rules_parser
    from declint.cli.evaluate import eval_parser
    from declint.cli.outline import outline_parser
    from declint.cli.server import server_parser

    # The drafts positional would shadow the subcommand names at the first word; without
    # it, the first word offers the subcommands and the shell falls back to file names.
    paths = next(a for a in parser._actions if a.dest == "paths")
    parser._remove_action(paths)
    parser._positionals._group_actions.remove(paths)
    for action in parser._actions:
        if action.dest in ("config", "baseline", "write_baseline", "stdin_filename"):
            action.complete = shtab.FILE  # type: ignore[attr-defined]
        elif action.dest == "cache_dir":
            action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
    explain = explain_parser()
    for action in explain._actions:
        if action.dest == "rule":
            action.choices = load_registry().ids()
    evaluate = eval_parser()
    for action in evaluate._actions:
        if action.dest == "folder":
            action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
    commands = parser.add_subparsers(dest="command", title="commands")
    for name, sub in (
        ("rules", rules_parser()),
        ("explain", explain),
        ("eval", evaluate),
        ("outline", outline_parser()),
        ("server", server_parser()),
        ("completion", completion_parser()),
    ):
        commands.add_parser(name, parents=[sub], add_help=False, help=sub.description)
    return parser


def completion_command(argv: list[str], lint_parser: argparse.ArgumentParser) -> ExitCode:
    args = completion_parser().parse_args(argv)
    script = shtab.complete(full_parser(lint_parser), shell=args.shell)
    if args.shell == "bash":
        # Where nothing matches (a draft's name), fall back to readline's file names.
        script = script.replace("complete -o bashdefault -F", "complete -o bashdefault -o default -F")
    sys.stdout.write(script)
    return ExitCode.OK
