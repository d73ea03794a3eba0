"""Character spans and the line index that turns offsets into line and column."""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class CharSpan:
    """A half-open range ``[start, end)`` of character offsets."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span ends before it starts: {self.start}..{self.end}")

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < max(end, start + 1)

    def text(self, source: str) -> str:
        return source[self.start : self.end]


class LineIndex:
    """Maps character offsets to 1-based (line, column), computed once per text."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        # str.find runs in C: a thousand cached drafts are indexed in milliseconds.
        at = text.find("\n")
        while at != -1:
            self._starts.append(at + 1)
            at = text.find("\n", at + 1)
        self._length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        offset = min(max(offset, 0), self._length)
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_span(self, line: int) -> CharSpan:
        """The characters of 1-based ``line`` without its newline."""
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else self._length
        return CharSpan(start, end)

    def offset(self, line: int, column: int) -> int:
        """The inverse of :meth:`position`, clamped to the text."""
        line = min(max(line, 1), len(self._starts))
        span = self.line_span(line)
        return min(span.start + max(column, 1) - 1, span.end)

    @property
    def line_count(self) -> int:
        return len(self._starts)


@dataclass(frozen=True)
class StoredOffsets:
    """Maps offsets in a draft's text (BOM removed, CR LF read as LF) back to the characters
    of the file as stored, so a fix applied to the file deletes the characters it means."""

    #: 1 when the file starts with a byte-order mark, else 0.
    bom: int = 0
    #: Offsets in the text of each LF that was a CR LF in the file, ascending.
    crlf: tuple[int, ...] = ()

    @classmethod
    def of(cls, stored: str) -> StoredOffsets | None:
        """The mapping for ``stored`` (the decoded file, BOM and CR LF still in it); None when
        the text is the file already."""
        bom = 1 if stored.startswith("\ufeff") else 0
        crlf: list[int] = []
        position = stored.find("\r\n", bom)
        while position >= 0:
            # Each earlier CR LF is one character shorter in the text.
            crlf.append(position - bom - len(crlf))
            position = stored.find("\r\n", position + 2)
        return cls(bom, tuple(crlf)) if bom or crlf else None

    def stored(self, offset: int) -> int:
        """The file offset of text offset ``offset`` (an offset at a CR LF's LF points at its CR)."""
        return offset + self.bom + bisect.bisect_left(self.crlf, offset)
