"""Small questions rules ask of the parse: negation, first person, clause heads.

Kept in one place so that every rule reads "I don't think we should stay in touch" the
same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from declint.text.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

NEGATORS = frozenset({"not", "n't", "never", "no", "nothing", "nobody", "nowhere", "neither", "nor"})
FIRST_PERSON = vocabulary().first_person
# "Don't hesitate to reach out" invites; its negation is idiom, not refusal.
# "do not hesitate to call", "I would not rule out a return", "I hope you won't mind".
LITOTES = frozenset({"hesitate", "rule", "mind"})


def is_litotes(token: Token) -> bool:
    """A verb whose denial is a welcome ("do not hesitate", "won't mind"); the noun is not
    ("please don't keep me in mind")."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in LITOTES
CONDITIONAL_MARKS = frozenset({"if", "should", "when", "whenever", "once", "in case", "unless"})


def has_negation_child(token: Token) -> bool:
    return any(
        child.dep_ == "neg" or (child.lower_ in ("never",) and child.dep_ in ("advmod", "neg"))
        for child in token.children
    )


def is_negated(token: Token, *, through_clauses: bool = True) -> bool:
    """True when ``token`` or a verb that governs it is negated.

    Walks up the heads to the sentence root, so "I don't think we should stay in touch"
    negates "stay" through "think". With ``through_clauses`` false the walk stops at the
    first clause boundary.
    """
    current: Token | None = token
    seen = 0
    while current is not None and seen < 12:
        if is_litotes(current):
            return False
        if has_negation_child(current):
            return True
        if current.lower_ in ("never",):
            return True
        head = current.head
        # The root: spaCy makes a new Token for each .head, so ``is`` holds only for a
        # token without a head; on a parse the walk would go round the root until ``seen``
        # ran out, asking the same questions.
        if head is current or head.i == current.i:
            break
        if not through_clauses and current.dep_ in ("ccomp", "advcl", "relcl", "conj", "xcomp"):
            break
        current = head
        seen += 1
    return False


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl"):
            return child
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        return subject_of(verb.head)
    if verb.dep_ in ("acomp", "attr") and verb.head.i != verb.i:
        # "I would be glad to be considered": "glad" takes the subject of its "be".
        return subject_of(verb.head)
    return None


def is_first_person(token: Token | None) -> bool:
    if token is None:
        return False
    if token.lower_ in FIRST_PERSON:
        return True
    return any(child.dep_ == "poss" and child.lower_ in FIRST_PERSON for child in token.children)


def is_yours(token: Token) -> bool:
    """Owned by the reader, said with "your": "your team", "your exchange programme"."""
    return any(child.dep_ == "poss" and child.lower_ == "your" for child in token.children)


def owned_by_reader(token: Token) -> bool:
    """The reader's through any chain of owners: "your team", "your team's work"."""
    return any(child.dep_ == "poss" and (child.lower_ == "your" or owned_by_reader(child)) for child in token.children)


def is_conditional(token: Token) -> bool:
    """Inside an "if ..."/"should ..." clause, or in a sentence that opens with "Should"."""
    current: Token | None = token
    for _ in range(12):
        if current is None:
            break
        for child in current.children:
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return True
            # Inversion: "Should another role open up, ..." / "should the chance arise".
            if child.dep_ == "aux" and child.lower_ in ("should", "were", "had") and any(
                s.dep_.startswith("nsubj") and s.i > child.i for s in current.children
            ):
                return True
        head = current.head
        if head is current or head.i == current.i:
            break  # the root (see is_negated)
        current = head
    sent = token.sent
    return len(sent) > 0 and sent[0].lower_ in ("should", "if", "when", "whenever")
