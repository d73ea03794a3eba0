"""Apologies and sympathy: "I am sorry for the late notice" apologises; "I was sorry to
hear your office move has been delayed" sympathises, and is no apology at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from declint.document.knowledge import data_file, knowledge
from declint.nlp.grammar import has_negation_child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from declint.document.email import EmailDocument

# Word lists, from apology.toml beside this module.
_DATA = data_file("apology.toml")

_APOLOGY_LEMMAS = frozenset(_DATA["apology_words"])
_GROVEL_ADJ = knowledge().grovel_words
_FORGIVE = frozenset({"forgive", "pardon", "excuse"})


# Verbs of getting news: "sorry to hear / learn / read that ..." sympathises.
_NEWS_VERBS = frozenset(_DATA["news_verbs"])
# Possessors that make the cause someone else's: "sorry for your loss".
_OTHERS = frozenset({"your", "his", "her", "their", "its"})


def apologies(document: EmailDocument) -> Iterator[Token]:
    """Every apology in the sender's message, as the word that makes it one. Sympathy
    ("sorry to hear ...") is not an apology and is not yielded."""
    for token, sympathy in regrets(document):
        if not sympathy:
            yield token


def sympathies(document: EmailDocument) -> Iterator[Token]:
    """ "Sorry to hear your move was delayed", "sorry for your loss": sympathy, not apology."""
    for token, sympathy in regrets(document):
        if sympathy:
            yield token


def is_sympathy(token: Token) -> bool:
    """Is this "sorry" (or "regret") about the reader's news rather than the sender's doing?"""
    for child in token.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in _NEWS_VERBS:
            return True  # "sorry to hear that ..."
        if child.dep_ == "prep" and child.lower_ in ("for", "about"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if any(any(p.dep_ == "poss" and p.lower_ in _OTHERS for p in o.children) for o in objects):
                return True  # "sorry for your loss", "sorry about her illness"
        if child.dep_ == "ccomp":
            subject = next((g for g in child.children if g.dep_ in ("nsubj", "nsubjpass")), None)
            # "sorry that your office move has been delayed": their news, unless it is the
            # sender's own doing ("sorry that I cannot attend") or the trouble it causes.
            if subject is not None and (
                subject.lower_ in ("you", "he", "she", "they")
                or any(p.dep_ == "poss" and p.lower_ in _OTHERS for p in subject.children)
            ):
                return True
    return False


def regrets(document: EmailDocument) -> Iterator[tuple[Token, bool]]:
    """Every apology or sympathy word in the sender's message, with whether it sympathises."""
    region = document.message
    for token in document.tokens(region):
        lemma = token.lemma_.lower()
        low = token.lower_
        if lemma in _APOLOGY_LEMMAS or low in _APOLOGY_LEMMAS or low == "apologies":
            # "I am not sorry": the negation sits on "be". An interjected "sorry" in a
            # negated clause ("I cannot make it, sorry about that") still apologises.
            if low == "sorry" and _negated_sorry(token):
                continue
            if has_negation_child(token) or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
                continue  # "I do not regret applying", "no regrets": not an apology
            yield token, is_sympathy(token)
        elif lemma in _FORGIVE and token.pos_ == "VERB" and _asks_pardon(token):
            yield token, False
        elif low in _GROVEL_ADJ and token.dep_ in ("acomp", "amod", "oprd") and token.head.lemma_ in (
            "feel", "be"
        ) and any(c.lower_ in ("i", "we") for c in token.head.children if c.dep_ == "nsubj"):
            yield token, False


def _negated_sorry(token: Token) -> bool:
    """ "I am not sorry": the negation sits on "be". A "sorry" set off by a comma in a
    negated clause ("I cannot make it, sorry about that") is an interjection, and apologises."""
    if token.dep_ == "ROOT":
        return any(c.dep_ == "neg" for c in token.children)
    if token.dep_ != "acomp":
        return False
    head = token.head
    lo, hi = sorted((head.i, token.i))
    if any(t.is_punct for t in token.doc[lo + 1 : hi]):
        return False
    return any(c.dep_ == "neg" for c in head.children)


def _asks_pardon(verb: Token) -> bool:
    """ "Forgive me", and the imperative with no subject: "please excuse the late reply"."""
    if verb.lemma_.lower() == "excuse" and any(c.lower_ == "from" for c in verb.children):
        return False  # "excuse me from the interview" withdraws; it does not apologise
    if any(c.lower_ in ("me", "us") for c in verb.children):
        return True
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return not subject and any(c.dep_ == "dobj" for c in verb.children)
