"""Parsing a large library of drafts in worker processes.

spaCy's parser runs on one core; a library of a thousand templates is parsed faster when
several processes share the drafts. On Linux the pipeline is loaded once, here, and the
workers are forked with it already in memory, so adding workers costs almost nothing; where
fork is not safe (macOS, Windows) each spawned worker loads it once. Drafts travel in chunks
so that pickling stays a small share of the work. Small runs stay in-process.

Workers never outlive the run: on Linux each asks the kernel to kill it when its parent dies
(``PR_SET_PDEATHSIG``, so even a SIGKILLed run leaves none behind holding its stdout open),
and an interrupted run (Ctrl-C, SIGTERM) kills its workers before it exits instead of
waiting for their chunks.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from declint.core.source import Source
from declint.engine.config import Config
from declint.engine.linter import FileResult, Linter
from declint.nlp.pipeline import load_pipeline
from declint.ruleapi.registry import Registry

_worker_linter: Linter | None = None


_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Have the kernel SIGKILL this process when ``parent`` (the run) dies, however it dies."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    # The parent may have died before prctl took effect: then this process was re-parented.
    if os.getppid() != parent:
        os._exit(1)


def _init_worker(registry: Registry, now: datetime | None, parent: int | None = None) -> None:
    global _worker_linter
    if parent is not None:
        die_with_parent(parent)
    # Ctrl-C reaches the whole process group; the parent decides, and kills the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker_linter = Linter(registry, now=now)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """End every worker now. The executor has no public way (before Python 3.14), and its
    shutdown waits for running chunks: minutes for a large library."""
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, AttributeError, ValueError):
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def _lint_chunk(items: list[tuple[Source, Config]]) -> list[FileResult]:
    assert _worker_linter is not None, "worker not initialised"
    return _worker_linter.lint(items)


def _inherits_pipeline() -> bool:
    # fork shares the loaded pipeline copy-on-write (spaCy's own nlp.pipe(n_process=...) forks
    # the same way). The parent runs no threads of ours: the progress bar redraws on callbacks.
    return sys.platform.startswith("linux")


def chunked(items: Sequence[tuple[Source, Config]], jobs: int) -> list[list[tuple[Source, Config]]]:
    """Contiguous chunks, about four per worker so that a slow chunk does not idle the rest."""
    size = max(8, -(-len(items) // (jobs * 4)))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def lint_parallel(
    registry: Registry,
    items: Sequence[tuple[Source, Config]],
    *,
    jobs: int,
    now: datetime | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[FileResult]:
    """Like :meth:`Linter.lint`, with parsing spread over ``jobs`` processes."""
    chunks = chunked(items, jobs)
    workers = min(jobs, len(chunks))
    if _inherits_pipeline():
        # Load here, once: a missing model is one clear error, and every fork inherits it.
        for model in dict.fromkeys(config.model for _, config in items):
            load_pipeline(model)
        # The built-in rules import on first use (a run from the cache needs none): import
        # them here too, so that the workers inherit them rather than each importing them.
        for rule_id in registry.rules:
            registry.rules.get(rule_id)
    context = multiprocessing.get_context("fork" if _inherits_pipeline() else "spawn")
    results: list[list[FileResult] | None] = [None] * len(chunks)
    done = 0
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(registry, now, os.getpid())
        ) as pool:
            try:
                futures: dict[Future[list[FileResult]], int] = {
                    pool.submit(_lint_chunk, chunk): i for i, chunk in enumerate(chunks)
                }
                for future in as_completed(futures):
                    index = futures[future]
                    results[index] = future.result()
                    done += len(chunks[index])
                    if on_progress is not None:
                        on_progress(done, len(items))
            except BaseException:
                # Interrupted (Ctrl-C, SIGTERM) or failed: the workers go now, not after their chunks.
                _kill_workers(pool)
                raise
    except BrokenProcessPool:
        # A worker died (out of memory, killed): finish in-process rather than fail the run.
        linter = Linter(registry, now=now)
        for i, chunk in enumerate(chunks):
            if results[i] is None:
                results[i] = linter.lint(chunk)
                done += len(chunk)
                if on_progress is not None:
                    on_progress(done, len(items))
    return [result for chunk_results in results if chunk_results is not None for result in chunk_results]
