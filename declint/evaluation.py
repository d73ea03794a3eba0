"""``declint eval DIR``: precision and recall per rule against hand-labelled drafts.

A labelled folder holds drafts (``NAME.txt``, ``.md``, ``.eml``, ``.html``) each with a
``NAME.expected.json`` beside it: a list of ``{"rule": id, "line": n}``, one per finding the
draft should get. A finding matches an expected entry with the same rule and line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rich.table import Table

from declint.config import Config, ConfigError
from declint.exitcodes import ExitCode
from declint.formats import InputError
from declint.linter import Linter
from declint.registry import Registry, load_registry
from declint.run import read_target

DRAFT_SUFFIXES = (".txt", ".md", ".eml", ".html", ".htm")


@dataclass
class RuleScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


class LabelError(Exception):
    """A labelled folder that cannot be read."""


def load_labelled(folder: Path) -> list[tuple[Path, Counter[tuple[str, int]]]]:
    if not folder.is_dir():
        raise LabelError(f"{folder}: not a folder")
    out = []
    for draft in sorted(p for p in folder.iterdir() if p.suffix.lower() in DRAFT_SUFFIXES):
        label = draft.with_name(draft.stem + ".expected.json")
        if not label.exists():
            continue
        try:
            items = json.loads(label.read_text(encoding="utf-8"))
            expected = Counter((str(i["rule"]), int(i["line"])) for i in items)
        except (ValueError, KeyError, TypeError) as exc:
            raise LabelError(f"{label}: expected a JSON list of {{\"rule\": id, \"line\": n}} ({exc})") from None
        out.append((draft, expected))
    if not out:
        raise LabelError(f"{folder}: no drafts with a NAME.expected.json beside them")
    return out


def evaluate(
    folder: Path, config: Config, registry: Registry, linter: Linter | None = None
) -> tuple[dict[str, RuleScore], list[str]]:
    """Per-rule scores, and the drafts that could not be read."""
    labelled = load_labelled(folder)
    errors: list[str] = []
    items = []
    for draft, expected in labelled:
        try:
            items.append((read_target(str(draft), config), config, expected, draft))
        except InputError as exc:
            errors.append(f"{draft}: {exc}")
    linter = linter or Linter(registry)
    results = linter.lint([(source, cfg) for source, cfg, _, _ in items])
    active = {r.id for r in linter.rules_for(config)}
    scores: dict[str, RuleScore] = {rule_id: RuleScore() for rule_id in sorted(active)}
    for (_, _, expected, draft), result in zip(items, results, strict=True):
        got = Counter((f.rule, result.lines.position(f.start)[0]) for f in result.findings)
        for key in got.keys() | expected.keys():
            rule_id, line = key
            if rule_id not in scores:
                continue
            score = scores[rule_id]
            hit = min(got[key], expected[key])
            score.tp += hit
            score.fp += got[key] - hit
            score.fn += expected[key] - hit
            if got[key] > hit:
                score.misses.append(f"false alarm: {draft.name}:{line}")
            if expected[key] > hit:
                score.misses.append(f"missed: {draft.name}:{line}")
    return scores, errors


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def eval_command(argv: list[str]) -> ExitCode:
    from declint.cli import make_console

    parser = argparse.ArgumentParser(
        prog="declint eval", description="Per-rule precision and recall on labelled drafts."
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--min-precision", type=float, default=None, metavar="X",
                        help="exit 1 when any rule's precision is below X")
    parser.add_argument("--template", action="store_true", help="the drafts are templates")
    parser.add_argument("--show", action="store_true", help="list every false alarm and miss")
    args = parser.parse_args(argv)
    registry = load_registry()
    try:
        scores, errors = evaluate(args.folder, Config(template=args.template), registry)
    except (LabelError, ConfigError) as exc:
        sys.stderr.write(f"declint: {exc}\n")
        return ExitCode.ERROR
    for error in errors:
        sys.stderr.write(f"declint: {error}\n")
    console = make_console()
    table = Table(box=None, header_style="declint.heading", pad_edge=False)
    for column in ("rule", "tp", "fp", "fn", "precision", "recall"):
        table.add_column(column, justify="left" if column == "rule" else "right")
    for rule_id, s in scores.items():
        table.add_row(rule_id, str(s.tp), str(s.fp), str(s.fn), _fmt(s.precision), _fmt(s.recall))
    console.print(table)
    if args.show:
        for rule_id, s in scores.items():
            for miss in s.misses:
                console.print(f"  {rule_id}: {miss}", markup=False)
    if errors:
        return ExitCode.ERROR
    if args.min_precision is not None:
        low = [r for r, s in scores.items() if s.precision is not None and s.precision < args.min_precision]
        if low:
            sys.stderr.write(f"declint: precision below {args.min_precision} for: {', '.join(low)}\n")
            return ExitCode.FINDINGS
    return ExitCode.OK
