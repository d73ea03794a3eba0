"""A caller of declint's public API, type-checked with ``mypy --strict`` by test_typing.py.

Not a test itself: it is what an applicant-tracking system's code would write.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import declint


def worst_line(draft: str) -> tuple[int, str] | None:
    found: list[declint.Diagnostic] = declint.lint_text(draft, select=["clear-decline"], template=True)
    errors = [d for d in found if d.severity is declint.Severity.ERROR]
    first = min(errors or found, key=lambda d: (d.line, d.column), default=None)
    return None if first is None else (first.line, f"{first.rule}: {first.message} ({first.link})")


def apply_fixes(draft: str, found: list[declint.Diagnostic]) -> str:
    for d in sorted(found, key=lambda d: d.start, reverse=True):
        if d.fix is not None:
            draft = draft[: d.fix.start] + d.fix.replacement + draft[d.fix.end :]
    return draft


def failing(folder: Path, sent: datetime) -> Iterator[str]:
    linter: declint.DeclintLinter = declint.DeclintLinter(
        ignore=("length",), date=sent, config={"fail-level": "error"}
    ).load()
    for report in linter.lint_paths([folder]):
        if report.error is not None:
            yield f"{report.path}: {report.error}"
        elif report.failed:
            yield f"{report.path}: {len(report.diagnostics)} diagnostics"


def queue(drafts: list[tuple[str, str]]) -> dict[str, int]:
    linter = declint.DeclintLinter(config=Path(".declint.toml")) if Path(".declint.toml").exists() else None
    counts: dict[str, int] = {}
    for report in (linter or declint.DeclintLinter()).lint_texts(drafts):
        counts[report.path] = sum(1 for d in report.diagnostics if d.end_line > d.line)
    return counts


def one_file(path: str) -> list[str]:
    try:
        return [f"{d.line}:{d.column} {d.rule}" for d in declint.lint_file(path)]
    except declint.LintError as exc:
        return [str(exc)]
    except declint.ConfigError as exc:
        return [f"config: {exc}"]
