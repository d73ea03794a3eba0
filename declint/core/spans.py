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
