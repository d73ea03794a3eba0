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
from typing import Any

from declint.cache import CacheSet
from declint.config import Config, ConfigError, find_config_file, load_config, merge
from declint.discovery import discover
from declint.exitcodes import ExitCode
from declint.formats import InputError, read_source
from declint.linter import FileResult, Linter
from declint.registry import Registry, load_registry
from declint.rule import Rule, Severity
from declint.source import Source

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
    fail_level: Severity = Severity.WARNING
    #: The rules that could run, by id: reporters describe them (SARIF rule metadata).
    rules: dict[str, type[Rule]] = field(default_factory=dict)  # type: ignore[type-arg]
    #: The config's ``baseline`` file, relative to the working directory or absolute.
    baseline: str | None = None

    @property
    def linted(self) -> list[FileResult]:
        return [r for r in self.results if r.error is None]

    def exit_code(self) -> ExitCode:
        if any(r.error is not None or r.rule_errors for r in self.results):
            return ExitCode.ERROR
        if any(f.severity >= self.fail_level for r in self.results for f in r.findings):
            return ExitCode.FINDINGS
        return ExitCode.OK


class ConfigResolver:
    """The config for each linted path: the named file, or the nearest one walking up,
    with command-line overrides on top. Each config file is read once."""

    def __init__(self, registry: Registry, config_file: str | None, overrides: Mapping[str, Any]) -> None:
        self.registry = registry
        self.overrides = dict(overrides)
        self._by_file: dict[Path | None, Config] = {}
        self._fixed: Path | None = Path(config_file) if config_file else None
        self._found: dict[Path, Path | None] = {}
        if self._fixed is not None and not self._fixed.is_file():
            raise ConfigError(f"{config_file}: config file not found")

    def __call__(self, path: Path) -> Config:
        file = self._fixed or self._find(path if path.is_dir() else path.parent)
        if file not in self._by_file:
            base = load_config(file, self.registry.rules) if file is not None else Config()
            self._by_file[file] = merge(base, **self.overrides)
        return self._by_file[file]

    def _find(self, folder: Path) -> Path | None:
        # Drafts of one folder share a config: walk up once per folder, not once per draft.
        if folder not in self._found:
            self._found[folder] = find_config_file(folder)
        return self._found[folder]


def read_bytes(path: str, config: Config, stdin: bytes | None = None) -> bytes:
    """A draft's bytes; raises InputError naming the problem."""
    if path == "-":
        data = stdin if stdin is not None else b""
    else:
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                # Opening a FIFO would block forever; a device could be endless.
                raise InputError("is not a regular file (a pipe, socket or device)")
            size = info.st_size
            if size > config.max_bytes:
                raise InputError(f"is {size:,} bytes, over the {config.max_bytes:,}-byte limit (max-bytes)")
            with open(path, "rb") as handle:
                data = handle.read(config.max_bytes + 1)
        except PermissionError:
            raise InputError("cannot be read: permission denied") from None
        except IsADirectoryError:
            raise InputError("is a folder, not a draft") from None
        except OSError as exc:
            raise InputError(f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > config.max_bytes:
        raise InputError(f"is over the {config.max_bytes:,}-byte limit (max-bytes)")
    return data


def read_target(path: str, config: Config, stdin: bytes | None = None, display: str | None = None) -> Source:
    """Read one draft; raises InputError naming the problem."""
    return read_source(display or path, read_bytes(path, config, stdin))


def run(
    paths: list[str],
    *,
    config_file: str | None = None,
    overrides: Mapping[str, Any] | None = None,
    stdin: bytes | None = None,
    stdin_filename: str | None = None,
    now: datetime | None = None,
    registry: Registry | None = None,
    linter: Linter | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    cache: CacheSet | None = None,
    jobs: int = 1,
) -> RunReport:
    """Lint ``paths`` (``-`` for stdin). Raises ConfigError for a bad config.

    With ``cache``, unchanged drafts reuse stored results; ``jobs`` > 1 may parse in
    worker processes when there are enough drafts to pay for starting them.
    """
    registry = registry or load_registry()
    resolver = ConfigResolver(registry, config_file, overrides or {})
    report = RunReport(warnings=list(registry.errors), rules=dict(registry.rules))
    stdin_anchor = Path(stdin_filename) if stdin_filename else Path.cwd() / "stdin.txt"
    first = resolver(stdin_anchor if paths == ["-"] else Path(paths[0]) if paths else Path.cwd())
    report.fail_level = first.fail_level
    if first.baseline:
        report.baseline = str((first.root or Path.cwd()) / first.baseline)

    def config_for(path: Path) -> Config:
        return resolver(path)

    targets = discover(paths, config_for)
    slots: list[FileResult | None] = []
    pending: list[tuple[int, Source, Config, str | None]] = []
    hits = 0
    for target in targets:
        if target.error is not None:
            slots.append(FileResult(path=target.path, error=target.error))
            continue
        anchor = stdin_anchor if target.path == "-" else Path(target.path)
        config = config_for(anchor)
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
    if jobs > 1 and len(items) >= PARALLEL_MIN and linter is None:
        from declint.parallel import lint_parallel  # Imported here: worker pools only for libraries.

        results = lint_parallel(registry, items, jobs=jobs, now=now, on_progress=progress)
    else:
        linter = linter or Linter(registry, now=now)
        results = linter.lint(items, on_progress=progress)
    for (slot, _, config, key), result in zip(pending, results, strict=True):
        slots[slot] = result
        if cache is not None and key is not None and not result.rule_errors:
            cache.for_config(config).put(key, result)
    report.results = [r for r in slots if r is not None]
    return report
