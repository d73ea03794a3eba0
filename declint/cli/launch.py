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
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        os._exit(code)
    from declint.cli.entry import main as run_here

    return run_here(argv)
