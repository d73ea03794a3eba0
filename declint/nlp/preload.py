"""Every word list and table the rules may read, loaded now rather than on first need.

A resident process (``declint server --daemon``) calls this once before it forks its
workers. Each worker is a fresh copy of the server: what the server has not loaded, every
run loads again, at its user's expense. The warm-up lint reaches most tables, but not those
only some drafts need (a negative word's valence, corrections two edits away); naming them
here keeps every run warm whatever the warm-up draft happens to hold.
"""

from __future__ import annotations

from declint.nlp import lexicon, sentiment, usage, wordlists


def load_word_lists() -> None:
    english = lexicon.english()
    if isinstance(english.checker, wordlists.Frequencies):
        english.checker.index_all()  # every run's lookups by hash, not by bisection
    english.checker.edit_distance_1("warm")
    lexicon._common_by_shape()  # corrections two edits away: a pass over 160,000 words
    usage.usage()
    sentiment._lexicon()
    lists = wordlists.shipped()
    if lists is not None:
        _ = lists.hyphenation
    else:  # the packages' own lists, read when the shipped copy does not match them
        from declint.nlp import hyphenation, syllables

        syllables.first_pronunciations()
        hyphenation._pyphen()
