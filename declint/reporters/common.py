"""Helpers every reporter shares: visible text and positions."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from declint.core.findings import Finding
from declint.engine.result import FileResult

# Every C0 control (tab and newline too: a raw newline in a file name or a baseline entry
# would start a new line that GitHub's runner reads as a ``::error`` command), DEL and C1,
# the bidi overrides and Unicode line separators. A draft or a hostile repository must never
# be able to drive the terminal, reorder what the reader sees or forge a line.
_CONTROL = r"\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
# Lone surrogates (a file name that is not UTF-8 decodes to U+DC80..U+DCFF) cannot be
# encoded as UTF-8; U+FFFE and U+FFFF are not allowed in XML.
_UNENCODABLE = r"\ud800-\udfff\ufffe\uffff"
_UNSAFE = re.compile(f"[{_CONTROL}{_UNENCODABLE}]")
_UNENCODABLE_ONLY = re.compile(f"[{_UNENCODABLE}]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def visible(text: str) -> str:
    """``text`` as one printable line: control characters shown as escapes (``\\x1b``,
    ``\\n``), and characters that no UTF-8 stream or XML document can carry too."""
    return _UNSAFE.sub(_escape, text)


def encodable(text: str) -> str:
    """``text`` with only what UTF-8 and XML cannot carry escaped, for formats (JSON) that
    escape control characters themselves."""
    return _UNENCODABLE_ONLY.sub(_escape, text)


def encodable_data(value: Any) -> Any:
    """``value`` (JSON-able data) with :func:`encodable` applied to every string in it."""
    if isinstance(value, str):
        return encodable(value)
    if isinstance(value, dict):
        return {encodable(str(k)): encodable_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [encodable_data(v) for v in value]
    return value


def uri_quote(path: str) -> str:
    """``path`` percent-encoded from its bytes on disk, so a name that is not UTF-8 still
    names its file (``quote`` alone raises on it)."""
    try:
        raw = os.fsencode(path)
    except UnicodeError:
        raw = path.encode("utf-8", "backslashreplace")
    return quote(raw)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:
        # A byte that was not UTF-8 (surrogateescape): show the byte itself.
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@dataclass(frozen=True)
class Located:
    """A finding with its 1-based line and column range."""

    finding: Finding
    line: int
    column: int
    end_line: int
    end_column: int


def locate(result: FileResult, finding: Finding) -> Located:
    """Where the finding starts, and where its last flagged character ends: a sentence's span
    often takes in the blank lines after it, which would end a region on the next paragraph."""
    line, column = result.lines.position(finding.start)
    end_line, end_column = result.lines.position(flagged_end(result.text, finding))
    return Located(finding, line, column, end_line, end_column)


def flagged_end(text: str, finding: Finding) -> int:
    """``finding.end`` without trailing whitespace (unless the span is all whitespace)."""
    stripped = text[finding.start : finding.end].rstrip()
    return finding.start + len(stripped) if stripped else finding.end


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def noted(result: FileResult, message: str) -> str:
    """``message``, saying which lines its position counts when they are not the file's
    (a quoted-printable email body, text taken from HTML): an editor's jump list would
    otherwise land on the wrong line without a word."""
    return f"{message} [position in {result.location_note}]" if result.location_note else message
