"""The one place a Rich console is made, so every subcommand prints with the same theme."""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console

from declint.reporters.theme import THEME


def make_console(stream: Any = None) -> Console:
    return Console(file=stream or sys.stdout, theme=THEME, highlight=False, soft_wrap=True)
