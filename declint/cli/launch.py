"""The ``declint`` command: a resident server's answer when one runs, else an in-process run."""

from __future__ import annotations

import os
import sys


def main() -> int:
    argv = sys.argv[1:]
    from declint.cli.client import run_on_server

    code = run_on_server(argv)
    if code is not None:
        # The server's worker wrote the output and has finished: this process holds nothing to
        # tidy up, and the interpreter's teardown of its modules would add milliseconds to
        # every served run. The console script only passes main's result to sys.exit.
        _leave_now(code)
    from declint.cli.entry import main as run_here

    return run_here(argv)


def console() -> None:
    """The ``declint`` console script (and ``python -m declint``): :func:`main`, then exit
    without the interpreter's teardown once the output is out.

    Freeing a loaded spaCy pipeline at exit takes a third of a second or more on a small
    machine, as long as the parse itself, and the user waits for it: the files the run
    wrote are closed, its workers are joined, and only memory the system reclaims anyway is
    left. ``declint server`` keeps the ordinary exit: it starts and stops processes.
    """
    code = main()
    if sys.argv[1:2] == ["server"]:
        sys.exit(code)
    _leave_now(code)


def _leave_now(code: int) -> None:
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        sys.exit(code)  # a closed or broken stream: the interpreter reports it as it always has
    os._exit(code)
