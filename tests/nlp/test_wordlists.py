"""The shipped word lists answer exactly as the packages they were built from.

``declint/nlp/data/wordlists.json.gz`` is a fast copy of pyspellchecker's English list, the CMU
dictionary's syllable counts and pyphen's hyphenation patterns. These tests rebuild it from
the installed packages and hold every fast answer to the package's own.
"""

from __future__ import annotations

import json
import random
import sys

from conftest import ROOT
from declint.nlp import hyphenation, wordlists
from declint.nlp.lexicon import Lexicon, _listed, english, listed, package_english
from declint.nlp.syllables import first_pronunciations, syllables

sys.path.insert(0, str(ROOT / "tools"))

from build_wordlists import build  # noqa: E402

SHIPPED = wordlists.shipped()


def test_the_pinned_versions_are_installed() -> None:
    """pyproject pins the packages the shipped lists were built from, so the fast path is
    what every install runs and these tests never skip."""
    assert SHIPPED is not None, (
        f"the shipped word lists were built from other versions than {wordlists.installed_versions()}"
    )




def sample_words(count: int) -> list[str]:
    """Words from both lists, plus words in neither: typos, names, British spellings."""
    rng = random.Random(7)
    pool = sorted(first_pronunciations())
    words = rng.sample(pool, count)
    words += rng.sample(sorted(word for word, _ in package_english().checker.items()), count)
    words += ["organisation", "apologise", "colour", "behaviour", "teh", "recieve", "okafor", "lindqvist",
              "priya", "x", "ab", "", "hyphenation", "unquestionably", "supercalifragilistic", "qwrtypsdfg"]
    return words


def test_the_shipped_lists_are_the_installed_packages() -> None:
    text = wordlists.FILE.read_text(encoding="utf-8")
    built_from = json.loads(text.split("\n", 1)[0])["sources"]
    assert built_from == wordlists.installed_versions(), "pyproject's pins and the shipped lists disagree"
    assert text == build(), "out of date: run python tools/build_wordlists.py"


def test_listed_words_are_the_spell_checkers() -> None:
    checker = package_english().checker
    for word in sample_words(3000):
        assert listed(word) == _listed(word, checker), word


def test_syllables_are_the_pronouncing_dictionarys() -> None:
    table = first_pronunciations()
    for word in sample_words(3000):
        phones = table.get(word)
        expected = None if phones is None else sum(1 for p in phones.split() if p[-1].isdigit())
        assert syllables(word) == expected, word


def test_hyphenation_points_are_pyphens() -> None:
    import pyphen

    reference = pyphen.Pyphen(lang=hyphenation.LANGUAGE)
    words = sample_words(3000)
    assert sum(1 for w in words if hyphenation.positions(w)) > 1000  # most words of any length break
    for word in words + [w.upper() for w in words[:200]] + [w.title() for w in words[:200]]:
        assert hyphenation.positions(word) == list(reference.positions(word)), word


def test_the_lexicon_loads_from_the_shipped_lists() -> None:
    """The spelling rule's lexicon comes from the shipped file (fast to load), not the package."""
    lexicon = english()
    assert isinstance(lexicon.checker, wordlists.Frequencies)
    assert lexicon is not package_english()


def _answers(lexicon: Lexicon, word: str) -> tuple[object, ...]:
    return (
        word in lexicon.checker,
        lexicon.frequency(word),
        lexicon.knows(word),
        lexicon.near(word),
        sorted(lexicon.checker.edit_distance_1(word)),
    )


def test_the_shipped_lexicon_answers_as_the_package() -> None:
    """Frequencies, one-edit neighbours and what the lexicon knows are pyspellchecker's own,
    for listed words, names, trade words, typos, numbers and marks."""
    shipped, package = english(), package_english()
    extra = ["kubernetes", "terraform", "grafana", "snowflake", "okonkwo", "hallström", "thougth", "definately",
             "1st", "2026", "nan", "inf", "-", "'", "o'callaghan", "re-apply", "s/4hana", "ms."]
    for word in sample_words(400)[:800:2] + extra:
        assert _answers(shipped, word) == _answers(package, word), word


def test_the_shipped_corrections_are_the_packages() -> None:
    shipped, package = english(), package_english()
    for word in ["thougth", "definately", "recieve", "seperate", "goverment", "wich", "alot", "postion",
                 "kubernetis", "interveiw", "oportunity", "regretably"]:
        assert shipped.corrections(word) == package.corrections(word), word


def _fresh_frequencies(index_after: int) -> wordlists.Frequencies:
    assert SHIPPED is not None and SHIPPED.frequencies is not None
    loaded = SHIPPED.frequencies
    fresh = wordlists.Frequencies(SHIPPED.dictionary, loaded._counts, loaded._letters, loaded._longest)
    fresh.INDEX_AFTER = index_after
    return fresh


def test_frequencies_answer_alike_by_bisection_and_by_dictionary() -> None:
    """A cold run finds a handful of words by bisection; a server or a library builds the
    dictionary: both must give the same answers, the package's (held above)."""
    bisected, indexed = _fresh_frequencies(10**9), _fresh_frequencies(10**9)
    indexed.index_all()
    words = sample_words(300) + ["kubernetes", "Terraform", "GRAFANA", "o'callaghan", "1st", "nan", "'", ""]
    for word in words:
        candidates = indexed.edit_distance_1(word) if word else set()
        assert bisected.known(candidates) == indexed.known(candidates), word
        assert (word in bisected, bisected.frequency(word)) == (word in indexed, indexed.frequency(word)), word
    assert list(bisected.items())[:50] == list(indexed.items())[:50]
    assert bisected._index is None  # still answering by bisection


def test_frequencies_build_their_dictionary_once_asked_enough() -> None:
    frequencies = _fresh_frequencies(100)
    frequencies.known(["the", "a", "decline"])
    assert frequencies._index is None  # a cold draft's few questions: no 160,000-word dictionary
    frequencies.known(frequencies.edit_distance_1("interview"))
    assert frequencies._index is not None
    assert frequencies.frequency("the") == SHIPPED.frequencies.frequency("the") > 0  # type: ignore[union-attr]
