"""The words a parsed document holds, read once per document.

A test that walks a subtree or a sentence for one word ("enough") need not walk when that
word is nowhere in the draft, which is the usual case: the walk makes a spaCy Token for
every word it passes, the set is made once.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LOWERS: weakref.WeakKeyDictionary[Doc, frozenset[str]] = weakref.WeakKeyDictionary()


def lowers_in(doc: Doc) -> frozenset[str]:
    """Every token's lower-case form in ``doc``; kept while the document lives."""
    found = _LOWERS.get(doc)
    if found is None:
        found = _LOWERS[doc] = frozenset(t.lower_ for t in doc)
    return found
