"""A progress bar on stderr while a large library is linted, and only where a person watches.

Pipes, CI logs and redirected stderr get nothing: a bar there is noise in a log. Rich is
imported only when a bar is shown.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import IO, Any

#: Fewer drafts than this finish before a bar would help.
MIN_FILES = 20


def wanted(total: int, stream: IO[str], environ: Mapping[str, str] = os.environ) -> bool:
    """Whether a bar belongs on ``stream`` for a run of ``total`` drafts."""
    if total < MIN_FILES or environ.get("CI") or environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class ProgressBar:
    """A callback for ``run(on_progress=...)`` that shows a bar once ``wanted`` says so.

    ``console`` is a Rich Console writing to the stream (given, for tests); it is created on
    stderr the first time a bar is needed otherwise.
    """

    def __init__(self, stream: IO[str], *, console: Any = None, environ: Mapping[str, str] = os.environ) -> None:
        self._stream = stream
        self._console = console
        self._environ = environ
        self._progress: Any = None
        self._task: Any = None
        self._decided = False

    def __call__(self, done: int, total: int) -> None:
        if not self._decided:
            self._decided = True
            if not wanted(total, self._stream, self._environ):
                return
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            if self._console is None:
                from rich.console import Console

                self._console = Console(file=self._stream)
            self._progress = Progress(
                TextColumn("linting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=self._console,
                transient=True,
                # No refresh thread: the bar redraws when progress is reported, and worker
                # processes can be forked safely from a process without threads.
                auto_refresh=False,
            )
            self._progress.start()
            self._task = self._progress.add_task("lint", total=total)
        if self._progress is not None:
            self._progress.update(self._task, completed=done, total=total, refresh=True)

    def __enter__(self) -> ProgressBar:  # noqa: PYI034 - final in practice; 3.10 has no Self
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
