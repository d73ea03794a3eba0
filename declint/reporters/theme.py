"""Semantic style names for the terminal report, in one theme."""

from __future__ import annotations

from rich.theme import Theme

THEME = Theme(
    {
        "declint.path": "bold underline",
        "declint.dim": "dim",
        "declint.error": "bold red",
        "declint.warning": "yellow",
        "declint.info": "cyan",
        "declint.rule": "magenta",
        "declint.span": "bold",
        "declint.help": "green",
        "declint.ok": "green",
        "declint.summary": "bold",
        "declint.heading": "bold cyan",
    }
)
