"""The subcommands: ``rules``, ``explain``, ``eval``, ``outline`` and ``server``."""

from __future__ import annotations

import argparse
import difflib

from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text

from declint.cli.console import error_line, make_console
from declint.cli.ruledocs import options_line, rule_page
from declint.core.exitcodes import ExitCode
from declint.ruleapi.registry import Registry, load_registry


def dispatch(name: str, argv: list[str]) -> ExitCode:
    if name == "rules":
        return rules_command(argv)
    if name == "explain":
        return explain_command(argv)
    if name == "eval":
        from declint.cli.evaluate import eval_command

        return eval_command(argv)
    if name == "outline":
        from declint.cli.outline import outline_command

        return outline_command(argv)
    from declint.cli.server import server_command

    return server_command(argv)


def _console() -> Console:
    return make_console()


def _warn(registry: Registry) -> None:
    for problem in registry.errors:
        error_line(problem)


def rules_parser() -> argparse.ArgumentParser:
    return argparse.ArgumentParser(prog="declint rules", description="List the rules.")


def rules_command(argv: list[str]) -> ExitCode:
    rules_parser().parse_args(argv)
    registry = load_registry()
    _warn(registry)
    console = _console()
    # Three columns fit 80: the category and article section are on each rule's page
    # (declint explain RULE); options and their defaults go under the summary.
    table = Table(box=None, header_style="declint.heading", pad_edge=False)
    table.add_column("rule", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("summary and options (defaults)", overflow="fold", ratio=1)
    for rule_id in registry.ids():
        cls = registry.get(rule_id)
        if cls is None:
            continue  # a broken built-in: named below, and the command fails
        cell = Text(cls.summary())
        options = options_line(cls)
        if options:
            cell.append("\n" + options, style="declint.dim")
        table.add_row(Text(rule_id, style="declint.rule"), cls.severity.value, cell)
    console.print(table)
    for broken in registry.broken:
        error_line(broken)
    return ExitCode.ERROR if registry.broken else ExitCode.OK


def explain_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="declint explain", description="Print one rule's documentation.")
    parser.add_argument("rule")
    return parser


def explain_command(argv: list[str]) -> ExitCode:
    args = explain_parser().parse_args(argv)
    registry = load_registry()
    _warn(registry)
    cls = registry.get(args.rule)
    if cls is None and registry.broken:
        error_line(registry.broken[0])
        return ExitCode.ERROR
    if cls is None:
        near = difflib.get_close_matches(args.rule, registry.ids(), n=1, cutoff=0.6)
        hint = f"did you mean {near[0]!r}? " if near else ""
        error_line(f"unknown rule {args.rule!r}; {hint}'declint rules' lists them")
        return ExitCode.ERROR
    text = rule_page(cls)
    console = _console()
    if console.is_terminal:
        console.print(Markdown(text))
    else:
        console.file.write(text)
    return ExitCode.OK
