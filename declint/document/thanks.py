"""Thanks, and what they are for.

"Thank you for the invitation" thanks them for the opportunity; "thank you for your
understanding" asks them to accept the decline, and thanks them for nothing they did.
Each thanks is found with what it is for (the object of "for", or of "appreciate"), so
the gratitude rule can ask for thanks for the invitation, the opportunity, their time or
their consideration.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.document.knowledge import data_file, knowledge
from declint.nlp.grammar import NEGATORS, is_negated
from declint.nlp.present import has_lower

if TYPE_CHECKING:
    from spacy.tokens import Token

    from declint.document.email import EmailDocument

# Word lists, from thanks.toml beside this module.
_DATA = data_file("thanks.toml")

_THANKS = frozenset(_DATA["thanks_words"])
# Thanks in the languages writers mix into English mail ("Merci", "Diolch", "Asante").
_OTHER_LANGUAGES = frozenset(_DATA["other_languages"])
# "It was kind of you to ...": an adjective of generosity said of the reader is thanks.
_KIND = frozenset(_DATA["kind_words"])
# "I was honoured to be invited": feeling honoured by the reader's offer is appreciation.
_HONOURED = frozenset(_DATA["honoured_words"])
# "much obliged", "most obliged": degree words that make "obliged" thanks, not duty.
_OBLIGED_DEGREE = frozenset(_DATA["obliged_degree"])


#: Every word (lower case) and lemma a test in ``thanks`` starts from.
_THANKING_WORDS = _KIND | {"obliged", "cheers"} | _HONOURED | _OTHER_LANGUAGES | _THANKS
_THANKING_LEMMAS = _HONOURED | _THANKS


@dataclass(frozen=True)
class Thanks:
    """One expression of thanks: the word that makes it, and what it is for (a lemma, or
    None where it names nothing: "Many thanks.")."""

    token: Token
    what: Token | None

    @property
    def for_the_opportunity(self) -> bool:
        """Thanks for something they gave (their time, the invitation), not for accepting
        the decline ("your understanding", "your patience")."""
        if self.what is None:
            return True
        return self.what.lemma_.lower() not in knowledge().thanks_for_accepting


def thanks(document: EmailDocument) -> Iterator[Thanks]:
    """Every un-negated thanks in the sender's message, in order."""
    for token in document.tokens():
        if token.lower_ not in _THANKING_WORDS and token.lemma_.lower() not in _THANKING_LEMMAS:
            continue  # most words: none of the tests below can hold
        if _kind_of_you(token):
            # The parse of "kind of you" is unreliable, so its negation is read from the
            # words just before it: "it was not (very) kind of you".
            if not any(t.lower_ in NEGATORS for t in token.doc[max(token.i - 3, 0) : token.i]):
                yield Thanks(token, _object_of(token))
            continue
        if _obliged(token) or _cheers_for(token) or _honoured(token):
            if not is_negated(token, through_clauses=False):
                yield Thanks(token, _object_of(token))
            continue
        if token.lower_ in _OTHER_LANGUAGES:
            # "Go raibh maith agat for the invitation", "Merci for your time": thanks in the
            # writer's language. The parse of such words is a guess, so what they are for is
            # read from the next "for".
            yield Thanks(token, _object_of(token) or _next_for(token))
            continue
        if token.lemma_.lower() not in _THANKS and token.lower_ not in _THANKS:
            continue
        if _realises(token):
            continue
        # "I can't thank you enough" is emphatic thanks, not a refusal to thank.
        emphatic = has_lower(token.doc, "enough") and any(c.lower_ == "enough" for c in token.subtree)
        if emphatic or not is_negated(token, through_clauses=False):
            yield Thanks(token, _object_of(token))


def _realises(token: Token) -> bool:
    """ "I have come to appreciate that the post does not fit": appreciating a fact is
    understanding it, not thanks; it has a clause where thanks have an object."""
    children = list(token.children)
    # "Appreciate you reaching out" thanks them for an act (a gerund); "appreciate that
    # the post does not fit" understands a fact (a finite clause).
    fact = any(c.dep_ == "ccomp" and c.tag_ != "VBG" for c in children)
    return token.lemma_.lower() == "appreciate" and fact and not any(c.dep_ in ("dobj", "prep") for c in children)


def _next_for(token: Token) -> Token | None:
    doc = token.doc
    for t in doc[token.i + 1 : min(token.i + 6, len(doc))]:
        if t.lower_ == "for":
            return next((g for g in t.children if g.dep_ in ("pobj", "pcomp")), None)
        if t.is_punct and t.text in ".!?;":
            break
    return None


def _object_of(token: Token) -> Token | None:
    """What the thanks are for: "thank you for X", "grateful for X", "appreciate X"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "by"):
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
        if child.dep_ == "dobj" and token.lemma_.lower() in ("appreciate",):
            return child
    # "Thank you so much for ...": the parser may hang "for" on "much" or "you".
    for child in token.children:
        for grand in child.children:
            if grand.dep_ == "prep" and grand.lower_ == "for":
                obj = next((g for g in grand.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    return obj
    return None


def _kind_of_you(token: Token) -> bool:
    """ "kind of you": read from the words, since the parser often takes "kind of" for a
    hedge ("kind of busy"); the "you" after it is what makes it praise of the reader."""
    doc = token.doc
    i = token.i
    return (
        token.lower_ in _KIND
        and i + 2 < len(doc)
        and doc[i + 1].lower_ == "of"
        and doc[i + 2].lower_ in ("you", "your")
    )


def _obliged(token: Token) -> bool:
    """ "Much obliged for ..." thanks; "I am obliged to withdraw" is duty, not thanks."""
    if token.lower_ != "obliged" or any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return False
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    return before in _OBLIGED_DEGREE or any(
        c.dep_ == "prep" and c.lower_ == "for" for c in token.children
    )


def _cheers_for(token: Token) -> bool:
    """British "cheers for the invite" thanks; a bare "Cheers," sign-off is the closing rule's."""
    return token.lower_ == "cheers" and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)


def _honoured(token: Token) -> bool:
    """ "I am honoured by / to be ...": said of the sender, not "we honour our promises"."""
    if token.lemma_.lower() not in _HONOURED and token.lower_ not in _HONOURED:
        return False
    if token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children):
        return False  # "I intend to honour that agreement": keeping a promise
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in token.children):
        return True
    # The parser sometimes hangs the subject on the auxiliary: "We are honored".
    return any(t.lower_ in ("i", "we") for t in token.doc[max(token.i - 3, 0) : token.i])
