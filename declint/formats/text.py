"""Plain-text drafts, and the decoding every text format shares."""

from __future__ import annotations

import re

from declint.core.source import Source
from declint.core.spans import CharSpan
from declint.formats.directives import parse_comment_directive
from declint.formats.headers import find_header_block


def decode_text(data: bytes) -> str:
    """UTF-8 text with normalised line ends; ValueError says why anything else is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise ValueError("looks binary (it contains NUL bytes); declint reads text drafts")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# A line that is only a suppression comment: "<!-- declint: disable=salutation -->".
_DIRECTIVE_LINE = re.compile(r"^[ \t]{0,20}<!--(?P<inside>[^\n]{0,500}?)-->[ \t]{0,20}$", re.MULTILINE)


def read_text(name: str, text: str) -> Source:
    # Suppression comments work in plain text as in Markdown, on a line of their own; they
    # are hidden from the parse, so "<!-- declint ... -->" is neither the greeting nor a word.
    hidden: list[CharSpan] = []
    directives: list[tuple[str, CharSpan]] = []
    for match in _DIRECTIVE_LINE.finditer(text):
        ids = parse_comment_directive(match.group("inside"))
        if ids:
            span = CharSpan(match.start(), match.end())
            hidden.append(span)
            directives.extend((rule_id, span) for rule_id in ids)
    block = find_header_block(text)
    headers = {}
    if block is not None:
        hidden.append(block[0])
        headers = dict(block[1])
    return Source(
        path=name, text=text, format="text", headers=headers, hidden=tuple(sorted(hidden)), directives=tuple(directives)
    )
