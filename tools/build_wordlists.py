"""Regenerate declint/nlp/data/wordlists.txt from the installed word-list packages.

    python tools/build_wordlists.py

The spelling and readability rules need pyspellchecker's English word list and the CMU
Pronouncing Dictionary's syllable counts, and pyphen's hyphenation patterns for words that
dictionary lacks. Loading them from those packages took about 0.4 s of every cold
``declint draft.txt``; this file holds just what the fast path needs (the words, the words
by syllable count, the parsed patterns, the spelling list's
frequencies), read in a few milliseconds. declint uses it only when the
installed packages are the versions it was built from, and otherwise reads the packages.
tests/test_wordlists.py fails when it is out of date with what is installed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from declint.nlp.hyphenation import LANGUAGE as HYPHENATION_LANGUAGE  # noqa: E402
from declint.nlp.syllables import first_pronunciations  # noqa: E402
from declint.nlp.wordlists import FILE, encode, installed_versions  # noqa: E402


def build() -> str:
    """The shipped file's text, from the installed packages (slow: a second or two)."""
    from spellchecker import SpellChecker

    words = dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)
    assert not any(not w or " " in w or "\n" in w for w in words), "a dictionary entry with a space"
    syllables = {
        word: sum(1 for phone in phones.split() if phone[-1].isdigit())
        for word, phones in first_pronunciations().items()
    }
    # textstat's hyphenator (its syllable count for words the CMU dictionary lacks).
    import pyphen

    patterns = {}
    for tag, (offset, values) in pyphen.Pyphen(lang=HYPHENATION_LANGUAGE).hd.patterns.items():
        assert all(type(v) is int for v in values), "a nonstandard hyphenation pattern"
        patterns[tag] = (offset, list(values))
    return encode(installed_versions(), words, syllables, patterns)


def main() -> int:
    FILE.write_text(build(), encoding="utf-8")
    print(f"wrote {FILE.relative_to(ROOT)} ({FILE.stat().st_size:,} bytes) from {installed_versions()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
