"""Criticism read from the whole sentence, for rule ``negative-remarks``: markers of
candour, hearsay and verdicts said of something of theirs, denials of their good
things, the sender's dismay at a fact of theirs, their pay set behind others'."""
from __future__ import annotations

from typing import TYPE_CHECKING

from declint.nlp.grammar import FIRST_PERSON, NEGATORS, is_first_person, is_negated, is_yours, subject_of
from declint.nlp.idioms import find_in
from declint.nlp.present import tokens_in
from declint.nlp.sentiment import CLEARLY, valence

from ._negative_conduct import (
    DENIALS,
)
from ._negative_data import (
    ACQUAINTANCES,
    ANNOUNCED,
    ANSWERING,
    BEHIND,
    CLASHES,
    DELIVERED,
    DEMANDS,
    EMPLOYER_ACTS,
    EVIDENCE_ADVERBS,
    EXCUSES,
    EXPECTING,
    FAINT_MARKERS,
    FAIR,
    FIT_DENIED,
    FIT_NOUNS,
    FIT_OWNERS,
    FIT_SEEKING,
    FIT_WORDS,
    HARSH,
    HEARSAY_SOURCES,
    HOMES,
    IDIOMS,
    IMPRESSIONS,
    JUNIORS,
    LACKING,
    LEARN,
    LEVEL_WITH,
    MEETINGS,
    MILD,
    MULTIPLES,
    NOBODY,
    NORMS,
    NOT_VERDICTS,
    OTHERS,
    OVERLOOK,
    OWN_NERVES,
    PAY,
    PAYING,
    PLACES,
    PRAISE,
    QUALITY_ENDINGS,
    REACTION_VERBS,
    REACTIONS,
    REPORT_VERBS,
    ROLES_AS_FIT,
    STAND_INS,
    THEIR_ROLES,
    TOLD,
    TOLD_SUMS,
    UNEASY,
    WON_OVER,
    WRITTEN,
    YARDSTICKS,
)
from ._negative_theirs import (
    a_person,
    a_person_of_theirs,
    about_target,
    done_to_sender,
    is_pay,
    is_their_pay,
    of_theirs,
    someone_elses,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _subjects_theirs(sent: Span, targets: frozenset[str]) -> list[Token]:
    """Things of theirs the sentence speaks of as such: a subject ("the office was ..."),
    or named as theirs ("your agency", "yours"). A bare "the interview" in "I did not
    prepare well for the interview" is only where the sender's own story happened."""
    out = []
    for token in tokens_in(sent):
        if token.pos_ not in ("NOUN", "PROPN") and token.lower_ != "yours":
            continue
        owned = token.lower_ == "yours" or is_yours(token)
        # A subject the parse hangs on an earlier one: "No offence, but an unpaid project ...
        # is a lot to ask" makes "project" a conjunct of "offence".
        subject = token.dep_ in ("nsubj", "nsubjpass", "csubj") or (
            token.dep_ == "conj" and token.head.dep_ in ("nsubj", "nsubjpass")
        )
        if (owned or subject) and (
            about_target(token, targets) or _pay_scale(token)
        ):
            out.append(token)
        elif token.dep_ in ("nsubj", "nsubjpass") and token.lemma_.lower() in MEETINGS and not someone_elses(token):
            out.append(token)  # "the first round didn't leave me eager for a second": theirs to run
        elif token.dep_ in ("nsubj", "nsubjpass") and a_person_of_theirs(token):
            out.append(token)  # "the HR executive was cutting me off": one of their people
    return out


def _pay_scale(noun: Token) -> bool:
    """ "the salary band", "your pay range": their scale of pay, named by a compound."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in PAY for c in noun.children) and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "your", "this", "that") for c in noun.children
    )


def _about_fit(sent: Span) -> bool:
    """ "the role is not the right fit", "too far for me": about the sender's fit."""
    for token in tokens_in(sent):
        if token.lemma_.lower() in FIT_WORDS and token.pos_ in ("NOUN", "VERB", "ADJ"):
            return True
        if token.lemma_.lower() in FIT_NOUNS and token.pos_ in ("NOUN", "ADJ"):
            return True
        if token.lemma_.lower() in FIT_DENIED and token.pos_ == "ADJ" and is_negated(token):
            return True  # "the commute would not be practical", "the distance is not manageable"
        if (
            token.lemma_.lower() in FIT_SEEKING
            and token.pos_ == "VERB"
            and token.dep_ in ("relcl", "ccomp", "pcomp")
            and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in token.children)
            and any(w.lower_ == "what" for w in token.subtree)
            # "told me what I needed to know" is what the sender learned, not what they seek
            and not any(c.lemma_.lower() in ("know", "hear", "see", "learn") for c in token.children)
        ):
            return True  # "the role isn't quite what I am looking for"
        if token.lower_ in ("from", "to") and any(
            c.dep_ == "pobj"
            and c.lemma_.lower() in HOMES
            and any(p.dep_ == "poss" and p.lower_ in ("my", "our") for p in c.children)
            for c in token.children
        ):
            return True  # "the office wasn't far from my flat": distance from the sender's home
        if token.lower_ == "with" and any(
            c.dep_ == "pobj"
            and c.lemma_.lower() in FIT_OWNERS
            and any(p.dep_ == "poss" and p.lower_ in ("my", "our") for p in c.children)
            for c in token.children
        ):
            return True  # "the hours are not workable with my childcare"
        if token.lower_ == "of" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "me":
            return True  # "it would not be fair of me to take up a slot"
        if token.lower_ == "than" and any(
            w.dep_ == "nsubj" and w.lower_ in ("i", "we") for w in token.doc[token.i + 1 : token.i + 3]
        ):
            return True  # "this role needs more experience than I have": the sender's fit
        if token.lower_ == "for" and any(
            g.lower_ in ("me", "us", "myself")
            or (
                g.lemma_.lower() in FIT_OWNERS
                and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in g.children)
            )
            for g in token.children
        ):
            return True
    return False


def _short_of_expectations(sent: Span, targets: frozenset[str]) -> str | None:
    """ "the lab was not quite the standard I would expect", "the kitchen was not what I
    would expect from a two-star restaurant", "the kit fell well short of what I expected":
    something of theirs below what the sender expected of it."""
    for word in tokens_in(sent):
        if word.lemma_.lower() not in EXPECTING or word.pos_ != "VERB" or not is_first_person(subject_of(word)):
            continue
        # Up to the verb that says what their thing was: "(the standard) I would expect",
        # "(was not) what I would expect", "(fell short of) what I expected".
        verb = word.head.head if word.dep_ == "relcl" else word.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        fell_short = verb.lemma_.lower() == "fall" and any(c.lower_ == "short" for c in verb.children)
        if not (fell_short or (verb.lemma_.lower() == "be" and is_negated(verb, through_clauses=False))):
            continue
        doer = subject_of(verb)
        if doer is None or doer.lemma_.lower() in ROLES_AS_FIT or not of_theirs(doer, targets):
            continue
        if _praises(sent, set()):
            return None  # "the team was not at all what I expected: warm and funny"
        return "says something of theirs fell short of what you expected"
    return None


def _praises(sent: Span, skip: set[int]) -> bool:
    """Plain praise somewhere in the sentence ("frankly, your team were brilliant", "I
    loved the kitchen", "one of the reasons I applied"), not counting the words of a marker
    itself ("to be honest"), praise taken back ("less than courteous"), a word inside a
    phrase ("in need of a good clean") or a verb of what someone else does ("a habit of
    promising progression")."""
    if any(a not in skip for _, a, _ in find_in(sent, IDIOMS, "praise")):
        return True  # "that is some sick kit you've got", "killing it": praise in slang or idiom
    for t in tokens_in(sent):
        if (
            t.lemma_.lower() == "apply"
            and t.dep_ == "relcl"
            and t.head.lemma_.lower() in ("reason", "why")
            and is_first_person(subject_of(t))
        ):
            return True  # "your engineering blog was one of the reasons I applied"
        if (
            t.lemma_.lower() in ("want", "love", "dream", "hope", "long")
            and t.dep_ == "relcl"
            and is_first_person(subject_of(t))
            and not is_negated(t, through_clauses=False)
            # "one of the places I most wanted to work", not "not the role I wanted"
            and (one := _one_of(t.head)) is not None
            and not is_negated(one.head, through_clauses=False)
        ):
            return True  # "your department is one of the places I most wanted to work"
        if t.lemma_.lower() in ("decision", "choice") and any(
            c.lower_ in ("difficult", "hard", "tough", "agonising", "agonizing") for c in t.children
        ):
            return True  # "the way you described the team made it a difficult choice"
        if t.lower_ in ("favourite", "favorite", "best") and _one_of(t.head) is not None:
            return True  # "your team was one of my favourite chats of the whole search"
        if t.i in skip or max(valence(t.lemma_), valence(t.lower_)) < CLEARLY:
            continue
        if _evident(t):
            continue  # "it was clear we were far apart" says what was plain, not what was good
        if is_negated(t, through_clauses=False) or _taken_back(t):
            continue
        if t.pos_ == "VERB":
            praised = subject_of(t) is not None and subject_of(t).lower_ in FIRST_PERSON  # type: ignore[union-attr]
        elif t.pos_ in ("ADJ", "ADV", "NOUN"):
            praised = not (t.dep_ == "amod" and t.head.dep_ == "pobj") and t.dep_ != "pobj"
        else:
            praised = False
        if praised:
            return True
    return False


def _one_of(noun: Token) -> Token | None:
    """The "one" of "one of the places ...", "one of my favourite ...", when ``noun`` is
    what it is one of."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        return noun.head.head
    return None


def _evident(word: Token) -> bool:
    """ "it was clear we were far apart", "it became clear that ...": a word of how plain a
    thing was, said of the "it" that stands for a clause; "clearly", "obviously"."""
    if word.pos_ == "ADV" and word.lower_ in EVIDENCE_ADVERBS:
        return True  # "water bowls that had clearly been empty"
    if word.dep_ not in ("acomp", "attr"):
        return False
    verb = word.head
    subject = subject_of(verb)
    return (
        subject is not None
        and subject.lower_ == "it"
        and any(c.dep_ == "ccomp" for c in (*verb.children, *word.children))
    )


def _taken_back(word: Token) -> bool:
    """ "less than courteous", "far from welcoming", "hardly professional"."""
    before = tuple(t.lower_ for t in word.doc[max(word.sent.start, word.i - 3) : word.i])
    return any(before[-len(m) :] == m or before[-len(m) - 1 : -1] == m for m in FAINT_MARKERS)


def _not_won_over(sent: Span, targets: frozenset[str], theirs: list[Token]) -> Token | None:
    """Something of theirs failed to win the sender over: "I was not convinced the product
    is ready", "the plan did not fill me with confidence", "the culture was not healthy"."""
    for token in tokens_in(sent):
        lemma = token.lemma_.lower()
        if lemma in WON_OVER and token.pos_ in ("VERB", "ADJ") and is_negated(token, through_clauses=False):
            if lemma == "fill" and not any(t.lemma_.lower() == "confidence" for t in token.subtree):
                continue
            if theirs or any(about_target(t, targets) for t in token.subtree if t.i != token.i):
                return token
        if (
            token.pos_ in ("ADJ", "NOUN")
            and token.tag_ not in ("JJR", "JJS")
            and lemma not in NOT_VERDICTS
            and max(valence(lemma), valence(token.lower_)) >= CLEARLY
            and is_negated(token, through_clauses=False)
            and not any(c.lower_ in ("more", "any", "less", "only") for c in token.children)
            # "would not work with my caring responsibilities": the sender's own, not denied
            and not (token.dep_ == "amod" and someone_elses(token.head))
        ):
            verb = token.head if token.dep_ in ("acomp", "attr", "dobj", "pobj", "amod") else token
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            doer = subject_of(verb)
            if doer is not None and doer.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                doer = verb.head  # "the interviewer..., which did not leave a great impression"
            if doer is not None and about_target(doer, targets) and doer.lower_ not in ("you", "your"):
                return token
        if (
            token.pos_ == "NOUN"
            and max(valence(lemma), valence(token.lower_)) >= CLEARLY
            and _lacking(token)
            and (theirs or any(c.dep_ == "expl" for c in token.head.children))
            and any(about_target(t, targets) for t in tokens_in(sent) if t.pos_ in ("NOUN", "PROPN"))
        ):
            # "there appeared to be very little respect for time off at your firm".
            return token
    return None


def _lacking(noun: Token) -> bool:
    """ "very little respect", "no recognition", "without any support", "a lack of care"."""
    if any(c.lower_ in LACKING for c in noun.children if c.dep_ in ("det", "amod")):
        return True
    head = noun.head
    return (head.lower_ == "without" and head.dep_ == "prep") or (
        head.lower_ == "of" and head.head.lemma_.lower() == "lack"
    )


def _their_fact(clause: Token, targets: frozenset[str]) -> bool:
    """The clause tells something they did or have: its doer is theirs ("none of the panel
    had looked at my portfolio", "the recruiter called me by another name"), or the sender
    is the one it was done to ("I was told the role was remote")."""
    for verb in (clause, *clause.conjuncts):
        if verb.lemma_.lower() in CLASHES:
            continue
        if (
            any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children)
            and is_negated(verb, through_clauses=False)
        ):
            return True  # "the two emails I sent were never answered": what nobody there did
        doer = subject_of(verb)
        if doer is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            doer = verb.head  # "the last three people in this post left within the year"
        if doer is None or doer.lower_ in STAND_INS:
            continue
        if doer.lower_ in FIRST_PERSON:
            if doer.dep_ == "nsubjpass" and verb.lemma_.lower() in TOLD:
                return True
            continue
        if a_person_of_theirs(doer) or about_target(doer, targets):
            return True
        if (
            doer.lemma_.lower() in THEIR_ROLES
            and not someone_elses(doer)
            and any(t.lower_ == "your" for t in verb.subtree)
        ):
            return True  # "two nurses cover thirty beds on your ward": their people, at their place
        if doer.lemma_.lower() in MEETINGS and not someone_elses(doer):
            return True  # "the tour did not include the lab": what they laid on
        if doer.lemma_.lower() in PLACES and not someone_elses(doer):
            return True  # "the lorries in the yard were overdue for servicing"
        if any(c.dep_ == "compound" and c.lemma_.lower() in targets for c in doer.children):
            return True  # "the offer letter quietly dropped the bonus"
        if any(c.dep_ == "amod" and c.lower_ in ANNOUNCED for c in doer.children):
            return True  # "the advertised remote working was only for senior staff"
        if doer.dep_ == "nsubjpass" and verb.lemma_.lower() in EMPLOYER_ACTS and not someone_elses(doer):
            return True  # "overtime is expected but not paid": they are the unnamed doer
    return False


def _done_to_senders(event: Token) -> bool:
    """A passive clause about the sender or the sender's things, with no doer named: "I was
    never reimbursed", "my travel costs were never reimbursed". In a letter to the employer
    the unnamed doer is theirs."""
    if done_to_sender(event):
        return True
    subject = next((c for c in event.children if c.dep_ == "nsubjpass"), None)
    return (
        subject is not None
        and any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in subject.children)
        and any(c.dep_ == "auxpass" for c in event.children)
    )


def _judged_event(sent: Span, targets: frozenset[str]) -> str | None:
    """A harsh verdict passed with "which" on the clause before it: "the panel arrived an
    hour late, which I found unprofessional", "my travel costs were never reimbursed,
    which was disrespectful". It judges what they did when that clause tells something of
    theirs or something done to the sender; "my flight was delayed" names no doer, but
    "my father fell ill, which was awful" is no one's conduct, so that clause must be
    theirs or passive about the sender."""
    for which in tokens_in(sent):
        if which.lower_ != "which" or which.dep_ not in ("nsubj", "dobj", "nsubjpass"):
            continue
        verb = which.head
        event = verb.head
        while (
            verb.dep_ == "relcl"
            and event.pos_ in ("NOUN", "PROPN", "ADP")
            and event.dep_ in ("pobj", "dobj", "nsubjpass", "prep")
        ):
            # "nobody replied to my emails, which I found rude", "my mileage for the first
            # visit was never paid back, which was careless": the parse hangs "which" on
            # the nearest noun; a noun of theirs judged so is read word by word, and the
            # verdict here goes to the clause the noun is in.
            event = event.head
        if verb.dep_ not in ("advcl", "relcl", "ccomp", "conj") or event.pos_ not in ("VERB", "AUX"):
            continue  # "the salary, which was low": a thing of theirs, judged where it is named
        if is_negated(verb, through_clauses=False):
            continue  # "which I did not find rude"
        verdict = next(
            (
                c
                for c in verb.children
                # ("found careless" may be parsed with the adjective as object or clause)
                if c.dep_ in ("oprd", "acomp", "attr", "dobj", "ccomp")
                and (c.lower_ in HARSH or c.lemma_.lower() in HARSH)
            ),
            None,
        )
        if verdict is None:
            continue
        doer = subject_of(event)
        if _their_fact(event, targets) or (doer is not None and doer.lower_ in NOBODY):
            return f"calls what they did {verdict.text!r}"
        if (
            _done_to_senders(event)
            and event.lemma_.lower() in EMPLOYER_ACTS | DELIVERED | TOLD | ANSWERING
            and verdict.lower_ not in MILD
            and not verdict.lower_.endswith("ing")
        ):
            # Done to the sender by someone unnamed, by what an employer does (pays,
            # tells, answers, reschedules), and called what only conduct can be
            # ("disrespectful", "careless"); "my flight was cancelled, which was
            # frustrating" tells how the sender felt about bad luck, and "my visa was
            # refused" is no employer's doing.
            return f"calls what they did {verdict.text!r}"
    return None


def _is_reaction(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in IMPRESSIONS and token.pos_ == "NOUN":
        # "my sense from the day was that ...", "I couldn't shake the feeling that ..."
        return any(c.dep_ in ("acl", "ccomp") for c in (*token.children, *token.head.children))
    if lemma == "feel" and token.pos_ == "VERB" and any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "though") for m in c.children) for c in token.children
    ):
        return True  # "it felt as if the decision had been made already"
    if token.pos_ == "VERB":
        return lemma in REACTION_VERBS and not is_negated(token, through_clauses=False)
    if token.lower_ in REACTIONS or lemma in REACTIONS:
        # "I have no doubt you will find the right person": a reaction denied by its "no"
        denied = any(c.dep_ == "det" and c.lower_ in ("no", "zero") for c in token.children)
        return not denied and not is_negated(token, through_clauses=False)
    # "which is hard to overlook", "I find that difficult to accept".
    return lemma in ("hard", "difficult", "impossible") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in OVERLOOK
        # a rough parse may hang "hard" beside the verb: "that I found hard to shrug off"
        for c in (*token.children, *(token.head.children if token.dep_ == "advmod" else ()))
    )


def _what_dismayed(reaction: Token) -> list[Token]:
    """The clauses a reaction is about: everything before ", which" that it comments on,
    or the clause it governs ("odd that ...", "concerned me that ...", "disappointed to
    find out that ...", "[the hours] came as a surprise")."""
    verb = reaction
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    sent = reaction.sent
    if verb.dep_ == "relcl":
        # ", which gave me pause", "a remark that I found hard to shrug off": the comment is
        # on what comes before it.
        start = min(t.i for t in verb.subtree)
        return [t for t in sent if t.i < start and (t.pos_ in ("VERB", "AUX") or t.dep_ == "acl")]
    back = [
        c
        for c in (*verb.children, *reaction.children)
        if c.dep_ in ("nsubj", "dobj", "advmod") and c.lower_ in ("that", "this") and c.i < reaction.i
    ]
    if back and not any(c.dep_ == "ccomp" and c.i != reaction.i for c in verb.children):
        # "..., and that worried me", "I find that hard to overlook": the clause before.
        return [t for t in sent if t.i < back[0].i and (t.pos_ in ("VERB", "AUX") or t.dep_ == "acl")]
    out: list[Token] = []
    for head in {reaction, verb}:
        for child in head.children:
            if child.i == reaction.i:
                continue
            if child.dep_ in ("ccomp", "advcl") or (child.dep_ == "acl" and reaction.pos_ == "NOUN"):
                out.append(child)  # "the feeling [that the managers cared more about ...]"
            elif child.dep_ == "xcomp" and child.lemma_.lower() in LEARN:
                # "disappointed to find out that ...": what was learnt.
                out.extend(g for g in child.subtree if g.dep_ == "ccomp")
    if reaction.lower_ in ("surprise", "shock") and reaction.head.lower_ == "as":
        # "the fourteen-hour days came as a surprise": the subject is the fact.
        doer = subject_of(verb)
        if doer is not None:
            out.append(doer)
    return out


def _dismay(sent: Span, targets: frozenset[str], *, people_only: bool = False) -> Token | None:
    """The sender's dismay at a fact of theirs, in a reaction that is not harsh in itself:
    "I found it odd that none of the panel had looked at my portfolio", "the last three
    people in the post left within the year, which gave me pause", "it concerned me that
    nobody had been there longer than a year"."""
    for token in tokens_in(sent):
        if not _is_reaction(token):
            continue
        doer = subject_of(token) if token.pos_ == "VERB" else None
        if doer is not None and doer.lower_ not in ("it", "this", "that", "which", "what"):
            continue  # "the panel seemed surprised that ...": not the sender's reaction
        for fact in _what_dismayed(token):
            if people_only:
                # How one of them behaved: "that you seemed busy with other things".
                doer = subject_of(fact) if fact.pos_ in ("VERB", "AUX") else None
                if doer is not None and (doer.lower_ == "you" or a_person_of_theirs(doer)):
                    return token
            elif fact.pos_ in ("NOUN", "PROPN"):
                if about_target(fact, targets) or a_person_of_theirs(fact):
                    return token
            elif _their_fact(fact, targets):
                return token
    return None


def _behind_others(sent: Span, words: set[str]) -> str | None:
    """Their pay set behind others' or a beginner's, or a multiple of it paid elsewhere."""
    if words & (BEHIND | LEVEL_WITH) and (why := _pay_behind(sent)) is not None:
        return why
    if words & MULTIPLES and (why := _paid_more_elsewhere(sent)) is not None:
        return why
    return _others_pay_more(sent) if "more" in words and words & _PAYING else None


#: Verbs of paying a rate, as others do it: "most crews up there are paying more".
_PAYING = frozenset({"pay", "paying", "pays", "offer", "offering", "offers"})


def _others_pay_more(sent: Span) -> str | None:
    """ "Most crews up there are paying a fair bit more", "other hospitals in the region pay
    noticeably more for the same post": others pay more, so theirs is behind. Not the
    sender's next employer ("my new firm pays more"), whom the sender names as such."""
    for verb in tokens_in(sent):
        if verb.lemma_.lower() not in ("pay", "offer") or verb.pos_ != "VERB":
            continue
        if is_negated(verb, through_clauses=False):
            continue
        if not any(c.lower_ == "more" and c.dep_ in ("dobj", "advmod") for c in verb.children):
            continue
        payer = subject_of(verb)
        if payer is None or payer.lower_ in FIRST_PERSON:
            continue
        plural_others = payer.tag_ == "NNS" and any(
            c.lower_ in OTHERS for c in payer.children if c.dep_ in ("amod", "det", "predet")
        )
        if someone_elses(payer) and not plural_others:
            continue  # "my new employer", "the firm I am joining"
        if plural_others or payer.lemma_.lower() in YARDSTICKS:
            return "says others pay more than they do"
    return None


def _paid_more_elsewhere(sent: Span) -> str | None:
    """ "Other contractors here are offering nearly double the figure you shared": others
    pay a multiple of theirs. Not "my new employer pays double" (the sender's move)."""
    for word in tokens_in(sent):
        if word.lower_ not in MULTIPLES:
            continue
        figure = word.head if word.dep_ in ("nummod", "amod", "advmod", "predet") else None
        # the figure is theirs: "the figure you shared", "your rate", "what you offered"
        if figure is None or not (
            is_yours(figure) or any(c.dep_ == "relcl" and _yours_clause(c) for c in figure.children)
        ):
            continue
        # Who offers it: the doer of the verb the figure hangs under (a rough parse may hang
        # it on another noun: "offering nurses with my experience almost double the rate").
        verb = next((a for a in figure.ancestors if a.pos_ == "VERB"), None)
        payer = subject_of(verb) if verb is not None else None
        if payer is None or payer.lower_ in FIRST_PERSON or not (
            payer.lemma_.lower() in YARDSTICKS or any(c.lower_ in YARDSTICKS for c in payer.children)
        ):
            continue
        return "says others give a multiple of what they offer"
    return None


def _yours_clause(clause: Token) -> bool:
    """ "(the figure) you shared", "(the rate) you offered": a clause whose doer is the reader."""
    return any(c.dep_ == "nsubj" and c.lower_ == "you" for c in clause.children)


def _pay_behind(sent: Span) -> str | None:
    """Their pay set behind what others pay or what a junior earns: "well short of what the
    restaurants on the same street are paying", "lower than anywhere else I have worked",
    "more like a graduate trainee's". A shortfall against the sender's own needs or current
    pay ("lower than I need") is a reason of fit and stays quiet."""
    tokens = tokens_in(sent)
    # ("CTC" may be read as a name.)
    pay = [t for t in tokens if t.pos_ in ("NOUN", "PROPN") and is_pay(t) and not someone_elses(t)]
    if not pay:
        return None
    for token in tokens:
        low = token.lower_
        if (
            low in LEVEL_WITH
            and token.i + 1 < sent.end
            and token.doc[token.i + 1].lower_ == "what"
            and any(w.lower_ in JUNIORS for w in token.doc[token.i + 2 : min(token.i + 8, sent.end)])
        ):
            # "roughly what freshers in my company draw in their second year": a beginner's pay
            return "says their pay is what a beginner earns"
        if low not in BEHIND or is_negated(token, through_clauses=False):
            continue
        if low == "like" and token.i > 0 and token.doc[token.i - 1].lower_ not in ("more", "closer"):
            continue  # "more like a trainee's", not "I would like"
        if low == "from" and not (token.i > 0 and token.doc[token.i - 1].lower_ in ("way", "far", "long", "cry")):
            continue  # "some way from what the market pays"
        if low == "near" and not (token.i > 0 and token.doc[token.i - 1].lower_ in ("nowhere", "anywhere")):
            continue  # "nowhere near what the other supermarkets are offering"
        after = token.doc[token.i + 1 : min(token.i + 9, sent.end)]
        if any(w.lemma_.lower() in YARDSTICKS or w.lemma_.lower() in NORMS for w in after):
            return "says their pay is behind what others pay"
        if any(
            w.lower_ in ANNOUNCED or (w.lemma_.lower() in WRITTEN and w.pos_ == "NOUN" and not someone_elses(w))
            for w in after
        ):
            # "well under the range posted on the listing", "lower than what was advertised":
            # their pay set behind their own word.
            return "says their pay is below what they advertised"
        paying = [w for w in after if w.lemma_.lower() in PAYING and w.pos_ == "VERB"]
        if any(subject_of(w) is not None and subject_of(w).lower_ not in FIRST_PERSON for w in paying):  # type: ignore[union-attr]
            return "says their pay is behind what others pay"
    return None


def _not_as_advertised(sent: Span) -> str | None:
    """Their thing unlike what they advertised: "the role described on the call is quite
    different from the biochemistry post that was advertised"."""
    for word in tokens_in(sent):
        if word.lemma_.lower() not in ("different", "differ"):
            continue
        compared = [
            g for c in word.children if c.dep_ == "prep" and c.lower_ in ("from", "to", "than") for g in c.children
        ]
        for other in compared:
            if any(w.lower_ in ANNOUNCED and w.i != other.i for w in other.subtree) and not someone_elses(other):
                return "says what they offer is not what they advertised"
    return None


def _not_level_with_others(sent: Span) -> str | None:
    """Their pay denied a level with what others pay: "the package you shared is not in
    the same range as the other banks I have spoken to", "not the same league as other
    firms"."""
    for same in tokens_in(sent):
        if same.lower_ != "same":
            continue
        clause = same.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head is not clause:
            clause = clause.head
        if not is_negated(clause, through_clauses=False):
            continue
        subject = subject_of(clause)
        if subject is None or not is_their_pay(subject):
            continue
        after = same.doc[same.i + 1 : min(same.i + 8, sent.end)]
        if any(w.lower_ == "as" for w in after) and any(w.lemma_.lower() in YARDSTICKS for w in after):
            return "says their pay is behind what others pay"
    return None


def _amount(token: Token) -> float | None:
    """A sum of money as a number: "$27.40", "R180 000", "41,500", "28k"."""
    text = token.text.lower().replace(",", "").lstrip("$£€r").removesuffix("k")
    try:
        value = float(text)
    except ValueError:
        return None
    return value * 1000 if token.text.lower().endswith("k") else value


def _pay_under_the_norm(sent: Span) -> str | None:
    """Their pay, in figures, under a norm the same sentence names in figures: "The
    advertised rate is $27.40 an hour, the award for a lead hand is $29.10". The numbers
    speak; the sender need not say "low"."""
    tokens = tokens_in(sent)
    sums: list[tuple[Token, float]] = []
    for t in tokens:
        value = _amount(t) if t.like_num or t.text[:1] in "$£€" else None
        if value is not None and value > 0:
            sums.append((t, value))
    if len(sums) < 2:
        return None
    (first, theirs_sum), (second, norm_sum) = sums[0], sums[1]
    between = sent.doc[first.i : second.i]
    theirs = any(is_their_pay(t) for t in sent.doc[sent.start : first.i] if t.pos_ == "NOUN")
    norm = any(w.lemma_.lower() in NORMS or w.lemma_.lower() in YARDSTICKS for w in between) and not any(
        w.lower_ in FIRST_PERSON for w in between
    )  # "the average in my current team is £45,000" compares with the sender's own pay
    if theirs and norm and theirs_sum < norm_sum < theirs_sum * 3:
        return "says their pay is under the norm, in figures"
    # "The advertised range was £46,000 to £50,000, but the figure you mentioned was
    # £41,500": what they offered, in figures, under what they advertised.
    announced = any(w.lower_ in ANNOUNCED for w in sent.doc[sent.start : first.i])
    offered = [(t, v) for t, v in sums[1:] if v < theirs_sum and v > theirs_sum / 3]
    turned = any(
        w.lower_ == "but" or (w.lemma_.lower() in TOLD_SUMS and w.pos_ == "VERB")
        for w in sent.doc[first.i : offered[0][0].i]
    ) if offered else False
    if announced and offered and turned:
        return "says they offered less than they advertised"
    return None


def _unsettled_by_them(sent: Span, start: int, targets: frozenset[str]) -> bool:
    """Whatever unsettled the sender is theirs: its subject ("the way the panel spoke ...",
    "the news about your plant"), or the fact a "which" points back at."""
    verb = sent.doc[start]
    # "did not reassure me" matches from its "not": the verb is a word or two on.
    verb = next((t for t in sent.doc[start : start + 3] if t.pos_ in ("VERB", "AUX")), verb)
    doer = subject_of(verb)
    if doer is not None and doer.lower_ in NEGATORS:
        return False  # "nothing about the process put me off"
    if doer is None:
        # "Five weeks without a reply after the first interview told me enough": a rough
        # parse may leave the verb no subject; what comes before it is what unsettled.
        return any(
            t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in MEETINGS and not someone_elses(t)
            for t in sent
            if t.i < verb.i
        )
    pointer = next((c for c in doer.children if c.dep_ == "det" and c.lower_ in ("that", "this", "such")), None)
    if pointer is not None and doer.i - sent.start <= 4 and sent.start > 0:
        # "That level of oversight gave me pause": the noun sums up what the sentence
        # before told of them.
        told = sent.doc[sent.start - 1].sent
        if any(_their_fact(t, targets) for t in told if t.pos_ in ("VERB", "AUX")) or any(
            is_yours(t) for t in told if t.pos_ == "NOUN"
        ):
            return True  # "two of your teachers mentioned ... That level of oversight gave me pause"
    if doer.lower_ in ("which", "that", "this", "it"):
        if any(_their_fact(t, targets) for t in sent if t.i < doer.i and t.pos_ in ("VERB", "AUX")):
            return True
        if doer.lower_ == "it" and any(c.dep_ == "ccomp" and _their_fact(c, targets) for c in verb.children):
            return True  # "It didn't sit right with me that nobody on the panel had read my CV"
        # "... two staff cover thirty beds after 10pm. This did not reassure me": the fact
        # the pointer opens with is in the sentence before.
        before = sent.doc[sent.start - 1].sent if sent.start > 0 and doer.i - sent.start <= 6 else None
        return before is not None and any(_their_fact(t, targets) for t in before if t.pos_ in ("VERB", "AUX"))
    return (
        doer.lower_ not in FIRST_PERSON
        and (about_target(doer, targets) or a_person_of_theirs(doer) or any(
            about_target(t, targets) or a_person_of_theirs(t) or (t.lemma_.lower() in MEETINGS and not someone_elses(t))
            for t in doer.subtree
            if t.pos_ in ("NOUN", "PROPN")
        ))
    )


def _not_fair(sent: Span, targets: frozenset[str]) -> str | None:
    """Their demand judged unfair, with the judgement denied: "which I don't think is a
    reasonable thing to ask", "I don't feel that's a reasonable ask of candidates"."""
    for token in tokens_in(sent):
        if token.lemma_.lower() not in FAIR or token.pos_ != "ADJ" or not is_negated(token):
            continue
        # What is judged: the noun it describes or the subject of its "be".
        judged = token.head if token.dep_ == "amod" else token
        verb = judged.head if judged.dep_ in ("attr", "acomp") else judged
        doer = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if doer is None:
            continue
        pointing = doer.lower_ in ("which", "that", "this")
        if pointing and any(_their_fact(t, targets) for t in sent if t.i < doer.i and t.pos_ in ("VERB", "AUX")):
            return f"says what they asked was not {token.text}"
        theirs = pointing or (doer.lower_ not in FIRST_PERSON and about_target(doer, targets))
        if theirs and doer.lower_ != "it" and judged.lemma_.lower() in DEMANDS:
            return f"says what they asked was not {token.text}"
    return None



def sentence_criticism(sent: Span, targets: frozenset[str]) -> str | None:
    """Criticism that carries no harsh word, read from the whole sentence: a marker of
    candour, of hearsay or of a verdict about something of theirs, or a denial that
    something of theirs was good."""
    words = {t.lower_ for t in tokens_in(sent)} | {t.lemma_.lower() for t in tokens_in(sent)}
    # What their former staff or reviews say is about them, however the sender sums it up:
    # "Having read what former trainees wrote on Glassdoor, I am not convinced it would suit me".
    told_of_them = bool(words & REPORT_VERBS) and any(
        n in HEARSAY_SOURCES or n in _REVIEWS for n, _, _ in find_in(sent, IDIOMS, "hearsay")
    )
    insider = (_insider(sent) or _one_of_their_staff_told(sent, targets)) if words & REPORT_VERBS else None
    told_of_them = told_of_them or insider is not None
    theirs = _subjects_theirs(sent, targets)
    # Unease at what they did is said of them even when the sentence ends on fit: "how
    # staff are left to run detentions alone did not sit right with me, and I don't think
    # I would fit".
    unease = [(a, b) for _, a, b in find_in(sent, IDIOMS, "unease")]
    # A good manner right after it turns it: "gave me pause, in a good way".
    turned = bool(unease) and any(
        valence(t.lemma_) >= CLEARLY and t.head.lemma_.lower() in ("way", "sense")
        for t in sent.doc[unease[0][1] : min(unease[0][1] + 5, sent.end)]
    )
    if unease and not turned and _unsettled_by_them(sent, unease[0][0], targets):
        return f"says what they did unsettled you ({sent.doc[unease[0][0] : unease[0][1]].text!r})"
    if _about_fit(sent):
        # Put as fit, only what their reviews say and their pay set behind others' speak
        # against them: "the band is less than what freshers draw, so I cannot move".
        if told_of_them:
            return _marked(sent, targets, theirs, told_of_them, ("hearsay",), insider)
        if words & (REACTIONS | REACTION_VERBS) and (reaction := _dismay(sent, targets, people_only=True)) is not None:
            # "I was taken aback that you seemed busy for much of our call, and it left me
            # unsure the role would suit me": how they behaved, whatever it says of fit.
            return f"voices dismay at something they did ({reaction.text!r})"
        return _behind_others(sent, words)
    if words & (REACTIONS | REACTION_VERBS | IMPRESSIONS | {"hard", "difficult", "impossible", "feel"}):
        reaction = _dismay(sent, targets)
        # Surprise at something good ("surprised by how welcoming the team was") is praise;
        # a good thing they took away ("dropped the bonus") is not.
        nouns = {t.i for t in tokens_in(sent) if t.pos_ == "NOUN"}
        # (Nor is the word of a marker of candour: "to be honest, I was surprised that ...".)
        candour = {i for _, a, b in find_in(sent, IDIOMS, "candour") for i in range(a, b)}
        if reaction is not None and not _praises(sent, {reaction.i} | nouns | candour):
            return f"voices dismay at something they did ({reaction.text!r})"
    if words & EXPECTING and (why := _short_of_expectations(sent, targets)) is not None:
        return why
    if "same" in words and (why := _not_level_with_others(sent)) is not None:
        return why
    if words & {"different", "differ"} and words & ANNOUNCED and (why := _not_as_advertised(sent)) is not None:
        return why
    if (why := _behind_others(sent, words)) is not None:
        return why
    if any(t.like_num for t in sent) and (why := _pay_under_the_norm(sent)) is not None:
        return why
    pointed = (
        [(a, b) for _, a, b in find_in(sent, IDIOMS, "pointed")]
        if "help" in words or "notice" in words
        else []
    )
    if pointed and (why := _pointed_out(sent, pointed[0], targets)) is not None:
        return why
    if words & FAIR and (why := _not_fair(sent, targets)) is not None:
        return why
    if "which" in words and (why := _judged_event(sent, targets)) is not None:
        return why
    denied = _not_won_over(sent, targets, theirs) if DENIALS & {t.lower_ for t in tokens_in(sent)} else None
    if denied is not None:
        return f"says something of theirs was not {denied.text!r}"
    found = [
        (name, a, b)
        for name, a, b in find_in(sent, IDIOMS, "verdict")
        if not _taken_by_sender(sent.doc[a:b])
    ]
    verdicts = [(a, b) for _, a, b in found]
    # "not what was promised" says whose word was broken by itself.
    broken_word = any(name in ("not what was promised", "not what the advert said") for name, _, _ in found)
    people = any(a_person_of_theirs(t) for t in tokens_in(sent) if t.dep_ in ("nsubj", "nsubjpass"))
    if verdicts and (
        broken_word
        or theirs
        or people
        or any(is_their_pay(t) for t in tokens_in(sent) if t.pos_ in ("NOUN", "PRON"))
    ):
        # "the pay band is some years out of date", "communication has been patchy at best".
        return f"passes a verdict on something of theirs ({sent.doc[verdicts[0][0] : verdicts[0][1]].text!r})"
    return _marked(sent, targets, theirs, told_of_them, ("candour", "hearsay"), insider)


def _marked(
    sent: Span,
    targets: frozenset[str],
    theirs: list[Token],
    told_of_them: bool,
    groups: tuple[str, ...],
    insider: tuple[int, int] | None = None,
) -> str | None:
    """Criticism marked by candour ("frankly, ...") or by hearsay ("former staff say ..."),
    said of something of theirs and not praise."""
    for group in groups:
        if group == "candour" and not any(_in_subject(t) for t in theirs) and not (
            _frank_verdict(sent)
        ):
            # Candour judges what it is said of: "frankly, the rate would barely cover my
            # fuel"; "with respect, I'd prefer not to be contacted by your agency" asks.
            continue
        if group == "hearsay" and not theirs and not told_of_them and not any(
            # What hearsay reports of them may sit anywhere in it: "reviews from former staff
            # describing managers who change schedules the night before".
            t.pos_ in ("NOUN", "PROPN") and about_target(t, targets) for t in sent
        ):
            continue
        inside = find_in(sent, IDIOMS, group)
        if group == "candour" and not inside:
            inside = _candour_before(sent)
        if group == "hearsay" and not any(t.lemma_.lower() in REPORT_VERBS for t in tokens_in(sent)):
            inside = [(name, a, b) for name, a, b in inside if name not in HEARSAY_SOURCES]
        if group == "hearsay" and _referred(sent):
            continue  # "my former colleague mentioned the post to me": told of the job, not of them
        if group == "hearsay" and not inside and insider is not None:
            inside = [("someone who works there", *insider)]
        if not inside:
            continue
        marker = {i for _, a, b in inside for i in range(a, b)}
        # What is judged may be a good word itself ("the welcome I got was, to put it
        # gently, on the chilly side"): praise is in what is said of it.
        judged = {t.i for t in theirs}
        # ... and so may what the marker's own verb is said of: "support for new starters
        # has been described to me as patchy".
        judged |= {t.i for t in tokens_in(sent) if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in marker}
        if _praises(sent, marker | judged):
            return None
        what = sent.doc[inside[0][1] : inside[0][2]].text
        return f"passes a judgement on something of theirs ({what!r})" if group == "candour" else (
            f"repeats what is said of them ({what!r})"
        )
    return None


def _in_subject(word: Token) -> bool:
    """The subject, or inside it: "the start-up funds for your post were ..." speaks of
    their post as much as "your post was ..."."""
    for _ in range(4):
        if word.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return True
        if word.dep_ not in ("pobj", "prep", "compound", "poss") or word.head.i == word.i:
            return False
        word = word.head
    return False


def _referred(sent: Span) -> bool:
    """Told of the job itself ("mentioned the post to me", "told me about the opening"),
    with nothing said of them besides."""
    reports = [t for t in tokens_in(sent) if t.lemma_.lower() in REPORT_VERBS and t.pos_ == "VERB"]
    return bool(reports) and all(
        not any(c.dep_ == "ccomp" for c in t.children)
        and any(
            w.lemma_.lower() in ROLES_AS_FIT
            for c in t.children
            for w in ([c] if c.dep_ == "dobj" else [g for g in c.children if c.dep_ == "prep"])
        )
        for t in reports
    )


def _insider(sent: Span) -> tuple[int, int] | None:
    """Someone who works or worked there, telling the sender about it: "my cousin worked
    nights there last year, and she told me ...", "a friend who works for you says ...".
    The token span of who it is, or None."""
    for work in tokens_in(sent):
        if work.lemma_.lower() != "work" or work.pos_ != "VERB":
            continue
        worker = subject_of(work)
        if worker is None or worker.lower_ in FIRST_PERSON or worker.lower_ in ("you", "we", "it"):
            continue
        if worker.dep_ == "nsubj" and worker.tag_ == "WP":
            worker = work.head  # "a friend who works for you"
        if not (a_person(worker) or worker.lemma_.lower() in ACQUAINTANCES or worker.lower_ in ("he", "she", "they")):
            continue
        there = any(c.lower_ == "there" for c in work.children) or any(
            c.dep_ == "prep"
            and c.lower_ in ("for", "at", "with")
            and any(g.lower_ in ("you", "yours") or is_yours(g) for g in c.children)
            for c in work.children
        )
        if there and any(_told_clauses(sent)):
            return worker.left_edge.i, worker.i + 1
    return None


def _told_clauses(sent: Span) -> list[tuple[Token, list[Token]]]:
    """Who told the sender something, and what, in a clause of its own ("told me it is
    usually one nurse for twenty"; not "told me about the opening"), said by someone other
    than the sender."""
    out = []
    for verb in tokens_in(sent):
        if verb.lemma_.lower() not in REPORT_VERBS or verb.pos_ != "VERB":
            continue
        teller = subject_of(verb)
        told = [c for c in verb.children if c.dep_ == "ccomp"]
        if teller is not None and not is_first_person(teller) and told:
            out.append((teller, told))
    return out


def _one_of_their_staff_told(sent: Span, targets: frozenset[str]) -> tuple[int, int] | None:
    """Someone placed in their organisation telling the sender something of it, in a
    clause of its own: "a registrar on the unit told me that the rota is never covered",
    "a nurse from your ward said that ...". The token span of who it is, or None."""
    for teller, told in _told_clauses(sent):
        # What they told is a bad thing: "that the rota has not been covered for months",
        # not "that interviews run until March".
        if not any(
            any(w.lower_ in NEGATORS or max(valence(w.lemma_), valence(w.lower_)) <= -CLEARLY for w in c.subtree)
            for c in told
        ):
            continue
        if teller.pos_ != "NOUN" or teller.lemma_.lower() in targets:
            continue  # "the team told me that ...": what they said themselves is no hearsay
        if any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "at", "on", "from")
            and any(g.dep_ == "pobj" and (is_yours(g) or about_target(g, targets)) for g in c.children)
            for c in teller.children
        ):
            return teller.left_edge.i, teller.i + 1
    return None


#: Hearsay idioms that name reviews of them, whoever wrote them.
_REVIEWS = frozenset({"online reviews", "reviews online", "glassdoor"})


def _candour_before(sent: Span) -> list[tuple[str, int, int]]:
    """A marker of candour said as a sentence of its own, which opens the next: "I'll be
    straight with you. The reviews your drivers post ..."."""
    if sent.start == 0:
        return []
    before = sent.doc[sent.start - 1].sent
    markers = find_in(before, IDIOMS, "candour")
    if not markers:
        return []
    _, a, b = markers[0]
    rest = [t for t in tokens_in(before) if not (a <= t.i < b) and t.is_alpha]
    return markers if len(rest) <= 3 else []  # "with you", "I have to say"


def _taken_by_sender(verdict: Span) -> bool:
    """ "I am not in a position to take a step down": the verdict is a move the sender would
    make, the object of "take" or "make", not a judgement on their thing."""
    root = verdict.root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in ("take", "make", "accept")


def _pointed_out(sent: Span, marker: tuple[int, int], targets: frozenset[str]) -> str | None:
    """ "I couldn't help noticing that the autoclave had an out-of-order note on it": what
    the sender could not help noticing, said of something of theirs and not praise, is a
    failing pointed out."""
    after = [t for t in tokens_in(sent) if t.i >= marker[1]]
    theirs = any(
        t.pos_ in ("NOUN", "PROPN", "PRON") and of_theirs(t, targets) for t in after
    ) or (
        # "The nurses I met were kind, but I couldn't help noticing there were three of them":
        # a pronoun after the marker for something of theirs before it
        any(t.lower_ in ("them", "they", "it") for t in after)
        and any(t.pos_ in ("NOUN", "PROPN") and of_theirs(t, targets) for t in tokens_in(sent) if t.i < marker[0])
    )
    # Praise in what was noticed says it was good: "how calm and well run the ward was".
    if any(
        t.pos_ in ("ADJ", "ADV") and (valence(t.lower_) > 0 or t.lower_ in PRAISE) and not _evident(t) for t in after
    ):
        return None
    # Praise before the marker is the kind word the failing follows: "The staff were lovely,
    # but I couldn't help noticing there were two of them for twenty residents".
    before = {t.i for t in tokens_in(sent) if t.i < marker[0]}
    if not theirs or _praises(sent, set(range(*marker)) | before):
        return None
    return f"points out a failing of theirs ({sent.doc[marker[0] : marker[1]].text!r})"


def _frank_verdict(sent: Span) -> bool:
    """After "to be frank", a verdict on something that is not the sender's: a good word
    denied ("the trucks I saw did not look roadworthy") or unease ("I came away uneasy
    about a dispensary running on one pharmacist")."""
    for word in tokens_in(sent):
        if word.pos_ != "ADJ":
            continue
        if word.lower_ in UNEASY and any(
            c.dep_ == "prep"
            and c.lower_ == "about"
            and any(
                not someone_elses(g) and g.lower_ not in FIRST_PERSON and g.lemma_.lower() not in OWN_NERVES
                for g in c.children
                if g.dep_ == "pobj"
            )
            for c in word.children
        ):
            return True  # the parse may hang "uneasy" anywhere; what it is about decides
        if word.dep_ not in ("acomp", "oprd", "attr"):
            continue
        said_of = subject_of(word.head)
        if said_of is None or someone_elses(said_of) or said_of.lower_ in FIRST_PERSON:
            continue
        # A good quality denied ("did not look roadworthy", "was not safe"); "not bad" is
        # praise, and "not far" or "not big" no verdict at all.
        good = valence(word.lower_) > 0 or valence(word.lemma_) > 0 or word.lower_ in PRAISE
        plain = good or word.lower_.endswith(QUALITY_ENDINGS)
        if plain and any(c.dep_ == "neg" for c in word.head.children):
            return True
    return False


def excused(sent: Span) -> bool:
    """The sentence excuses what it tells: "moved twice, which was completely
    understandable", "through no fault of yours", "very long, but I understood why"."""
    for token in tokens_in(sent):
        if token.lower_ == "but" and any(
            w.lemma_.lower() in ("understand", "appreciate") and is_first_person(subject_of(w))
            for w in token.doc[token.i + 1 : min(token.i + 4, sent.end)]
        ):
            return True
        if token.lower_ not in EXCUSES:
            continue
        before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
        if token.lower_ == "fault" and before not in ("no", "nobody's", "anyone's") and not any(
            c.lower_ in ("no", "not", "nobody", "nobody's") for c in token.children
        ):
            continue
        if token.lower_ == "fault" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "but":
            continue  # "nobody's fault but hers" blames
        return True
    return False


def has_verdict(sent: Span) -> bool:
    """A verdict, unease or pointing idiom inside the sentence: critical whatever kind move
    the sentence also makes ("felt a touch ambitious" reads as praise to the moves, and so
    does "the staff were lovely, but I couldn't help noticing ...")."""
    return any(find_in(sent, IDIOMS, group) for group in ("verdict", "unease", "pointed"))
