"""Parsing a large library of drafts in worker processes.

spaCy's parser runs on one core; a library of a thousand templates is parsed faster when
several processes share the drafts. Each worker builds one :class:`Linter` and so loads the
pipeline once; drafts travel in chunks so that pickling stays a small share of the work.
Starting a worker costs about as much as loading the pipeline, so small runs stay in-process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from declint.config import Config
from declint.linter import FileResult, Linter
from declint.registry import Registry
from declint.source import Source

#: Below this many drafts to parse, worker start-up costs more than it saves.
PARALLEL_MIN = 64

_worker_linter: Linter | None = None


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _init_worker(registry: Registry, now: datetime | None) -> None:
    global _worker_linter
    _worker_linter = Linter(registry, now=now)


def _lint_chunk(items: list[tuple[Source, Config]]) -> list[FileResult]:
    assert _worker_linter is not None, "worker not initialised"
    return _worker_linter.lint(items)


def _context() -> multiprocessing.context.BaseContext:
    # Not fork: the parent may run a progress-bar thread, and forking a threaded process
    # can deadlock the child. forkserver starts workers from a clean, thread-free process.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


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
    results: list[list[FileResult] | None] = [None] * len(chunks)
    done = 0
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=_context(), initializer=_init_worker, initargs=(registry, now)
        ) as pool:
            futures: dict[Future[list[FileResult]], int] = {
                pool.submit(_lint_chunk, chunk): i for i, chunk in enumerate(chunks)
            }
            for future in as_completed(futures):
                index = futures[future]
                results[index] = future.result()
                done += len(chunks[index])
                if on_progress is not None:
                    on_progress(done, len(items))
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
