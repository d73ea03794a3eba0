"""One lint run: config, discovery, reading and linting, as data for a reporter.

This is the engine's front door for the CLI, the language server and the eval command.
It never prints; everything that went wrong is in the returned :class:`RunReport`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from declint.core.exitcodes import ExitCode
from declint.core.reading import read_at_most
from declint.core.source import Source
from declint.engine.baseline import Entry, config_baseline
from declint.engine.cache import CacheSet
from declint.engine.config import Config
from declint.engine.discovery import discover
from declint.engine.resolve import ConfigResolver
from declint.engine.result import FileResult
from declint.formats import InputError, read_source
from declint.ruleapi.base import Rule
from declint.ruleapi.registry import Registry, load_registry

if TYPE_CHECKING:
    # Imported where a draft is parsed: a run answered from the cache never loads the
    # document layer the linter brings.
    from declint.engine.linter import Linter

#: Below this many drafts to parse, worker start-up costs more than it saves.
PARALLEL_MIN = 64


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclass
class RunReport:
    """Every file's result in the order the user named them, plus run-wide problems."""

    results: list[FileResult] = field(default_factory=list)
    #: Problems that are not about one draft (a plugin that failed to load, ...).
    warnings: list[str] = field(default_factory=list)
    #: The rules that could run, by id: reporters describe them (SARIF rule metadata).
    rules: Mapping[str, type[Rule]] = field(default_factory=dict)  # type: ignore[type-arg]
    #: Baseline entries that matched no finding of a draft linted in this run.
    stale_baseline: list[Entry] = field(default_factory=list)
    #: Built-in rules that could not be imported (a broken install): named, and the run fails.
    broken_rules: list[str] = field(default_factory=list)

    @property
    def linted(self) -> list[FileResult]:
        return [r for r in self.results if r.error is None]

    def exit_code(self) -> ExitCode:
        if self.broken_rules or any(r.error is not None or r.rule_errors for r in self.results):
            return ExitCode.ERROR
        # Each draft is judged by its own config's fail level.
        if any(r.failed for r in self.results):
            return ExitCode.FINDINGS
        return ExitCode.OK


def read_bytes(path: str, config: Config, stdin: bytes | BinaryIO | None = None) -> bytes:
    """A draft's bytes; raises InputError naming the problem. A stream for stdin is read only
    one byte past max-bytes (``declint - < /dev/zero`` must not read forever)."""
    if path == "-":
        data = (stdin or b"") if stdin is None or isinstance(stdin, bytes) else stdin.read(config.max_bytes + 1)
    else:
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                # Opening a FIFO would block forever; a device could be endless.
                raise InputError("is not a regular file (a pipe, socket or device)")
            size = info.st_size
            if size > config.max_bytes:
                raise InputError(f"is {size:,} bytes, over the {config.max_bytes:,}-byte limit (max-bytes)")
            data = read_at_most(path, config.max_bytes + 1, size)
        except PermissionError:
            raise InputError("cannot be read: permission denied") from None
        except IsADirectoryError:
            raise InputError("is a folder, not a draft") from None
        except OSError as exc:
            raise InputError(f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > config.max_bytes:
        raise InputError(f"is over the {config.max_bytes:,}-byte limit (max-bytes)")
    return data


def read_target(path: str, config: Config, stdin: bytes | BinaryIO | None = None, display: str | None = None) -> Source:
    """Read one draft; raises InputError naming the problem."""
    return read_source(display or path, read_bytes(path, config, stdin))


def run(
    paths: list[str],
    *,
    config_file: str | None = None,
    overrides: Mapping[str, Any] | None = None,
    stdin: bytes | BinaryIO | None = None,
    stdin_filename: str | None = None,
    now: datetime | None = None,
    registry: Registry | None = None,
    linter: Linter | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    cache: CacheSet | None = None,
    jobs: int = 1,
    baseline: str | None = None,
    apply_baselines: bool = True,
) -> RunReport:
    """Lint ``paths`` (``-`` for stdin). Raises ConfigError for a bad config.

    With ``cache``, unchanged drafts reuse stored results; ``jobs`` > 1 may parse in
    worker processes when there are enough drafts to pay for starting them. Each draft's
    findings pass through its own config's baseline (or ``baseline``, which overrides
    every config's) and are judged by its own fail level; a baseline that cannot be read
    raises BaselineError. ``apply_baselines=False`` keeps every finding (for writing one).
    """
    registry = registry or load_registry()
    resolver = ConfigResolver(registry, config_file, overrides or {})
    # The table itself, not a copy: copying would import every built-in rule, which a run
    # answered from the cache never needs.
    report = RunReport(warnings=list(registry.errors), rules=registry.rules)
    stdin_anchor = Path(stdin_filename) if stdin_filename else Path.cwd() / "stdin.txt"
    baselines: dict[int, Path | None] = {}

    def config_for(path: Path) -> Config:
        return resolver(path)

    targets = discover(paths, config_for)
    slots: list[FileResult | None] = []
    pending: list[tuple[int, Source, Config, str | None]] = []
    hits = 0
    for target in targets:
        if target.error is not None:
            slots.append(FileResult(path=target.path, error=target.error))
            baselines[len(slots) - 1] = None
            continue
        anchor = stdin_anchor if target.path == "-" else Path(target.path)
        config = config_for(anchor)
        baselines[len(slots)] = Path(baseline) if baseline else config_baseline(config.root, config.baseline)
        display = (stdin_filename or "-") if target.path == "-" else None
        name = display or target.path
        try:
            data = read_bytes(target.path, config, stdin)
            # Stdin comes from an editor or a mail client: a one-off buffer that would only
            # litter the caller's folder with cache entries.
            use_cache = cache is not None and target.path != "-"
            key = cache.for_config(config).key(data, name, config, now) if cache is not None and use_cache else None
            cached = cache.for_config(config).get(key, name) if cache is not None and key else None
            if cached is not None:
                cached.fail_level = config.fail_level
                slots.append(cached)
                hits += 1
                continue
            source = read_source(name, data)
        except InputError as exc:
            slots.append(FileResult(path=name, error=str(exc)))
            continue
        slots.append(None)
        pending.append((len(slots) - 1, source, config, key))
    total = hits + len(pending)
    if on_progress is not None and hits:
        on_progress(hits, total)

    def progress(done: int, _: int) -> None:
        if on_progress is not None:
            on_progress(hits + done, total)

    items = [(s, c) for _, s, c, _ in pending]
    results: list[FileResult]
    if not items:
        results = []  # all from the cache, or unreadable: neither the linter nor its imports
    elif jobs > 1 and len(items) >= PARALLEL_MIN and linter is None:
        from declint.engine.parallel import lint_parallel  # Imported here: worker pools only for libraries.

        results = lint_parallel(registry, items, jobs=jobs, now=now, on_progress=progress)
    else:
        from declint.engine.linter import Linter

        linter = linter or Linter(registry, now=now)
        results = linter.lint(items, on_progress=progress)
    for (slot, _, config, key), result in zip(pending, results, strict=True):
        slots[slot] = result
        if cache is not None and key is not None and not result.rule_errors and not registry.broken:
            cache.for_config(config).put(key, result)
    report.broken_rules = list(registry.broken)
    if cache is not None:
        report.warnings.extend(cache.warnings)
    if apply_baselines:
        report.stale_baseline = _apply_baselines(slots, baselines)
    report.results = [r for r in slots if r is not None]
    return report


def _apply_baselines(slots: list[FileResult | None], baselines: Mapping[int, Path | None]) -> list[Entry]:
    """Drop the findings each draft's baseline records; return the stale entries."""
    from declint.engine.baseline import apply_baseline, load_baseline

    by_file: dict[Path, list[FileResult]] = {}
    for index, file in baselines.items():
        result = slots[index]
        if file is not None and result is not None:
            by_file.setdefault(file, []).append(result)
    stale: list[Entry] = []
    for file, results in by_file.items():
        stale.extend(apply_baseline(results, load_baseline(file), file))
    return stale
