"""Helpers every reporter shares: visible text and positions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from declint.core.findings import Finding
from declint.engine.linter import FileResult

# C0 and C1 controls (but tab) and the bidi overrides: a draft must never be able to drive
# the terminal or reorder what the reader sees.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` with control characters shown as escapes, e.g. ``\\x1b``."""
    return _CONTROL.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
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
