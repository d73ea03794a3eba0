"""Words as a reader counts them: runs of non-space characters holding a letter or digit.

Punctuation is not a word, "don't" is one word, and a placeholder such as "[Your Name]"
is one word however many the stand-in in the parse has.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from declint.core.spans import CharSpan
from declint.text.lists import LIST_ITEM

if TYPE_CHECKING:
    from declint.document.email import EmailDocument

# A run of non-space characters holding a letter or digit, matched whole: the look-behind
# starts a match only where a run starts, so a run without one fails once, in linear time.
_WORD = re.compile(r"(?<!\S)\S*[^\W_]\S*")


def word_spans(document: EmailDocument, region: CharSpan) -> list[CharSpan]:
    """The words of ``region`` in the parsed text; quotes and signature are not words."""
    return [CharSpan(start, end) for start, end in _word_bounds(document, region)]


def count_words(document: EmailDocument, region: CharSpan) -> int:
    return len(_word_bounds(document, region))


def _word_bounds(document: EmailDocument, region: CharSpan) -> list[tuple[int, int]]:
    text = document.analysis.parse_text
    holders = [p for p in document.placeholders if p.overlaps(region.start, region.end)]
    out: list[tuple[int, int]] = []
    pos = region.start
    for holder in holders:
        if holder.start > pos:
            out.extend(_words(text, pos, min(holder.start, region.end)))
        out.append((max(holder.start, region.start), min(holder.end, region.end)))
        pos = max(pos, holder.end)
    if pos < region.end:
        out.extend(_words(text, pos, region.end))
    return out


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # The slice, not finditer's pos: the look-behind must not see the character before it.
    return [(start + m.start(), start + m.end()) for m in _WORD.finditer(text[start:end])]


_ENDS_SENTENCE = re.compile(r"[.!?:;…][\"'”’)\]]{0,4}$")
# Lines this long are prose wrapped by the editor; shorter ones were ended by the writer.
_WRAP_WIDTH = 50


def line_breaks(document: EmailDocument, region: CharSpan) -> list[int]:
    """Newlines in ``region`` that end a sentence the writer left without a full stop.

    A blank line or a list item always does. In text whose lines are short (one thought a
    line, as in a phone draft), every line break does. In prose wrapped at a fixed width,
    a line break is a space unless the next line opens with a capitalised word that is
    neither "I" nor a name.
    """
    text = document.analysis.parse_text
    lines: list[tuple[int, str]] = []
    pos = region.start
    for line in text[region.start : region.end].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    full = [ln for _, ln in lines[:-1] if ln.strip()]
    wrapped = bool(full) and sorted(len(ln.rstrip()) for ln in full)[len(full) // 2] >= _WRAP_WIDTH
    firsts = {t.idx: t for t in document.tokens(region)}
    out: list[int] = []
    for (start, line), (nxt_start, nxt) in pairwise(lines):
        if not line.strip() or _ENDS_SENTENCE.search(line.rstrip()):
            continue
        if not nxt.strip() or LIST_ITEM.match(nxt) or not wrapped:
            out.append(start + len(line))
            continue
        first = firsts.get(nxt_start + len(nxt) - len(nxt.lstrip()))
        if (
            first is not None
            and first.text[:1].isupper()
            and first.lower_ != "i"
            and first.pos_ != "PROPN"
            and not document.entity_type(first)
        ):
            out.append(start + len(line))
    return out
