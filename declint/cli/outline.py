"""``declint outline DRAFT``: the moves the email makes, in order.

No prose linter shows a writer the shape of their email; a decline has a shape worth
seeing ("greeting → thanks → decision → reason → door opened → sign-off").
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import datetime

from declint.cli.console import make_console
from declint.core.exitcodes import ExitCode
from declint.engine.config import ConfigError
from declint.engine.outline import outline_paths
from declint.ruleapi.registry import load_registry


def outline_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="declint outline", description="Print the moves each draft makes, in order (- for stdin)."
    )
    parser.add_argument("paths", nargs="+", metavar="DRAFT")
    parser.add_argument("--sentences", action="store_true", help="list each sentence with its moves")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--config", default=None, metavar="FILE")
    parser.add_argument("--stdin-filename", default=None, metavar="NAME")
    parser.add_argument("--date", default=None, type=datetime.fromisoformat, metavar="WHEN")
    return parser


def outline_command(argv: list[str]) -> ExitCode:
    args = outline_parser().parse_args(argv)
    stdin = sys.stdin.buffer.read() if "-" in args.paths else None
    try:
        outlines = outline_paths(
            args.paths, load_registry(), config_file=args.config, now=args.date, stdin=stdin,
            stdin_filename=args.stdin_filename,
        )
    except ConfigError as exc:
        sys.stderr.write(f"declint: {exc}\n")
        return ExitCode.ERROR
    failed = False
    for item in outlines:
        if item.error is not None:
            sys.stderr.write(f"declint: {item.path}: {item.error}\n")
            failed = True
    good = [o for o in outlines if o.error is None]
    if args.format == "json":
        sys.stdout.write(json.dumps([asdict(o) for o in good], indent=2, ensure_ascii=False) + "\n")
    else:
        console = make_console()
        for item in good:
            console.print(item.path, style="declint.path", markup=False)
            console.print("  " + " → ".join(item.shape), markup=False)
            if args.sentences:
                for s in item.sentences:
                    console.print(f"  {s.line}:{s.column}  {', '.join(s.moves):<28} {s.text}", markup=False)
    return ExitCode.ERROR if failed else ExitCode.OK
