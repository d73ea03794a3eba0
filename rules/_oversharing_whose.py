"""Whose detail a sentence tells, for rule ``oversharing``: the sender's or their family's
(private), or the job's, a client's, the reader's (not private); and whether a word is
meant in its private sense."""
from __future__ import annotations

from typing import TYPE_CHECKING

from declint.nlp.grammar import is_first_person, is_negated, subject_of

from ._oversharing_data import (
    ADVISERS,
    CARE_VERBS,
    CATEGORIES,
    FAMILY,
    FIELD_VERBS,
    INSTITUTIONS,
    JOB_TIMES,
    KIN_NAMES,
    PARTIES,
    PRACTICE_VERBS,
    PRACTITIONERS,
    PRIVATE_HEADS,
    SELF,
    SERVED,
    THIRD_PERSON,
    TOPIC_HEADS,
    TRADE_ENDINGS,
    WORK_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

def _anchor(token: Token) -> Token:
    """The noun a compound modifier belongs to: "knee surgery" is anchored at "surgery"."""
    current = token
    for _ in range(3):
        if current.dep_ in ("compound", "amod") and current.head is not current:
            current = current.head
        else:
            break
    return current


def is_family(token: Token) -> bool:
    if token.lower_ in KIN_NAMES and token.text[:1].isupper() and not any(
        c.dep_ in ("det", "poss") for c in token.children
    ):
        return True  # "Mum starts chemo on the twelfth": kin called by name are the sender's
    return (token.lemma_.lower() in FAMILY or token.lower_ in FAMILY) and any(
        c.dep_ == "poss" and (c.lower_ in SELF or is_family(c)) for c in token.children
    )


def _someone_elses(poss: Token) -> bool:
    """A possessor that is neither the sender, their family, nor a pronoun pointing back."""
    if poss.lower_ in THIRD_PERSON:
        # "my wife ... her chemo" points back to kin; "sorry to hear of her illness" does not.
        return not any(is_family(t) for t in poss.doc[poss.sent.start : poss.i])
    return poss.lower_ not in SELF and poss.lemma_.lower() not in INSTITUTIONS and not is_family(poss)


def _ours(noun: Token) -> bool:
    """The sender, their kin, or a thing of theirs: "my husband's company", "my licence";
    a pair counts by either member, "my ex and I"."""
    if noun.lower_ in SELF or is_family(noun):
        return True
    if any(c.dep_ == "conj" and (c.lower_ in SELF or is_family(c)) for c in noun.children):
        return True
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    # "my experience is in eye surgery" describes the sender's work; "my wife's company" is hers.
    work = noun.lemma_.lower() in WORK_NOUNS
    return any(
        c.dep_ == "poss" and (c.lower_ in SELF and not work or is_family(c)) for c in noun.children
    )


def owned_by_sender(token: Token) -> bool:
    """ "my surgery", "my mother's illness", "I was diagnosed", "my father is elderly"."""
    if any(c.dep_ == "poss" and _someone_elses(c) for c in token.children):
        return False  # "a colleague's maternity leave"
    anchor = _anchor(token)
    for node in (token, anchor):
        for child in node.children:
            if child.dep_ == "poss" and (child.lower_ in SELF or is_family(child)):
                return True
        if is_family(node) or node.lower_ in SELF:
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
                child.lower_ in SELF or is_family(child)
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
                g.lower_ in SELF or is_family(g) for g in child.children if g.dep_ == "pobj"
            ):
                return True
        if current.head is current or current.dep_ in ("relcl", "acl"):
            break
        current = current.head
    return False


def _a_topic(token: Token) -> bool:
    """What a conversation was about: "our conversation about splinting and fracture
    follow-up", "we discussed sepsis pathways". Not the sender's own ("about my fracture")."""
    if any(c.dep_ == "poss" and (c.lower_ in SELF or is_family(c)) for c in token.children):
        return False
    for ancestor in list(token.ancestors)[:5]:
        if ancestor.dep_ == "prep" and ancestor.lower_ in ("about", "on", "regarding", "around"):
            return ancestor.head.lemma_.lower() in TOPIC_HEADS
        if ancestor.pos_ == "VERB" and ancestor.lemma_.lower() in TOPIC_HEADS:
            return True
    return False


def _at_work(token: Token) -> bool:
    """Where, or for whom, the sender works: "pharmacist at a teaching hospital", "a clerk
    in Cork District Court", "bankruptcy petitions for creditors", "advise clients on
    immigration appeals"."""
    head = token.head
    # "the post of Assistant Professor of Surgery": a title in capitals is a noun too
    if token.dep_ == "pobj" and head.lower_ in ("at", "in", "of") and head.head.pos_ in ("NOUN", "PROPN"):
        worker = head.head
        # Not "my father-in-law's funeral", nor "the defendant in a civil lawsuit".
        party = worker.lemma_.lower() in SERVED or worker.lemma_.lower() in PARTIES
        trade = worker.lower_.endswith(TRADE_ENDINGS) and not is_family(worker) and not party
        if worker.lemma_.lower() in WORK_NOUNS or trade:
            return True
    verb = next((a for a in list(token.ancestors)[:4] if a.pos_ == "VERB"), None)
    return verb is not None and any(
        (c.dep_ == "dobj" and c.lemma_.lower() in SERVED)
        or (c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in SERVED for g in c.children))
        for w in (verb, *verb.children)
        for c in w.children
    )


def _cared_for(token: Token) -> bool:
    """Whom the sender's work is with: "I look after many high-risk pregnancies", "I work
    mostly with adults after a bereavement", "I care for patients with dementia". Not the
    sender's own or their family's ("I look after my father since his stroke")."""
    path = [token]
    for ancestor in list(token.ancestors)[:8]:
        if ancestor.pos_ == "VERB":
            verb = ancestor
            break
        path.append(ancestor)
    else:
        return False
    if not is_first_person(subject_of(verb)):
        return False
    lemma = verb.lemma_.lower()
    cared = [
        g
        for c in verb.children
        if c.dep_ == "prep" and f"{lemma} {c.lower_}" in CARE_VERBS
        for g in (*c.children, *(h for d in c.conjuncts for h in d.children))
        if g.dep_ == "pobj"
    ]
    if not cared or any(
        is_family(g) or any(c.dep_ == "poss" and (c.lower_ in SELF or is_family(c)) for c in g.children) for g in cared
    ):
        return False  # "I look after my father since his stroke": the sender's family
    return not any(
        c.dep_ == "poss" and (c.lower_ in SELF or is_family(c)) for noun in path for c in noun.children
    ) and not any(is_family(noun) for noun in path)


def about_work(token: Token) -> bool:
    if _a_topic(token) or _at_work(token) or _cared_for(token):
        return True
    as_trade = token.dep_ == "pobj" and token.head.lower_ == "as"  # "where I now work as a counsellor"
    if (token.dep_ in ("attr", "appos") or as_trade) and token.lemma_.lower() in PRACTITIONERS:
        # "my mentor, a retired surgeon", "my father is a psychiatrist": a trade, not a patient's.
        return True
    anchor = _anchor(token)
    if (
        anchor.dep_ == "dobj"
        and anchor.head.lemma_.lower() in PRACTICE_VERBS
        and not any(c.dep_ == "poss" and (c.lower_ in SELF or is_family(c)) for c in anchor.children)
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
        private = name in PRIVATE_HEADS or any(name in words for words in CATEGORIES.values())
        if name in ADVISERS and any(c.dep_ == "poss" and c.lower_ in SELF for c in anchor.children):
            private = True  # "my immigration solicitor" is the sender's matter, not their trade
        if name in WORK_NOUNS or not private:
            return True
    if any(c.dep_ == "amod" and c.lower_ in JOB_TIMES for c in anchor.children):
        # "I have decided to remain in my current hospital": the sender's workplace.
        return True
    head = anchor.head
    if anchor.dep_ == "pobj" and head.lower_ in ("in", "on") and head.head.lemma_.lower() in FIELD_VERBS:
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
            c.lemma_.lower() in WORK_NOUNS
            or any(g.dep_ == "conj" and g.lemma_.lower() in WORK_NOUNS for g in c.children)
        )
        for c in head.head.children
    ):
        # "continuing my placement at a hospice": where the sender's work is.
        return True
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in WORK_NOUNS:
        # "the role in cancer research", "experience with diabetes patients".
        return True
    return any(c.lemma_.lower() in WORK_NOUNS for c in token.children if c.dep_ == "compound")


def narrow_sense(token: Token) -> bool:
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
        return any(c.dep_ == "poss" and c.lower_ in SELF for c in token.children)
    if lemma == "accommodation":
        return bool(children & {"temporary", "emergency", "sheltered"})
    if lemma == "notice":
        # "we have been served notice", "the landlord gave us notice to leave"; giving notice
        # to an employer is the sender's own business.
        return head == "serve" or head in ("give", "hand") and any(
            c.dep_ in ("dative", "nsubjpass") and c.lower_ in SELF for c in token.head.children
        )
    if lemma == "recovery":
        # "I'm in recovery", "seven months into recovery": recovery from nothing named.
        return token.head.lower_ in ("in", "into") and not any(c.dep_ == "prep" for c in token.children)
    if lemma == "fast":
        # "I fast in daylight", "observing a fast"; not "a fast pace".
        return token.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ in SELF for c in token.children) or (
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
            or bool(children & INSTITUTIONS)
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
