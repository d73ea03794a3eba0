"""Reading a draft's bytes into a :class:`~declint.core.source.Source`, by format."""

from __future__ import annotations

from pathlib import PurePath

from declint.core.source import Source
from declint.formats.text import decode_text, read_text

__all__ = ["InputError", "decode_text", "format_for", "read_source"]


class InputError(Exception):
    """A draft that cannot be linted; the message names the problem, not the file."""


_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".eml": "email",
    ".html": "html",
    ".htm": "html",
}


def format_for(name: str) -> str:
    return _BY_SUFFIX.get(PurePath(name).suffix.lower(), "text")


def read_source(name: str, data: bytes) -> Source:
    """Turn a file's bytes into a Source; raises InputError for anything unlintable."""
    fmt = format_for(name)
    try:
        if fmt == "email":
            from declint.formats.eml import read_eml

            source = read_eml(name, data)
        elif fmt == "html":
            from declint.formats.html import read_html

            source = read_html(name, decode_text(data))
        elif fmt == "markdown":
            from declint.formats.markdown import read_markdown

            source = read_markdown(name, decode_text(data))
        else:
            source = read_text(name, decode_text(data))
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    if not source.text.strip():
        raise InputError("is empty: there is no text to lint")
    controls = sum(1 for ch in source.text if ch < " " and ch not in "\t\n\f" or ch == "\x7f")
    if controls > max(8, len(source.text) // 20):
        # Text has a stray escape now and then; a body of control bytes is a binary file
        # that decoded by accident (latin-1 accepts every byte).
        raise InputError("looks binary (it is full of control characters); declint reads text drafts")
    return source
