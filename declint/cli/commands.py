"""The subcommands: ``rules``, ``explain``, ``eval`` and ``server``."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table

from declint.cli.console import error_line, make_console
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
    from declint.cli.server import server_command

    return server_command(argv)


def _console() -> Console:
    return make_console()


def _warn(registry: Registry) -> None:
    for problem in registry.errors:
        error_line(problem)


def rules_command(argv: list[str]) -> ExitCode:
    parser = argparse.ArgumentParser(prog="declint rules", description="List the rules.")
    parser.parse_args(argv)
    registry = load_registry()
    _warn(registry)
    console = _console()
    table = Table(box=None, header_style="declint.heading", pad_edge=False)
    for column in ("rule", "category", "severity", "summary", "article section"):
        table.add_column(column, overflow="fold")
    for rule_id in registry.ids():
        cls = registry.rules[rule_id]
        table.add_row(rule_id, cls.category, cls.severity.value, cls.summary(), cls.article_section)
    console.print(table)
    return ExitCode.OK


def explain_command(argv: list[str]) -> ExitCode:
    parser = argparse.ArgumentParser(prog="declint explain", description="Print one rule's documentation.")
    parser.add_argument("rule")
    args = parser.parse_args(argv)
    registry = load_registry()
    _warn(registry)
    cls = registry.get(args.rule)
    if cls is None:
        error_line(f"unknown rule {args.rule!r}; 'declint rules' lists them")
        return ExitCode.ERROR
    text = (
        f"# {cls.id}\n\n"
        f"Category: {cls.category} · default severity: {cls.severity.value} · "
        f"article section: \"{cls.article_section}\"\n\n{cls.doc()}\n"
    )
    console = _console()
    if console.is_terminal:
        console.print(Markdown(text))
    else:
        console.file.write(text)
    return ExitCode.OK
