"""Hyphenation points, exactly as pyphen finds them, from the shipped patterns.

Readability counts a word's syllables from the CMU dictionary and, for a word it lacks (a
name, a British spelling, a typo), as textstat does: pyphen's hyphenation points plus one.
pyphen parses its pattern file in Python, about 70 ms, for what is often one word a draft;
the shipped word lists carry the parsed patterns, and this is pyphen's own lookup (Frank
Liang's algorithm) over them. Without the shipped lists, pyphen itself answers.
tests/test_wordlists.py holds the two to the same answers.
"""

from __future__ import annotations

import functools

from declint.nlp.wordlists import shipped

#: textstat's default language, so the counts are textstat's.
LANGUAGE = "en_US"
# pyphen's defaults: no break before the 2nd letter or after the 2nd-last.
_LEFT = 2
_RIGHT = 2


def positions(word: str) -> list[int]:
    """Where ``word`` can be hyphenated (offsets into it), as ``pyphen.Pyphen().positions``."""
    lists = shipped()
    if lists is None:
        return list(_pyphen().positions(word))
    points = _points(word.lower())
    right = len(word) - _RIGHT
    return [i for i in points if _LEFT <= i <= right]


@functools.lru_cache(maxsize=4096)
def _points(word: str) -> tuple[int, ...]:
    lists = shipped()
    assert lists is not None
    patterns = lists.hyphenation
    longest = _longest_pattern()
    pointed = f".{word}."
    references = [0] * (len(pointed) + 1)
    for i in range(len(pointed) - 1):
        stop = min(i + longest, len(pointed)) + 1
        for j in range(i + 1, stop):
            pattern = patterns.get(pointed[i:j])
            if not pattern:
                continue
            offset, values = pattern
            window = slice(i + offset, i + offset + len(values))
            references[window] = map(max, values, references[window])
    return tuple(i - 1 for i, reference in enumerate(references) if reference % 2)


@functools.lru_cache(maxsize=1)
def _longest_pattern() -> int:
    lists = shipped()
    assert lists is not None
    return max(len(tag) for tag in lists.hyphenation)


@functools.lru_cache(maxsize=1)
def _pyphen():  # type: ignore[no-untyped-def]
    import pyphen

    return pyphen.Pyphen(lang=LANGUAGE)
