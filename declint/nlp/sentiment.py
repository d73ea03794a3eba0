"""How positive or negative a word is, from VADER's hand-rated lexicon.

A hand list of harsh words cannot reach every judgement a writer makes ("a dump", "a waste
of an evening", "chaotic"), and a list of kind words cannot reach every compliment
("welcoming", "a pleasure"). VADER's lexicon (vaderSentiment, shipped inside its wheel,
read here without its analyser) rates 7,500 English words from -4 to +4 by the mean of ten
human raters. declint reads the word's own valence; whose thing is judged, negation and
hedges stay with the rules.
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

#: Mean rating at or beyond which a word is plainly praise or plainly criticism.
CLEARLY = 1.5


@cache
def _lexicon() -> dict[str, float]:
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        word, _, rest = line.partition("\t")
        rating, _, _ = rest.partition("\t")
        try:
            out[word] = float(rating)
        except ValueError:
            continue
    return out


#: Prefixes that turn a word to its opposite: "unhelpful", "disrespectful", "unfair".
_NEGATING_PREFIXES = ("un", "dis", "in", "im", "ir", "il")


@lru_cache(maxsize=8192)  # asked of most words, by several rules, in every draft
def valence(word: str) -> float:
    """The word's mean human rating (-4 to +4), 0 where VADER does not rate it. British
    spellings are read as the American ones VADER lists ("disorganised", "favourite"), and
    a negating prefix on a rated word turns its rating ("unresponsive" from "responsive" 1.5)."""
    lexicon = _lexicon()
    low = word.lower()
    if low in lexicon:
        return lexicon[low]
    american = low.replace("ise", "ize").replace("isa", "iza") if "is" in low else low
    if american in lexicon:
        return lexicon[american]
    if "our" in american:
        # "favourite", "honourable", "colourful": the American "-or" spelling VADER lists
        spelled = american.replace("our", "or")
        if spelled in lexicon:
            return lexicon[spelled]
        american = spelled
    for prefix in _NEGATING_PREFIXES:
        stem = american[len(prefix) :]
        if american.startswith(prefix) and len(stem) > 3 and lexicon.get(stem, 0.0) > 0:
            return -lexicon[stem]
    return 0.0
