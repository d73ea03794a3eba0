"""Rule ``negative-remarks``: no criticism of the company, the role, the pay or the people."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.document.moves import Move, moves_of
from declint.nlp.grammar import FIRST_PERSON, is_negated, subject_of
from declint.nlp.idioms import find, idioms_from
from declint.nlp.present import span_text, tokens_in
from declint.nlp.sentiment import CLEARLY, valence
from declint.ruleapi.base import Finding, Rule, RuleOptions
from declint.ruleapi.data import rule_data
from declint.text.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DATA = rule_data("negative_remarks")

# What the employer owns: criticising any of these is criticising them.
_TARGETS = frozenset(_DATA["targets"])
# Evaluative words that criticise whatever they describe.
_HARSH = frozenset(_DATA["harsh"])
# Mild words that criticise only when pushed: "too low", "very long", "insultingly low".
_MILD = frozenset(_DATA["mild"])
_PAY = frozenset(_DATA["pay"])
_NORMS = frozenset(_DATA["norms"])
# Verbs through which the sender learns what the employer did: "disappointed to hear that".
_LEARN = frozenset(_DATA["learn"])
_PUSH = frozenset(_DATA["push"])
_BADLY = frozenset(_DATA["badly"])
# Praise that, negated, criticises: "your team was not very welcoming".
_PRAISE = frozenset(_DATA["praise"])
# Verbs whose doer, if it is the employer, is being accused.
_ACCUSE = frozenset(_DATA["accuse"])
# Nouns that, said of the employer's things, are a verdict: "the process was a mess".
_VERDICT_NOUNS = frozenset(_DATA["verdict_nouns"])
# The sender's feelings about what the employer did: "I was disappointed to hear that ...".
_UPSET = frozenset(_DATA["upset"])
# Feelings that are worry rather than reproach, unless news of them prompted it.
_WEAK_UPSET = frozenset(_DATA["weak_upset"])
# Better than them: "a better school", "a more reputable firm".
_BETTER = frozenset(_DATA["better"])
_ORGANISATIONS = vocabulary().employer_nouns
_PEOPLE = frozenset(_DATA["people"])
_OTHER = frozenset(_DATA["other"])
_DUTIES = frozenset(_DATA["duties"])
_MISTREAT = frozenset(_DATA["mistreat"])
_DONE_WITH: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["done_with"].items()}
_SUPPORT_VERBS = frozenset(_DATA["support_verbs"])
_PAYING = frozenset(_DATA["paying"])
_SHORTFALL = frozenset(_DATA["shortfall"])
_FAIR = frozenset(_DATA["fair"])
_MESSAGES = frozenset(_DATA["messages"])
_RECOMMEND = frozenset(_DATA["recommend"])
_NOBODY = frozenset(_DATA["nobody"])
_WILLING = frozenset(_DATA["willing"])
_STAND_INS = frozenset(_DATA["stand_ins"])
_WON_OVER = frozenset(_DATA["won_over"])
_INFORMED = frozenset(_DATA["informed"])
_WISH_ADJECTIVES = frozenset(_DATA["wish_adjectives"])
_CONSENT_VERBS = frozenset(_DATA["consent_verbs"])
_UNANSWERED = frozenset(_DATA["answers"])
# Verbs of getting what they owed: "I have not had a reply", "never received any".
_GOT = frozenset(_DATA["got"])
_UNPAID = frozenset(_DATA["unpaid"])
_ASKED_WORK = frozenset(_DATA["asked_work"])
_BROKEN = frozenset(_DATA["broken"])
_PLACES = frozenset(_DATA["places"])
_UPKEEP = frozenset(_DATA["upkeep"])
_AMENITIES = frozenset(_DATA["amenities"])
_DISTRACTIONS = frozenset(_DATA["distractions"])
_MEETINGS = frozenset(_DATA["meetings"])
_THEIR_PEOPLE = frozenset(_DATA["their_people"])
_CHANGES = frozenset(_DATA["changes"])
_PAPERS = frozenset(_DATA["papers"])
_ATTENTION = frozenset(_DATA["attention"])
_TITLES = frozenset(_DATA["titles"])
_PRIVATE_QUESTIONS = frozenset(_DATA["private_questions"])
_DELIVERED = frozenset(_DATA["delivered"])
_ARRIVALS = frozenset(_DATA["arrivals"])
# What a wait on them is for, or where it is: "to hear", "in reception".
_WAITED_FOR = frozenset(_DATA["waited_for"])
# What a hindsight wish may ask for: "I would have appreciated a reply".
_ANSWERS = frozenset(_DATA["wished_answers"])
_FIT_WORDS = frozenset(_DATA["fit_words"])
_NOT_VERDICTS = frozenset(_DATA["not_verdicts"])
_FIT_NOUNS = frozenset(_DATA["fit_nouns"])
_FIT_OWNERS = frozenset(_DATA["fit_owners"])
_FAINT_MARKERS = tuple(tuple(m.split()) for m in _DATA["faint_markers"])
_LACKING = frozenset(_DATA["lacking"])
_REACTIONS = frozenset(_DATA["reactions"])
_REACTION_VERBS = frozenset(_DATA["reaction_verbs"])
_OVERLOOK = frozenset(_DATA["overlook"])
_TOLD = frozenset(_DATA["told"])
_CLASHES = frozenset(_DATA["clashes"])
_EXCUSES = frozenset(_DATA["excuses"])
_ARRANGED = frozenset(_DATA["arranged"])
_HEARSAY_SOURCES = frozenset(_DATA["hearsay_sources"])
_REPORT_VERBS = frozenset(_DATA["report_verbs"])
_RHETORICAL_PEOPLE = frozenset(_DATA["rhetorical_people"])
_RHETORICAL_DUTY = frozenset(_DATA["rhetorical_duty"])
_RHETORICAL_NORMS = frozenset(_DATA["rhetorical_norms"])
_ANSWERING_VERBS = frozenset(_DATA["answering_verbs"])
_PREDECESSORS = frozenset(_DATA["predecessors"])
_LEAVING_VERBS = frozenset(_DATA["leaving_verbs"])
_POOR_PREMISES = frozenset(_DATA["poor_premises"])
_MILD_PREMISES = frozenset(_DATA["mild_premises"])
_STILL_ON = frozenset(_DATA["still_on"])
_SLOW_VERBS = frozenset(_DATA["slow_verbs"])
_LONG_UNITS = frozenset(_DATA["long_units"])
_TELLING_VERBS = frozenset(_DATA["telling_verbs"])
# What of theirs may say something: "the advert said fully remote".
_WRITTEN = frozenset({"advert", "advertisement", "email", "letter", "description", "pack", "listing", "contract"})
_BEHIND = frozenset(_DATA["behind"])
_YARDSTICKS = frozenset(_DATA["yardsticks"])
_ANSWERING = frozenset(_DATA["answering"])
_RUDE_VERBS = frozenset(_DATA["rude_verbs"])
_RUDE_WITH: dict[str, tuple[tuple[str, ...], ...]] = {
    k: tuple(tuple(p.split()) for p in v) for k, v in _DATA["rude_with"].items()
}
_EMPLOYER_ACTS = frozenset(_DATA["employer_acts"])
_ANNOUNCED = frozenset(_DATA["announced"])
# Candour markers ("frankly", "to put it kindly") and hearsay ("former staff", "word is"),
# as spaCy patterns beside this file.
_IDIOMS = idioms_from(_DATA.get("idiom", []))
# Moves whose sentences are kind by design: their praise, thanks and wishes are no verdict.
_KIND_MOVES = (Move.THANKS, Move.PRAISE, Move.SYMPATHY, Move.DOOR_OPENED, Move.WELL_WISHES)


@dataclass(frozen=True)
class NegativeRemarksOptions(RuleOptions):
    #: More words for the employer and what is theirs ("trust", "practice", "studio"):
    #: criticism of these is criticism of them. Set once for every rule in
    #: ``[tool.declint.vocabulary] employer-terms``.
    employer_terms: tuple[str, ...] = ()


def _is_target(noun: Token, targets: frozenset[str]) -> bool:
    """The employer or something of theirs, not the sender's or another firm's."""
    low = noun.lower_
    lemma = noun.lemma_.lower()
    if low in ("you", "your", "yours", "y'all"):
        return True
    if lemma not in targets and low not in targets:
        return False
    if _done_by_someone_else(noun):
        return False
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in FIRST_PERSON:
            return False
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN") and _someone_elses(child):
            # "my previous employer's culture" is not theirs.
            return False
        if child.dep_ in ("det", "amod") and child.lower_ in _OTHER:
            return False
        if (
            child.dep_ == "relcl"
            and any(s.dep_.startswith("nsubj") and s.lower_ in FIRST_PERSON for s in child.children)
            and child.lemma_.lower() in ("accept", "join", "choose", "take", "pick", "select")
        ):
            return False
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "at", "of", "with")
            and any(_someone_elses(g) for g in child.children if g.dep_ == "pobj")
        ):
            # "the salary in my current role", "the culture at my last firm".
            return False
        if (
            child.dep_ == "prep"
            and child.lower_ in ("for", "to")
            and any(g.lower_ in FIRST_PERSON for g in child.children)
        ):
            # "the commute would be long for me": about the sender's fit, not their failing.
            return False
    return True


def _done_by_someone_else(noun: Token) -> bool:
    """The object of a verb whose subject is the sender's or another's: "my current ward
    runs very long shifts" judges the sender's ward, not theirs."""
    if noun.dep_ not in ("dobj", "attr"):
        return False
    subject = subject_of(noun.head)
    return subject is not None and (subject.lower_ in FIRST_PERSON or _someone_elses(subject))


def _someone_elses(noun: Token) -> bool:
    return any(
        (c.dep_ == "poss" and c.lower_ in FIRST_PERSON)
        or (c.dep_ in ("det", "amod") and c.lower_ in _OTHER)
        for c in noun.children
    )


def _about_target(noun: Token, targets: frozenset[str]) -> bool:
    """The noun is a target, or is "of"/"about"/"at" one ("reviews about your company")."""
    if _is_target(noun, targets):
        return True
    if noun.dep_ == "csubj" and any(c.dep_ == "auxpass" for c in noun.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in noun.children
    ):
        # "Being asked my age on the phone was inappropriate": what was done to the sender.
        return True
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
            s.dep_ == "nsubj" and _about_target(s, targets) for s in child.children
        ) and any(o.dep_ == "dobj" and o.lower_ in ("me", "us") for o in child.children):
            # "the way your team treated me": their conduct, told in the active.
            return True
        if child.dep_ == "relcl" and _done_to_sender(child):
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


def _done_to_sender(verb: Token) -> bool:
    """A passive clause whose subject is the sender: "(the way) I was treated"."""
    return any(c.dep_ == "nsubjpass" and c.lower_ in FIRST_PERSON for c in verb.children) and any(
        c.dep_ == "auxpass" for c in verb.children
    )


#: How negative (VADER's mean rating) a word said outright of their thing must be.
_PLAINLY = 0.9


def _judged_by_valence(token: Token, targets: frozenset[str]) -> str | None:
    """A plainly negative verdict on something of theirs, in a word no list names: "your
    office was a dump", "the take-home was a waste of an evening", "chaotic". VADER's
    human ratings say the word is harsh; the parse says what it is said of."""
    if token.pos_ not in ("ADJ", "NOUN") or token.dep_ not in ("acomp", "attr", "oprd", "amod"):
        return None
    low = token.lower_
    if low in _MILD or token.lemma_.lower() in _MILD or low in _PAY:
        return None  # mild words count only when pushed (see _criticism)
    # A verdict said outright of something of theirs ("the panel seemed unprepared", "the
    # reviews are worrying") needs a milder word than one tucked in as an attribute ("a
    # chaotic process"), which is often just description.
    threshold = _PLAINLY if token.dep_ in ("acomp", "oprd") else CLEARLY
    if valence(token.lemma_) > -threshold and valence(low) > -threshold:
        return None
    if _negated_judgement(token) or _for_someone(token):
        return None
    if any(_about_target(n, targets) for n in _described(token)):
        return f"calls something of theirs {token.text!r}"
    return None


def _not_recommended(verb: Token, targets: frozenset[str]) -> bool:
    """Anyone's negated recommendation of them: "I would not recommend your agency",
    "staff would not recommend working there"."""
    if not is_negated(verb, through_clauses=False):
        return False
    # "the company", "your agency"; not "a colleague" someone might put forward.
    return any(
        c.dep_ in ("dobj", "xcomp", "ccomp")
        and _about_target(c, targets)
        and not any(d.lower_ in ("a", "an", "any", "another") for d in c.children if d.dep_ == "det")
        for c in verb.children
    ) or any(
        c.dep_ == "xcomp" and any(g.lower_ in ("there", "here") for g in c.children) for c in verb.children
    )


def _dislikes_theirs(verb: Token, targets: frozenset[str]) -> bool:
    """A negated liking whose object is theirs: "I did not like your culture", "I did not
    enjoy the way your team treated me"."""
    if not is_negated(verb, through_clauses=False):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("i", "we"):
        return False
    if any(c.dep_ == "dobj" and _about_target(c, targets) for c in verb.children):
        return True
    # "I did not like how the panel spoke to me": their conduct, told in a clause.
    return any(
        c.dep_ == "ccomp"
        and any(w.lower_ in ("how", "what") for w in c.children)
        and any(s.dep_ in ("nsubj", "nsubjpass") and _about_target(s, targets) for s in c.children)
        for c in verb.children
    )


def _described(word: Token) -> list[Token]:
    """What an evaluative word is said of: its subject, the noun it modifies, its object."""
    out: list[Token] = []
    if word.dep_ in ("amod", "compound") and word.head.pos_ in ("NOUN", "PROPN"):
        out.append(word.head)
    clause = word.head if word.dep_ in ("acomp", "attr", "oprd", "advmod") else word
    if word.dep_ == "advmod" and word.head.pos_ == "ADJ":
        clause = word.head.head if word.head.dep_ == "acomp" else word.head
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            out.append(child)
    if word.dep_ in ("oprd", "ccomp", "xcomp") or word.head.lemma_.lower() in ("find", "consider"):
        out.extend(c for c in word.head.children if c.dep_ == "dobj")
    for child in word.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            out.append(child)
        if child.dep_ in ("aux", "auxpass"):
            # A rough parse may hang the subject on the auxiliary ("your process was ...").
            out.extend(g for g in child.children if g.dep_ in ("nsubj", "nsubjpass"))
    if word.dep_ == "advcl" and any(c.lower_ in ("as", "like") for c in word.children):
        # "your manager came across as arrogant" (parsed as a clause of its own).
        out.extend(c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if word.dep_ in ("pobj", "amod") and word.head.lower_ in ("as", "like"):
        # "your manager came across as arrogant", "the role sounded like a dead end".
        verb = word.head.head
        verb = verb.head if verb.dep_ == "prt" else verb
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            # "your panel, which came across as ...": the relative pronoun stands for the panel.
            relative = subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl"
            out.append(verb.head if relative else subject)
    if word.dep_ == "conj" and word.head is not word and not out:
        # "late and unprepared": the second word is said of the first one's subject.
        out.extend(_described(word.head))
    if not out and word.dep_ in ("conj", "pobj", "acomp", "advcl"):
        # "the salary is below standard and frankly disappointing": climb to the verb.
        for ancestor in list(word.ancestors)[:4]:
            if ancestor.pos_ in ("AUX", "VERB"):
                out.extend(c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass"))
                break
    return out


def _described_by_verb(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _said_of_pay(word: Token) -> bool:
    """ "the pay seemed low": a plain "low" judges their pay; "lower than I need" compares."""
    return (
        word.lower_ in ("low", "lowball")
        and word.tag_ != "JJR"
        and any(n.lemma_.lower() in _PAY for n in _described(word))
    )


def _negated_judgement(word: Token) -> bool:
    """ "not rude", and "I did not find your team rude" where the negation sits on "find";
    "nothing about the offer was unfair" denies it through its subject; and a judgement
    inside sympathy ("sorry to hear that your manager has been unwell") is no verdict."""
    if is_negated(word, through_clauses=False) or _in_sympathy(word):
        return True
    if any(s.lower_ in ("nothing", "none", "nobody") for s in _described(word)):
        return True
    head = word.head
    return (
        word.dep_ in ("ccomp", "oprd", "xcomp", "acomp")
        and head.lemma_.lower() in ("find", "consider", "think", "call", "feel")
        and is_negated(head, through_clauses=False)
    )


def _for_someone(word: Token) -> bool:
    """ "too long for me", "a frustrating process for you": fit or sympathy, not a verdict."""
    holders = [word]
    if word.dep_ in ("amod", "acomp"):
        holders.append(word.head)
    return any(
        child.dep_ == "prep" and child.lower_ == "for" and any(_a_person(g) for g in child.children)
        for holder in holders
        for child in holder.children
    )


def _a_person(noun: Token) -> bool:
    """ "for me", "for you", "for my family", "for someone with young children"."""
    if noun.lower_ in _PEOPLE:
        return True
    return any(c.dep_ == "poss" and c.lower_ in ("my", "our", "your") for c in noun.children)


def _pushed(word: Token) -> bool:
    return any(c.lower_ in _PUSH for c in word.children)


def _rough_subjects(word: Token) -> list[Token]:
    """When a rough parse leaves a verdict's verb with no subject ("the rostering you
    described, six doubles a week, is pretty unreasonable"), the subjects said before it."""
    if word.dep_ != "acomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in word.head.children):
        return []
    return [t for t in word.sent if t.i < word.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"]


def _criticism(token: Token, targets: frozenset[str]) -> str | None:
    """Why this token criticises the employer, or None."""
    low = token.lower_
    lemma = token.lemma_.lower()
    if low in _HARSH or lemma in _HARSH:
        if (low in _MILD or lemma in _MILD) and not _pushed(token) and not _said_of_pay(token):
            return None
        if low in ("insultingly", "ridiculously"):
            return None
        if _negated_judgement(token) or _for_someone(token):
            return None
        if any(_about_target(n, targets) for n in _described(token) or _rough_subjects(token)):
            return f"calls something of theirs {token.text!r}"
    if low in _BADLY and token.dep_ == "advmod" and token.head.pos_ in ("VERB", "ADJ"):
        # "poorly coordinated", "badly run".
        done = token.head
        if not _negated_judgement(done) and any(_about_target(n, targets) for n in _described(done)):
            return f"says something of theirs was {token.text} {done.text}"
    if (
        (low in _PRAISE or lemma in _PRAISE)
        and token.pos_ == "ADJ"
        and token.dep_ in ("acomp", "attr")
    ):
        head = token.head
        if any(c.lower_ in ("more", "any") for c in token.children):
            # "could not have been more helpful" is praise.
            return None
        if _faint(token) and any(_about_target(n, targets) for n in _described(token)):
            # "yours was the least organised", "less than courteous", "hardly professional".
            return f"says something of theirs was hardly {token.text!r}"
        if any(c.dep_ == "neg" for c in head.children) and any(
            _about_target(n, targets) for n in _described(token)
        ):
            return f"says something of theirs was not {token.text!r}"
    if lemma in _ACCUSE and token.pos_ == "VERB":
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and _about_target(subject, targets)
            and not is_negated(token, through_clauses=False)
        ):
            return f"accuses them: {token.text!r}"
    judged = _judged_by_valence(token, targets)
    if judged is not None:
        return judged
    if lemma in _RECOMMEND and token.pos_ == "VERB" and _not_recommended(token, targets):
        # "your drivers said they would not recommend the company to a friend".
        return "says they are not to be recommended"
    if lemma in ("like", "enjoy", "appreciate", "care") and token.pos_ == "VERB" and _dislikes_theirs(token, targets):
        # "I did not like the way your team treated me".
        return f"says you did not {token.text} something of theirs"
    if lemma in _SHORTFALL and token.pos_ == "VERB" and is_negated(token, through_clauses=False) and any(
        _is_pay(n) for n in _described_by_verb(token)
    ) and not any(
        # "the pay would not cover my monthly payments": the sender's needs, not a verdict.
        c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in FIRST_PERSON for p in c.children)
        for c in token.children
    ):
        # "the salary does not reflect the scope of the job".
        return f"says their pay does not {lemma} what the job asks"
    if low == "than" and _beyond_fair(token):
        # "four rounds and a weekend project ask more of candidates than is fair".
        return "says they ask more than is fair"
    if lemma in _DUTIES and token.pos_ == "VERB" and _unanswered(token):
        # "the two emails I sent were never answered".
        return f"says your messages were never {token.text}"
    if lemma in _DUTIES and token.pos_ == "VERB" and _neglected_by_them(token, targets):
        # "the take-home that nobody on your side ever reviewed", "your team never replied".
        return f"says they never {token.text.lower()} what they should have"
    if (lemma in _WILLING or low in _WILLING) and token.pos_ in ("ADJ", "VERB") and _someone_else_would(token):
        # "I'm sure you'll find someone happy to work doubles for that money".
        return f"says only someone {token.text!r} would take what they offer"
    if token.pos_ == "VERB" and _done_to_me(token):
        # "I was kept waiting for forty minutes", "I was never given a straight answer".
        return f"says they {token.text} you"
    if lemma in _SUPPORT_VERBS and token.pos_ == "VERB" and _withheld_by_them(token, targets):
        # "the leadership does not back its staff".
        return f"says they do not {token.lemma_.lower()} their people"
    below_norm = (
        low in ("below", "under")
        and token.dep_ == "prep"
        and any(
            g.lemma_.lower() in _NORMS
            # "well under what this level of work pays elsewhere": the norm as a clause.
            or (g.dep_ in ("pcomp", "pobj") and any(w.lemma_.lower() in _PAYING for w in g.subtree))
            for g in token.children
            if g.dep_ in ("pobj", "pcomp")
        )
    )
    # "sits about fifteen per cent under what others pay": the amount stands between.
    verb = token.head
    while verb.pos_ in ("NOUN", "NUM") and verb.dep_ in ("dobj", "npadvmod", "attr") and verb.head is not verb:
        verb = verb.head
    if below_norm and any(_is_pay(n) and not _someone_elses(n) for n in _described_by_verb(verb)):
        # "the salary is well below industry standard".
        return "says their pay is below the norm"
    out_of_touch = (
        lemma == "touch" and token.head.lower_ == "of" and token.head.head.lower_ == "out"
    )
    if out_of_touch and any(_about_target(n, targets) for n in _described_by_verb(token.head.head.head)):
        return "calls something of theirs out of touch"
    dead_end = lemma == "end" and any(c.lower_ == "dead" for c in token.children)
    if dead_end and any(_about_target(n, targets) for n in _described(token)):
        return "calls something of theirs a dead end"
    if lemma in _VERDICT_NOUNS and token.pos_ in ("NOUN", "PROPN"):
        if lemma == "flag" and not any(c.lower_ == "red" for c in token.children):
            return None
        if any(_about_target(n, targets) for n in _described(token)) or _about_target(token, targets):
            return f"calls something of theirs a {token.text!r}"
        if lemma == "flag":
            return "points out red flags"
    if low in _UPSET and token.dep_ in ("acomp", "amod", "ROOT", "conj", "advcl"):
        subject = next(
            (
                c
                for c in (*token.children, *token.head.children)
                if c.dep_ in ("nsubj", "nsubjpass")
            ),
            None,
        )
        mine = subject is not None and subject.lower_ in FIRST_PERSON
        if mine and not is_negated(token) and _upset_about_them(token, targets):
            return f"says you were {token.text!r} by what they did"
    if low in _BETTER or token.tag_ == "JJR":
        noun = token.head
        ranked = low in _BETTER or any(c.lower_ == "more" for c in token.children)
        if token.dep_ == "amod" and noun.lemma_.lower() in _ORGANISATIONS and ranked:
            return f"calls the other organisation {token.text!r} than them"
    return None


def _is_pay(noun: Token) -> bool:
    """Their pay, named or pointed at: "the salary", "the salary range" (pay as a compound),
    or "it" / "that" standing for one said earlier in the sentence."""
    if noun.lower_ in _STAND_INS:
        earlier = [t for t in noun.sent[: noun.i - noun.sent.start] if t.pos_ == "NOUN"]
        return any(_is_pay(t) for t in reversed(earlier[-3:]))
    return noun.lemma_.lower() in _PAY or any(
        c.dep_ == "compound" and c.lemma_.lower() in _PAY for c in noun.children
    )


def _beyond_fair(than: Token) -> bool:
    """ "more ... than is fair", "longer than is reasonable": a demand past a fair one."""
    doc = than.doc
    after = [t for t in doc[than.i + 1 : min(than.i + 4, len(doc))] if t.lemma_.lower() != "be"]
    if not after or after[0].lower_ not in _FAIR:
        return False
    before = doc[max(than.sent.start, than.i - 12) : than.i]
    return any(t.lower_ in ("more", "longer", "further") or t.tag_ == "JJR" for t in before)


def _unanswered(verb: Token) -> bool:
    """The sender's messages, passive, never answered: "my emails were never answered"."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    words = {c.lower_ for c in verb.children}
    return (
        subject is not None
        and subject.lemma_.lower() in _MESSAGES
        and ("never" in words or (_denied(verb) and "ever" in words))
    )


def _neglected_by_them(verb: Token, targets: frozenset[str]) -> bool:
    """A duty of theirs never done: "nobody on your side ever reviewed it", "your team
    never replied". Only an emphatic negation counts (never, nobody, no one): "you have
    not confirmed the time yet" states a fact, it does not complain."""
    # "one of the partners took calls and did not ask me a single question": a
    # second verb shares the first one's subject.
    subject = subject_of(verb)
    if subject is None or any(c.lower_ == "if" for c in verb.children if c.dep_ == "mark"):
        # "I'd appreciate it if nobody contacted me again" asks; it does not complain.
        return False
    if subject.lower_ in _NOBODY or (subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)):
        # "nobody on your side", "no one from the team": whose nobody, from its preposition;
        # "nobody bothered to confirm" blames whoever it was, and a decline has one reader.
        return verb.lemma_.lower() == "bother" or any(
            c.dep_ == "prep" and any(_about_target(g, targets) for g in c.children if g.dep_ == "pobj")
            for c in subject.children
        ) or any(t.lower_ in ("your", "you") for t in verb.sent) or any(
            # "the panel started forty minutes late, and nobody mentioned why": theirs, by
            # the subject beside it.
            t.dep_ in ("nsubj", "nsubjpass") and t.i != subject.i and _a_person_of_theirs(t)
            for t in verb.sent
        )
    emphatic = any(c.lower_ == "never" for c in verb.children) or (
        # "did not ask me a single question", "did not once look up".
        is_negated(verb, through_clauses=False)
        and any(w.lower_ in ("single", "once", "even") for c in verb.children for w in c.subtree)
    )
    return _about_target(subject, targets) and emphatic


def _in_sympathy(word: Token) -> bool:
    return any(a.lemma_.lower() in ("sorry", "sad", "saddened") for a in list(word.ancestors)[:4])


def _denied(verb: Token) -> bool:
    """ "not", "never", and a fronted "not once" / "never once"."""
    if is_negated(verb, through_clauses=False):
        return True
    return any(c.lower_ == "once" and any(g.lower_ in ("not", "never") for g in c.children) for c in verb.children)


def _faint(word: Token) -> bool:
    """Praise cut down: "the least organised", "less than courteous", "far from
    professional", "hardly welcoming"."""
    children = [c.lower_ for c in word.children]
    if "least" in children or "hardly" in children or "barely" in children or "scarcely" in children:
        return True
    head = word.head
    # "less than courteous", "far from professional": the praise hangs from a preposition.
    return word.dep_ == "pobj" and (
        (head.lower_ == "than" and head.head.lower_ == "less") or (head.lower_ == "from" and head.head.lower_ == "far")
    )


def _done_to_me(verb: Token) -> bool:
    """Their conduct, told with the sender as its object: "I was kept waiting", "I was
    misled about the travel", "I was never given a straight answer". Verbs that are
    neutral in the passive ("I was told the date") count only when never done."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "nsubjpass" and c.lower_ in ("i", "we") for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if _denied(verb) and lemma not in _DUTIES:
        return False  # "not once was I left waiting"
    if lemma in _MISTREAT or lemma in _ACCUSE:
        # "I was rushed in with appendicitis": a particle makes it another verb.
        return not any(c.dep_ == "prt" for c in verb.children)
    if lemma in _DONE_WITH:
        # "kept waiting", "let down", "left hanging", "strung along", "fobbed off".
        return any(c.lower_ in _DONE_WITH[lemma] for c in verb.children)
    return lemma in _DUTIES and any(c.lower_ == "never" for c in verb.children)


def _withheld_by_them(verb: Token, targets: frozenset[str]) -> bool:
    """Support they do not give: "the leadership does not back its staff"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and _about_target(subject, targets)
        and (is_negated(verb, through_clauses=False) or any(c.lower_ == "never" for c in verb.children))
    )


def _someone_else_would(word: Token) -> bool:
    """ "someone (who is) happy to do six doubles a week for that money": the offer fit
    only for someone else, said with a pointing "that" at their pay or terms. "I'm sure
    you'll find someone happy to take the role on" is a kind wish, and does not point."""
    person = word.head
    if person.dep_ == "relcl" or person.pos_ == "AUX":
        person = person.head
    if person.lower_ not in _PEOPLE or person.lower_ in FIRST_PERSON or person.lower_ == "you":
        return False
    return any(
        t.dep_ == "pobj"
        and _is_pay(t)
        and (
            any(d.lower_ in ("that", "this", "such") for d in t.children if d.dep_ in ("det", "predet", "amod"))
            # "someone out there who'll be thrilled with it": the offer pointed back at
            or t.lower_ in _STAND_INS
        )
        for t in word.subtree
    )


def _upset_about_them(word: Token, targets: frozenset[str]) -> bool:
    """The feeling is about something the employer did, not the sender's loss or bad luck."""
    weak = word.lower_ in _WEAK_UPSET
    for child in word.children:
        by_them = child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by")
        if weak and not by_them and not (child.dep_ == "xcomp" and child.lemma_.lower() in _LEARN):
            # "concerned that the role would not use my skills" is about fit.
            continue
        if child.dep_ == "xcomp" and child.lemma_.lower() not in _LEARN:
            # "disappointed to miss meeting your team" is the sender's loss; only learning
            # of something ("disappointed to hear that ...") points at them.
            continue
        if child.dep_ in ("xcomp", "ccomp", "prep", "agent") and any(
            _about_target(t, targets) for t in _what_it_is_about(child)
        ):
            return True
    return False


def _what_it_is_about(clause: Token, depth: int = 0) -> list[Token]:
    """The doers a complement names: "that [your offer] came late", "by [your offer]",
    "to hear that [the role] would ...". Things merely mentioned deeper down do not count:
    "that the interview dates did not work out" is about the dates."""
    if depth > 3:
        return []
    out: list[Token] = []
    if clause.pos_ in ("NOUN", "PROPN", "PRON") and clause.dep_ not in ("nsubj", "nsubjpass"):
        out.append(clause)
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in FIRST_PERSON:
                return []
            out.append(child)
        elif child.dep_ in ("pobj", "pcomp", "ccomp", "dobj") and (
            clause.dep_ in ("prep", "agent")
            or clause.lemma_.lower() in _LEARN
            or child.dep_ == "ccomp"
        ):
            out.extend(_what_it_is_about(child, depth + 1))
    return out


def _subjects_theirs(sent: Span, targets: frozenset[str]) -> list[Token]:
    """Things of theirs the sentence speaks of as such: a subject ("the office was ..."),
    or named as theirs ("your agency", "yours"). A bare "the interview" in "I did not
    prepare well for the interview" is only where the sender's own story happened."""
    out = []
    for token in tokens_in(sent):
        if token.pos_ not in ("NOUN", "PROPN") and token.lower_ != "yours":
            continue
        owned = token.lower_ == "yours" or any(c.dep_ == "poss" and c.lower_ == "your" for c in token.children)
        if (owned or token.dep_ in ("nsubj", "nsubjpass", "csubj")) and _about_target(token, targets):
            out.append(token)
        elif token.dep_ in ("nsubj", "nsubjpass") and token.lemma_.lower() in _MEETINGS and not _someone_elses(token):
            out.append(token)  # "the first round didn't leave me eager for a second": theirs to run
    return out


def _about_fit(sent: Span) -> bool:
    """ "the role is not the right fit", "too far for me": about the sender's fit."""
    for token in tokens_in(sent):
        if token.lemma_.lower() in _FIT_WORDS and token.pos_ in ("NOUN", "VERB", "ADJ"):
            return True
        if token.lemma_.lower() in _FIT_NOUNS and token.pos_ in ("NOUN", "ADJ"):
            return True
        if token.lower_ == "for" and any(
            g.lower_ in ("me", "us", "myself")
            or (
                g.lemma_.lower() in _FIT_OWNERS
                and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in g.children)
            )
            for g in token.children
        ):
            return True
    return False


def _praises(sent: Span, skip: set[int]) -> bool:
    """Plain praise somewhere in the sentence ("frankly, your team were brilliant", "I
    loved the kitchen"), not counting the words of a marker itself ("to be honest"), praise
    taken back ("less than courteous"), a word inside a phrase ("in need of a good clean")
    or a verb of what someone else does ("a habit of promising progression")."""
    for t in tokens_in(sent):
        if t.i in skip or max(valence(t.lemma_), valence(t.lower_)) < CLEARLY:
            continue
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


def _taken_back(word: Token) -> bool:
    """ "less than courteous", "far from welcoming", "hardly professional"."""
    before = tuple(t.lower_ for t in word.doc[max(word.sent.start, word.i - 3) : word.i])
    return any(before[-len(m) :] == m or before[-len(m) - 1 : -1] == m for m in _FAINT_MARKERS)


def _hindsight(sent: Span) -> bool:
    """A wish about what they should have done: "it would have been nice to be told",
    "I would have appreciated a reply"."""
    for token in tokens_in(sent):
        lemma = token.lemma_.lower()
        if (lemma in _WISH_ADJECTIVES or lemma == "worth") and token.pos_ == "ADJ":
            verb = token.head
        elif lemma in ("appreciate", "like", "prefer", "save", "help") and token.pos_ == "VERB":
            verb = token
        else:
            continue
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if not ({"would", "'d", "’d", "could", "might"} & auxes and "have" in auxes):
            continue
        # What the wish is for: the clause it takes ("to be told", "if someone had called"),
        # or what would have been appreciated ("a reply", "being told").
        wanted = [
            c for w in {token, verb} for c in w.children if c.dep_ in ("xcomp", "ccomp", "advcl", "csubj", "dobj")
        ]
        for clause in wanted:
            if clause.lemma_.lower() in _INFORMED or clause.lemma_.lower() in _MESSAGES:
                return True
            if any(c.lower_ == "if" for c in clause.children) or clause.lower_ in _ANSWERS:
                return True
    return False


def _without_consent(sent: Span, targets: frozenset[str]) -> bool:
    """They acted on the sender without asking: "your agency passed my CV on without
    asking me first"."""
    for token in tokens_in(sent):
        if token.lower_ != "without" or token.dep_ != "prep":
            continue
        asked = [c for c in token.children if c.dep_ == "pcomp" and c.lemma_.lower() in _CONSENT_VERBS]
        if not asked or not any(t.lower_ in ("me", "us", "first") for a in asked for t in a.subtree):
            continue
        doer = subject_of(token.head)
        if doer is not None and (doer.lower_ == "you" or _about_target(doer, targets)):
            return True
        if doer is not None and doer.dep_ == "nsubjpass" and doer.lower_ not in FIRST_PERSON:
            # "it had been moved without telling me": done by someone unnamed, who can
            # only be them (the sender does not move their own interview unasked).
            return True
    return False


def _not_won_over(sent: Span, targets: frozenset[str], theirs: list[Token]) -> Token | None:
    """Something of theirs failed to win the sender over: "I was not convinced the product
    is ready", "the plan did not fill me with confidence", "the culture was not healthy"."""
    for token in tokens_in(sent):
        lemma = token.lemma_.lower()
        if lemma in _WON_OVER and token.pos_ in ("VERB", "ADJ") and is_negated(token, through_clauses=False):
            if lemma == "fill" and not any(t.lemma_.lower() == "confidence" for t in token.subtree):
                continue
            if theirs or any(_about_target(t, targets) for t in token.subtree if t.i != token.i):
                return token
        if (
            token.pos_ in ("ADJ", "NOUN")
            and token.tag_ not in ("JJR", "JJS")
            and lemma not in _NOT_VERDICTS
            and max(valence(lemma), valence(token.lower_)) >= CLEARLY
            and is_negated(token, through_clauses=False)
            and not any(c.lower_ in ("more", "any", "less", "only") for c in token.children)
        ):
            verb = token.head if token.dep_ in ("acomp", "attr", "dobj", "pobj", "amod") else token
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            doer = subject_of(verb)
            if doer is not None and doer.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                doer = verb.head  # "the interviewer..., which did not leave a great impression"
            if doer is not None and _about_target(doer, targets) and doer.lower_ not in ("you", "your"):
                return token
        if (
            token.pos_ == "NOUN"
            and max(valence(lemma), valence(token.lower_)) >= CLEARLY
            and _lacking(token)
            and (theirs or any(c.dep_ == "expl" for c in token.head.children))
            and any(_about_target(t, targets) for t in tokens_in(sent) if t.pos_ in ("NOUN", "PROPN"))
        ):
            # "there appeared to be very little respect for time off at your firm".
            return token
    return None


def _lacking(noun: Token) -> bool:
    """ "very little respect", "no recognition", "without any support", "a lack of care"."""
    if any(c.lower_ in _LACKING for c in noun.children if c.dep_ in ("det", "amod")):
        return True
    head = noun.head
    return (head.lower_ == "without" and head.dep_ == "prep") or (
        head.lower_ == "of" and head.head.lemma_.lower() == "lack"
    )


def _conduct_criticism(sent: Span, targets: frozenset[str]) -> str | None:
    """Their conduct, reproached in hindsight, or told as plain fact: done without asking,
    left unanswered, a meeting they did not attend to, arrangements changed again and
    again, premises not kept."""
    tokens = tokens_in(sent)
    words = {t.lower_ for t in tokens}
    lemmas = {t.lemma_.lower() for t in tokens}
    if "have" in words and words & _WOULD and _hindsight(sent):
        return "says what they should have done"
    if "without" in words and _without_consent(sent, targets):
        return "says they acted without asking you"
    # Each check starts from a word of its own: only the checks whose words the sentence
    # holds are asked (most sentences hold none).
    checks = [check for check, needs in _CONDUCT_CHECKS if (words | lemmas) & needs]
    if "late" in words and lemmas & _ARRIVALS:
        checks.append(_late)
    for token in tokens if checks else ():
        for check in checks:
            why = check(token)
            if why is not None:
                return why
    if "promise" in lemmas and (why := _promise_broken(sent)) is not None:
        return why
    if "?" in words and (why := _rhetorical(sent)) is not None:
        return why
    if (words | lemmas) & (_TELLING_VERBS | {"different"}) and (why := _accounts_differ(sent, targets)) is not None:
        return why
    return _unpaid_work(sent)


_WOULD = frozenset(_DATA["hindsight_modals"])
# Words that deny: a good thing of theirs is only denied where one of these stands.
_DENIALS = frozenset(_DATA["denials"])


def _unpaid_work(sent: Span) -> str | None:
    """Work they asked for without pay: "a five-hour test, for free", "an unpaid trial
    shift", "three sample articles, unpaid". The sender's own unpaid work ("my unpaid
    internship") is their story."""
    text = span_text(sent).lower()
    if not any(marker in text for marker in _UNPAID):
        return None
    doc = sent.doc
    for token in tokens_in(sent):
        if token.lemma_.lower() not in _ASKED_WORK or token.pos_ != "NOUN":
            continue
        if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in token.children):
            continue  # "my unpaid internship" is the sender's own story
        # The marker belongs to this work: said of it ("an unpaid trial shift") or just
        # after it ("three sample articles, unpaid", "a five-hour test ... for free").
        near = doc[token.i - 2 : min(token.i + 12, sent.end)].text.lower()
        said_of_other = any(
            t.lower_ == "unpaid" and t.dep_ == "amod" and t.head.lemma_.lower() not in _ASKED_WORK for t in sent
        )
        if any(marker in near for marker in _UNPAID) and not said_of_other:
            return "says they asked for work without pay"
    return None


def _broken(token: Token) -> str | None:
    """Their kit out of order: "two of the machines were out of service", "the lift in
    your building was out of order", "the van had a cracked windscreen"."""
    if token.lower_ not in _BROKEN:
        return None
    doc = token.doc
    if token.lower_ in ("order", "service") and not (
        token.i >= 2 and doc[token.i - 1].lower_ == "of" and doc[token.i - 2].lower_ == "out"
    ):
        return None  # "in order to", "the service was friendly": only "out of order"
    if token.lower_ == "working" and not is_negated(token, through_clauses=False):
        return None  # "the kitchen was working well"; "the heater was not working" is kit down
    verb = token.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is not None and subject.lower_ in ("of",):
        subject = subject.head
    things = [subject] if subject is not None else []
    if subject is not None:
        things += [g for c in subject.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(t.lemma_.lower() in _PLACES and not _someone_elses(t) for t in things):
        return "says their equipment or premises were not in working order"
    return None


def _titled(noun: Token) -> bool:
    """A person named with a title: "Mr. Bose", "Dr Okafor"."""
    return noun.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in _TITLES for c in noun.children
    ) or (noun.i > 0 and noun.doc[noun.i - 1].lower_ in _TITLES)


def _asked_privately(token: Token) -> str | None:
    """ "I was asked whether I was planning to have children", "was asked about my age":
    a question no interview should ask."""
    if token.lemma_.lower() != "ask" or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    if not any(c.dep_ == "nsubjpass" and c.lower_ in ("i", "we") for c in token.children):
        return None
    if any(w.lemma_.lower() in _PRIVATE_QUESTIONS or w.lower_ in _PRIVATE_QUESTIONS for w in token.subtree):
        return "says they asked you a question no interview should ask"
    return None


def _promise_broken(sent: Span) -> str | None:
    """ "I was promised feedback within a week and never received any", "the expenses I
    was promised have still not been paid"."""
    if not any(t.lemma_.lower() == "promise" and t.pos_ == "VERB" for t in sent):
        return None
    for t in sent:
        if t.lemma_.lower() in _DELIVERED and t.pos_ == "VERB" and (
            is_negated(t, through_clauses=False) or any(c.lower_ in ("never", "still") for c in t.children)
        ):
            return "says they broke a promise to you"
    return None


def _kept_waiting(token: Token) -> str | None:
    """ "I waited in the corridor for over an hour", "having waited six weeks to hear
    anything": a long wait on them, with its length."""
    if token.lemma_.lower() != "wait" or token.pos_ != "VERB":
        return None
    doer = subject_of(token)
    if doer is not None and doer.lower_ not in ("i", "we"):
        return None
    if doer is None and token.dep_ != "advcl":
        return None
    length = any(w.lemma_.lower() in ("minute", "hour", "week", "month") for w in token.subtree)
    on_them = any(w.lower_ in _WAITED_FOR for w in token.subtree)
    return "says they kept you waiting" if length and on_them else None


def _late(token: Token) -> str | None:
    """ "the clinical lead arrived an hour late": one of theirs late to the meeting."""
    if token.lemma_.lower() not in _ARRIVALS or token.pos_ != "VERB" or not _a_person_of_theirs(subject_of(token)):
        return None
    if any(c.lower_ == "late" for c in token.children) or any(
        c.lower_ == "late" for c in token.subtree if c.dep_ in ("advmod", "acomp")
    ):
        return "says their people came late"
    return None


def _unanswered_by_them(token: Token) -> str | None:
    """ "I followed up three times without a reply", "left midway without a word", "I
    have not had a reply to any of them", "I am still waiting for one"."""
    if token.lemma_.lower() in _UNANSWERED and token.dep_ == "dobj" and token.head.lemma_.lower() in _GOT:
        got = token.head
        if subject_of(got) is not None and subject_of(got).lower_ in ("i", "we") and (  # type: ignore[union-attr]
            is_negated(got, through_clauses=False) or any(c.lower_ == "never" for c in got.children)
        ):
            return f"says they never sent a {token.text}"
    if (
        token.lemma_.lower() == "wait"
        and any(c.lower_ == "still" for c in token.children)
        and any(c.lower_ in ("i", "we") for c in token.children if c.dep_ == "nsubj")
        # on them: "still waiting for one from you", "to hear back"; not "an offer I am
        # still waiting on" from someone else
        and any(
            w.lower_ in ("you", "your", "hear") or w.lemma_.lower() in _UNANSWERED for w in token.subtree
        )
    ):
        return "says you are still waiting on them"
    if token.lemma_.lower() not in _UNANSWERED or token.dep_ != "pobj" or token.head.lower_ != "without":
        return None
    if any(c.lower_ in ("the", "my", "your") for c in token.children if c.dep_ in ("det", "poss")):
        return None  # "without the update I asked for" names one thing, not silence
    # Someone waited for it: the sender ("I chased twice without a reply") or one of
    # theirs who left ("one member walked out without a word").
    doer = subject_of(token.head.head) if token.head.head is not token.head else None
    if doer is None or not (doer.lower_ in ("i", "we") or _a_person_of_theirs(doer) or _a_message(doer)):
        return None
    return f"says you were left without a {token.text}"


def _a_person_of_theirs(noun: Token | None) -> bool:
    if noun is None:
        return False
    if noun.lower_ in _THEIR_PEOPLE and noun.lower_ not in FIRST_PERSON:
        return True
    if _titled(noun):
        return True  # "Mr. Bose", "Ms. Tan": in a decline, the people named are theirs
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in _THEIR_PEOPLE for g in c.children)
        for c in noun.children
    )


def _distracted(token: Token) -> str | None:
    """ "one of the partners took two phone calls during the interview", "the panel spoke
    among themselves for most of my presentation": their attention elsewhere."""
    if token.pos_ != "VERB" or not _a_person_of_theirs(subject_of(token)):
        return None
    words = list(token.subtree)
    elsewhere = any(w.lower_ in _DISTRACTIONS for w in words) or any(
        w.lower_ == "among" and any(g.lower_ in ("themselves", "each") for g in w.children) for w in words
    )
    during = any(
        w.lower_ in ("during", "through", "throughout", "most", "much", "half", "midway", "halfway") for w in words
    ) and any(w.lemma_.lower() in _MEETINGS or w.lower_ in ("midway", "halfway") for w in words)
    if elsewhere and during:
        return "says their people were not attending to you"
    return None


def _discourteous(token: Token) -> str | None:
    """Their people's discourtesy, told as plain fact: "the senior partner interrupted me",
    "the second interviewer kept talking over me", "one of the partners cut in on every
    answer", "your manager seemed more interested in his phone than in anything I said"."""
    if token.pos_ not in ("VERB", "ADJ") or is_negated(token, through_clauses=False):
        return None
    lemma = token.lemma_.lower()
    doer = subject_of(token)
    if token.pos_ == "ADJ":
        # "more interested in his phone than in anything I said": attention elsewhere.
        if lemma != "interested" or not any(c.lower_ == "more" for c in token.children):
            return None
        than = [t for t in token.children if t.lower_ == "than"]
        if not than or not any(t.lower_ in FIRST_PERSON for t in than[0].subtree):
            return None
        doer = subject_of(token.head) if token.dep_ in ("acomp", "oprd", "attr") else doer
    elif lemma in _RUDE_WITH:
        after = tuple(t.lower_ for t in token.doc[token.i + 1 : min(token.i + 4, token.sent.end)])
        if not any(after[: len(phrase)] == phrase for phrase in _RUDE_WITH[lemma]):
            return None
    elif lemma not in _RUDE_VERBS:
        return None
    if doer is not None and doer.dep_ != "expl" and (_a_person_of_theirs(doer) or doer.lower_ == "you"):
        return "says their people were discourteous to you"
    return None


def _silence(token: Token) -> str | None:
    """Their silence, told as plain fact: "none of them were answered", "my messages went
    unanswered", "the recruiter stopped replying", "I heard nothing for seven weeks"."""
    lemma = token.lemma_.lower()
    if lemma in _ANSWERING and token.pos_ == "VERB":
        subject = subject_of(token)
        if subject is None:
            return None
        denied = is_negated(token, through_clauses=False) or _none_of(subject)
        if subject.dep_ == "nsubjpass" and denied and (_a_message(subject) or _none_of(subject)):
            # "none of them were answered", "my emails were never acknowledged".
            return "says they left your messages unanswered"
        if token.head.lemma_.lower() in ("stop", "cease") and token.dep_ == "xcomp" and _a_person_of_theirs(subject):
            return "says their people stopped answering you"
        return None
    if token.lower_ == "unanswered":
        verb = token.head
        subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else verb
        if subject is not None and (_a_message(subject) or _none_of(subject)):
            return "says they left your messages unanswered"
        return None
    if lemma == "hear" and token.pos_ == "VERB":
        heard = [c for c in token.children if c.dep_ == "dobj" and c.lower_ == "nothing"]
        subject = subject_of(token)
        if not heard or subject is None or subject.lower_ not in ("i", "we"):
            return None
        sources = [g for c in token.children if c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        if any(_someone_elses(g) for g in sources):
            return None  # "heard nothing from the other firm for weeks"
        # How long: "for seven weeks", "since the first round", "after the interview".
        if any(w.lemma_.lower() in ("week", "month", "day", "fortnight") for w in token.subtree) or any(
            c.lower_ in ("since", "after") for c in token.children
        ):
            return "says they left you without word"
    return None


def _a_message(noun: Token) -> bool:
    """One of the sender's messages: "my emails", "the three follow-up emails I sent"."""
    return noun.lemma_.lower() in _MESSAGES or noun.lower_ in _MESSAGES


def _none_of(noun: Token) -> bool:
    """ "none of them", "not one of my emails", "neither message"."""
    return (
        noun.lower_ in ("none", "neither", "nobody")
        or (noun.lower_ == "one" and any(c.dep_ == "neg" for c in noun.children))
        # "neither interviewer", "no one on the panel"
        or any(c.dep_ == "det" and c.lower_ in ("neither", "no") for c in noun.children)
    )


def _rhetorical(sent: Span) -> str | None:
    """A rhetorical question about their ways: "how is anyone meant to arrange childcare
    around it?", "is it usual to ask for five references before a first interview?"."""
    if not sent.text.rstrip().endswith("?"):
        return None
    tokens = tokens_in(sent)
    words = {t.lower_ for t in tokens}
    if words & _RHETORICAL_PEOPLE and words & _RHETORICAL_DUTY:
        return "asks a question that criticises their ways"
    first = [t.lower_ for t in tokens[:4]]
    if first[:2] in (["is", "it"], ["was", "it"], ["is", "that"]) and words & _RHETORICAL_NORMS:
        return "asks a question that criticises their ways"
    return None


def _could_not_answer(token: Token) -> str | None:
    """Their people unable to answer the sender: "neither of them could tell me who the
    role reports to", "nobody could explain the rota"."""
    if token.lemma_.lower() not in _ANSWERING_VERBS or token.pos_ != "VERB":
        return None
    able = any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in token.children)
    if not able or not is_negated(token, through_clauses=False) and not _none_of(subject_of(token) or token):
        return None
    doer = subject_of(token)
    if doer is None or not (_a_person_of_theirs(doer) or _none_of(doer) or doer.lower_ in ("neither", "nobody")):
        return None
    if doer.lower_ in ("i", "we"):
        return None
    return "says their people could not answer you"


def _turnover(token: Token) -> str | None:
    """Their turnover, told as fact: "the last person in the role left after five months",
    "your last three project managers left within a year", "the post has been advertised
    four times this year"."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB":
        return None
    if lemma in ("advertise", "readvertise", "re-advertise", "post", "repost"):
        again = any(
            (c.lower_ == "times" and any(n.like_num and n.lower_ not in ("one", "1", "two", "2") for n in c.children))
            for c in token.children
        ) or any(w.lower_ in ("third", "fourth", "fifth", "sixth") for w in token.sent if w.head.lower_ == "time")
        return "says the post keeps being advertised" if again else None
    if lemma not in _LEAVING_VERBS:
        return None
    doer = subject_of(token)
    if doer is None and token.dep_ == "acl":
        doer = token.head
    if doer is None or doer.lemma_.lower() not in _PREDECESSORS and doer.lower_ not in _PREDECESSORS:
        return None
    before = {c.lower_ for c in doer.children if c.dep_ in ("amod", "det", "poss")}
    if not before & {"last", "previous", "past", "former"}:
        return None
    soon = any(w.lemma_.lower() in ("month", "week", "year", "day") for w in token.subtree)
    return "says people do not stay in the post" if soon else None


def _poor_premises(token: Token) -> str | None:
    """Their premises in poor shape, said of a place of theirs: "the loading bay was
    cluttered", "the staff room was so small that half the team ate on the stairs", "the
    dispensary still relies on paper logs and a fax machine"."""
    low = token.lower_
    if token.pos_ in ("ADJ", "VERB") and (low in _POOR_PREMISES or low in _MILD_PREMISES):
        if low in _MILD_PREMISES and not any(c.lower_ in ("so", "too", "very") for c in token.children):
            return None
        if is_negated(token, through_clauses=False):
            return None
        verb = token.head if token.dep_ in ("acomp", "oprd", "attr") else token
        place = subject_of(verb)
        if place is None or _someone_elses(place) or place.pos_ != "NOUN":
            return None
        # A strong word needs only a place pointed at ("the storeroom was cluttered"); a
        # mild one, pushed, a place of theirs ("the staff room was so small that ...").
        pointed = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "your") for c in place.children)
        if place.lemma_.lower() in _PLACES or (pointed and low in _POOR_PREMISES):
            return f"says their {place.text} was {token.text}"
        return None
    if token.lemma_.lower() in _STILL_ON and token.pos_ == "VERB" and any(c.lower_ == "still" for c in token.children):
        place = subject_of(token)
        on = any(c.lower_ == "on" for c in token.children) or token.lemma_.lower() == "use"
        if on and place is not None and place.lemma_.lower() in _PLACES and not _someone_elses(place):
            return f"says their {place.text} still runs on old ways"
    return None


def _slow(token: Token) -> str | None:
    """Their slowness, as a length of time: "the feedback turned up five weeks later", "it
    took ten weeks to reply", "this has taken two months"."""
    if token.lemma_.lower() not in _SLOW_VERBS or token.pos_ != "VERB":
        return None
    units = [w for w in token.subtree if w.lower_ in _LONG_UNITS]
    if not any(any(n.like_num and n.lower_ not in ("one", "1", "a") for n in u.children) for u in units):
        return None
    doer = subject_of(token)
    if doer is None:
        return None
    theirs = doer.lemma_.lower() in _UNANSWERED | _MEETINGS | {"feedback", "process", "invitation", "decision", "offer"}
    if theirs and not _someone_elses(doer):
        return "says they took weeks over it"
    replied = any(w.lower_ in ("reply", "respond", "answer", "decide") for w in token.subtree)
    if doer.lower_ in ("this", "it", "they") and replied:
        return "says they took weeks over it"
    return None


def _accounts_differ(sent: Span, targets: frozenset[str]) -> str | None:
    """Their accounts that did not agree: "the advert said fully remote, the recruiter said
    three days in the office", "three different people from your HR team sent me three
    different dates"."""
    tokens = tokens_in(sent)
    sources = set()
    for t in tokens:
        if t.lemma_.lower() in _TELLING_VERBS and t.pos_ == "VERB":
            doer = subject_of(t)
            if doer is not None and doer.lower_ not in FIRST_PERSON and (
                _about_target(doer, targets) or _a_person_of_theirs(doer) or doer.lemma_.lower() in _WRITTEN
            ):
                sources.add(doer.lemma_.lower())
    if len(sources) >= 2:
        return "says what they told you did not agree"
    different = [
        t
        for t in tokens
        if t.lower_ == "different" and any(n.like_num or n.lower_ in ("two", "three", "four") for n in t.head.children)
    ]
    theirs = any(_a_person_of_theirs(s) or _about_target(s, targets) for s in _subjects_of(sent))
    if len(different) >= 2 or (different and theirs):
        return "says what they told you did not agree"
    return None


def _subjects_of(sent: Span) -> list[Token]:
    return [t for t in tokens_in(sent) if t.dep_ in ("nsubj", "nsubjpass")]


def _changed_again(token: Token) -> str | None:
    """ "the interview has been moved four times", "they rescheduled twice": what they
    arranged, changed again and again."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _CHANGES:
        return None
    counted = any(
        (c.lower_ == "times" and any(n.like_num and n.lower_ not in ("one", "1") for n in c.children))
        or c.lower_ in ("twice", "repeatedly")
        for c in token.children
    )
    if not counted:
        return None
    # What was changed is theirs to arrange: the interview, the date ("it", "the
    # interview"), or they changed it ("they rescheduled twice"); not the sender's other
    # commitments ("the shoot has been pushed back twice").
    changed = subject_of(token)
    arranged = (
        changed is None
        # "my interview", "my assessment day": the sender's, but theirs to arrange
        or changed.lemma_.lower() in _MEETINGS | _ARRANGED
        or any(c.dep_ == "compound" and c.lemma_.lower() in _MEETINGS for c in changed.children)
        or changed.lower_ in ("it", "they", "you")
        or _a_person_of_theirs(changed)
    )
    return "says they kept changing what they had arranged" if arranged else None


def _unread(token: Token) -> str | None:
    """ "the panel had not looked at my CV beforehand": the sender's papers unread."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _ATTENTION or not is_negated(token, through_clauses=False):
        return None
    if not _a_person_of_theirs(subject_of(token)) and not _about_target(subject_of(token) or token, _TARGETS):
        return None
    papers = [
        w
        for w in token.subtree
        if w.lemma_.lower() in _PAPERS and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in w.children)
    ]
    return "says they had not read your papers" if papers else None


def _not_kept(token: Token) -> str | None:
    """Premises not kept: "the staff room had no working heater", "the decontamination
    room had not been cleaned down"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in _UPKEEP and is_negated(token, through_clauses=False):
        subject = subject_of(token)
        if subject is not None and subject.lemma_.lower() in _PLACES and not _someone_elses(subject):
            return f"says their {subject.text} had not been kept up"
    if token.lemma_.lower() in _AMENITIES and token.pos_ == "NOUN":
        none = any(c.lower_ == "no" for c in token.children if c.dep_ == "det")
        owner = token.head if token.dep_ == "dobj" and token.head.lemma_.lower() == "have" else None
        subject = subject_of(owner) if owner is not None else None
        if none and subject is not None and subject.lemma_.lower() in _PLACES and not _someone_elses(subject):
            return f"says their {subject.text} had no {token.text}"
    return None


def _their_fact(clause: Token, targets: frozenset[str]) -> bool:
    """The clause tells something they did or have: its doer is theirs ("none of the panel
    had looked at my portfolio", "the recruiter called me by another name"), or the sender
    is the one it was done to ("I was told the role was remote")."""
    for verb in (clause, *clause.conjuncts):
        if verb.lemma_.lower() in _CLASHES:
            continue
        doer = subject_of(verb)
        if doer is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            doer = verb.head  # "the last three people in this post left within the year"
        if doer is None or doer.lower_ in _STAND_INS:
            continue
        if doer.lower_ in FIRST_PERSON:
            if doer.dep_ == "nsubjpass" and verb.lemma_.lower() in _TOLD:
                return True
            continue
        if _a_person_of_theirs(doer) or _about_target(doer, targets):
            return True
        if doer.lemma_.lower() in _MEETINGS and not _someone_elses(doer):
            return True  # "the tour did not include the lab": what they laid on
        if doer.lemma_.lower() in _PLACES and not _someone_elses(doer):
            return True  # "the lorries in the yard were overdue for servicing"
        if any(c.dep_ == "compound" and c.lemma_.lower() in targets for c in doer.children):
            return True  # "the offer letter quietly dropped the bonus"
        if any(c.dep_ == "amod" and c.lower_ in _ANNOUNCED for c in doer.children):
            return True  # "the advertised remote working was only for senior staff"
        if doer.dep_ == "nsubjpass" and verb.lemma_.lower() in _EMPLOYER_ACTS and not _someone_elses(doer):
            return True  # "overtime is expected but not paid": they are the unnamed doer
    return False


def _is_reaction(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        return lemma in _REACTION_VERBS and not is_negated(token, through_clauses=False)
    if token.lower_ in _REACTIONS or lemma in _REACTIONS:
        return not is_negated(token, through_clauses=False)
    # "which is hard to overlook", "I find that difficult to accept".
    return lemma in ("hard", "difficult", "impossible") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _OVERLOOK
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
            if child.dep_ in ("ccomp", "advcl"):
                out.append(child)
            elif child.dep_ == "xcomp" and child.lemma_.lower() in _LEARN:
                # "disappointed to find out that ...": what was learnt.
                out.extend(g for g in child.subtree if g.dep_ == "ccomp")
    if reaction.lower_ in ("surprise", "shock") and reaction.head.lower_ == "as":
        # "the fourteen-hour days came as a surprise": the subject is the fact.
        doer = subject_of(verb)
        if doer is not None:
            out.append(doer)
    return out


def _dismay(sent: Span, targets: frozenset[str]) -> Token | None:
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
            if fact.pos_ in ("NOUN", "PROPN"):
                if _about_target(fact, targets) or _a_person_of_theirs(fact):
                    return token
            elif _their_fact(fact, targets):
                return token
    return None


def _pay_behind(sent: Span) -> str | None:
    """Their pay set behind what others pay or what a junior earns: "well short of what the
    restaurants on the same street are paying", "lower than anywhere else I have worked",
    "more like a graduate trainee's". A shortfall against the sender's own needs or current
    pay ("lower than I need") is a reason of fit and stays quiet."""
    tokens = tokens_in(sent)
    pay = [t for t in tokens if t.pos_ == "NOUN" and _is_pay(t) and not _someone_elses(t)]
    if not pay:
        return None
    for token in tokens:
        low = token.lower_
        if low not in _BEHIND or is_negated(token, through_clauses=False):
            continue
        if low == "like" and token.i > 0 and token.doc[token.i - 1].lower_ not in ("more", "closer"):
            continue  # "more like a trainee's", not "I would like"
        if low == "from" and not (token.i > 0 and token.doc[token.i - 1].lower_ in ("way", "far", "long", "cry")):
            continue  # "some way from what the market pays"
        after = token.doc[token.i + 1 : min(token.i + 9, sent.end)]
        if any(w.lemma_.lower() in _YARDSTICKS or w.lemma_.lower() in _NORMS for w in after):
            return "says their pay is behind what others pay"
        paying = [w for w in after if w.lemma_.lower() in _PAYING and w.pos_ == "VERB"]
        if any(subject_of(w) is not None and subject_of(w).lower_ not in FIRST_PERSON for w in paying):  # type: ignore[union-attr]
            return "says their pay is behind what others pay"
    return None


def _sentence_criticism(sent: Span, targets: frozenset[str]) -> str | None:
    """Criticism that carries no harsh word, read from the whole sentence: a marker of
    candour, of hearsay or of a verdict about something of theirs, or a denial that
    something of theirs was good."""
    if _about_fit(sent):
        return None
    theirs = _subjects_theirs(sent, targets)
    words = {t.lower_ for t in tokens_in(sent)} | {t.lemma_.lower() for t in tokens_in(sent)}
    if words & (_REACTIONS | _REACTION_VERBS | {"hard", "difficult", "impossible"}):
        reaction = _dismay(sent, targets)
        # Surprise at something good ("surprised by how welcoming the team was") is praise;
        # a good thing they took away ("dropped the bonus") is not.
        nouns = {t.i for t in tokens_in(sent) if t.pos_ == "NOUN"}
        if reaction is not None and not _praises(sent, {reaction.i} | nouns):
            return f"voices dismay at something they did ({reaction.text!r})"
    if words & _BEHIND and (why := _pay_behind(sent)) is not None:
        return why
    denied = _not_won_over(sent, targets, theirs) if _DENIALS & {t.lower_ for t in tokens_in(sent)} else None
    if denied is not None:
        return f"says something of theirs was not {denied.text!r}"
    verdicts = [(a, b) for _, a, b in find(sent, _IDIOMS, "verdict") if sent.start <= a and b <= sent.end]
    if verdicts and (theirs or any(_is_pay(t) for t in tokens_in(sent) if t.pos_ in ("NOUN", "PRON"))):
        # "the pay band is some years out of date", "communication has been patchy at best".
        return f"passes a verdict on something of theirs ({sent.doc[verdicts[0][0] : verdicts[0][1]].text!r})"
    for group in ("candour", "hearsay"):
        if group == "candour" and not any(t.dep_ in ("nsubj", "nsubjpass", "csubj") for t in theirs):
            # Candour judges what it is said of: "frankly, the rate would barely cover my
            # fuel"; "with respect, I'd prefer not to be contacted by your agency" asks.
            continue
        if group == "hearsay" and not theirs and not any(
            # What hearsay reports of them may sit anywhere in it: "reviews from former staff
            # describing managers who change schedules the night before".
            t.pos_ in ("NOUN", "PROPN") and _about_target(t, targets) for t in sent
        ):
            continue
        found = find(sent, _IDIOMS, group)
        # A match on the whole draft: keep those inside this sentence.
        inside = [(name, a, b) for name, a, b in found if sent.start <= a and b <= sent.end]
        if group == "hearsay" and not any(t.lemma_.lower() in _REPORT_VERBS for t in tokens_in(sent)):
            inside = [(name, a, b) for name, a, b in inside if name not in _HEARSAY_SOURCES]
        if not inside:
            continue
        marker = {i for _, a, b in inside for i in range(a, b)}
        # What is judged may be a good word itself ("the welcome I got was, to put it
        # gently, on the chilly side"): praise is in what is said of it.
        judged = {t.i for t in theirs}
        if _praises(sent, marker | judged):
            return None
        what = sent.doc[inside[0][1] : inside[0][2]].text
        return f"passes a judgement on something of theirs ({what!r})" if group == "candour" else (
            f"repeats what is said of them ({what!r})"
        )
    return None


def _excused(sent: Span) -> bool:
    """The sentence excuses what it tells: "moved twice, which was completely
    understandable", "through no fault of yours"."""
    for token in tokens_in(sent):
        if token.lower_ not in _EXCUSES:
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


#: Conduct checks and the words (or lemmas) one of which a sentence needs for each to apply.
_CONDUCT_CHECKS: tuple[tuple[Callable[[Token], str | None], frozenset[str]], ...] = (
    (_unanswered_by_them, _UNANSWERED | {"wait"}),
    (_distracted, _DISTRACTIONS | {"among"}),
    (_changed_again, _CHANGES),
    (_discourteous, _RUDE_VERBS | frozenset(_RUDE_WITH) | {"interested"}),
    (_silence, _ANSWERING | {"unanswered", "hear"}),
    (_could_not_answer, _ANSWERING_VERBS),
    (_poor_premises, _POOR_PREMISES | _MILD_PREMISES | _STILL_ON),
    (_slow, _SLOW_VERBS),
    (_turnover, _LEAVING_VERBS | {"advertise", "readvertise", "re-advertise", "post", "repost"}),
    (_unread, _ATTENTION),
    (_not_kept, _UPKEEP | _AMENITIES),
    (_broken, _BROKEN),
    (_asked_privately, frozenset({"ask"})),
    (_kept_waiting, frozenset({"wait"})),
)


class NegativeRemarks(Rule[NegativeRemarksOptions]):
    """Keep criticism of the employer out of the decline.

    ## What it does
    Flags remarks that criticise the company, the role, the pay, the people, the culture or
    the hiring process: a harsh evaluative word said of something of theirs ("the salary
    you offered is insultingly low", "your interview process was disorganised", "I heard
    the culture is toxic"), praise negated ("your recruiter was not very professional"),
    accusations ("your recruiter ignored my emails"), verdicts ("the process was a mess"),
    the sender's upset at what they did ("I was disappointed to learn that the offer
    would depend on relocating"), and comparisons that rank them lower ("a better firm").
    It also reads the whole sentence for criticism with no harsh word: a marker of candour,
    hearsay or a verdict about something of theirs ("frankly, the rate would barely cover my
    fuel", "former staff describe ...", "patchy at best"), a hindsight wish ("it would have
    been helpful to know"), and their conduct told as plain fact (follow-ups never answered,
    an interviewer on a laptop through the interview, the date moved four times, work asked
    for without pay, kit out of order). The parse decides what is being judged: "the commute
    would be long for me" is about the sender, "my current salary is low" is the sender's,
    and "another firm" is not theirs.

    ## Why is this bad?
    The article's "Keeping the Door Open for Future Opportunities" asks for reasons "that
    are not related to any negative perceptions about the company". Criticism burns the
    bridge the rest of the email is trying to keep.

    ## Example
    ```text
    Dear Mr. Haddad,

    Thank you for the invitation to a final interview. I must decline: frankly, the salary
    you offered is insultingly low and your interview process was disorganised.

    Kind regards,
    Ines Moreau
    ```

    Flags: "insultingly low" (one finding for the sentence, which holds both judgements).

    ## Use instead
    ```text
    Dear Mr. Haddad,

    Thank you for the invitation to a final interview. I must decline, as the role is not
    the right match for what I am looking for at this point.

    Kind regards,
    Ines Moreau
    ```

    ## Options
    - `employer_terms` (list of strings, default empty): more words for the employer and
      what is theirs ("practice", "ward", "studio"): criticism of these counts. Usually set
      for every rule in `[tool.declint.vocabulary] employer-terms`.

    ## Known problems
    Most sarcasm ("I'm sure you'll find someone willing to go there") and criticism told as
    a fact of a kind it does not know are missed. Mild words such as "low" or "long" count
    only when pushed ("too low", "very long"), so a plain "the salary is lower than I need"
    passes.
    """

    id = "negative-remarks"
    version = 3
    category = "tone"
    article_section = "Keeping the Door Open for Future Opportunities"
    reads_entities = False
    options_type = NegativeRemarksOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        targets = _TARGETS | {w.lower() for w in self.options.employer_terms}
        kind = {m.index for m in moves_of(document) if any(m.has(move) for move in _KIND_MOVES)}
        for index, sent in enumerate(document.sentences()):
            if _excused(sent):
                continue
            reasons = itertools.chain(
                (_criticism(token, targets) for token in tokens_in(sent)),
                # Kind moves ("it would have been nice to be told") still carry these.
                (_conduct_criticism(sent, targets),),
                () if index in kind else (_sentence_criticism(sent, targets),),
            )
            for why in reasons:
                if why is None:
                    continue
                yield self.finding(
                    f"this {why}; give a neutral reason that is about you, not about them",
                    sent.start_char,
                    sent.end_char,
                    suggestion='Say why it does not suit you, e.g. "the role is not the right '
                    'fit for my plans."',
                )
                break
