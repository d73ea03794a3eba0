"""The ``declint`` command: a resident server's answer when one runs, else an in-process run."""

from __future__ import annotations

import sys


def main() -> int:
    argv = sys.argv[1:]
    from declint.cli.client import run_on_server

    code = run_on_server(argv)
    if code is not None:
        return code
    from declint.cli.entry import main as run_here

    return run_here(argv)
