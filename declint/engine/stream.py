"""One lint run as a stream: each draft's result as soon as it and those before it are done.

:func:`declint.engine.run.run` returns every result at once, which a reporter that sorts or
counts needs. A run over a hundred thousand drafts must not hold them all: here drafts are
read, linted and handed on a window at a time, in the order the user named them, so memory
stays bounded by the window and a consumer (``--format jsonl``, :func:`declint.lint_paths`)
starts on the first results at once. Config, cache, baselines and fail levels behave as in
``run()``; run-wide facts (warnings, stale baseline entries, the exit code) are on the
:class:`RunStream` once it is exhausted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from declint.core.exitcodes import ExitCode
from declint.core.source import Source
from declint.engine.baseline import BaselineMatcher, Entry, config_baseline, load_baseline
from declint.engine.cache import CacheSet
from declint.engine.config import Config
from declint.engine.discovery import discover
from declint.engine.linter import FileResult, Linter
from declint.engine.resolve import ConfigResolver
from declint.engine.run import PARALLEL_MIN, read_bytes
from declint.formats import InputError, read_source
from declint.ruleapi.base import Rule
from declint.ruleapi.registry import Registry, load_registry

#: Drafts read and linted together: enough for spaCy's batching and for worker chunks,
#: few enough that a window's texts and parses stay a few megabytes.
WINDOW = 256
#: The first window is small, so that the first results come out within a second or two.
FIRST_WINDOW = 8


class RunStream:
    """Iterate for each :class:`FileResult` in input order; read the run-wide facts after.

    Raises ConfigError (bad config) and BaselineError (unreadable baseline) while iterating,
    when the draft that needs them is reached.
    """

    def __init__(
        self,
        paths: Sequence[str],
        *,
        config_file: str | None = None,
        overrides: Mapping[str, Any] | None = None,
        stdin: bytes | None = None,
        stdin_filename: str | None = None,
        now: datetime | None = None,
        registry: Registry | None = None,
        linter: Linter | None = None,
        cache: CacheSet | None = None,
        jobs: int = 1,
        baseline: str | None = None,
        apply_baselines: bool = True,
        window: int = WINDOW,
        first_window: int = FIRST_WINDOW,
        config: Config | None = None,
    ) -> None:
        self.registry = registry or load_registry()
        resolver = ConfigResolver(self.registry, config_file, overrides or {})
        # A caller's own Config (the API's dict of keys) governs every draft: no files are looked for.
        self._resolver: Callable[[Path], Config] = resolver if config is None else (lambda _: config)
        self._paths = list(paths)
        self._stdin = stdin
        self._stdin_filename = stdin_filename
        self._now = now
        self._linter = linter
        self._cache = cache
        self._jobs = jobs
        self._baseline = baseline
        self._apply_baselines = apply_baselines
        self._window = max(1, window)
        self._first_window = max(1, min(first_window, self._window))
        self._baselines: dict[Path, BaselineMatcher] = {}
        self._failed = False
        self._error = False
        self.warnings: list[str] = list(self.registry.errors)
        self.rules: Mapping[str, type[Rule]] = self.registry.rules  # type: ignore[type-arg]
        #: Filled in when the stream is exhausted.
        self.stale_baseline: list[Entry] = []

    def __iter__(self) -> Iterator[FileResult]:
        return self._results()

    def exit_code(self) -> ExitCode:
        """As :meth:`RunReport.exit_code`, over the results yielded so far."""
        if self._error or self.registry.broken:
            return ExitCode.ERROR
        return ExitCode.FINDINGS if self._failed else ExitCode.OK

    def _results(self) -> Iterator[FileResult]:
        stdin_anchor = Path(self._stdin_filename) if self._stdin_filename else Path.cwd() / "stdin.txt"
        # Discovery lists paths only (no text), so holding it is cheap beside the drafts.
        targets = discover(self._paths, self._resolver)
        start, size = 0, self._first_window
        while start < len(targets):
            window: list[tuple[FileResult | None, Config | None, str | None]] = []
            pending: list[tuple[int, Source, Config]] = []
            chosen, start, size = targets[start : start + size], start + size, min(size * 2, self._window)
            for target in chosen:
                if target.error is not None:
                    window.append((FileResult(path=target.path, error=target.error), None, None))
                    continue
                config = self._resolver(stdin_anchor if target.path == "-" else Path(target.path))
                name = (self._stdin_filename or "-") if target.path == "-" else target.path
                try:
                    data = read_bytes(target.path, config, self._stdin)
                    key = None
                    if self._cache is not None and target.path != "-":  # stdin is never cached, as in run()
                        key = self._cache.for_config(config).key(data, name, config, self._now)
                        cached = self._cache.for_config(config).get(key, name)
                        if cached is not None:
                            cached.fail_level = config.fail_level
                            window.append((cached, config, None))
                            continue
                    source = read_source(name, data)
                except InputError as exc:
                    window.append((FileResult(path=name, error=str(exc)), None, None))
                    continue
                pending.append((len(window), source, config))
                window.append((None, config, key))
            for index, linted in self._lint(pending):
                window[index] = (linted, *window[index][1:])
            for done, governing, stored in window:
                assert done is not None, "every pending draft was linted"
                keep = not done.rule_errors and not self.registry.broken
                if self._cache is not None and governing is not None and stored is not None and keep:
                    self._cache.for_config(governing).put(stored, done)
                self._finish(done, governing)
                yield done
        self.stale_baseline = [entry for b in self._baselines.values() for entry in b.stale()]

    def _lint(self, pending: list[tuple[int, Source, Config]]) -> Iterator[tuple[int, FileResult]]:
        items = [(source, config) for _, source, config in pending]
        if self._jobs > 1 and len(items) >= PARALLEL_MIN and self._linter is None:
            from declint.engine.parallel import lint_parallel  # Imported here: worker pools only for libraries.

            results = lint_parallel(self.registry, items, jobs=self._jobs, now=self._now)
        else:
            self._linter = self._linter or Linter(self.registry, now=self._now)
            results = self._linter.lint(items)
        for (index, _, _), result in zip(pending, results, strict=True):
            yield index, result

    def _finish(self, result: FileResult, config: Config | None) -> None:
        if self._apply_baselines and config is not None:
            file = Path(self._baseline) if self._baseline else config_baseline(config.root, config.baseline)
            if file is not None:
                if file not in self._baselines:
                    self._baselines[file] = BaselineMatcher(load_baseline(file), file)
                self._baselines[file].apply(result)
        if result.error is not None or result.rule_errors:
            self._error = True
        elif result.failed:
            self._failed = True

