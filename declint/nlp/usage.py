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

import bisect
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
    def __init__(self, words: list[str], codes: str) -> None:
        self._words = words
        self._codes = codes

    def zipf(self, word: str) -> float:
        """Zipf frequency of ``word`` (lower case); 0.0 when wordfreq has under 1 per billion."""
        i = bisect.bisect_left(self._words, word)
        if i < len(self._words) and self._words[i] == word:
            return (ord(self._codes[i]) - _ZERO) / 10
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
        _, words, codes = FILE.read_text(encoding="utf-8").split("\n")[:3]
    except (OSError, ValueError):
        return Usage([], "")
    split = words.split(" ")
    return Usage(split, codes) if len(split) == len(codes) else Usage([], "")
