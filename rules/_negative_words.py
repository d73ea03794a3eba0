"""Criticism carried by a word, for rule ``negative-remarks``: a harsh or negated word
said of something of theirs, an accusation, the sender's upset at what they did."""
from __future__ import annotations

from typing import TYPE_CHECKING

from declint.nlp.grammar import FIRST_PERSON, is_first_person, is_negated, subject_of
from declint.nlp.idioms import find, find_in
from declint.nlp.sentiment import CLEARLY, valence

from ._negative_data import (
    ACCUSE,
    BADLY,
    BETTER,
    CLASSIFIERS,
    DONE_WITH,
    DUTIES,
    FAIR,
    GUESSING,
    HARSH,
    IDIOMS,
    LEARN,
    MESSAGES,
    MILD,
    MISTREAT,
    NOBODY,
    NORMS,
    ORGANISATIONS,
    PAY,
    PAYING,
    PEOPLE,
    PRAISE,
    PUSH,
    PUT_RIGHT,
    RECOMMEND,
    SHORTFALL,
    STAND_INS,
    SUPPORT_VERBS,
    TOKEN_REWARDS,
    UPSET,
    VERDICT_FRAMES,
    VERDICT_NOUNS,
    WANTING,
    WEAK_UPSET,
    WILLING,
)
from ._negative_theirs import (
    a_person,
    a_person_of_theirs,
    about_target,
    done_to_sender,
    is_pay,
    of_theirs,
    someone_elses,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How negative (VADER's mean rating) a word said outright of their thing must be.
_PLAINLY = 0.9
#: How bad a thing of theirs did must be (VADER's mean rating) to count told as plain fact:
#: "argue" (-1.4), "fail", "crash"; not "miss" (-0.6) or "cancel" (-1.0), which are news.
_BADLY_DONE = 1.4


def _judged_by_valence(token: Token, targets: frozenset[str]) -> str | None:
    """A plainly negative verdict on something of theirs, in a word no list names: "your
    office was a dump", "the take-home was a waste of an evening", "chaotic". VADER's
    human ratings say the word is harsh; the parse says what it is said of."""
    likened = token.dep_ == "pobj" and token.head.lower_ in ("like", "as")  # "felt like chaos"
    if token.pos_ not in ("ADJ", "NOUN") or (token.dep_ not in ("acomp", "attr", "oprd", "amod") and not likened):
        return None
    low = token.lower_
    if low in MILD or token.lemma_.lower() in MILD or low in PAY:
        return None  # mild words count only when pushed (see criticism)
    # A verdict said outright of something of theirs ("the panel seemed unprepared", "the
    # reviews are worrying") needs a milder word than one tucked in as an attribute ("a
    # chaotic process"), which is often just description.
    if token.dep_ in ("amod", "compound") and low in CLASSIFIERS:
        return None  # "sick pay", "the emergency department": a kind of thing, not a verdict
    threshold = _PLAINLY if token.dep_ in ("acomp", "oprd") else CLEARLY
    if valence(token.lemma_) > -threshold and valence(low) > -threshold:
        return None
    if _negated_judgement(token) or _for_someone(token) or _put_right(token):
        return None
    if any(about_target(n, targets) for n in _described(token)):
        return f"calls something of theirs {token.text!r}"
    return None


def _bad_doing(verb: Token, targets: frozenset[str]) -> str | None:
    """Something of theirs doing a plainly bad thing, told as a fact: "the online test
    crashed twice", "the panel argued among themselves". VADER's ratings say the verb is
    bad; the parse says it is theirs, done, and not denied or wished away."""
    if verb.pos_ != "VERB" or verb.dep_ in ("amod", "acl", "xcomp", "advcl", "pcomp"):
        return None
    if valence(verb.lemma_) > -_BADLY_DONE:
        return None
    if is_negated(verb, through_clauses=False) or _in_sympathy(verb):
        return None
    if any(c.dep_ == "aux" and c.lower_ in GUESSING for c in verb.children):
        return None  # a guess or a fear, not a report
    if any(a <= verb.i < b for _, a, b in find(verb.doc, IDIOMS, "praise")):
        return None  # "the team was firing on all cylinders": praise in a bad verb's words
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not of_theirs(subject, targets):
        return None
    if any(c.dep_ == "prep" and any(g.pos_ == "PROPN" for g in c.children) for c in subject.children):
        return None  # "the pay at Fernwood has lagged": a named firm may be the sender's own
    if any(c.dep_ == "dobj" and any(d.lower_ == "other" for d in c.children) for c in verb.children):
        return None  # "your sourdough has ruined every other loaf for me": praise by hyperbole
    return f"says something of theirs {verb.text}"


def _harsh_manner(adverb: Token) -> bool:
    """A manner plainly bad, as its adverb or the adjective it is made from says: "badly",
    "rudely", "dismissively" (from "dismissive"), "unfairly" (from "unfair")."""
    low = adverb.lower_
    if low in BADLY or valence(low) <= -_BADLY_DONE:
        return True
    if not low.endswith("ly") or len(low) < 6:
        return False
    stem = low[:-2]  # "rudely" -> "rude", "dismissively" -> "dismissive"
    stems = (stem, stem + "e", stem[:-1] + "y")  # "unfairly" -> "unfair"; "shabbily" -> "shabby"
    return any((stem in HARSH and stem not in MILD) or valence(stem) <= -_BADLY_DONE for stem in stems)


def _their_conduct(verb: Token, targets: frozenset[str]) -> bool:
    """The sender treated a way by them: "I was treated ...", "your recruiter spoke to me ..."."""
    if verb.pos_ != "VERB" or is_negated(verb, through_clauses=False) or _in_sympathy(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children):
        return False  # a supposition, not a report
    if done_to_sender(verb):
        # By them, not by someone else or at the sender's own place: "treated unfairly by my
        # last employer", "paid poorly in my last job".
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        elsewhere = any(
            c.dep_ == "prep" and any(g.dep_ == "pobj" and someone_elses(g) for g in c.children) for c in verb.children
        )
        return not elsewhere and all(of_theirs(a, targets) for a in agents)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    to_me = any(c.dep_ == "dobj" and c.lower_ in ("me", "us") for c in verb.children) or any(
        c.dep_ == "prep" and any(g.lower_ in ("me", "us") for g in c.children) for c in verb.children
    )
    return subject is not None and to_me and of_theirs(subject, targets)


def _not_recommended(verb: Token, targets: frozenset[str]) -> bool:
    """Anyone's negated recommendation of them: "I would not recommend your agency",
    "staff would not recommend working there"."""
    if not is_negated(verb, through_clauses=False):
        return False
    # "the company", "your agency"; not "a colleague" someone might put forward.
    return any(
        c.dep_ in ("dobj", "xcomp", "ccomp")
        and about_target(c, targets)
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
    if any(c.dep_ == "dobj" and about_target(c, targets) for c in verb.children):
        return True
    # "I did not like how the panel spoke to me": their conduct, told in a clause.
    return any(
        c.dep_ == "ccomp"
        and any(w.lower_ in ("how", "what") for w in c.children)
        and any(s.dep_ in ("nsubj", "nsubjpass") and about_target(s, targets) for s in c.children)
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
    clause_noun = word.head.head
    if (
        word.dep_ == "oprd"
        and word.head.dep_ == "relcl"
        and clause_noun.dep_ == "dobj"
        and clause_noun.head.lemma_.lower() in ("find", "consider")
    ):
        # "I found the way I was treated quite disrespectful": the parse hangs the verdict on
        # the relative clause; it is said of the noun the clause belongs to.
        out.append(clause_noun)
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
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")):
            # "your panel, which came across as ...": the relative pronoun stands for the panel.
            relative = subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl"
            out.append(verb.head if relative else subject)
    if word.dep_ in ("nsubj", "csubj") and word.head.lemma_.lower() in VERDICT_FRAMES:
        # "Chaotic is probably the kindest word for the assessment day", "Underpaid is how
        # two of your staff described themselves": the verdict first, what it is of after.
        inside = {w.i for w in word.subtree}
        out.extend(
            w
            for w in word.head.subtree
            if w.i not in inside
            and w.pos_ in ("NOUN", "PROPN", "PRON")
            and w.dep_ in ("pobj", "dobj", "nsubj", "compound")
        )
    # "the advert, which I found a little misleading": the relative pronoun stands for
    # the noun its clause hangs on.
    out = [_antecedent(n) for n in out]
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


def _antecedent(noun: Token) -> Token:
    """What a relative pronoun stands for: "which" in "the advert, which I found ..."."""
    if noun.tag_ not in ("WDT", "WP"):
        return noun
    for clause in (noun.head, *list(noun.head.ancestors)[:2]):
        if clause.dep_ == "relcl":
            return clause.head
    return noun


def _described_by_verb(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _said_of_pay(word: Token) -> bool:
    """ "the pay seemed low": a plain "low" judges their pay; "lower than I need" compares."""
    return (
        word.lower_ in ("low", "lowball")
        and word.tag_ != "JJR"
        and any(n.lemma_.lower() in PAY for n in _described(word))
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
    """ "too long for me", "a frustrating process for you": fit or sympathy, not a verdict;
    "which was careless of me": the sender's own lapse."""
    holders = [word]
    if word.dep_ in ("amod", "acomp"):
        holders.append(word.head)
    return any(
        (
            child.dep_ == "prep"
            and (
                (child.lower_ == "for" and any(a_person(g) for g in child.children))
                or (child.lower_ == "of" and any(g.lower_ in FIRST_PERSON for g in child.children))
            )
        )
        # "too long for me to manage": the person is the subject of what follows
        or (
            child.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children)
            and any(s.dep_ == "nsubj" and a_person(s) for s in child.children)
        )
        for holder in holders
        for child in holder.children
    )


def _pushed(word: Token) -> bool:
    return any(c.lower_ in PUSH for c in word.children)


def _rough_subjects(word: Token) -> list[Token]:
    """When a rough parse leaves a verdict's verb with no subject ("the rostering you
    described, six doubles a week, is pretty unreasonable"), the subjects said before it."""
    if word.dep_ != "acomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in word.head.children):
        return []
    return [t for t in word.sent if t.i < word.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"]


def _praise_after(token: Token) -> bool:
    """A harsh word turned to praise by what follows it: "brutal in the best way"."""
    return any(token.i < a <= token.i + 4 for _, a, _ in find_in(token.sent, IDIOMS, "praise"))


def criticism(token: Token, targets: frozenset[str]) -> str | None:
    """Why this token criticises the employer, or None."""
    low = token.lower_
    lemma = token.lemma_.lower()
    if (low in HARSH or valence(low) < 0) and _praise_after(token):
        return None  # "the design critique was savage in the best possible way"
    if low in HARSH or lemma in HARSH:
        if (low in MILD or lemma in MILD) and not _pushed(token) and not _said_of_pay(token):
            return None
        if (low in MILD or lemma in MILD) and token.pos_ == "ADV":
            return None  # "I can see why people stay so long": how long, not a verdict
        if low in ("insultingly", "ridiculously"):
            return None
        if _negated_judgement(token) or _for_someone(token):
            return None
        if token.dep_ == "amod" and any(c.lower_ in ("a", "an") for c in token.head.children if c.dep_ == "det"):
            return None  # "burned by a toxic workplace before": some workplace, not theirs
        if _put_right(token):
            return None  # "the broken link ... was fixed once I flagged it": a problem they solved
        if any(of_theirs(n, targets) for n in _described(token) or _rough_subjects(token)):
            return f"calls something of theirs {token.text!r}"
    if low in BADLY and token.dep_ == "advmod" and token.head.pos_ in ("VERB", "ADJ"):
        # "poorly coordinated", "badly run".
        done = token.head
        if not _negated_judgement(done) and any(
            of_theirs(n, targets) for n in _described(done)
        ):
            return f"says something of theirs was {token.text} {done.text}"
    if (
        token.pos_ == "ADV"
        and token.dep_ == "advmod"
        # A manner follows its verb or sits just before it; "Regrettably, I am obliged to
        # ..." comments on the sentence.
        and (token.i > token.head.i or token.i == token.head.i - 1)
        and _harsh_manner(token)
        and _their_conduct(token.head, targets)
    ):
        # "I was treated rather dismissively", "your recruiter spoke to me rudely".
        return f"says you were treated {token.text}"
    if _cut_down(token) and any(about_target(n, targets) for n in _described(token)):
        # "the least organised interview", "a less engaged panel": praise cut down, as an
        # attribute of their thing.
        return f"says something of theirs was hardly {token.text!r}"
    if (
        (low in PRAISE or lemma in PRAISE)
        and token.pos_ == "ADJ"
        and token.dep_ in ("acomp", "attr", "oprd")
    ):
        head = token.head
        if any(c.lower_ in ("more", "any") for c in token.children):
            # "could not have been more helpful" is praise.
            return None
        if _faint(token) and any(about_target(n, targets) for n in _described(token)):
            # "yours was the least organised", "less than courteous", "hardly professional".
            return f"says something of theirs was hardly {token.text!r}"
        mine = token.dep_ == "amod" and any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in head.children)
        if not mine and any(c.dep_ == "neg" for c in head.children) and any(
            about_target(n, targets) for n in _described(token)
        ):
            # ("would not work with my caring responsibilities" denies nothing of theirs)
            return f"says something of theirs was not {token.text!r}"
    if lemma in ACCUSE and token.pos_ == "VERB":
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and about_target(subject, targets)
            and not is_negated(token, through_clauses=False)
        ):
            return f"accuses them: {token.text!r}"
    judged = _judged_by_valence(token, targets) or _bad_doing(token, targets)
    if judged is not None:
        return judged
    if lemma in RECOMMEND and token.pos_ == "VERB" and _not_recommended(token, targets):
        # "your drivers said they would not recommend the company to a friend".
        return "says they are not to be recommended"
    if lemma in ("like", "enjoy", "appreciate", "care") and token.pos_ == "VERB" and _dislikes_theirs(token, targets):
        # "I did not like the way your team treated me".
        return f"says you did not {token.text} something of theirs"
    if lemma in SHORTFALL and token.pos_ == "VERB" and is_negated(token, through_clauses=False) and any(
        is_pay(n) for n in _described_by_verb(token)
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
    if lemma in DUTIES and token.pos_ == "VERB" and _unanswered(token):
        # "the two emails I sent were never answered".
        return f"says your messages were never {token.text}"
    if lemma in DUTIES and token.pos_ == "VERB" and _neglected_by_them(token, targets):
        # "the take-home that nobody on your side ever reviewed", "your team never replied".
        return f"says they never {token.text.lower()} what they should have"
    if (lemma in WILLING or low in WILLING) and token.pos_ in ("ADJ", "VERB") and _someone_else_would(token):
        # "I'm sure you'll find someone happy to work doubles for that money".
        return f"says only someone {token.text!r} would take what they offer"
    if token.pos_ == "VERB" and _done_to_me(token):
        # "I was kept waiting for forty minutes", "I was never given a straight answer".
        return f"says they {token.text} you"
    if lemma in SUPPORT_VERBS and token.pos_ == "VERB" and _withheld_by_them(token, targets):
        # "the leadership does not back its staff".
        return f"says they do not {token.lemma_.lower()} their people"
    below_norm = (
        low in ("below", "under")
        and token.dep_ == "prep"
        and any(
            g.lemma_.lower() in NORMS
            # "well under what this level of work pays elsewhere": the norm as a clause;
            # "below what I currently earn" is the sender's own pay, a reason of fit.
            or (
                g.dep_ in ("pcomp", "pobj")
                and any(
                    w.lemma_.lower() in PAYING and not is_first_person(subject_of(w)) for w in g.subtree
                )
            )
            for g in token.children
            if g.dep_ in ("pobj", "pcomp")
        )
    )
    # "sits about fifteen per cent under what others pay": the amount stands between.
    verb = token.head
    while verb.pos_ in ("NOUN", "NUM") and verb.dep_ in ("dobj", "npadvmod", "attr") and verb.head is not verb:
        verb = verb.head
    if below_norm and any(is_pay(n) and not someone_elses(n) for n in _described_by_verb(verb)):
        # "the salary is well below industry standard".
        return "says their pay is below the norm"
    out_of_touch = (
        lemma == "touch" and token.head.lower_ == "of" and token.head.head.lower_ == "out"
    )
    if out_of_touch and any(about_target(n, targets) for n in _described_by_verb(token.head.head.head)):
        return "calls something of theirs out of touch"
    dead_end = lemma == "end" and any(c.lower_ == "dead" for c in token.children)
    if dead_end and any(about_target(n, targets) for n in _described(token)):
        return "calls something of theirs a dead end"
    # As written too: the lemmatiser makes "shambles" a "shamble".
    if (lemma in VERDICT_NOUNS or low in VERDICT_NOUNS) and token.pos_ in ("NOUN", "PROPN"):
        if lemma == "flag" and not any(c.lower_ == "red" for c in token.children):
            return None
        if any(about_target(n, targets) for n in _described(token)) or about_target(token, targets):
            return f"calls something of theirs a {token.text!r}"
        if lemma == "flag":
            return "points out red flags"
    if low in UPSET and token.dep_ in ("acomp", "amod", "ROOT", "conj", "advcl"):
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
    if low in BETTER or token.tag_ == "JJR":
        noun = token.head
        ranked = low in BETTER or any(c.lower_ == "more" for c in token.children)
        wanted = noun.dep_ == "dobj" and noun.head.lemma_.lower() in WANTING
        # "shortlisted for such a respected programme", "your respected firm": theirs, praised
        theirs = any(c.lower_ in ("such", "your", "this", "their") for c in noun.children)
        if token.dep_ == "amod" and noun.lemma_.lower() in ORGANISATIONS and ranked and not wanted and not theirs:
            # ("I want a larger, more established organisation" is what the sender seeks)
            return f"calls the other organisation {token.text!r} than them"
    return None


def _beyond_fair(than: Token) -> bool:
    """ "more ... than is fair", "longer than is reasonable": a demand past a fair one."""
    doc = than.doc
    after = [t for t in doc[than.i + 1 : min(than.i + 4, len(doc))] if t.lemma_.lower() != "be"]
    if not after or after[0].lower_ not in FAIR:
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
        and subject.lemma_.lower() in MESSAGES
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
    if subject.lower_ in NOBODY or (subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)):
        # "nobody on your side", "no one from the team": whose nobody, from its preposition;
        # "nobody bothered to confirm" blames whoever it was, and a decline has one reader.
        return verb.lemma_.lower() == "bother" or any(
            c.dep_ == "prep" and any(about_target(g, targets) for g in c.children if g.dep_ == "pobj")
            for c in subject.children
        ) or any(t.lower_ in ("your", "you") for t in verb.sent) or any(
            # "the panel started forty minutes late, and nobody mentioned why": theirs, by
            # the subject beside it.
            t.dep_ in ("nsubj", "nsubjpass") and t.i != subject.i and a_person_of_theirs(t)
            for t in verb.sent
        )
    emphatic = any(c.lower_ == "never" for c in verb.children) or (
        # "did not ask me a single question", "did not once look up".
        is_negated(verb, through_clauses=False)
        and any(w.lower_ in ("single", "once", "even") for c in verb.children for w in c.subtree)
    )
    # "the panel member did not ask me a single question": one of their people.
    return emphatic and (about_target(subject, targets) or a_person_of_theirs(subject))


def _in_sympathy(word: Token) -> bool:
    return any(a.lemma_.lower() in ("sorry", "sad", "saddened") for a in list(word.ancestors)[:4])


def _denied(verb: Token) -> bool:
    """ "not", "never", and a fronted "not once" / "never once"."""
    if is_negated(verb, through_clauses=False):
        return True
    return any(c.lower_ == "once" and any(g.lower_ in ("not", "never") for g in c.children) for c in verb.children)


def _put_right(word: Token) -> bool:
    """The bad thing was put right: "the broken link was fixed once I flagged it"."""
    return any(
        t.lemma_.lower() in PUT_RIGHT and t.pos_ == "VERB" and not is_negated(t, through_clauses=False)
        for t in word.sent
    )


def _cut_down(word: Token) -> bool:
    """A word of praise, or any plainly good word, with "less" or "least" on it, said as an
    attribute: "the least organised interview", "a less engaged panel"."""
    if word.dep_ != "amod" or word.pos_ not in ("ADJ", "VERB"):
        return False
    good = word.lower_ in PRAISE or word.lemma_.lower() in PRAISE or valence(word.lower_) >= CLEARLY
    return good and any(c.lower_ in ("less", "least") and c.dep_ == "advmod" for c in word.children)


def _faint(word: Token) -> bool:
    """Praise cut down: "the least organised", "less than courteous", "far from
    professional", "hardly welcoming", "nice enough"."""
    children = [c.lower_ for c in word.children]
    if "least" in children or "hardly" in children or "barely" in children or "scarcely" in children:
        return True
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and after.lower_ == "enough" and after.dep_ == "advmod":
        # "the team seemed nice enough" (the parse may hang "enough" on the verb); not
        # "good enough for me"
        return not _for_someone(word)
    head = word.head
    # "less than courteous", "far from professional": the praise hangs from a preposition.
    return word.dep_ == "pobj" and (
        (head.lower_ == "than" and head.head.lower_ == "less") or (head.lower_ == "from" and head.head.lower_ == "far")
    )


def _done_to_me(verb: Token) -> bool:
    """Their conduct, told with the sender as its object: "I was kept waiting", "I was
    misled about the travel", "I was never given a straight answer". Verbs that are
    neutral in the passive ("I was told the date") count only when never done."""
    if not done_to_sender(verb):
        return False
    lemma = verb.lemma_.lower()
    if _denied(verb) and lemma not in DUTIES:
        return False  # "not once was I left waiting"
    if lemma in MISTREAT or lemma in ACCUSE:
        # "I was rushed in with appendicitis": a particle makes it another verb.
        return not any(c.dep_ == "prt" for c in verb.children)
    if lemma in DONE_WITH:
        # "kept waiting", "let down", "left hanging", "strung along", "fobbed off".
        return any(c.lower_ in DONE_WITH[lemma] for c in verb.children)
    return lemma in DUTIES and any(c.lower_ == "never" for c in verb.children)


def _withheld_by_them(verb: Token, targets: frozenset[str]) -> bool:
    """Support they do not give: "the leadership does not back its staff"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and about_target(subject, targets)
        and (is_negated(verb, through_clauses=False) or any(c.lower_ == "never" for c in verb.children))
    )


def _someone_else_would(word: Token) -> bool:
    """ "someone (who is) happy to do six doubles a week for that money": the offer fit
    only for someone else, said with a pointing "that" at their pay or terms. "I'm sure
    you'll find someone happy to take the role on" is a kind wish, and does not point."""
    person = word.head
    if person.dep_ == "relcl" or person.pos_ == "AUX":
        person = person.head
    if person.lower_ not in PEOPLE and word.pos_ == "VERB":
        # "you'll find someone prepared to work those hours": the parse may make the
        # someone the subject of "prepared".
        person = subject_of(word) or person
    if person.lower_ not in PEOPLE or person.lower_ in FIRST_PERSON or person.lower_ == "you":
        return False
    return any(
        t.dep_ == "pobj"
        and is_pay(t)
        and (
            any(d.lower_ in ("that", "this", "such") for d in t.children if d.dep_ in ("det", "predet", "amod"))
            # "someone out there who'll be thrilled with it": the offer pointed back at
            or t.lower_ in STAND_INS
        )
        or (t.dep_ == "pobj" and t.lemma_.lower() in TOKEN_REWARDS)
        # "someone keen to do it for the love of the craft"
        for t in word.subtree
    )


def _upset_about_them(word: Token, targets: frozenset[str]) -> bool:
    """The feeling is about something the employer did, not the sender's loss or bad luck."""
    weak = word.lower_ in WEAK_UPSET
    for child in word.children:
        by_them = child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by")
        if weak and not by_them and not (child.dep_ == "xcomp" and child.lemma_.lower() in LEARN):
            # "concerned that the role would not use my skills" is about fit.
            continue
        if child.dep_ == "xcomp" and child.lemma_.lower() not in LEARN:
            # "disappointed to miss meeting your team" is the sender's loss; only learning
            # of something ("disappointed to hear that ...") points at them.
            continue
        if child.dep_ in ("xcomp", "ccomp", "prep", "agent") and any(
            about_target(t, targets) for t in _what_it_is_about(child)
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
            or clause.lemma_.lower() in LEARN
            or child.dep_ == "ccomp"
        ):
            out.extend(_what_it_is_about(child, depth + 1))
    return out
