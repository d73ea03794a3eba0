"""Rule ``oversharing``: keep private circumstances private."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.nlp.grammar import is_negated
from declint.nlp.present import tokens_in
from declint.ruleapi.base import Finding, Rule, RuleOptions
from declint.ruleapi.data import rule_data
from declint.text.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

_DATA = rule_data("oversharing")

# The vocabulary of each kind of private detail, as lemmas (or lower-case forms).
CATEGORIES: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["categories"].items()}

_FAMILY = frozenset(_DATA["family"])
# Words private only as names of things: "a work permit", not "permit me".
_NOUN_ONLY = frozenset(_DATA["noun_only"])
_KIN_NAMES = frozenset(_DATA["kin_names"])
_PHRASAL: dict[str, str] = dict(_DATA["phrasal"])
_PARTICLES = frozenset(key.split()[1] for key in _PHRASAL)
_JOB_TIMES = frozenset(_DATA["job_times"])
_FIELD_VERBS = frozenset(_DATA["field_verbs"])
_DUE_WORDS = frozenset(_DATA["due_words"])
_MONTHS = vocabulary().month_names
_WEEKDAYS = frozenset(day.lower() for day in vocabulary().weekdays)
# Words that date an event: "my uncle passed on Sunday", "in the spring".
_TIMES = frozenset(_DATA["times"])
# The sender, and the household speaking with them ("we are expecting a baby").
_SELF = vocabulary().first_person
# A detail hanging off one of these is about the job, not the sender: "the surgery ward".
_WORK_NOUNS = frozenset(_DATA["work_nouns"])
# Terms that are private only in a narrow sense, checked by ``_narrow_sense``.
_NARROW = frozenset(_DATA["narrow"])
_INSTITUTIONS = frozenset(_DATA["institutions"])
_ADVISERS = frozenset(_DATA["advisers"])
_PRACTITIONERS = frozenset(_DATA["practitioners"])
_PRACTICE_VERBS = frozenset(_DATA["practice_verbs"])
_BODY_PARTS = frozenset(_DATA["body_parts"])
_PROCEDURES = frozenset(_DATA["procedures"])
_AILMENTS = frozenset(_DATA["ailments"])
_INJURIES = frozenset(_DATA["injuries"])
_FACULTIES = frozenset(_DATA["faculties"])
_DECLINES = frozenset(_DATA["declines"])
_WORSE = frozenset(_DATA["worse_words"])
_OFFENCES = frozenset(_DATA["offences"])
_LEGAL_MATTERS = frozenset(_DATA["legal_matters"])
_COURT_ORDERS = frozenset(_DATA["court_orders"])
_VICES = frozenset(_DATA["vices"])
_ADHERENTS = frozenset(_DATA["adherents"])
_CLERGY = frozenset(_DATA["clergy"])
_WARDS = frozenset(_DATA["wards"])
_LOSSES: dict[str, str] = dict(_DATA["losses"])


@dataclass(frozen=True)
class OversharingOptions(RuleOptions):
    #: Which kinds of private detail to flag.
    categories: tuple[str, ...] = tuple(CATEGORIES)


def _anchor(token: Token) -> Token:
    """The noun a compound modifier belongs to: "knee surgery" is anchored at "surgery"."""
    current = token
    for _ in range(3):
        if current.dep_ in ("compound", "amod") and current.head is not current:
            current = current.head
        else:
            break
    return current


def _is_family(token: Token) -> bool:
    if token.lower_ in _KIN_NAMES and token.text[:1].isupper() and not any(
        c.dep_ in ("det", "poss") for c in token.children
    ):
        return True  # "Mum starts chemo on the twelfth": kin called by name are the sender's
    return (token.lemma_.lower() in _FAMILY or token.lower_ in _FAMILY) and any(
        c.dep_ == "poss" and (c.lower_ in _SELF or _is_family(c)) for c in token.children
    )


# "her", "his", "their" may point back to kin the sentence names: "my wife ... her chemo".
_THIRD_PERSON = frozenset(("her", "his", "their"))


def _someone_elses(poss: Token) -> bool:
    """A possessor that is neither the sender, their family, nor a pronoun pointing back."""
    if poss.lower_ in _THIRD_PERSON:
        # "my wife ... her chemo" points back to kin; "sorry to hear of her illness" does not.
        return not any(_is_family(t) for t in poss.doc[poss.sent.start : poss.i])
    return poss.lower_ not in _SELF and poss.lemma_.lower() not in _INSTITUTIONS and not _is_family(poss)


def _ours(noun: Token) -> bool:
    """The sender, their kin, or a thing of theirs: "my husband's company", "my licence";
    a pair counts by either member, "my ex and I"."""
    if noun.lower_ in _SELF or _is_family(noun):
        return True
    if any(c.dep_ == "conj" and (c.lower_ in _SELF or _is_family(c)) for c in noun.children):
        return True
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    # "my experience is in eye surgery" describes the sender's work; "my wife's company" is hers.
    work = noun.lemma_.lower() in _WORK_NOUNS
    return any(
        c.dep_ == "poss" and (c.lower_ in _SELF and not work or _is_family(c)) for c in noun.children
    )


def _owned_by_sender(token: Token) -> bool:
    """ "my surgery", "my mother's illness", "I was diagnosed", "my father is elderly"."""
    if any(c.dep_ == "poss" and _someone_elses(c) for c in token.children):
        return False  # "a colleague's maternity leave"
    anchor = _anchor(token)
    for node in (token, anchor):
        for child in node.children:
            if child.dep_ == "poss" and (child.lower_ in _SELF or _is_family(child)):
                return True
        if _is_family(node) or node.lower_ in _SELF:
            return True
    # Walk up to the clause and look at who it is about.
    current = anchor
    for _ in range(8):
        if current.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "poss" and c not in (token, anchor) and _someone_elses(c) for c in current.children
        ):
            # "the company's work on diabetes care" belongs to someone else.
            return False
        # The parser may hang the subject on an auxiliary: "my cousin is getting married".
        around = [*current.children, *(g for c in current.children if c.dep_ == "auxpass" for g in c.children)]
        for child in around:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative") and (
                child.lower_ in _SELF or _is_family(child)
            ):
                return True
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child not in (token, anchor) and _ours(child):
                # "my husband's company went into liquidation", "the benefits office is reviewing my claim".
                return True
        if current.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass")
            and c.pos_ in ("NOUN", "PROPN")
            and c not in (token, anchor)
            and any(p.dep_ == "poss" and _someone_elses(p) for p in c.children)
            for c in current.children
        ):
            # "how your reps support surgeons": a clause about someone else's doings.
            return False
            if child.dep_ == "prep" and any(
                g.lower_ in _SELF or _is_family(g) for g in child.children if g.dep_ == "pobj"
            ):
                return True
        if current.head is current or current.dep_ in ("relcl", "acl"):
            break
        current = current.head
    return False


# Nouns that keep a private modifier private: "cancer treatment", "maternity leave".
_PRIVATE_HEADS = frozenset(_DATA["private_heads"])


def _about_work(token: Token) -> bool:
    if token.dep_ in ("attr", "appos") and token.lemma_.lower() in _PRACTITIONERS:
        # "my mentor, a retired surgeon", "my father is a psychiatrist": a trade, not a patient's.
        return True
    anchor = _anchor(token)
    if (
        anchor.dep_ == "dobj"
        and anchor.head.lemma_.lower() in _PRACTICE_VERBS
        and not any(c.dep_ == "poss" and (c.lower_ in _SELF or _is_family(c)) for c in anchor.children)
    ):
        # "I treat knee injuries", "I handle custody cases": the sender's work on others;
        # "I am managing my diabetes" keeps its owner.
        return True
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and any(
        t.lemma_.lower() in ("client", "customer") and t.head.lower_ == "for" for t in verb.subtree
    ):
        # "a court hearing to attend for a client": the sender's work on someone else's matter.
        return True
    if anchor is not token:
        # "tumour biology", "the therapy role": the detail only describes another thing.
        name = anchor.lemma_.lower() if anchor.pos_ == "NOUN" else anchor.lower_
        private = name in _PRIVATE_HEADS or any(name in words for words in CATEGORIES.values())
        if name in _ADVISERS and any(c.dep_ == "poss" and c.lower_ in _SELF for c in anchor.children):
            private = True  # "my immigration solicitor" is the sender's matter, not their trade
        if name in _WORK_NOUNS or not private:
            return True
    if any(c.dep_ == "amod" and c.lower_ in _JOB_TIMES for c in anchor.children):
        # "I have decided to remain in my current hospital": the sender's workplace.
        return True
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ in ("in", "on") and head.head.lemma_.lower() in _FIELD_VERBS:
        # "I've worked in palliative care for ten years": the sender's field, not a detail.
        return True
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("patient", "client", "customer") for c in head.head.children
    ):
        # "I assess patients after hip replacements": whom the sender treats, and for what.
        return True
    if token.dep_ == "pobj" and head.lower_ in ("at", "in", "with", "on") and any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in _WORK_NOUNS
            or any(g.dep_ == "conj" and g.lemma_.lower() in _WORK_NOUNS for g in c.children)
        )
        for c in head.head.children
    ):
        # "continuing my placement at a hospice": where the sender's work is.
        return True
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in _WORK_NOUNS:
        # "the role in cancer research", "experience with diabetes patients".
        return True
    return any(c.lemma_.lower() in _WORK_NOUNS for c in token.children if c.dep_ == "compound")


def _narrow_sense(token: Token) -> bool:
    """The narrow, private sense of an everyday word."""
    lemma = token.lemma_.lower()
    children = {c.lower_ for c in token.children}
    head = token.head.lemma_.lower()
    if lemma in ("sick", "ill"):
        # "fell ill" is ordinary; "terminally ill", "seriously ill" is a detail.
        return bool(children & {"terminally", "seriously", "critically", "gravely", "chronically"})
    if lemma == "terminal":
        # "a terminal diagnosis", "terminally ill"; not "the Apapa terminal" of a port.
        return token.dep_ == "amod" or token.lower_ == "terminally"
    if lemma == "operation":
        return (
            bool(children & {"my", "knee", "hip", "back", "heart", "eye", "emergency"})
            or (token.dep_ == "dobj" and head in ("undergo", "have", "need", "schedule", "book"))
            or token.head.lower_ == "from"
            and token.head.head.lemma_.lower() == "recover"
        )
    if lemma in ("gp", "physio", "doctor"):
        # "my GP": the sender's own doctor tells of their health; "the doctors on the ward" do not.
        return any(c.dep_ == "poss" and c.lower_ in _SELF for c in token.children)
    if lemma == "accommodation":
        return bool(children & {"temporary", "emergency", "sheltered"})
    if lemma == "notice":
        # "we have been served notice", "the landlord gave us notice to leave"; giving notice
        # to an employer is the sender's own business.
        return head == "serve" or head in ("give", "hand") and any(
            c.dep_ in ("dative", "nsubjpass") and c.lower_ in _SELF for c in token.head.children
        )
    if lemma == "recovery":
        # "I'm in recovery", "seven months into recovery": recovery from nothing named.
        return token.head.lower_ in ("in", "into") and not any(c.dep_ == "prep" for c in token.children)
    if lemma == "fast":
        # "I fast in daylight", "observing a fast"; not "a fast pace".
        return token.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ in _SELF for c in token.children) or (
            token.pos_ == "NOUN" and head in ("observe", "keep", "break")
        )
    if lemma == "pressure":
        return "blood" in children
    if lemma in ("flush", "flushes"):
        return "hot" in children
    if lemma == "detention":
        return token.head.lower_ in ("in", "into", "from")
    if lemma == "court" and token.head.lower_ == "to" and token.head.head.lemma_.lower() == "take":
        return True  # "my ex is taking me to court"
    if lemma == "court":
        # "I have to appear in court", "my court date", "due in the magistrates' court";
        # jury service is a citizen's duty, not trouble.
        if any(t.lower_ in ("jury", "juror") for t in token.sent):
            return False
        return (
            head in ("appear", "appearance", "attend")
            or bool(children & _INSTITUTIONS)
            or token.head.lower_ == "in"
            and (token.head.head.lemma_.lower() in ("appear", "be", "due"))
            or bool(children & {"hearing", "date", "case"})
            or token.dep_ == "compound"
            and head in ("date", "hearing", "case", "appearance")
        )
    if lemma in ("rent", "loan", "mortgage"):
        return token.pos_ == "NOUN" and (
            bool(children & {"student", "payday", "overdue", "unpaid"})
            or head in ("afford", "behind", "pay")
            and is_negated(token.head)
            or token.head.lower_ == "on"
            and (
                token.head.head.lower_ == "behind"
                or any(c.lower_ == "behind" for c in token.head.head.children)
            )
        )
    if lemma == "date":
        # "out on a date", not "on the date you suggested".
        return (head == "on" and "a" in children) or bool(children & {"first", "romantic", "dinner"})
    if lemma in ("party", "birthday"):
        return (
            lemma == "birthday"
            and token.dep_ == "compound"
            or bool(
                children & {"birthday", "bachelor", "bachelorette", "stag", "hen", "engagement"}
            )
        )
    if lemma == "separate" and token.pos_ == "VERB":
        # "my husband and I are separating"; "separate the tasks" has an object.
        return not any(c.dep_ in ("dobj", "prep") for c in token.children)
    if lemma in ("separation",):
        # "a marital separation", "going through a difficult separation"; not "the separation of duties".
        return bool(children & {"marital", "legal", "difficult", "messy", "painful", "recent", "trial"}) or (
            token.head.lower_ == "through" and "of" not in children
        )
    if lemma in ("disorder", "eating"):
        return lemma == "disorder" and bool(
            children & {"eating", "anxiety", "bipolar", "panic", "personality", "sleep"}
        )
    if lemma == "radiation":
        return bool(children & {"therapy", "treatment"}) or head in ("undergo", "receive")
    if lemma == "aged":
        return token.dep_ in ("acomp", "conj")
    if lemma in ("die", "death"):
        return (
            lemma == "die"
            or bool(children & {"'s"})
            or any(c.dep_ == "poss" for c in token.children)
        )
    if lemma in ("baby", "child", "twin"):
        # "we are expecting our first child"; "my child's school" is no pregnancy.
        return (
            head in ("expect", "due")
            or lemma == "baby"
            and token.head.lower_ == "for"
            and token.head.head.lemma_.lower() == "try"
            or lemma == "baby"
            and (head == "have" or any(c.lower_ == "new" for c in token.children))
        )
    if lemma == "accident":
        # "I was in a car accident", not "by accident".
        return token.head.lower_ != "by"
    if lemma == "hospital":
        return head in ("in", "at", "to", "into", "from") and token.head.head.lemma_.lower() in (
            "be",
            "stay",
            "admit",
            "remain",
            "go",
            "take",
            "rush",
            "release",
            "discharge",
            "spend",
            "end",
            "land",
        )
    if lemma in ("chronic", "infection", "breakdown", "stroke", "abuse"):
        if lemma == "breakdown":
            # "a nervous breakdown", "I had a breakdown"; not "a breakdown of the costs".
            return bool(children & {"nervous", "mental", "emotional"}) or (
                token.dep_ == "dobj"
                and head in ("have", "suffer")
                and not any(c.dep_ == "prep" and c.lower_ in ("of", "between", "with") for c in token.children)
            )
        if lemma == "chronic":
            return token.head.lemma_.lower() in (
                "pain",
                "illness",
                "condition",
                "fatigue",
                "disease",
            )
        return token.pos_ == "NOUN"
    return True


# "our second", "our third": a child named by its place in the family.
_ORDINALS = frozenset(_DATA["ordinals"])


def _expecting_a_child(token: Token) -> bool:
    """ "we are expecting", "my wife and I are expecting our second": "expect" with no thing
    expected. "I am expecting an offer", "expecting to hear back" and "more junior than I was
    expecting" all name what is expected or compare with it."""
    if token.pos_ != "VERB" or token.tag_ != "VBG":
        return False
    if token.dep_ not in ("ROOT", "conj", "ccomp", "advcl"):
        return False
    if token.dep_ == "advcl" and token.head.pos_ not in ("VERB", "AUX"):
        # A clause hung on an adjective compares: "not as senior as I was expecting".
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in token.children):
        return False
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp", "advcl") and child.i > token.i:
            # What is expected follows: "expecting to hear back", "expecting that ...".
            return False
        if child.dep_ in ("attr", "oprd") or (child.dep_ == "mark" and child.lower_ == "than"):
            return False
        if child.dep_ == "dobj" and not any(t.lower_ in _ORDINALS for t in child.subtree):
            return False
        before = token.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        if child.dep_ in ("nsubj", "nsubjpass") and before is not None and before.lower_ in ("than", "what"):
            # "not what we were expecting", "more than I was expecting".
            return False
    return True


def _expecting_by_date(word: Token) -> bool:
    """ "my wife is due in early May" (a birth, when the sentence names the baby or a
    month), "I'm thirty weeks along"."""
    if word.lower_ == "along":
        return any(c.lemma_.lower() == "week" for c in word.children) or word.head.lemma_.lower() == "be" and any(
            t.lemma_.lower() == "week" for t in word.sent
        )
    if word.dep_ != "acomp" or word.head.lemma_.lower() != "be":
        return False
    return any(t.lemma_.lower() in ("baby", "birth", "twins", "arrive") for t in word.sent) or any(
        t.lower_ in _MONTHS for t in word.subtree
    )



def _parted(verb: Token) -> bool:
    """A couple parting: "split up", "broke up", "called off the engagement/wedding"."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if verb.lemma_.lower() in ("split", "break"):
        # A couple is the subject: "we", "my partner and I"; not "the rota splits up my week".
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        couple = subject is not None and (
            subject.lower_ in _SELF or _is_family(subject) or any(c.dep_ == "conj" for c in subject.children)
        )
        return "up" in particles and verb.pos_ == "VERB" and couple and not any(
            c.dep_ == "dobj" for c in verb.children
        )
    return "off" in particles and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("engagement", "wedding", "marriage", "relationship")
        for c in verb.children
    )


def _left_words(token: Token) -> set[str]:
    """The words before a noun in its own phrase: "a reckless driving charge"."""
    return {t.lower_ for c in token.lefts for t in c.subtree}


def _procedure(token: Token) -> str | None:
    """ "my knee replacement", "a reconstruction on my left knee"; one person's, so singular:
    "I run knee replacement lists", "hip replacements" are the job's."""
    if token.tag_ not in ("NN", "NNP"):
        return None
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.lower_ in _BODY_PARTS:
            return "health"
        if child.dep_ == "prep" and child.lower_ in ("on", "to", "of") and any(
            g.lower_ in _BODY_PARTS for g in child.children if g.dep_ == "pobj"
        ):
            return "health"
    return None


def _injured(token: Token) -> str | None:
    """ "broke her hip", "two slipped discs", "a torn ligament": a body part harmed."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _INJURIES:
        return "health"
    if token.dep_ == "nsubj" and any(
        c.dep_ == "acomp" and (c.lower_ in _WORSE or c.lower_ in ("sore", "painful", "swollen", "weak"))
        for c in token.head.children
    ):
        return "health"  # "my neck is still bad", "my knee is sore"
    unwell = ("unwell", "ill", "struggle", "suffer", "trouble", "problem", "poorly")
    if token.dep_ == "pobj" and token.head.lower_ == "with" and (
        token.head.head.lemma_.lower() in unwell
        or any(c.dep_ == "acomp" and c.lower_ in unwell for c in token.head.head.children)
    ):
        return "health"  # "unwell with his heart"
    if any(
        c.dep_ in ("amod", "compound") and (c.lower_ in _INJURIES or c.lemma_.lower() in _INJURIES)
        for c in token.children
    ):
        return "health"
    return None


def _fall(token: Token) -> str | None:
    """ "my grandmother fell", "since her last fall"; not "fell ill", "fell behind"."""
    if token.pos_ == "NOUN":
        return "health" if any(c.dep_ == "poss" for c in token.children) else None
    if token.pos_ != "VERB":
        return None
    plain = ("nsubj", "aux", "cc", "conj", "advmod", "npadvmod", "punct", "mark", "advcl")
    places = ("down", "off", "over", "at", "from", "on", "in", "outside")
    def where(child: Token) -> bool:
        return child.lower_ in places and not any(g.lemma_.lower() in ("love", "time") for g in child.children)

    if any(c.dep_ not in plain and not (c.dep_ == "prep" and where(c)) for c in token.children):
        return None  # "fell ill", "fell behind", "fell in love", "fell on hard times"
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return "health" if subject is not None and _is_family(subject) else None


def _faculty_failing(token: Token) -> str | None:
    """ "my mum's memory has got much worse", "my father's health is failing"."""
    if token.dep_ != "nsubj" or token.pos_ != "NOUN":
        return None
    verb = token.head
    if verb.lemma_.lower() in _DECLINES and verb.lemma_.lower() != "go":
        return "health"
    if any(c.dep_ in ("acomp", "attr") and (c.lower_ in _WORSE or c.lemma_.lower() in _WORSE) for c in verb.children):
        return "health"
    return None


def _body(token: Token) -> str | None:
    """A part of the body harmed, or a faculty failing: "broke her hip", "his heart is failing"."""
    return _injured(token) or _faculty_failing(token)


def _legal_matter(token: Token) -> str | None:
    """ "a drink-driving charge", "a hearing over a speeding matter"; singular, as one
    person's matter is: "files for drink-driving hearings" are the job's. As a verb:
    "I was charged with assault"."""
    if token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children):
        return "legal" if any(
            c.dep_ == "prep" and c.lower_ == "with" and {t.lower_ for t in c.subtree} & _OFFENCES
            for c in token.children
        ) else None
    if token.tag_ != "NN":
        return None
    if _left_words(token) & _OFFENCES:
        return "legal"
    if any(
        c.dep_ == "prep" and c.lower_ == "against" and any(g.lower_ in _SELF or _is_family(g) for g in c.children)
        for c in token.children
    ):
        return "legal"  # "a case against me"
    return None


def _court_order(token: Token) -> str | None:
    """ "a protection order", "a restraining order"."""
    return "legal" if _left_words(token) & _COURT_ORDERS else None


def _licence(token: Token) -> str | None:
    """ "my licence may be suspended", "I could lose my licence"."""
    if token.head.lemma_.lower() in ("suspend", "revoke", "lose", "ban", "endorse", "strip"):
        return "legal"
    return None


def _caution(token: Token) -> str | None:
    """ "a caution on my record"; not "proceed with caution"."""
    return "legal" if any(
        c.dep_ == "prep" and any(g.lemma_.lower() == "record" for g in c.children) for c in token.children
    ) else None


def _vice(token: Token) -> str | None:
    """ "my father's drinking", "my son has got into drugs"."""
    if any(c.dep_ == "poss" and (c.lower_ in _SELF or _is_family(c)) for c in token.children):
        return "health"
    if token.lemma_.lower() == "drug" and token.head.lower_ in ("into", "on") and token.head.head.pos_ == "VERB":
        return "health"
    return None


def _adherent(token: Token) -> str | None:
    """ "as a practising Muslim", "I am Jewish": the sender's faith as the reason."""
    if token.dep_ in ("compound", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        return None  # "a Christian charity", "the Jewish holidays" describe another thing
    return "belief"


def _clergy(token: Token) -> str | None:
    """ "our priest advised me", "my church"."""
    return "belief" if any(c.dep_ == "poss" and (c.lower_ in _SELF or _is_family(c)) for c in token.children) else None


def _admitted(token: Token) -> str | None:
    """ "my daughter was admitted to a psychiatric unit"."""
    if token.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "into") and any(
            g.lemma_.lower() in _WARDS for g in child.children if g.dep_ == "pobj"
        ):
            return "health"
    return None


def _left_alone(token: Token) -> str | None:
    """ "she can't be left alone", "he cannot be left on his own": someone in the sender's care."""
    if token.pos_ == "VERB" and any(c.dep_ == "nsubj" and _is_family(c) for c in token.children) and any(
        c.dep_ == "dobj" and c.lower_ in _SELF for c in token.children
    ):
        return "family"  # "my partner left me last month"
    if token.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    if any(c.dep_ == "nsubjpass" and c.lower_ in _SELF for c in token.children):
        return None  # "I was left alone on the night shift" is about the job
    if any(c.lower_ == "alone" for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "own" for g in c.children) for c in token.children
    ):
        return "family"
    return None


def _out_of_school(token: Token) -> str | None:
    """ "my son has been excluded from school"."""
    if token.pos_ != "VERB":
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "from" and any(
            g.lemma_.lower() in ("school", "college", "nursery", "class") for g in child.children
        ):
            return "family"
    return None


def _lost(token: Token) -> str | None:
    """ "my husband lost his job", "we lost the baby", "I may lose my licence"."""
    if token.pos_ != "VERB":
        return None
    for child in token.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in _LOSSES:
            return _LOSSES[child.lemma_.lower()]
        if child.dep_ == "dobj" and _is_family(child):
            return "family"  # "I lost my dad in January": a death
    return None


def _redundant(token: Token) -> str | None:
    """ "my husband was made redundant"."""
    made = token.head.lemma_.lower() == "make" and token.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
    return "money" if made else None


def _tight(token: Token) -> str | None:
    """ "money is very tight", "things are tight financially"; not "your budget is tight"."""
    return "money" if any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() in ("money", "finance", "cash")
        and all(p.lower_ in _SELF for p in c.children if p.dep_ == "poss")
        for c in token.head.children
    ) or any(c.lower_ == "financially" for c in token.children) else None


def _missed_payment(token: Token) -> str | None:
    """ "after I missed a few payments"."""
    return "money" if token.dep_ == "dobj" and token.head.lemma_.lower() in ("miss", "default") else None


def _seeing_someone(token: Token) -> str | None:
    """ "I have started seeing someone", "my partner had been seeing someone else"."""
    if token.tag_ != "VBG":
        return None
    return "family" if any(c.dep_ == "dobj" and c.lower_ in ("someone", "somebody") for c in token.children) else None


def _married(token: Token) -> str | None:
    """ "my sister is getting married that week": a wedding to come; "I recently married" or
    "we got married last year" is a brief neutral mention."""
    if token.pos_ not in ("VERB", "ADJ"):
        return None
    verb = token.head if token.head.lemma_.lower() in ("get", "be") else token
    if verb is not token and token.head is token:
        return None
    past = verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_.lower() == "have") for c in verb.children
    )
    return None if past else "social"


def _break_up(token: Token) -> str | None:
    """ "a messy break-up", parsed as a noun "up" with the compound "break"."""
    return "family" if token.pos_ == "NOUN" and any(c.lower_ == "break" for c in token.children) else None


def _denied(token: Token) -> bool:
    """ "I have no knee problems", "my husband did not lose his job". A detail inside a
    negated clause is still told ("since my knee replacement I have not been able to stand"),
    and "she cannot be left alone" or "I cannot afford the fare" tell by their negation."""
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in token.children):
        return token.lemma_.lower() not in ("leave", "afford")
    return False


def _passed(token: Token) -> str | None:
    """ "my father passed last week": a death told without "away"; "my sister passed her
    exams" and "passed through" name what was passed."""
    if token.pos_ != "VERB":
        return None
    plain = ("nsubj", "aux", "cc", "conj", "advmod", "npadvmod", "punct", "mark", "advcl")

    def when(child: Token) -> bool:
        # "passed on Sunday", "passed in March"; not "passed by", "passed on the message".
        return child.dep_ == "prep" and child.lower_ in ("on", "in", "at", "during") and any(
            g.dep_ == "pobj" and (g.lower_ in _MONTHS or g.lower_ in _WEEKDAYS or g.lemma_.lower() in _TIMES)
            for g in child.children
        )

    if any(
        not when(c) and (c.dep_ not in plain or c.lower_ in ("by", "through", "away", "on")) for c in token.children
    ):
        return None
    return "family" if any(c.dep_ == "nsubj" and _is_family(c) for c in token.children) else None


def _bond_ended(token: Token) -> str | None:
    """ "my marriage has broken down", "our relationship ended"."""
    ends = ("break", "end", "fail", "collapse", "fall", "crumble")
    if _with_others(token):
        return None  # "our relationship with the agency has ended" is business
    return "family" if token.dep_ == "nsubj" and token.head.lemma_.lower() in ends else None


def _with_others(token: Token) -> bool:
    """ "the relationship with the agency", "the problems of three clients": someone else's."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("with", "of", "for")
        and any(g.dep_ == "pobj" and g.lower_ not in _SELF and not _is_family(g) for g in c.children)
        for c in token.children
    )


def _hardship(token: Token) -> str | None:
    """ "financial difficulties", "money problems"."""
    if _with_others(token):
        return None
    return "money" if any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("financial", "money", "cash") for c in token.children
    ) else None


def _financially(token: Token) -> str | None:
    """ "we are struggling financially"."""
    return "money" if token.head.lemma_.lower() in ("struggle", "stretch", "suffer") else None


def _care_home(token: Token) -> str | None:
    """ "my mum is moving into a care home"; a relative goes there, where the sender may work."""
    if not any(c.lower_ in ("care", "nursing", "residential") for c in token.children):
        return None
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    kin = verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and _is_family(c) for c in verb.children)
    return "family" if kin else None


def _ailment(token: Token) -> str | None:
    """ "a heart attack", "back problems", "kidney failure": a body part's trouble."""
    return "health" if any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _BODY_PARTS for c in token.children
    ) else None


def _trouble(token: Token) -> str | None:
    """ "financial difficulties", "back problems"."""
    return _hardship(token) or _ailment(token)


def _victim(token: Token) -> str | None:
    """ "our house was burgled", "my sister was assaulted": a crime against the sender's own."""
    if token.pos_ != "VERB":
        return None
    return "legal" if any(c.dep_ == "auxpass" for c in token.children) else None


def _adopting(token: Token) -> str | None:
    """ "we are adopting a little boy", "our adoption": not "adopt a new approach"."""
    if token.pos_ == "NOUN":
        return None if _with_others(token) else "family"
    if token.pos_ != "VERB":
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    kids = ("child", "boy", "girl", "baby", "son", "daughter", "sibling", "toddler", "twin")
    return "family" if all(o.lemma_.lower() in kids for o in objects) and not any(
        c.dep_ in ("xcomp", "ccomp", "prep") for c in token.children
    ) else None


def _special_needs(token: Token) -> str | None:
    """ "my son has special needs", "her additional needs"; "working with children with
    additional needs" is the job."""
    had = token.dep_ == "dobj" and token.head.lemma_.lower() == "have" or any(
        c.dep_ == "poss" for c in token.children
    )
    return "health" if had and token.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in ("special", "additional", "complex") for c in token.children
    ) else None


def _stress(token: Token) -> str | None:
    """ "off work with stress", "signed off with stress"; not "a role with stress"."""
    if token.head.lower_ not in ("with", "from", "for") or token.dep_ != "pobj":
        return None
    verb = token.head.head
    if verb.lower_ == "work" and any(c.lower_ == "off" for c in verb.head.children):
        return "health"  # "I have been off work with stress"
    signed = verb.lower_ in ("off", "leave") or verb.lemma_.lower() in ("sign", "suffer", "struggle")
    return "health" if signed else None


def _own_life(token: Token) -> str | None:
    """ "my brother took his own life"."""
    return "family" if token.head.lemma_.lower() == "take" and any(c.lower_ == "own" for c in token.children) else None


def _cannot_afford(token: Token) -> str | None:
    """ "I cannot afford the train fare"; not "cannot afford to miss it", nor "an MBA, which I
    could not afford on my own" (a thing weighed, not the sender's want)."""
    if token.pos_ != "VERB" or token.dep_ == "relcl" or not any(c.dep_ == "neg" for c in token.children):
        return None
    idioms = ("miss", "lose", "ignore", "waste", "wait", "let", "risk", "turn", "pass", "say", "be")
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in idioms for c in token.children):
        return None
    return "money" if any(c.dep_ == "nsubj" and c.lower_ in _SELF for c in token.children) else None


def _owe(token: Token) -> str | None:
    """ "I owe a lot of money"; not "I owe you an apology"."""
    owed = {t.lower_ for c in token.children if c.dep_ == "dobj" for t in c.subtree}
    sums = ("money", "thousand", "thousands", "pounds", "dollars", "debt", "tax", "rent", "£", "$", "€")
    return "money" if owed & set(sums) else None


def _drinks(token: Token) -> str | None:
    """ "my stepdad drinks heavily": drinking told of kin, with nothing drunk."""
    if token.pos_ != "VERB" or any(c.dep_ in ("dobj", "prep") for c in token.children):
        return None
    return "health" if any(c.dep_ == "nsubj" and _is_family(c) for c in token.children) else None


def _crash(token: Token) -> str | None:
    """ "I was in a car crash"; not "the 2008 crash"."""
    vehicles = ("car", "bike", "motorbike", "motorcycle", "road", "traffic", "cycling")
    return "health" if any(c.lower_ in vehicles for c in token.children) else None


def _expired(token: Token) -> str | None:
    """ "my father-in-law expired last week": a death, in the older or Indian English sense;
    "my visa expired" is no kin."""
    return "family" if token.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and _is_family(c) for c in token.children
    ) else None


def _care(token: Token) -> str | None:
    """ "in intensive care"; "caring for her full time" when kin are named ("my wife is
    unwell and I am caring for her"); "I care for patients" is the job."""
    if token.pos_ == "NOUN":
        return "health" if any(c.lower_ in ("intensive", "critical", "neonatal") for c in token.children) else None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            for cared in child.children:
                if cared.dep_ == "pobj" and (
                    _is_family(cared) or cared.lower_ in ("her", "him", "them") and _kin_before(cared)
                ):
                    return "family"
    return None


def _kin_before(word: Token) -> bool:
    return any(_is_family(t) for t in word.doc[word.sent.start : word.i])


def _parent_to_be(token: Token) -> str | None:
    """ "I am going to be a dad in November", "we will be parents in the spring"."""
    if token.dep_ != "attr" or token.head.lemma_.lower() != "be":
        return None
    verb = token.head
    if not any(c.dep_ == "nsubj" and c.lower_ in _SELF for c in [*verb.children, *verb.head.children]):
        return None
    will = any(c.lower_ in ("will", "'ll") for c in verb.children) or verb.head.lower_ == "going"
    return "pregnancy" if will else None


def _months_to_live(token: Token) -> str | None:
    """ "my dad has been given six months to live", read at "months"."""
    lives = any(c.lemma_.lower() == "live" and c.pos_ == "VERB" for c in token.children)
    return "health" if lives and token.head.lemma_.lower() in ("give", "have") else None


def _appealing(token: Token) -> str | None:
    """ "I am appealing the refusal": the sender's own appeal, even when the tagger reads
    "appealing" as an adjective; "the role is appealing" has another subject."""
    if token.pos_ not in ("VERB", "ADJ") or any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return None  # "it appeals to me"
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "acomp":
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return "legal" if any(c.lower_ in _SELF for c in subjects) else None


def _welfare(token: Token) -> str | None:
    """ "living on benefits", "the benefits office is reviewing my claim", "my benefits would
    stop": state benefits, not a job's."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("live", "be", "rely", "survive"):
        return "money"
    if token.dep_ == "compound" and head.lemma_.lower() in ("office", "claim", "sanction", "agency", "cap"):
        return "money"
    mine = any(c.dep_ == "poss" and c.lower_ in _SELF for c in token.children)
    stops = ("stop", "end", "cut", "suspend", "sanction", "reduce", "withdraw")
    return "money" if mine and token.dep_ in ("nsubj", "dobj") and head.lemma_.lower() in stops else None


def _repayment(token: Token) -> str | None:
    """ "a payment plan with the tax office"."""
    return "money" if any(
        c.dep_ == "compound" and c.lemma_.lower() in ("payment", "repayment", "debt") for c in token.children
    ) else None


def _eggs(token: Token) -> str | None:
    """ "freezing my eggs": fertility treatment."""
    return "pregnancy" if token.dep_ == "dobj" and token.head.lemma_.lower() in ("freeze", "harvest") else None


_FERTILITY_STEPS = ("collection", "retrieval", "freezing", "harvest", "harvesting", "donation")


def _fertility_step(token: Token) -> str | None:
    """ "our second round of egg collection"."""
    return "pregnancy" if any(c.dep_ == "compound" and c.lemma_.lower() == "egg" for c in token.children) else None


# Each word that may tell a private detail only beside another, and what reads it.
_TELLERS: dict[str, Callable[[Token], str | None]] = {
    **{w: _procedure for w in _PROCEDURES},
    **{w: _body for w in _BODY_PARTS | _FACULTIES},
    "fall": _fall,
    **{w: _legal_matter for w in _LEGAL_MATTERS},
    "order": _court_order,
    "licence": _licence,
    "license": _licence,
    "caution": _caution,
    **{w: _vice for w in _VICES},
    **{w: _adherent for w in _ADHERENTS},
    **{w: _clergy for w in _CLERGY},
    "admit": _admitted,
    "leave": _left_alone,
    **{w: _out_of_school for w in ("exclude", "suspend", "expel")},
    "lose": _lost,
    "redundant": _redundant,
    "tight": _tight,
    "payment": _missed_payment,
    "see": _seeing_someone,
    "marry": _married,
    "married": _married,
    "up": _break_up,
    "appeal": _appealing,
    "appealing": _appealing,
    "benefit": _welfare,
    "plan": _repayment,
    "pass": _passed,
    "marriage": _bond_ended,
    "relationship": _bond_ended,
    "engagement": _bond_ended,
    **{w: _hardship for w in ("difficulty", "hardship", "struggle", "strain", "worry")},
    **{w: _ailment for w in _AILMENTS},
    **{w: _trouble for w in ("trouble", "problem")},
    **{w: _victim for w in ("burgle", "rob", "mug", "assault", "stalk", "harass", "burglarise", "burglarize")},
    "adopt": _adopting,
    "adoption": _adopting,
    "need": _special_needs,
    "stress": _stress,
    "life": _own_life,
    "afford": _cannot_afford,
    "owe": _owe,
    "drink": _drinks,
    "crash": _crash,
    "expire": _expired,
    **{w: _months_to_live for w in ("month", "week", "year", "day")},
    "care": _care,
    **{w: _parent_to_be for w in ("dad", "father", "mum", "mom", "mother", "parent", "daddy", "mummy")},
    "financially": _financially,
    "home": _care_home,
    "egg": _eggs,
    **{w: _fertility_step for w in _FERTILITY_STEPS},
}


def _told(token: Token, lemma: str) -> str | None:
    teller = _TELLERS.get(lemma) or _TELLERS.get(token.lower_)
    if teller is None:
        return None
    kind = teller(token)
    if kind is None or teller not in _READS_ITS_PHRASE and _about_work(token):
        return None
    return kind


# Words that tell of the sender with no owner in sight: whose else would "money is tight"
# or "the bailiffs came" be, in a decline.
_NO_OWNER_NEEDED = frozenset(("tight", "bailiff", "bailiffs"))


# Readings that already tell a job's words from the sender's: "benefits" is a job's perk
# to _about_work, but "living on benefits" is no perk.
_READS_ITS_PHRASE = frozenset((_welfare,))


def _dated_particle(word: Token) -> bool:
    """ "went under last year", parsed as a preposition taking the date."""
    return word.dep_ == "prep" and all(g.dep_ != "pobj" or g.lemma_.lower() in _TIMES for g in word.children)


def _paired(word: Token) -> bool:
    """ "in and out", "up and down": a word in a pair of directions."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return any(c.dep_ in ("cc", "conj") for c in word.children) or (
        before is not None and before.lower_ in ("and", "or")
    )


def _detail(token: Token, wanted: dict[str, frozenset[str]]) -> str | None:
    lemma = token.lemma_.lower()
    low = token.lower_
    for category, words in wanted.items():
        if lemma not in words and low not in words:
            continue
        if token.pos_ == "VERB" and (lemma in _NOUN_ONLY or low in _NOUN_ONLY):
            return None  # "please permit me to say": a verb, no work permit
        if (lemma in _NARROW or low in _NARROW) and not _narrow_sense(token):
            return None
        if _about_work(token) or not (low in _NO_OWNER_NEEDED or _owned_by_sender(token)):
            return None
        if any(c.dep_ == "neg" or c.lower_ == "no" for c in token.children):
            # "I have no debt" is no confession; "I can't afford my rent" is.
            return None
        return category
    if token.pos_ == "VERB":
        # "gone under" and "moved out" may be parsed with an adverb, "let go" with a clause;
        # "walking in and out" is no walking out.
        particle = next(
            (
                c.lower_
                for c in token.children
                if c.lower_ in _PARTICLES
                and (c.dep_ in ("prt", "xcomp") or c.dep_ == "advmod" and not _paired(c) or _dated_particle(c))
            ),
            "",
        )
        event = _PHRASAL.get(f"{lemma} {particle}", "")
        # "pass on my thanks" passes a thing on, "pass on the interview" passes it up.
        # "signed me off" tells of the sender as "I was signed off" does.
        told = not any(c.dep_ == "dobj" and c.lower_ not in _SELF for c in token.children) and not (
            # "my details must not be passed on" is no death.
            event == "family" and lemma == "pass" and any(c.dep_ == "auxpass" for c in token.children)
        ) and not (
            particle == "on" and any(c.lower_ == "on" and any(True for _ in c.children) for c in token.children)
        )
        if event in wanted and told and _owned_by_sender(token) and not is_negated(token, through_clauses=False):
            # "my partner was let go last month", "I've been signed off for six weeks".
            return event
    told_kind = _told(token, lemma)
    if (
        told_kind is not None
        and told_kind in wanted
        and not _denied(token)
        and (lemma in _NO_OWNER_NEEDED or _owned_by_sender(token))
    ):
        return told_kind
    if low in _DUE_WORDS and "pregnancy" in wanted and _expecting_by_date(token):
        return "pregnancy" if _owned_by_sender(token) else None
    if lemma == "expect" and "pregnancy" in wanted and _expecting_a_child(token):
        return "pregnancy" if _owned_by_sender(token) else None
    if lemma in ("split", "break", "call") and "family" in wanted and _parted(token):
        # "my girlfriend and I split up", "my fiancé called off our engagement".
        return "family" if _owned_by_sender(token) else None
    if lemma in ("pass", "put") and any(c.lower_ in ("away", "down") for c in token.children) and "family" in wanted:
        # "my father passed away", "our old dog was put down": a death, told.
        if lemma == "put" and not any(c.dep_ == "auxpass" for c in token.children):
            return None  # "I put down a deposit" is no death
        return "family" if _owned_by_sender(token) else None
    if (
        lemma == "health"
        and any(c.lower_ == "mental" for c in token.children)
        and "health" in wanted
    ):
        return (
            "health"
            if _owned_by_sender(token) or token.head.lemma_.lower() in ("reason", "issue")
            else None
        )
    return None


# Every word ``_detail`` can start from: a private word, a word read beside another, the
# verb of a phrasal event, or a word of the pregnancy, parting, death and mental-health readings.
_TRIGGERS = frozenset().union(
    *CATEGORIES.values(),
    _TELLERS,
    (key.split()[0] for key in _PHRASAL),
    _DUE_WORDS,
    ("expect", "split", "break", "call", "pass", "put", "health"),
)


class Oversharing(Rule[OversharingOptions]):
    """Keep private circumstances out of the reason.

    ## What it does
    Flags private details about you or your family: health and diagnoses, surgery, therapy,
    pregnancy and fertility treatment, family crises (a divorce, a death, a funeral, an
    elderly parent left alone), debt and money trouble, housing trouble, legal trouble,
    immigration status, faith given as the reason, and social plans given as the reason (a
    birthday party). A detail counts when the parse ties it to you ("my surgery", "I was
    diagnosed", "my mother is in hospital", "my husband's company went into liquidation"),
    never when it describes the job ("the oncology ward", "your cancer research programme",
    "my mentor, a retired surgeon"). Some details have no private word and are read from
    two ordinary words together: a body part and what was done to it or its trouble ("my
    knee replacement", "broke her hip", "a heart attack", "back problems"), a relative's
    fall or failing memory, someone who "cannot be left alone", a child "suspended from
    school" or with "special needs", an adoption, an offence behind a charge ("a
    drink-driving charge", "charged with assault"), a court order, a licence at risk, "I am
    appealing", a crime against your own ("our house was burgled"), a lost job or baby,
    "made redundant", "money is tight", "financial difficulties", missed payments, living
    on state benefits, a payment plan, being served notice, a relative's drinking, a
    relative moving into a care home, a death told as "my father passed" or "I lost my
    dad", a marriage that "has broken down", "in recovery", "trying for a baby", a new
    relationship ("seeing someone"), a partner who "left me", "off work with stress", "took
    his own life", "I cannot afford the fare", owing money, a relative who "drinks
    heavily", "a car crash", "my neck is still sore", "the bailiffs came", a death told as
    "expired", "six months to live", "taking me to court", "unwell with his heart", "in
    intensive care", "caring for my grandmother", "I am going to be a dad",
    a wedding to come, and faith ("as a practising Sikh", "I fast", "our pastor"). Vague phrases such as "for
    personal reasons", "a family matter" or "a family emergency" are the recommended
    wording and are never flagged.

    ## Why is this bad?
    The article's "Explaining Your Decision Honestly" asks for "a valid reason without
    being too specific or personal": "revealing too much about personal circumstances could
    come across as unprofessional". The recruiter does not need the detail, and it may
    follow you.

    ## Example
    ```text
    Dear Mr. Lindqvist,

    Thank you for the invitation to interview. I must withdraw, as I have just been
    diagnosed with a heart condition and my surgery is scheduled for that week.

    Kind regards,
    Priya Nair
    ```

    Flags: "diagnosed with a heart condition".

    ## Use instead
    ```text
    Dear Mr. Lindqvist,

    Thank you for the invitation to interview. I must withdraw for personal reasons, and I
    hope our paths cross again.

    Kind regards,
    Priya Nair
    ```

    ## Options
    - `categories` (list of strings, default all): which kinds of detail to flag, from
      `health`, `pregnancy`, `family`, `money`, `legal`, `social`, `immigration`, `housing`
      and `belief`.

    ## Known problems
    Everyday words with a private sense ("operation", "date", "party", "rent") count only
    in that sense, so some details slip through; a long story with no such word (moving to
    another city, a partner's new job) is not flagged here, though `reason-length` may
    catch it. A detail is tied to you through the parse of its own sentence, so one whose
    owner is only named in another sentence, or is "the burnout" with no owner, is missed,
    and a misparse ("caring for her full time" read as "her full time") loses it; "her" or
    "his" counts as family only after kin are named earlier in the sentence. Tax bills, a
    trip with friends, a child's unhappiness at school and hardship told by its effects
    ("living on one wage", "credit took a battering") are not read. "My doctor" and "my
    GP" count as telling of your health, and "my dog" as a family detail. An operation or a
    legal matter in the plural ("hip replacements", "drink-driving hearings") is read as
    the job's, so a sender's own "two knee operations" is missed; so is a detail that is
    the object of a verb of care work ("I manage the diabetes clinic's cases") unless "my"
    owns it.
    """

    id = "oversharing"
    version = 2
    category = "content"
    article_section = "Explaining Your Decision Honestly"
    reads_entities = False
    options_type = OversharingOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        wanted = {k: v for k, v in CATEGORIES.items() if k in self.options.categories}
        for sent in document.sentences():
            for token in tokens_in(sent):
                if token.lemma_.lower() not in _TRIGGERS and token.lower_ not in _TRIGGERS:
                    continue  # most words can tell nothing: skip the reading
                category = _detail(token, wanted)
                if category is None:
                    continue
                yield self.finding(
                    f"{token.text!r} shares a private {category} detail; the reader does not "
                    "need it",
                    sent.start_char,
                    sent.end_char,
                    suggestion='Say "for personal reasons" or "due to a family matter" instead.',
                )
                break
