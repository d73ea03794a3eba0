"""The words a parsed document holds, read once per document.

A test that walks a subtree or a sentence for one word ("enough") need not walk when that
word is nowhere in the draft, which is the usual case: the walk makes a spaCy Token for
every word it passes, while the words' hashes are read in one ``Doc.to_array``. Idioms use
the same table to skip drafts that lack a pattern's words.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The attributes read, as columns of the table: ORTH, LOWER, LEMMA.
COLUMNS = ("ORTH", "LOWER", "LEMMA")
LOWER = 1

_PRESENT: weakref.WeakKeyDictionary[Doc, list[set[int]]] = weakref.WeakKeyDictionary()


def present_values(doc: Doc) -> list[set[int]]:
    """For each of :data:`COLUMNS`, the hashes of the values ``doc``'s tokens have; kept
    while the document lives."""
    present = _PRESENT.get(doc)
    if present is None:
        from spacy.attrs import IDS

        table = doc.to_array([IDS[name] for name in COLUMNS])
        present = _PRESENT[doc] = [set(table[:, column].tolist()) for column in range(len(COLUMNS))]
    return present


def has_lower(doc: Doc, word: str) -> bool:
    """Does any token of ``doc`` read ``word`` in lower case?"""
    from spacy.strings import get_string_id

    return get_string_id(word) in present_values(doc)[LOWER]


#: The last document whose tokens were asked for, with its Token objects. One entry only:
#: a Token holds its Doc, so a cache keyed weakly by Doc would keep every Doc alive; rules
#: run draft by draft, so one entry serves them all.
_LAST: tuple[Doc | None, tuple[Token, ...]] = (None, ())


def tokens_in(span: Span | Doc) -> tuple[Token, ...]:
    """``span``'s tokens (or a whole Doc's), as iterating it gives them. Iterating a Span
    makes a new Token for every word each time; the rules walk each sentence some twenty
    times per draft."""
    global _LAST
    doc = span.doc
    last = _LAST
    if last[0] is not doc:
        last = _LAST = (doc, tuple(doc))
    if span is doc:
        return last[1]
    sent = cast("Span", span)
    return last[1][sent.start : sent.end]


_TEXT: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def remember_text(doc: Doc, text: str) -> None:
    """Note that ``doc`` was made from ``text`` (its ``doc.text`` exactly): Doc.text joins
    every word again each time it is asked."""
    _TEXT[doc] = text


def span_text(span: Span) -> str:
    """``span.text``, cut from the document's text: Span.text joins a new Token's text for
    every word, and Doc.text joins every word of the draft, each time they are asked."""
    if not len(span):
        return str(span.text)
    doc = span.doc
    text = _TEXT.get(doc)
    if text is None:
        text = _TEXT[doc] = doc.text
    return text[span.start_char : span.end_char]
