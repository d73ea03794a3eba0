"""Words as a reader counts them: runs of non-space characters holding a letter or digit.

Punctuation is not a word, "don't" is one word, and a placeholder such as "[Your Name]"
is one word however many the stand-in in the parse has.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from declint.spans import CharSpan

if TYPE_CHECKING:
    from declint.document import EmailDocument

_RUN = re.compile(r"\S+")
_WORDY = re.compile(r"[^\W_]")


def word_spans(document: EmailDocument, region: CharSpan) -> list[CharSpan]:
    """The words of ``region`` in the parsed text; quotes and signature are not words."""
    text = document.analysis.parse_text
    holders = [p for p in document.placeholders if p.overlaps(region.start, region.end)]
    out: list[CharSpan] = []
    pos = region.start
    for holder in holders:
        if holder.start > pos:
            out.extend(_words(text, pos, min(holder.start, region.end)))
        out.append(CharSpan(max(holder.start, region.start), min(holder.end, region.end)))
        pos = max(pos, holder.end)
    if pos < region.end:
        out.extend(_words(text, pos, region.end))
    return out


def _words(text: str, start: int, end: int) -> list[CharSpan]:
    return [
        CharSpan(start + m.start(), start + m.end())
        for m in _RUN.finditer(text[start:end])
        if _WORDY.search(m.group())
    ]


def count_words(document: EmailDocument, region: CharSpan) -> int:
    return len(word_spans(document, region))
