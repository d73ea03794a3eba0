"""How often a word is used in English, from wordfreq, shipped as a fast-loading extract.

A dictionary lacks the words of every trade ("immunohistochemistry", "kubernetes",
"geotechnical") and of English as written outside the US and UK ("whānau", "kaupapa").
wordfreq (Robyn Speer's word frequencies from subtitles, news, books, Wikipedia and the
web) has them, with a Zipf frequency: log10 of uses per billion words. It also has common
misspellings ("recieve" 2.75), so usage alone never clears a word; the spelling rule
compares a word's usage with its likely correction's.

``data/usage.txt`` (made by ``tools/build_usage.py``) holds the English "large" list,
words with a Zipf frequency of 1 or more, sorted, and their frequencies to one decimal;
declint reads it without wordfreq installed (wordfreq takes over a second to load). The
data is wordfreq's, under CC BY-SA 4.0.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

OUTPUT = "usage.txt"
FILE = Path(__file__).resolve().parent / "data" / OUTPUT
#: Frequencies are stored one character each: chr(_ZERO + round(zipf * 10)).
_ZERO = 48
#: The wordfreq release the shipped extract was built from.
SOURCE = "wordfreq"


class Usage:
    """wordfreq's words (sorted) and their frequency codes, searched by bisection.

    The words stay one string of UTF-8 bytes, with only where each starts and ends found:
    splitting 320,000 words into strings took about 25 ms of every run that checks a word's
    usage, finding the spaces is one numpy pass of a few. UTF-8 keeps the words' order, so
    the bytes bisect as the strings were sorted.
    """

    def __init__(self, words: bytes, codes: bytes) -> None:
        import numpy as np  # loaded with spaCy already, in every run that lints

        self._words = words
        self._codes = codes
        if words:
            spaces = np.flatnonzero(np.frombuffer(words, dtype=np.uint8) == ord(" "))
            self._starts = np.concatenate(([0], spaces + 1))
            self._ends = np.concatenate((spaces, [len(words)]))
        else:
            self._starts = self._ends = np.zeros(0, dtype=np.int64)

    def __len__(self) -> int:
        return len(self._starts)

    def _word(self, i: int) -> bytes:
        return self._words[self._starts[i] : self._ends[i]]

    def zipf(self, word: str) -> float:
        """Zipf frequency of ``word`` (lower case); 0.0 when wordfreq has under 1 per billion."""
        key = word.encode("utf-8", "surrogatepass")
        lo, hi = 0, len(self._starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._word(mid) < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self._starts) and self._word(lo) == key:
            return (self._codes[lo] - _ZERO) / 10
        return 0.0


def encode(version: str, frequencies: dict[str, float]) -> str:
    words = sorted(frequencies)
    return "\n".join(
        [
            json.dumps({"sources": {SOURCE: version}}),
            " ".join(words),
            "".join(chr(_ZERO + round(frequencies[w] * 10)) for w in words),
        ]
    ) + "\n"


@functools.lru_cache(maxsize=1)
def usage() -> Usage:
    """The shipped extract (read on first use); empty if it is missing or damaged."""
    try:
        _, words, codes = FILE.read_bytes().split(b"\n")[:3]
    except (OSError, ValueError):
        return Usage(b"", b"")
    found = Usage(words, codes)
    return found if len(found) == len(codes) else Usage(b"", b"")
