"""The English word list the spelling rule checks against, loaded once per process, lazily.

Two dictionaries that ship inside their PyPI wheels, so nothing is fetched at run time:
pyspellchecker's frequency list (about 160,000 words with counts, which rank corrections)
and the CMU Pronouncing Dictionary (about 135,000 words, already needed by textstat),
which knows rarer words and British spellings. The CMU list also holds a few common
misspellings ("thier", "alot"), so a word known only to it is trusted only when no
frequent word lies one edit away.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.nlp.syllables import pronounced
from declint.nlp.wordlists import Frequencies, SortedWords, shipped
from declint.text.vocabulary import vocabulary

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from spellchecker import SpellChecker

# Words of hiring and email that neither list has.
_EXTRA = vocabulary().hiring_words
# British spellings, turned American so the frequency list can vouch for them.
_BRITISH = (
    (re.compile(r"our(?=s?$|ed$|ing$|ite|able|ably|er)"), "or"),  # colour, favourite, honourable
    (re.compile(r"is(?=e$|es$|ed$|ing$|ation)"), "iz"),  # organise, organisation
    (re.compile(r"ys(?=e$|es$|ed$|ing$)"), "yz"),  # analyse
    (re.compile(r"tre(?=s?$)"), "ter"),  # centre
    (re.compile(r"ll(?=ed$|ing$|er$|ers$)"), "l"),  # travelled, cancelling
    (re.compile(r"ogue(?=s?$)"), "og"),  # catalogue
    (re.compile(r"ence(?=s?$)"), "ense"),  # licence, defence
    (re.compile(r"(?<=[a-z])ae"), "e"),  # paediatric
    (re.compile(r"ement(?=s?$)"), "ment"),  # acknowledgement
    (re.compile(r"mme(?=s?$)"), "m"),  # programme
)
# Words run together that the frequency list ranks badly ("alot" is one edit from "alto").
RUN_TOGETHER = {
    "alot": "a lot", "thankyou": "thank you", "infact": "in fact", "incase": "in case",
    "aswell": "as well", "eachother": "each other", "alright": "all right", "atleast": "at least",
    "inspite": "in spite", "nevermind": "never mind", "noone": "no one", "ontime": "on time",
}
# Regular endings (and what they replaced) and prefixes that make new words from known ones.
_SUFFIXES = (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
             ("ly", ""), ("ness", ""), ("ment", ""), ("ments", ""), ("er", ""), ("ers", ""),
             ("ies", "y"), ("ied", "y"))
_PREFIXES = ("un", "re", "non", "pre", "co", "mis", "over", "under", "sub", "inter", "multi")
# A listed word is taken for a slip only of a neighbour at least this common.
_COMMON_NEIGHBOUR = 20_000
# Halves of a compound ("backend", "microservices") must be this frequent to vouch for it.
_COMPOUND_FREQUENCY = 1_000
# A correction rarer than this is no better a guess than a word two edits away.
_RARE = 5_000


class PackageList:
    """pyspellchecker itself, asked what :class:`Frequencies` answers from the shipped file."""

    def __init__(self, checker: SpellChecker) -> None:
        self.checker = checker

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self.checker

    def frequency(self, word: str) -> int:
        return int(self.checker.word_frequency[word]) if word in self.checker else 0

    def items(self) -> Iterator[tuple[str, int]]:
        return iter(self.checker.word_frequency.dictionary.items())

    def known(self, words: Iterable[str]) -> set[str]:
        return self.checker.known(words)

    def edit_distance_1(self, word: str) -> set[str]:
        return self.checker.edit_distance_1(word)


@dataclass(frozen=True)
class Lexicon:
    checker: Frequencies | PackageList

    def frequency(self, word: str) -> int:
        return self.checker.frequency(word)

    def knows(self, word: str) -> bool:
        """``word`` (lowercase) is an English word or an accepted spelling of one."""
        if _listed(word, self.checker):
            return True
        if word in RUN_TOGETHER:
            return False
        if self._inflected(word):
            return True
        if self._compound(word) and not self._slip_of(word):
            return True
        return pronounced(word) and not self._misspells_neighbour(word)

    def _inflected(self, word: str) -> bool:
        """A known word with a regular ending or prefix: "miscommunications", "unreplied".

        Not when the list spells that ending differently ("begining" for "beginning",
        "truely" for "truly"), nor when a commoner word is one edit away ("untill").
        """
        near = self.near(word)
        for suffix, restore in _SUFFIXES:
            if not word.endswith(suffix) or len(word) - len(suffix) < 4:
                continue
            stem = word[: len(word) - len(suffix)] + restore
            if stem in self.checker and not any(
                w.startswith(stem[:-1]) and w.endswith(suffix) for w in near
            ):
                return True
        rival = max((self.frequency(w) for w in near), default=0)
        for prefix in _PREFIXES:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 4 and self.frequency(rest) > rival:
                return True
        return False

    def _misspells_neighbour(self, word: str) -> bool:
        """A listed misspelling: a known word with two letters swapped ("thier") or a letter
        dropped from inside it ("wich", "goverment"); "intro" beside "intros" is not one."""
        for near in self.near(word):
            if self.frequency(near) < _COMMON_NEIGHBOUR:
                break  # best first: the rest are rarer still
            if sorted(near) == sorted(word):
                return True
            if len(near) == len(word) + 1 and any(
                near[:i] + near[i + 1 :] == word for i in range(1, len(near) - 1)
            ):
                return True
        return False

    def pronounceable(self, word: str) -> bool:
        """In the pronouncing dictionary, which lists many first names and surnames."""
        return pronounced(word)

    def _slip_of(self, word: str) -> bool:
        """A known word with one letter doubled ("wellcome") or two letters swapped."""
        for i in range(1, len(word)):
            if word[i] == word[i - 1] and word[:i] + word[i + 1 :] in self.checker:
                return True
            swapped = word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
            if swapped != word and swapped in self.checker:
                return True
        return False

    def _compound(self, word: str) -> bool:
        """Two common words written as one, as jargon does: "backend", "microservices".

        Not when a known word one edit away is commoner than the halves: "postion" is
        "position" mistyped, not "post" and "ion".
        """
        rival = max((self.frequency(w) for w in self.near(word)), default=0)
        for cut in range(3, len(word) - 2):
            weakest = min(self.frequency(word[:cut]), self.frequency(word[cut:]))
            if weakest >= _COMPOUND_FREQUENCY and weakest > rival:
                return True
        return False

    # Cached: one unknown word is looked up several times (is it inflected? a compound? what
    # corrects it?), and again on every keystroke in an editor while it stays in the draft.
    @functools.lru_cache(maxsize=4096)  # noqa: B019 (the lexicon lives as long as the process)
    def near(self, word: str) -> tuple[str, ...]:
        """Frequent words one edit away (a letter added, dropped, changed or swapped), best first."""
        found = self.checker.known(self._one_edit(word))
        return tuple(sorted(found, key=lambda w: (-self.frequency(w), w)))

    @functools.lru_cache(maxsize=4096)  # noqa: B019 (as above)
    def _one_edit(self, word: str) -> frozenset[str]:
        """Every string one edit from ``word``, known or not."""
        return frozenset(self.checker.edit_distance_1(word))

    def corrections(self, word: str) -> list[str]:
        """Likely intended words, best first (see :meth:`score`)."""
        if word in RUN_TOGETHER:
            return [RUN_TOGETHER[word]]
        found = set(self.near(word))
        # Two edits away too when one edit finds only rare words: "definatly" is
        # "definitely", not "defiantly".
        if not found or max(self.frequency(w) for w in found) < _RARE:
            found |= self._two_edits(word)
        return sorted(found, key=lambda w: (-self.score(word, w), w))

    def _two_edits(self, word: str) -> set[str]:
        """Common words within two edits, found among words of about the same length and
        first letter (generating every two-edit string is too slow for long words)."""
        out: set[str] = set()
        letters = set(word)
        for length in range(len(word) - 2, len(word) + 3):
            for candidate in _common_by_shape().get((word[:1], length), ()):
                # Two edits change at most four letters of the set: a cheap test that spares
                # most candidates the alignment.
                if len(letters.symmetric_difference(candidate)) <= 4 and _within_two(word, candidate):
                    out.add(candidate)
        return out

    def score(self, word: str, candidate: str) -> int:
        """How likely ``candidate`` is what was meant: its frequency, raised when it is one
        edit away and when it keeps the word's ending ("regretably" -> "regrettably")."""
        if word in RUN_TOGETHER:
            return 1
        value = self.frequency(candidate)
        if candidate in self._one_edit(word):
            value *= 10
        if candidate[-2:] == word[-2:]:
            value *= 10
        return value


def american(word: str) -> str:
    """``word`` with its British spellings turned American: "neigbourhood" becomes
    "neigborhood", which sits one edit from the listed "neighborhood"."""
    for pattern, spelling in _BRITISH:
        word = pattern.sub(spelling, word)
    return word


def _listed(word: str, dictionary: SortedWords | Frequencies | PackageList) -> bool:
    """In the word list, or one of declint's extra words, or a British spelling of a listed word."""
    if word in dictionary or word in _EXTRA:
        return True
    for pattern, american in _BRITISH:
        variant = pattern.sub(american, word)
        if variant != word and variant in dictionary:
            return True
    return False


# Cached: a draft asks about the same common words again and again (a bisection and up to ten
# British-spelling rewrites each), and a batch or a server's worker asks across drafts.
@functools.lru_cache(maxsize=1 << 15)
def listed(word: str) -> bool:
    """The first, cheapest thing :meth:`Lexicon.knows` asks of ``word`` (lower case).

    Answered from the shipped copy of the word list when there is one, so most drafts are
    checked without loading pyspellchecker and its frequencies.
    """
    lists = shipped()
    return _listed(word, lists.dictionary if lists is not None else english().checker)


@functools.lru_cache(maxsize=1)
def english() -> Lexicon:
    """The lexicon from the shipped copy of the list when there is one (a few tens of
    milliseconds to load), else from pyspellchecker."""
    lists = shipped()
    frequencies = lists.frequencies if lists is not None else None
    return Lexicon(frequencies) if frequencies is not None else package_english()


@functools.lru_cache(maxsize=1)
def package_english() -> Lexicon:
    """The lexicon read from pyspellchecker's own files: the reference the shipped copy is
    held to, and the fallback when the installed version is not the one it was built from."""
    # Imported here: loading the package's list takes well over 0.1 s.
    from spellchecker import SpellChecker

    return Lexicon(PackageList(SpellChecker(language="en", distance=1)))


@functools.lru_cache(maxsize=1)
def _common_by_shape() -> dict[tuple[str, int], tuple[str, ...]]:
    """Words at least :data:`_RARE` / 10 frequent, by first letter and length."""
    shapes: dict[tuple[str, int], list[str]] = {}
    for word, count in english().checker.items():
        if count >= _RARE // 10 and word.isalpha():
            shapes.setdefault((word[:1], len(word)), []).append(word)
    return {key: tuple(words) for key, words in shapes.items()}


def _within_two(a: str, b: str) -> bool:
    """Optimal string alignment distance (adjacent swaps count once) of at most two."""
    if abs(len(a) - len(b)) > 2:
        return False
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > 2:
            return False
        previous2, previous = previous, current
    return previous[len(b)] <= 2

