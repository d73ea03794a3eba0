"""Reading a draft's bytes into a :class:`~declint.core.source.Source`, by format."""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import PurePath

from declint.core.source import Source
from declint.core.spans import StoredOffsets
from declint.formats.text import decode_text, read_text

__all__ = ["MAX_TOKENS", "SEND_YEARS", "InputError", "count_tokens", "decode_text", "format_for", "read_source"]

#: The most words and punctuation marks a draft may hold. Parse time and memory grow with
#: tokens, not bytes (100 KB of "a, " peaked at 1.2 GB); a decline email has a few hundred
#: words, and at this bound any draft lints in seconds and well under 500 MB.
MAX_TOKENS = 5_000
_TOKEN = re.compile(r"\w+|[^\w\s]")

#: The years a sending date may fall in. Rules count days forward and back from it, and
#: ``datetime`` ends at years 1 and 9999: a ``Date:`` in year 9999 overflowed inside a rule.
SEND_YEARS = range(1900, 9000)


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
    except RecursionError:
        # The standard email parser recurses once per nested part: a 64 KB message with a
        # thousand nested multiparts exhausts the stack.
        raise InputError("is nested too deeply to read (parts within parts)") from None
    if not source.text.strip():
        raise InputError("is empty: there is no text to lint")
    if fmt in ("text", "markdown") and (data.startswith(b"\xef\xbb\xbf") or b"\r\n" in data):
        # decode_text succeeded, so the bytes are UTF-8.
        source = dataclasses.replace(source, stored=StoredOffsets.of(data.decode("utf-8")))
    source = _without_impossible_date(source)
    if count_tokens(source.text, MAX_TOKENS + 1) > MAX_TOKENS:
        raise InputError(
            f"has over {MAX_TOKENS:,} words and punctuation marks, more than declint reads "
            "(a decline email has a few hundred)"
        )
    controls = sum(1 for ch in source.text if ch < " " and ch not in "\t\n\f" or ch == "\x7f")
    if controls > max(8, len(source.text) // 20):
        # Text has a stray escape now and then; a body of control bytes is a binary file
        # that decoded by accident (latin-1 accepts every byte).
        raise InputError("looks binary (it is full of control characters); declint reads text drafts")
    return source


def _without_impossible_date(source: Source) -> Source:
    """``source`` without a ``Date:`` header outside :data:`SEND_YEARS`: no email is sent
    then, and rules fall back to ``--date`` or the clock, as for a draft without one."""
    for key, value in source.headers.items():
        year = _year(value) if key.lower() == "date" else None
        if year is not None and year not in SEND_YEARS:
            headers = {k: v for k, v in source.headers.items() if k != key}
            return dataclasses.replace(source, headers=headers)
    return source


def _year(value: str) -> int | None:
    """The year of a header date, as rules will read it (RFC 5322 or ISO); None if neither."""
    try:
        return parsedate_to_datetime(value).year
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return datetime.fromisoformat(value.strip().strip("'\"")).year
    except ValueError:
        return None


def count_tokens(text: str, stop: int) -> int:
    """Words and marks in ``text``, counting no further than ``stop`` (one linear pass)."""
    return sum(1 for _ in itertools.islice(_TOKEN.finditer(text), stop))
