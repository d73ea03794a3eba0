"""The shipped wordfreq extract, and the spelling rule's use of it."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT
from declint.nlp.lexicon import english
from declint.nlp.usage import FILE, usage

sys.path.insert(0, str(ROOT / "tools"))

from build_usage import build  # noqa: E402

from declint.rules.spelling import attested, edit_distance, slip_edit  # noqa: E402


def test_the_shipped_extract_is_the_installed_wordfreq() -> None:
    assert FILE.read_text(encoding="utf-8") == build(), "out of date: run python tools/build_usage.py"


@pytest.mark.parametrize(
    ("word", "zipf"), [("the", 7.7), ("receive", 4.8), ("immunohistochemistry", 2.1), ("qwrtypsdfgh", 0.0)]
)
def test_usage_reads_wordfreq_zipf_frequencies(word: str, zipf: float) -> None:
    assert usage().zipf(word) == zipf


@pytest.mark.parametrize("word", ["immunohistochemistry", "kubernetes", "geotechnical", "whānau", "palletising"])
def test_words_of_a_trade_or_region_are_attested(word: str) -> None:
    assert attested(word, english())


@pytest.mark.parametrize("word", ["recieve", "accomodate", "tommorow", "wich", "becuase"])
def test_common_slips_are_not_attested_though_wordfreq_lists_them(word: str) -> None:
    assert usage().zipf(word) >= 1.0  # wordfreq has them: usage alone would clear them
    assert not attested(word, english())


@pytest.mark.parametrize(("a", "b", "d"), [("recieve", "receive", 1), ("tommorow", "tomorrow", 2), ("a", "", 1)])
def test_edit_distance_counts_a_swap_as_one(a: str, b: str, d: int) -> None:
    assert edit_distance(a, b) == d


def test_every_kind_of_word_reads_as_the_file_says() -> None:
    """The bisection over the file's bytes finds each word's code, the first and the last,
    words with letters beyond ASCII, and nothing for words between listed ones."""
    import random

    _, words_line, codes = FILE.read_text(encoding="utf-8").split("\n")[:3]
    words = words_line.split(" ")
    table = {w: (ord(c) - 48) / 10 for w, c in zip(words, codes, strict=True)}
    rng = random.Random(13)
    sample = [words[0], words[-1], *rng.sample(words, 3000)]
    sample += [w for w in words if not w.isascii()][:300]
    sample += [w + "q" for w in sample[:500]] + [w[:-1] for w in sample[:500]] + ["", "zzzzzzzz", "\udcff"]
    for word in sample:
        assert usage().zipf(word) == table.get(word, 0.0), word


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("recieve", "receive"),  # two letters swapped
        ("tommorow", "tomorrow"),  # a double written once, a single twice
        ("truely", "truly"),  # a silent e
        ("definately", "definitely"),  # a vowel of a later syllable
        ("patiemce", "patience"),  # the key beside
        ("desided", "decided"),  # a consonant spelled by its sound
        ("mergency", "emergency"),  # a long word's first letter dropped
        ("neigbourhood", "neighborhood"),  # the British spelling, mistyped
    ],
)
def test_slips_writers_make(word: str, meant: str) -> None:
    assert slip_edit(word, meant)


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("cobot", "robot"),  # a short word's first letter
        ("corper", "corner"),  # a consonant neither beside nor alike
        ("tuiles", "tiles"),  # a vowel added to the stressed syllable
        ("hangi", "hang"),  # a vowel after the end
        ("kete", "kite"),  # the stressed vowel changed
        ("roastery", "roster"),  # the same consonants, but two letters longer
    ],
)
def test_changes_that_make_other_words(word: str, meant: str) -> None:
    assert not slip_edit(word, meant)
