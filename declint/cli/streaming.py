"""``--format jsonl``: the run as a stream, each draft's findings printed as it finishes.

Every other format needs the whole run (sorted, counted, wrapped in one document); this one
never holds more than the engine's window of drafts, so a run over a hundred thousand drafts
stays in bounded memory and the reader downstream starts at once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from declint.cli.console import make_console
from declint.core.exitcodes import ExitCode
from declint.engine.cache import CacheSet
from declint.engine.result import FileResult
from declint.engine.run import RunReport
from declint.engine.stream import RunStream
from declint.reporters.jsonl import stream_jsonl
from declint.reporters.statistics import report_statistics
from declint.ruleapi.registry import Registry


def lint_jsonl(
    paths: list[str],
    *,
    options: Mapping[str, Any],
    registry: Registry,
    cache: CacheSet | None,
    statistics: bool,
    error: Callable[[str], None],
) -> ExitCode:
    """Stream the run to stdout as JSON lines; problems go to stderr as they are met.

    ``options`` are :class:`RunStream`'s keyword arguments as the command line set them.
    Raises what RunStream raises (ConfigError, ModelNotFoundError, BaselineError).
    """
    run = RunStream(paths, registry=registry, cache=cache, **options)
    for warning in run.warnings:
        error(warning)
    # For --statistics, only what the counts need: not the drafts' text.
    kept: list[FileResult] = []

    def results() -> Iterator[FileResult]:
        for result in run:
            if result.error is not None:
                error(f"{result.path}: {result.error}")
            for problem in result.rule_errors:
                error(problem)
            if statistics and result.error is None:
                kept.append(FileResult(path=result.path, findings=result.findings))
            yield result

    stream_jsonl(results(), make_console())
    for broken in run.registry.broken:
        error(broken)
    for entry in run.stale_baseline:
        error(f"baseline entry no longer matches (prune it with --write-baseline): {entry.describe()}")
    if statistics:
        report_statistics(RunReport(results=kept), make_console(sys.stderr))
    return run.exit_code()
