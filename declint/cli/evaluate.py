"""``declint eval DIR``: precision and recall per rule against hand-labelled drafts.

The scoring is :mod:`declint.engine.scoring`'s; this command only reads the arguments and
prints the table. A folder may hold ``NAME.expected.json`` files (findings), ``labels.toml``
files (per draft, as in tests/heldout) or a ``LABELS.tsv`` (the development corpus).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.table import Table

from declint.cli.console import error_line, make_console
from declint.core.exitcodes import ExitCode
from declint.engine.config import Config, ConfigError
from declint.engine.run import read_target
from declint.engine.scoring import LabelError, evaluate, micro
from declint.reporters.common import visible
from declint.ruleapi.registry import load_registry


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def eval_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="declint eval", description="Per-rule precision and recall on labelled drafts."
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--min-precision", type=float, default=None, metavar="X",
                        help="exit 1 when any rule's precision is below X")
    parser.add_argument("--template", action="store_true", help="the drafts are templates")
    parser.add_argument("--show", action="store_true", help="list every false alarm and miss")
    return parser


def eval_command(argv: list[str]) -> ExitCode:
    args = eval_parser().parse_args(argv)
    registry = load_registry()
    try:
        result = evaluate(args.folder, Config(template=args.template), registry, read_target)
    except (LabelError, ConfigError) as exc:
        error_line(str(exc))
        return ExitCode.ERROR
    for error in result.errors:
        error_line(error)
    scores = result.scores
    console = make_console()
    table = Table(box=None, header_style="declint.heading", pad_edge=False,
                  caption=f"counted per {'finding' if result.unit == 'findings' else 'draft'}")
    for column in ("rule", "tp", "fp", "fn", "precision", "recall"):
        table.add_column(column, justify="left" if column == "rule" else "right")
    for rule_id, s in scores.items():
        if s.tp + s.fp + s.fn + s.tn == 0:
            continue
        table.add_row(rule_id, str(s.tp), str(s.fp), str(s.fn), _fmt(s.precision), _fmt(s.recall))
    total = micro(scores)
    table.add_row("all (micro)", str(total.tp), str(total.fp), str(total.fn), _fmt(total.precision), _fmt(total.recall))
    console.print(table)
    if args.show:
        for rule_id, s in scores.items():
            for miss in s.misses:
                console.print(f"  {visible(rule_id)}: {visible(miss)}", markup=False)
    if result.errors:
        return ExitCode.ERROR
    if args.min_precision is not None:
        low = [r for r, s in scores.items() if s.precision is not None and s.precision < args.min_precision]
        if low:
            error_line(f"precision below {args.min_precision} for: {', '.join(low)}")
            return ExitCode.FINDINGS
    return ExitCode.OK
