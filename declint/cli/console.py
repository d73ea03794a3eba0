"""The one place a Rich console is made, so every subcommand prints with the same theme,
and the one place an error line is written."""

from __future__ import annotations

import itertools
import sys
from typing import Any

import rich.style
from rich.console import Console

from declint.reporters.common import visible
from declint.reporters.theme import THEME


def make_console(stream: Any = None) -> Console:
    # Rich numbers terminal hyperlinks (OSC 8 ids) from a counter that starts at a random
    # number in each process; start it afresh for every report, so the same run prints the
    # same bytes in any process (a resident server's worker included).
    rich.style._id_generator = itertools.count(1)
    return Console(file=stream or sys.stdout, theme=THEME, highlight=False, soft_wrap=True)


def error_line(message: str) -> None:
    """``declint: message`` on stderr as exactly one line, whatever the message holds (a
    file name or baseline entry with a newline would otherwise forge a ``::error`` line)."""
    sys.stderr.write(f"declint: {visible(message)}\n")
