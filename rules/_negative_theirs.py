"""Whose thing a remark is about, for rule ``negative-remarks``: the employer's and their
people's (criticism), or the sender's and other firms' (their own story)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from declint.nlp.grammar import FIRST_PERSON, subject_of
from declint.nlp.present import tokens_in

from ._negative_data import (
    ASSIGNED,
    HIRING_ACTS,
    MEETINGS,
    MESSAGES,
    MET,
    OTHER,
    OWN_PLACES_VERBS,
    PAY,
    PEOPLE,
    PERSONS,
    SENDERS_THINGS,
    STAND_INS,
    THEIR_PEOPLE,
    THEIR_ROLES,
    TITLES,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _is_target(noun: Token, targets: frozenset[str]) -> bool:
    """The employer or something of theirs, not the sender's or another firm's."""
    low = noun.lower_
    lemma = noun.lemma_.lower()
    if low in ("you", "your", "yours", "y'all"):
        return True
    if lemma not in targets and low not in targets:
        return False
    return not _not_theirs(noun)


def of_theirs(noun: Token, targets: frozenset[str]) -> bool:
    """Something of theirs, named by a word for their things ("your recruiter", "the
    salary") or plainly, as anything the sender calls "the ..." that is not the sender's."""
    return about_target(noun, targets) or plainly_theirs(noun) or _met_in_the_hiring(noun)


def _met_in_the_hiring(noun: Token) -> bool:
    """ "Everyone I met on the open day", "the nurses I spoke to": whoever the sender met or
    spoke with in the hiring is theirs; not "the nurses I met at my last job"."""
    return noun.pos_ in ("NOUN", "PRON") and any(
        c.dep_ == "relcl"
        and c.lemma_.lower() in MET | {"speak", "talk", "chat"}
        and any(s.dep_ == "nsubj" and s.lower_ in ("i", "we") for s in c.children)
        and not any(w.dep_ == "poss" and w.lower_ in FIRST_PERSON for w in c.subtree)
        and not any(w.lower_ in OTHER for w in c.subtree)
        for c in noun.children
    )


def plainly_theirs(noun: Token) -> bool:
    """A thing named with "the" or "that" in a letter to the employer, no list naming it:
    "the assessment day", "the booking system", "the handover notes". In a decline email the
    things the sender calls "the" are the employer's, unless they are the sender's life
    ("the commute", "the timing") or the sender's or another's by the parse."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in SENDERS_THINGS or noun.lower_ in SENDERS_THINGS:
        return False
    determiner = next((c for c in noun.children if c.dep_ == "det"), None)
    if determiner is None or determiner.lower_ not in ("the", "that", "this", "those", "these"):
        return False
    if any(
        c.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ in FIRST_PERSON for s in c.children)
        for c in noun.children
    ):
        return False  # "the hospital where I trained", "the firm I left": the sender's past
    return not _not_theirs(noun) and not _set_elsewhere(noun)


def _set_elsewhere(noun: Token) -> bool:
    """The clause is set at the sender's or another's place: "At my present job the hours
    are long and the canteen is awful"."""
    verb = noun.head
    for _ in range(3):
        if any(
            c.dep_ == "prep"
            and c.lower_ in ("at", "in", "with", "from")
            and any(someone_elses(g) for g in c.children if g.dep_ == "pobj")
            for c in verb.children
        ):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _not_theirs(noun: Token) -> bool:
    """The sender's or another firm's, by the parse: "my current ward", "the salary in my
    current role", "the commute would be long for me"."""
    if _done_by_someone_else(noun):
        return True
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in FIRST_PERSON:
            return True
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN") and someone_elses(child):
            # "my previous employer's culture" is not theirs.
            return True
        if child.dep_ in ("det", "amod") and child.lower_ in OTHER:
            return True
        if (
            child.dep_ == "relcl"
            and any(s.dep_.startswith("nsubj") and s.lower_ in FIRST_PERSON for s in child.children)
            and child.lemma_.lower() in OWN_PLACES_VERBS
        ):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "at", "of", "with")
            and any(someone_elses(g) for g in child.children if g.dep_ == "pobj")
        ):
            # "the salary in my current role", "the culture at my last firm".
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in ("for", "to")
            and any(g.lower_ in FIRST_PERSON for g in child.children)
        ):
            # "the commute would be long for me": about the sender's fit, not their failing.
            return True
    return False


def _done_by_someone_else(noun: Token) -> bool:
    """The object of a verb whose subject is the sender's or another's: "my current ward
    runs very long shifts" judges the sender's ward, not theirs; so does "my present hotel
    has had a hard year, with very long shifts"."""
    if noun.dep_ in ("dobj", "attr"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "with":
        verb = noun.head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
    else:
        return False
    subject = subject_of(verb)
    for _ in range(3):
        # "my hotel has had a hard year, short-staffed and with very long shifts": the
        # clause the "with" hangs from takes the subject of the one it completes.
        if subject is not None or verb.dep_ not in ("ccomp", "conj", "xcomp", "advcl") or verb.head.i == verb.i:
            break
        verb = verb.head
        subject = subject_of(verb)
    # What the sender met or sat through is still theirs ("I have rarely met a less engaged
    # panel"); what the sender has or runs is the sender's ("I run very long shifts").
    met = verb.lemma_.lower() in MET
    return subject is not None and subject.pos_ != "PRON" and someone_elses(subject) or (
        subject is not None and noun.dep_ in ("dobj", "attr") and subject.lower_ in FIRST_PERSON and not met
    )


def someone_elses(noun: Token) -> bool:
    return any(
        # "our meeting", "our call": the sender's and theirs together, run by them
        (c.dep_ == "poss" and c.lower_ in FIRST_PERSON and not (c.lower_ == "our" and noun.lemma_.lower() in MEETINGS))
        or (c.dep_ in ("det", "amod") and c.lower_ in OTHER)
        # "the firm I'm leaving", "the practice I work for": the sender's own
        or (
            c.dep_ == "relcl"
            and c.lemma_.lower() in OWN_PLACES_VERBS
            and any(s.dep_.startswith("nsubj") and s.lower_ in FIRST_PERSON for s in c.children)
            # "the classroom I would have taken over" is still theirs
            and not any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "'d") for a in c.children)
        )
        # "the kit in my current lab", "the canteen at my last hospital": of the sender's place
        or (
            c.dep_ == "prep"
            and c.lower_ in ("in", "at")
            and any(g.dep_ == "pobj" and someone_elses(g) for g in c.children)
        )
        for c in noun.children
    )


def about_target(noun: Token, targets: frozenset[str]) -> bool:
    """The noun is a target, or is "of"/"about"/"at" one ("reviews about your company")."""
    if _is_target(noun, targets):
        return True
    if noun.dep_ == "csubj" and any(c.dep_ == "auxpass" for c in noun.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in noun.children
    ):
        # "Being asked my age on the phone was inappropriate": what was done to the sender.
        return True
    if noun.dep_ == "csubj" and done_to_sender(noun):
        return True  # "How I was spoken to on the day was unacceptable": their conduct
    for child in noun.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("of", "about", "at", "with", "from", "in")
            and any(_is_target(g, targets) for g in child.children if g.dep_ == "pobj")
        ):
            return True
        if child.dep_ == "poss" and (child.lower_ in ("your",) or _is_target(child, targets)):
            # "the interviewer's attitude", "your recruiter's tone": theirs by way of their people.
            return True
        if child.dep_ == "relcl" and any(
            s.dep_ == "nsubj" and about_target(s, targets) for s in child.children
        ) and (
            any(o.dep_ == "dobj" and o.lower_ in ("me", "us") for o in child.children)
            or noun.lemma_.lower() in ("way", "manner", "how")
        ):
            # "the way your team treated me", "the way your company treats its crews":
            # their conduct, told in the active.
            return True
        if child.dep_ == "relcl" and any(s.dep_ == "nsubj" and s.lower_ == "you" for s in child.children):
            # "the reach truck you had me test drive", "the contract you sent": theirs, by
            # what the reader did with it.
            return True
        if child.dep_ == "relcl" and done_to_sender(child):
            # "the way I was treated", "how I was spoken to": their conduct towards the sender.
            return True
        if child.dep_ == "relcl":
            # "the feedback I've heard about your management", "the welcome I got from the
            # office manager".
            for prep in child.children:
                if (
                    prep.dep_ == "prep"
                    and prep.lower_ in ("about", "of", "at", "from")
                    and any(_is_target(g, targets) for g in prep.children if g.dep_ == "pobj")
                ):
                    return True
    return False


def done_to_sender(verb: Token) -> bool:
    """A passive clause whose subject is the sender: "(the way) I was treated"."""
    return any(c.dep_ == "nsubjpass" and c.lower_ in FIRST_PERSON for c in verb.children) and any(
        c.dep_ == "auxpass" for c in verb.children
    )


def a_person(noun: Token) -> bool:
    """ "for me", "for you", "for my family", "for someone with young children"."""
    if noun.lower_ in PEOPLE:
        return True
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our", "your") for c in noun.children)


def is_pay(noun: Token) -> bool:
    """Their pay, named or pointed at: "the salary", "the salary range" (pay as a compound),
    or "it" / "that" standing for one said earlier in the sentence."""
    if noun.lower_ in STAND_INS:
        earlier = [t for t in noun.sent[: noun.i - noun.sent.start] if t.pos_ == "NOUN"]
        return any(is_pay(t) for t in reversed(earlier[-3:]))
    return noun.lemma_.lower() in PAY or any(
        c.dep_ == "compound" and c.lemma_.lower() in PAY for c in noun.children
    )


def is_their_pay(noun: Token) -> bool:
    """Their pay, not the sender's: "the salary", but not "my current salary" nor a
    "which" that stands for it."""
    if noun.lower_ in STAND_INS:
        earlier = [t for t in noun.sent[: noun.i - noun.sent.start] if t.pos_ == "NOUN"]
        return any(is_their_pay(t) for t in reversed(earlier[-3:]))
    return is_pay(noun) and not someone_elses(noun)


def _titled(noun: Token) -> bool:
    """A person named with a title: "Mr. Bose", "Dr Okafor"."""
    return noun.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in TITLES for c in noun.children
    ) or (noun.i > 0 and noun.doc[noun.i - 1].lower_ in TITLES)


def a_person_of_theirs(noun: Token | None) -> bool:
    if noun is None:
        return False
    elsewhere = any(
        c.dep_ == "prep" and any(someone_elses(g) for g in c.children) for c in noun.children
    ) or any(c.dep_ in ("det", "amod") and c.lower_ in OTHER for c in noun.children)
    if noun.lemma_.lower() in ASSIGNED and not elsewhere:
        return True  # "my interviewer", "my recruiter": theirs ("my recruiter at my agency" is not)
    if someone_elses(noun):
        return False  # "my current team", "the other panel"
    if noun.lower_ in THEIR_PEOPLE and noun.lower_ not in FIRST_PERSON:
        return True
    if _titled(noun):
        return True  # "Mr. Bose", "Ms. Tan": in a decline, the people named are theirs
    if any(c.dep_ == "poss" and c.lower_ == "your" for c in noun.children) and a_person(noun):
        return True  # "your colleague", "your office assistant": any person of yours
    if noun.lemma_.lower() in PERSONS and any(_ran_the_meeting(c) for c in noun.children if c.dep_ == "relcl"):
        return True  # "the person who did the portfolio review", "the man who interviewed me"
    if noun.lemma_.lower() in THEIR_ROLES and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "your") for c in noun.children
    ):
        return True  # "the head chef I would have reported to", "your HR executive"
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in THEIR_PEOPLE for g in c.children)
        for c in noun.children
    )


def _ran_the_meeting(clause: Token) -> bool:
    """A relative clause that says its person ran part of the hiring: "who did the portfolio
    review", "who interviewed me", "who showed me round"; not "whom I replaced"."""
    doer = subject_of(clause)
    if doer is not None and doer.lower_ in FIRST_PERSON:
        return False
    return any(w.lemma_.lower() in MEETINGS or w.lemma_.lower() in HIRING_ACTS for w in clause.subtree)


def a_message(noun: Token) -> bool:
    """One of the sender's messages: "my emails", "the three follow-up emails I sent"."""
    return noun.lemma_.lower() in MESSAGES or noun.lower_ in MESSAGES


def none_of(noun: Token) -> bool:
    """ "none of them", "not one of my emails", "neither message"."""
    return (
        noun.lower_ in ("none", "neither", "nobody")
        or (noun.lower_ == "one" and any(c.dep_ == "neg" for c in noun.children))
        # "neither interviewer", "no one on the panel"
        or any(c.dep_ == "det" and c.lower_ in ("neither", "no") for c in noun.children)
    )


def subjects_of(sent: Span) -> list[Token]:
    return [t for t in tokens_in(sent) if t.dep_ in ("nsubj", "nsubjpass")]
