"""Rule ``oversharing``: keep private circumstances private."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.nlp.grammar import is_negated
from declint.nlp.present import tokens_in
from declint.ruleapi.base import Finding, Rule, RuleOptions
from declint.text.names import fold
from declint.text.vocabulary import vocabulary

from ._oversharing_data import (
    ASKING_VERBS,
    CATEGORIES,
    DUE_WORDS,
    INSTITUTION_ENDS,
    NARROW,
    NOUN_ONLY,
    PARTICLES,
    PHRASAL,
    SELF,
)
from ._oversharing_tellers import (
    NO_OWNER_NEEDED,
    TELLERS,
    dated_particle,
    denied,
    expecting_a_child,
    expecting_by_date,
    not_needed,
    paired,
    parted,
    tells_detail,
)
from ._oversharing_whose import (
    about_work,
    narrow_sense,
    owned_by_sender,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class OversharingOptions(RuleOptions):
    #: Which kinds of private detail to flag.
    categories: tuple[str, ...] = tuple(CATEGORIES)


def _detail(token: Token, wanted: dict[str, frozenset[str]]) -> str | None:
    lemma = token.lemma_.lower()
    low = token.lower_
    for category, words in wanted.items():
        if lemma not in words and low not in words:
            continue
        if token.pos_ == "VERB" and (lemma in NOUN_ONLY or low in NOUN_ONLY):
            return None  # "please permit me to say": a verb, no work permit
        if (lemma in NARROW or low in NARROW) and not narrow_sense(token):
            return None
        if about_work(token) or not (low in NO_OWNER_NEEDED or owned_by_sender(token)):
            return None
        if any(c.dep_ == "neg" or c.lower_ == "no" for c in token.children) or not_needed(token):
            # "I have no debt" is no confession; "I can't afford my rent" is; nor is "I will
            # not need to arrange a visa".
            return None
        return category
    if token.pos_ == "VERB":
        # "gone under" and "moved out" may be parsed with an adverb, "let go" with a clause;
        # "walking in and out" is no walking out.
        particle = next(
            (
                c.lower_
                for c in token.children
                if c.lower_ in PARTICLES
                and (c.dep_ in ("prt", "xcomp") or c.dep_ == "advmod" and not paired(c) or dated_particle(c))
            ),
            "",
        )
        event = PHRASAL.get(f"{lemma} {particle}", "")
        # "pass on my thanks" passes a thing on, "pass on the interview" passes it up.
        # "signed me off" tells of the sender as "I was signed off" does.
        told = not any(c.dep_ == "dobj" and c.lower_ not in SELF for c in token.children) and not (
            # "my details must not be passed on" is no death.
            event == "family" and lemma == "pass" and any(c.dep_ == "auxpass" for c in token.children)
        ) and not (
            particle == "on" and any(c.lower_ == "on" and any(True for _ in c.children) for c in token.children)
        ) and not (
            # "three managers sign off on every change": approving something, not sick leave
            particle == "off" and any(c.dep_ == "prep" and c.lower_ == "on" for c in token.children)
        )
        if event in wanted and told and owned_by_sender(token) and not is_negated(token, through_clauses=False):
            # "my partner was let go last month", "I've been signed off for six weeks".
            return event
    told_kind = tells_detail(token, lemma)
    if (
        told_kind is not None
        and told_kind in wanted
        and not denied(token)
        and (lemma in NO_OWNER_NEEDED or owned_by_sender(token))
    ):
        return told_kind
    if low in DUE_WORDS and "pregnancy" in wanted and expecting_by_date(token):
        return "pregnancy" if owned_by_sender(token) else None
    if lemma == "expect" and "pregnancy" in wanted and expecting_a_child(token):
        return "pregnancy" if owned_by_sender(token) else None
    if lemma in ("split", "break", "call") and "family" in wanted and parted(token):
        # "my girlfriend and I split up", "my fiancé called off our engagement".
        return "family" if owned_by_sender(token) else None
    if lemma in ("pass", "put") and any(c.lower_ in ("away", "down") for c in token.children) and "family" in wanted:
        # "my father passed away", "our old dog was put down": a death, told.
        if lemma == "put" and not any(c.dep_ == "auxpass" for c in token.children):
            return None  # "I put down a deposit" is no death
        return "family" if owned_by_sender(token) else None
    if (
        lemma == "health"
        and any(c.lower_ == "mental" for c in token.children)
        and "health" in wanted
    ):
        return (
            "health"
            if owned_by_sender(token) or token.head.lemma_.lower() in ("reason", "issue")
            else None
        )
    return None


# Every word ``_detail`` can start from: a private word, a word read beside another, the
# verb of a phrasal event, or a word of the pregnancy, parting, death and mental-health readings.
_TRIGGERS = frozenset().union(
    *CATEGORIES.values(),
    TELLERS,
    (key.split()[0] for key in PHRASAL),
    DUE_WORDS,
    ("expect", "split", "break", "call", "pass", "put", "health"),
)


def _in_a_name(token: Token) -> bool:
    """A word in capitals inside a firm's name, mid-sentence: "Harrow Tool & Die Ltd."
    (partners joined with "&", or a company suffix just after). "the Catholic Church" and
    "a practising Muslim" keep their meaning."""
    if token.is_sent_start or not token.text[:1].isupper():
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    named = before is not None and before.text[:1].isupper() and not before.is_sent_start
    if named and token.lower_ in INSTITUTION_ENDS:
        return True  # "Southwark Crown Court", "the Supreme Court": an institution's name
    around = doc[max(token.i - 2, 0) : min(token.i + 4, len(doc))]
    return any(w.text == "&" for w in around) or any(
        fold(w.text) in vocabulary().company_suffixes for w in doc[token.i + 1 : min(token.i + 4, len(doc))]
    )


def _asked_of_sender(token: Token) -> bool:
    """The detail is what they asked, not what the sender tells: "I was asked whether I
    planned to get married" reports their question (a remark about them, if anything)."""
    node = token
    for _ in range(6):
        if node.head.i == node.i:
            return False
        head = node.head
        asking = head.lemma_.lower() in ASKING_VERBS
        if asking and node.dep_ in ("ccomp", "advcl", "prep", "xcomp"):
            return any(c.lower_ in ("whether", "if", "about") for c in (*node.children, node))
        node = head
    return False


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
                if _in_a_name(token):
                    continue  # "Harrow Tool & Die", "St Luke's Hospice": a name, not a detail
                category = _detail(token, wanted)
                if category is None or _asked_of_sender(token):
                    continue
                yield self.finding(
                    f"{token.text!r} shares a private {category} detail; the reader does not "
                    "need it",
                    sent.start_char,
                    sent.end_char,
                    suggestion='Say "for personal reasons" or "due to a family matter" instead.',
                )
                break
