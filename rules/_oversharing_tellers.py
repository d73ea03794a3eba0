"""What tells a private detail without a private word, for rule ``oversharing``: two words
read together over the parse ("broke her hip", "lost the baby", "served notice"), each
checked only in sentences that hold its trigger word."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._oversharing_data import (
    ADHERENTS,
    AILMENTS,
    BODY_PARTS,
    CLERGY,
    COURT_ORDERS,
    DECLINES,
    FACULTIES,
    INJURIES,
    LEGAL_MATTERS,
    LOSSES,
    MONTHS,
    OFFENCES,
    ORDINALS,
    PROCEDURES,
    SELF,
    TELLER_WORDS,
    TIMES,
    VICES,
    WARDS,
    WEEKDAYS,
    WORSE,
)
from ._oversharing_whose import (
    about_work,
    is_family,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

def expecting_a_child(token: Token) -> bool:
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
        if child.dep_ == "dobj" and not any(t.lower_ in ORDINALS for t in child.subtree):
            return False
        before = token.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
        if child.dep_ in ("nsubj", "nsubjpass") and before is not None and before.lower_ in ("than", "what"):
            # "not what we were expecting", "more than I was expecting".
            return False
    return True


def expecting_by_date(word: Token) -> bool:
    """ "my wife is due in early May" (a birth, when the sentence names the baby or a
    month), "I'm thirty weeks along"."""
    if word.lower_ == "along":
        return any(c.lemma_.lower() == "week" for c in word.children) or word.head.lemma_.lower() == "be" and any(
            t.lemma_.lower() == "week" for t in word.sent
        )
    if word.dep_ != "acomp" or word.head.lemma_.lower() != "be":
        return False
    return any(t.lemma_.lower() in ("baby", "birth", "twins", "arrive") for t in word.sent) or any(
        t.lower_ in MONTHS for t in word.subtree
    )


def parted(verb: Token) -> bool:
    """A couple parting: "split up", "broke up", "called off the engagement/wedding"."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if verb.lemma_.lower() in ("split", "break"):
        # A couple is the subject: "we", "my partner and I"; not "the rota splits up my week".
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        couple = subject is not None and (
            subject.lower_ in SELF or is_family(subject) or any(c.dep_ == "conj" for c in subject.children)
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
        if child.dep_ in ("compound", "amod", "nmod") and child.lower_ in BODY_PARTS:
            return "health"
        if child.dep_ == "prep" and child.lower_ in ("on", "to", "of") and any(
            g.lower_ in BODY_PARTS for g in child.children if g.dep_ == "pobj"
        ):
            return "health"
    return None


def _injured(token: Token) -> str | None:
    """ "broke her hip", "two slipped discs", "a torn ligament": a body part harmed."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in INJURIES:
        return "health"
    if token.dep_ == "nsubj" and any(
        c.dep_ == "acomp" and (c.lower_ in WORSE or c.lower_ in ("sore", "painful", "swollen", "weak"))
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
        c.dep_ in ("amod", "compound") and (c.lower_ in INJURIES or c.lemma_.lower() in INJURIES)
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
    return "health" if subject is not None and is_family(subject) else None


def _faculty_failing(token: Token) -> str | None:
    """ "my mum's memory has got much worse", "my father's health is failing"."""
    if token.dep_ != "nsubj" or token.pos_ != "NOUN":
        return None
    verb = token.head
    if verb.lemma_.lower() in DECLINES and verb.lemma_.lower() != "go":
        return "health"
    if any(c.dep_ in ("acomp", "attr") and (c.lower_ in WORSE or c.lemma_.lower() in WORSE) for c in verb.children):
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
            c.dep_ == "prep" and c.lower_ == "with" and {t.lower_ for t in c.subtree} & OFFENCES
            for c in token.children
        ) else None
    if token.tag_ != "NN":
        return None
    if _left_words(token) & OFFENCES:
        return "legal"
    if any(
        c.dep_ == "prep" and c.lower_ == "against" and any(g.lower_ in SELF or is_family(g) for g in c.children)
        for c in token.children
    ):
        return "legal"  # "a case against me"
    return None


def _court_order(token: Token) -> str | None:
    """ "a protection order", "a restraining order"."""
    return "legal" if _left_words(token) & COURT_ORDERS else None


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
    if any(c.dep_ == "poss" and (c.lower_ in SELF or is_family(c)) for c in token.children):
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
    return "belief" if any(c.dep_ == "poss" and (c.lower_ in SELF or is_family(c)) for c in token.children) else None


def _admitted(token: Token) -> str | None:
    """ "my daughter was admitted to a psychiatric unit"."""
    if token.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "into") and any(
            g.lemma_.lower() in WARDS for g in child.children if g.dep_ == "pobj"
        ):
            return "health"
    return None


def _left_alone(token: Token) -> str | None:
    """ "she can't be left alone", "he cannot be left on his own": someone in the sender's care."""
    if token.pos_ == "VERB" and any(c.dep_ == "nsubj" and is_family(c) for c in token.children) and any(
        c.dep_ == "dobj" and c.lower_ in SELF for c in token.children
    ):
        return "family"  # "my partner left me last month"
    if token.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    if any(c.dep_ == "nsubjpass" and c.lower_ in SELF for c in token.children):
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
        if child.dep_ == "dobj" and child.lemma_.lower() in LOSSES:
            return LOSSES[child.lemma_.lower()]
        if child.dep_ == "dobj" and is_family(child):
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
        and all(p.lower_ in SELF for p in c.children if p.dep_ == "poss")
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


def denied(token: Token) -> bool:
    """ "I have no knee problems", "my husband did not lose his job". A detail inside a
    negated clause is still told ("since my knee replacement I have not been able to stand"),
    and "she cannot be left alone" or "I cannot afford the fare" tell by their negation.
    Nor is a thing the sender says they will not need ("so I will not need to move abroad
    or arrange a visa")."""
    if any(c.dep_ == "neg" or c.lower_ in ("no", "never") for c in token.children):
        return token.lemma_.lower() not in ("leave", "afford")
    return not_needed(token)


def not_needed(token: Token) -> bool:
    """The object of what the sender says they will not need to do, up its verbs: "will not
    need to arrange a visa", "no longer need a work permit"."""
    if any(c.dep_ == "poss" for c in token.children):
        return False  # "I do not need to explain my divorce" tells it all the same
    word = token
    for _ in range(4):
        if word.dep_ not in ("dobj", "pobj", "prep", "conj", "xcomp") or word.head.i == word.i:
            return False
        word = word.head
        if word.lemma_.lower() in ("need", "require") and word.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "neg" or c.lower_ == "longer" for c in word.children) or any(
                c.lower_ == "no" for c in word.subtree if c.dep_ == "advmod"
            )
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
            g.dep_ == "pobj" and (g.lower_ in MONTHS or g.lower_ in WEEKDAYS or g.lemma_.lower() in TIMES)
            for g in child.children
        )

    if any(
        not when(c) and (c.dep_ not in plain or c.lower_ in ("by", "through", "away", "on")) for c in token.children
    ):
        return None
    return "family" if any(c.dep_ == "nsubj" and is_family(c) for c in token.children) else None


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
        and any(g.dep_ == "pobj" and g.lower_ not in SELF and not is_family(g) for g in c.children)
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
    kin = verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and is_family(c) for c in verb.children)
    return "family" if kin else None


def _ailment(token: Token) -> str | None:
    """ "a heart attack", "back problems", "kidney failure": a body part's trouble."""
    return "health" if any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in BODY_PARTS for c in token.children
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
    return "money" if any(c.dep_ == "nsubj" and c.lower_ in SELF for c in token.children) else None


def _owe(token: Token) -> str | None:
    """ "I owe a lot of money"; not "I owe you an apology"."""
    owed = {t.lower_ for c in token.children if c.dep_ == "dobj" for t in c.subtree}
    sums = ("money", "thousand", "thousands", "pounds", "dollars", "debt", "tax", "rent", "£", "$", "€")
    return "money" if owed & set(sums) else None


def _drinks(token: Token) -> str | None:
    """ "my stepdad drinks heavily": drinking told of kin, with nothing drunk."""
    if token.pos_ != "VERB" or any(c.dep_ in ("dobj", "prep") for c in token.children):
        return None
    return "health" if any(c.dep_ == "nsubj" and is_family(c) for c in token.children) else None


def _crash(token: Token) -> str | None:
    """ "I was in a car crash"; not "the 2008 crash"."""
    vehicles = ("car", "bike", "motorbike", "motorcycle", "road", "traffic", "cycling")
    return "health" if any(c.lower_ in vehicles for c in token.children) else None


def _expired(token: Token) -> str | None:
    """ "my father-in-law expired last week": a death, in the older or Indian English sense;
    "my visa expired" is no kin."""
    return "family" if token.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and is_family(c) for c in token.children
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
                    is_family(cared) or cared.lower_ in ("her", "him", "them") and _kin_before(cared)
                ):
                    return "family"
    return None


def _kin_before(word: Token) -> bool:
    return any(is_family(t) for t in word.doc[word.sent.start : word.i])


def _parent_to_be(token: Token) -> str | None:
    """ "I am going to be a dad in November", "we will be parents in the spring"."""
    if token.dep_ != "attr" or token.head.lemma_.lower() != "be":
        return None
    verb = token.head
    if not any(c.dep_ == "nsubj" and c.lower_ in SELF for c in [*verb.children, *verb.head.children]):
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
    return "legal" if any(c.lower_ in SELF for c in subjects) else None


def _welfare(token: Token) -> str | None:
    """ "living on benefits", "the benefits office is reviewing my claim", "my benefits would
    stop": state benefits, not a job's."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("live", "be", "rely", "survive"):
        return "money"
    if token.dep_ == "compound" and head.lemma_.lower() in ("office", "claim", "sanction", "agency", "cap"):
        return "money"
    mine = any(c.dep_ == "poss" and c.lower_ in SELF for c in token.children)
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
TELLERS: dict[str, Callable[[Token], str | None]] = {
    **{w: _procedure for w in PROCEDURES},
    **{w: _body for w in BODY_PARTS | FACULTIES},
    "fall": _fall,
    **{w: _legal_matter for w in LEGAL_MATTERS},
    "order": _court_order,
    "licence": _licence,
    "license": _licence,
    "caution": _caution,
    **{w: _vice for w in VICES},
    **{w: _adherent for w in ADHERENTS},
    **{w: _clergy for w in CLERGY},
    "admit": _admitted,
    "leave": _left_alone,
    **{w: _out_of_school for w in TELLER_WORDS["out_of_school"]},
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
    **{w: _hardship for w in TELLER_WORDS["hardship"]},
    **{w: _ailment for w in AILMENTS},
    **{w: _trouble for w in TELLER_WORDS["trouble"]},
    **{w: _victim for w in TELLER_WORDS["victim"]},
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
    **{w: _months_to_live for w in TELLER_WORDS["months_to_live"]},
    "care": _care,
    **{w: _parent_to_be for w in TELLER_WORDS["parent_to_be"]},
    "financially": _financially,
    "home": _care_home,
    "egg": _eggs,
    **{w: _fertility_step for w in _FERTILITY_STEPS},
}


def tells_detail(token: Token, lemma: str) -> str | None:
    teller = TELLERS.get(lemma) or TELLERS.get(token.lower_)
    if teller is None:
        return None
    kind = teller(token)
    if kind is None or teller not in _READS_ITS_PHRASE and about_work(token):
        return None
    return kind


# Words that tell of the sender with no owner in sight: whose else would "money is tight"
# or "the bailiffs came" be, in a decline.
NO_OWNER_NEEDED = frozenset(("tight", "bailiff", "bailiffs"))


# Readings that already tell a job's words from the sender's: "benefits" is a job's perk
# to about_work, but "living on benefits" is no perk.
_READS_ITS_PHRASE = frozenset((_welfare,))


def dated_particle(word: Token) -> bool:
    """ "went under last year", parsed as a preposition taking the date."""
    return word.dep_ == "prep" and all(g.dep_ != "pobj" or g.lemma_.lower() in TIMES for g in word.children)


def paired(word: Token) -> bool:
    """ "in and out", "up and down": a word in a pair of directions."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return any(c.dep_ in ("cc", "conj") for c in word.children) or (
        before is not None and before.lower_ in ("and", "or")
    )
