"""From declint's character offsets to LSP positions.

declint counts Python characters (code points) into ``Source.text``; an LSP client counts
code units of the negotiated position encoding (UTF-16 unless both sides agree otherwise)
into its own buffer, whose line ends may be ``\\r\\n`` or ``\\r`` and which may start with a
byte-order mark that decoding drops. Lines are the same in both, so a position is the line
number plus the width of the line's text before the offset, in the client's units.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from lsprotocol import types

from declint.formats.text import normalise_newlines

BOM = "\ufeff"


def units(text: str, encoding: str) -> int:
    """How many code units ``text`` takes in ``encoding`` (an LSP PositionEncodingKind)."""
    if encoding == types.PositionEncodingKind.Utf32.value:
        return len(text)
    if encoding == types.PositionEncodingKind.Utf8.value:
        return len(text.encode("utf-8"))
    # UTF-16: one unit per code point, two for those beyond the Basic Multilingual Plane.
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


@dataclass(frozen=True)
class PositionMap:
    """Converts offsets into ``text`` (declint's, ``\\n`` line ends) to client positions.

    ``shift`` is added to every offset first: declint's text may be a slice of the buffer
    (the body of an email after its headers). ``first_line_pad`` is the width, in code
    units, of anything the client sees before the text on line 0 (a byte-order mark).
    """

    text: str
    encoding: str = types.PositionEncodingKind.Utf16.value
    first_line_pad: int = 0
    shift: int = 0

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(i + 1 for i, ch in enumerate(self.text) if ch == "\n")
        object.__setattr__(self, "_starts", starts)

    def position(self, offset: int) -> types.Position:
        starts: list[int] = self._starts  # type: ignore[attr-defined]
        offset = min(max(offset + self.shift, 0), len(self.text))
        line = bisect.bisect_right(starts, offset) - 1
        column = units(self.text[starts[line] : offset], self.encoding)
        if line == 0:
            column += self.first_line_pad
        return types.Position(line=line, character=column)

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(max(start, end)))


def buffer_map(buffer: str, encoding: str, shift: int = 0) -> PositionMap:
    """The map into ``buffer`` for offsets into its decoded text (BOM dropped, line ends
    normalised to ``\n``), plus ``shift``."""
    pad = 0
    if buffer.startswith(BOM):
        pad = units(BOM, encoding)
        buffer = buffer[1:]
    return PositionMap(normalise_newlines(buffer), encoding, pad, shift)
