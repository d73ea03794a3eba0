"""The decision in a decline: where the sender says no, and how plainly.

Each sentence is read for decision-bearing phrases: a decline verb with the sender as
subject ("I must decline"), taking part negated ("I will not attend"), a verdict on fit
("the role isn't for me"), or a phrase that only implies the no ("I have accepted another
offer"). Each is classed clear, hedged (a "maybe", a doubt, a condition, a question) or
implicit. The moves analysis and the clear-decline rule read these statements.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from declint.document.knowledge import data_file
from declint.nlp.grammar import FIRST_PERSON, has_negation_child, is_conditional, is_negated
from declint.nlp.present import tokens_in
from declint.text.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from declint.document.email import EmailDocument

_DATA = data_file("decision.toml")

# Verbs that by themselves say "no" when the sender is their subject.
_DECLINE_VERBS = frozenset(_DATA["decline_verbs"])
# Verb + particle pairs that say "no": "turn down", "pull out", "bow out".
_DECLINE_PARTICLES = {k: frozenset(v) for k, v in _DATA["decline_particles"].items()}
# What one passes on to someone else: "please pass on my thanks to the team".
_PASSED_ALONG = frozenset(_DATA["passed_along"])
# When a pass is said to hold: "I'll pass this time", "I'm going to pass on this occasion".
_OCCASIONS = frozenset(_DATA["occasions"])
# Words of permission: "would it be possible / okay / acceptable to withdraw".
_PERMISSION = frozenset(_DATA["permission"])
# Verbs of ruling out, whose negation keeps something possible: "I would not rule out ...".
_RULING_OUT = frozenset(_DATA["ruling_out"])
# Verbs that say "no" only about the interview itself: "skip the interview", "give up my slot".
_OBJECT_DECLINE_VERBS = frozenset(_DATA["object_decline_verbs"])
_INTERVIEW_THINGS = frozenset(_DATA["interview_things"])
# Taking part: negated, these say "no" ("I will not attend", "I am unable to proceed").
_TAKE_PART = frozenset(_DATA["take_part"])
# What one takes up in taking part: "I won't be able to take the job after all".
_TAKEN = frozenset(_DATA["taken"])
# Words tagged on the end of a sentence, which a parse may read as an object: "I'm gonna
# have to pass tho", "I'll pass then".
_TAGS = frozenset(_DATA["tags"])
_WILLING_ADJECTIVES = frozenset(_DATA["willing_adjectives"])
_ONWARD = frozenset(_DATA["onward"])
# Words that soften a statement into a maybe.
_HEDGE_WORDS = frozenset(_DATA["hedge_words"])
_CHANCES = frozenset(_DATA["chances"])
_HEDGE_MODALS = frozenset(_DATA["hedge_modals"])
_UNSURE = frozenset(_DATA["unsure"])
_UNSURE_ALWAYS = frozenset(_DATA["unsure_always"])
# Governors that report an impression, not a decision: "it looks like I will have to
# withdraw", "I suspect I will need to pull out".
_SEEMING = frozenset(_DATA["seeming"])
_ODDS = frozenset(_DATA["odds"])
_THINK = frozenset(_DATA["think"])
# Deliberation that leaves the decision open: "weighing my options", "on the fence".
_DELIBERATE = frozenset(_DATA["deliberate"])
_OTHER = frozenset(_DATA["other"])
_OFFER_THINGS = vocabulary().employer_nouns | vocabulary().job_nouns | {"contract", "offer", "proposal", "seat"}
_CURRENT = frozenset(_DATA["current"])
_STUDIES = frozenset(_DATA["studies"])
# What one makes or takes, deciding ("make the call to withdraw"): the decision's own nouns.
_CHOICES = frozenset(data_file("reason.toml")["decision_nouns"])
_MAKING = frozenset(_DATA["making"])
_CHOOSING = frozenset(_DATA["choosing"])
# Inclinations that govern a decline without making it: "leaning towards withdrawing",
# "considering pulling out", "tempted to turn it down".
_INCLINED = frozenset(_DATA["inclined"])
# What an applicant closes to say "no": "please close my application".
_CLOSABLE = frozenset(_DATA["closable"])
# What the sender gives back: "my answer is no".
_ANSWERS = frozenset(_DATA["answers"])
# "The interview will not be necessary": the interview itself called off.
_NEEDED = frozenset(_DATA["needed"])


class Kind(Enum):
    CLEAR = "clear"
    HEDGED = "hedged"
    IMPLICIT = "implicit"


@dataclass(frozen=True)
class Statement:
    kind: Kind
    token: Token
    cue: str


def _particles(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod", "prep")}


def _objects(token: Token) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "pobj"):
            out.append(child)
        elif child.dep_ in ("prep", "prt") and child.lower_ in ("on", "from", "of", "up", "out"):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def _other_thing(noun: Token) -> bool:
    """ "another offer", "other roles": the object is something else, not this invitation."""
    return any(c.lower_ in _OTHER for c in noun.children if c.dep_ in ("det", "amod"))


def _clause_chain(token: Token) -> list[Token]:
    """``token`` and the heads it hangs from inside its clause ("not be able to attend")."""
    chain = [token]
    current = token
    for _ in range(6):
        if (
            current.dep_ in ("acl", "relcl")
            and current.head.lemma_.lower() == "position"
            and (current.head.head.lower_ == "in")
        ):
            # "I am no longer in a position to take this further".
            current = current.head.head.head
            chain.append(current)
            continue
        if (
            current.dep_ not in ("xcomp", "acomp", "pcomp", "auxpass", "aux")
            or current.head is current
        ):
            break
        current = current.head
        chain.append(current)
    return chain


def _subject(chain: list[Token]) -> Token | None:
    for link in chain:
        for child in link.children:
            if child.dep_ in ("nsubj", "nsubjpass", "expl"):
                if child.lemma_.lower() in _CHOICES and link.dep_ in ("ccomp", "acl") and link.head.i != link.i:
                    # "I've had to make the hard call to withdraw": the parse may make the
                    # call the withdrawer; whoever made it is.
                    maker = link.head
                    if maker.lemma_.lower() in _MAKING:
                        return _subject(_clause_chain(maker))
                return child
    top = chain[-1]
    if top.dep_ == "conj" and top.head is not top:
        return _subject(_clause_chain(top.head))
    if top.dep_ == "acl" and top.head is not top:
        # "my decision to withdraw": the sender owns the decision.
        owner = [c for c in top.head.children if c.dep_ == "poss"]
        return owner[0] if owner else None
    return None


def _asks_leave(subject: Token | None, chain: list[Token]) -> bool:
    """ "Would it be possible / okay / all right to withdraw": an "it" whose predicate is
    permission, over an infinitive the sender would carry out."""
    return (
        subject is not None
        and subject.lower_ == "it"
        and any(
            word.lemma_.lower() in _PERMISSION
            for link in chain[1:]
            for word in (link, *(c for c in link.children if c.dep_ in ("acomp", "attr")))
        )
    )


def _is_sender(subject: Token | None) -> bool:
    """The sender (or nobody named) does the deciding: "I", "we", "not being able to"."""
    return subject is None or subject.lower_ in FIRST_PERSON


def _no_longer(chain: list[Token]) -> bool:
    return any(
        c.lower_ == "longer"
        and any(g.lower_ == "no" for g in c.children)
        or c.lower_ == "no"
        and c.dep_ == "neg"
        for link in chain
        for c in link.children
    )


def _negated(chain: list[Token]) -> bool:
    if chain[0].lower_ == "unavailable":
        return True
    if any(link.lemma_.lower() in _RULING_OUT for link in chain[1:]):
        return False  # "I would not rule out coming back": two negatives, no decline
    for link in chain:
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in link.children):
            return True
        if any(
            g.dep_ == "neg" for c in link.children if c.dep_ in ("aux", "auxpass") for g in c.children
        ):
            # A rough parse may hang "not" on the auxiliary: "I will not be proceeding".
            return True
        if link.lower_ in ("unable", "incapable"):
            return True
        if link.dep_ == "pcomp" and link.head.lower_ == "against":
            # "I have decided against attending".
            return True
    return _no_longer(chain)


def _prevented(token: Token) -> bool:
    """ "keeps me from attending", "prevents me from attending"."""
    head = token.head
    return (
        token.dep_ == "pcomp"
        and head.lower_ == "from"
        and head.head.lemma_.lower() in ("prevent", "keep", "stop", "preclude", "bar")
    )


def _hedged(token: Token, chain: list[Token]) -> str | None:
    """The softening word that turns this statement into a maybe, if any."""
    if token.sent.text.rstrip().endswith("?"):
        return "a question"
    if is_conditional(token):
        return "a condition"
    for link in chain[1:]:
        if _inclination(link):
            return link.text
    for link in chain:
        if any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in link.children):
            # "I'd like to withdraw unless the role can be remote" keeps the door ajar.
            return "a condition"
    for link in chain:
        for child in link.children:
            low = child.lower_
            if low in _HEDGE_WORDS:
                return child.text
            if child.dep_ == "aux" and child.tag_ == "MD" and low in _HEDGE_MODALS:
                return child.text
    below = chain[-1]
    for governor in chain[-1].ancestors:
        lemma = governor.lemma_.lower()
        if below.dep_ in ("xcomp", "pcomp", "prep", "acomp") and _inclination(governor):
            # Only a governing leaning: "I have considered it and must decline" is a choice.
            return governor.text
        seeming = below.dep_ == "ccomp" or any(m.lower_ in ("like", "if") for m in below.children)
        if lemma in _SEEMING and seeming:
            return governor.text
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in _ODDS for c in governor.children):
            # "Chances are I will withdraw."
            return "chances are"
        below = governor
        if lemma in _UNSURE_ALWAYS:
            return governor.text
        if lemma in _UNSURE and is_negated(governor, through_clauses=False):
            return f"not {governor.text}"
        if any(c.lower_ in _CHANCES and c.dep_ == "acomp" for c in governor.children):
            # "It's possible I won't be able to attend."
            return next(c.text for c in governor.children if c.lower_ in _CHANCES)
        if any(c.lower_ in _HEDGE_WORDS for c in governor.children):
            return next(c.text for c in governor.children if c.lower_ in _HEDGE_WORDS)
        if governor.dep_ in ("conj", "ROOT"):
            break
    return None


def _inclination(token: Token) -> bool:
    """ "leaning towards", "considering", "tempted to", "thinking of": a leaning, not a choice."""
    lemma = token.lemma_.lower()
    if lemma in _INCLINED or token.lower_ in _INCLINED:
        return not is_negated(token, through_clauses=False)
    # "thinking of pulling out"; "I think I must decline" states the decision.
    return lemma == "think" and any(c.lower_ in ("of", "about") for c in token.children)


def _decline_noun(token: Token) -> bool:
    """ "my withdrawal from the process", "cancellation of my interview", "send my regrets"."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN":
        return False
    if lemma in ("withdrawal", "cancellation", "declination"):
        return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in token.children) or any(
            c.lower_ == "of" and any(g.lower_ in FIRST_PERSON for g in c.subtree)
            for c in token.children
        )
    return token.lower_ == "regrets" and token.head.lemma_.lower() in (
        "send",
        "offer",
        "give",
        "extend",
    )


def _decline_verb(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if _decline_noun(token):
        return token.text
    if token.lower_ == "no" and token.dep_ in ("attr", "acomp") and token.head.lemma_.lower() == "be":
        # "My answer is no." (the parser may tag "no" as an interjection).
        said = [c for c in token.head.children if c.dep_ == "nsubj"]
        if any(
            n.lemma_.lower() in _ANSWERS and any(p.dep_ == "poss" and p.lower_ in FIRST_PERSON for p in n.children)
            for n in said
        ):
            return "my answer is no"
    if token.pos_ not in ("VERB", "AUX", "NOUN"):
        return None
    if lemma in _DECLINE_VERBS and token.pos_ != "NOUN":
        if any(_other_thing(o) for o in _objects(token)):
            return None
        return token.text
    if lemma in _DECLINE_PARTICLES and _particles(token) & _DECLINE_PARTICLES[lemma]:
        return f"{token.text} {next(iter(_particles(token) & _DECLINE_PARTICLES[lemma]))}"
    if lemma == "pass" and any(c.lower_ == "on" for c in token.children) and not _passes_along(token):
        return "pass on"
    if (
        lemma == "pass"
        and token.pos_ == "VERB"
        and not any(
            c.dep_ in ("dobj", "prt", "prep", "advmod", "agent")
            and c.lemma_.lower() not in _OCCASIONS
            and c.lower_ not in _TAGS
            for c in token.children
        )
    ):
        # "I'm going to pass.", "I'll pass this time": said of the invitation.
        return "pass"
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if lemma == "say" and (any(c.lower_ == "no" for c in token.children) or following == "no"):
        return "say no"  # "I'm going to say no to the interview" (the parse may hang "no" on "to")
    if lemma == "give" and any(c.lower_ == "miss" for c in token.children):
        return "give it a miss"
    if lemma == "count" and any(c.lower_ == "out" for c in token.children):
        return "count me out"
    if lemma == "let" and any(c.lemma_.lower() == "go" for c in token.children):
        return "let it go"
    if (
        token.lower_ == "no"
        and token.dep_ in ("attr", "ROOT")
        and any(
            c.lower_ == "from" and any(g.lower_ in ("me", "us") for g in c.children)
            for c in token.children
        )
    ):
        # "I'm afraid it's a no from me."
        return "a no from me"
    if (
        lemma in ("remove", "take")
        and any(
            c.lower_ in ("me", "myself", "name", "application", "candidacy") for c in token.subtree
        )
        and any(c.lower_ in ("from", "out", "off") for c in token.children)
    ):
        return f"{token.text} me from"
    if lemma == "close" and any(o.lemma_.lower() in _CLOSABLE for o in _objects(token)):
        # "Please close my application."
        return token.text
    if lemma in _OBJECT_DECLINE_VERBS and any(
        o.lemma_.lower() in _INTERVIEW_THINGS and not _other_thing(o) for o in _objects(token)
    ):
        return token.text
    return None


def _take_part(token: Token) -> bool:
    """A verb or adjective of taking part, in the sense the decline needs."""
    lemma = token.lemma_.lower()
    if lemma in ("require", "need") and token.pos_ == "VERB":
        # "I no longer require an interview slot."
        return any(
            o.lemma_.lower() in _INTERVIEW_THINGS for o in token.children if o.dep_ == "dobj"
        )
    if token.lower_ in _WILLING_ADJECTIVES or lemma in ("interested",):
        return token.lower_ != "able" or not any(c.dep_ == "xcomp" for c in token.children)
    if lemma not in _TAKE_PART or token.pos_ not in ("VERB", "AUX"):
        return False
    if lemma == "put":
        # "I won't be putting myself forward".
        return bool(_particles(token) & {"forward"})
    if lemma in ("go", "move"):
        return bool(_particles(token) & _ONWARD) or any(c.lower_ == "with" for c in token.children)
    if lemma == "take":
        # "I won't be taking it up": the invitation taken up, pointed at.
        pointed = any(o.dep_ == "dobj" and o.lower_ in ("it", "this") for o in token.children)
        taken_up = "up" in _particles(token) and pointed
        return taken_up or bool(_particles(token) & {"further", "forward"}) or any(
            o.lemma_.lower() in _TAKEN for o in token.children
        )
    if lemma == "make":
        return any(o.lower_ in ("it", "interview") for o in token.children)
    if lemma == "look":
        # "not looking for a new role", "not looking to change jobs".
        return any(c.lower_ == "for" or c.dep_ == "xcomp" for c in token.children)
    return True


def _not_needed(token: Token) -> bool:
    """ "the interview will not be necessary": the interview itself called off."""
    if token.lower_ not in _NEEDED or token.dep_ not in ("acomp", "ROOT") or token.head.lemma_.lower() != "be":
        return False
    verb = token.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in ("it", "this", "that"):
        # "it will not be necessary to send the forms" says nothing of the interview.
        return False
    return subject.lemma_.lower() in _INTERVIEW_THINGS and _negated([token, verb])


def _not_for_me(token: Token) -> bool:
    """ "the position isn't for me", "this role is not right for me": a verdict on fit."""
    if token.lemma_.lower() != "be" or not has_negation_child(token):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (
        subject.lemma_.lower() in _OFFER_THINGS or subject.lower_ in ("it", "this", "that")
    ):
        return False
    return any(
        t.lower_ == "for" and any(g.lower_ in ("me", "us") for g in t.children)
        for t in token.subtree
    )


def sentence_statements(document: EmailDocument) -> list[list[Statement]]:
    """The statements of each body sentence, in the order of ``document.sentences()``, found
    once per draft: the moves analysis and the clear-decline rule both read them."""
    cached = document.memo.get("statements")
    if cached is None:
        cached = document.memo["statements"] = [list(statements(s)) for s in document.sentences()]
    return cached  # type: ignore[return-value]


def statements(sent: Span) -> Iterator[Statement]:
    """Every decision-bearing phrase in one sentence, classified."""
    for token in tokens_in(sent):
        if token.lemma_.lower() not in _STATING_LEMMAS and token.lower_ not in _STATING_WORDS:
            continue  # most words: none of the tests below can hold
        verdict = "not for me" if _not_for_me(token) else "not needed" if _not_needed(token) else None
        if verdict is not None:
            chain = _clause_chain(token)
            hedge = _hedged(token, chain)
            kind = Kind.CLEAR if hedge is None else Kind.HEDGED
            yield Statement(kind, token, verdict)
            continue
        cue = _decline_verb(token)
        if cue is not None:
            chain = _clause_chain(token)
            subject = _subject(chain)
            if _asks_leave(subject, chain):
                # "Would it be possible to withdraw my application?": the sender asks leave
                # to decline, which a question leaves open (hedged, below).
                subject = None
            if not _is_sender(subject) or is_negated(token, through_clauses=False):
                continue
            hedge = _hedged(token, chain)
            if hedge is not None:
                yield Statement(Kind.HEDGED, token, f"{hedge} ... {cue}")
            else:
                yield Statement(Kind.CLEAR, token, cue)
            continue
        if _take_part(token):
            # The chain is walked only for the few tokens that may state a decision.
            chain = _clause_chain(token)
            if not _is_sender(_subject(chain)):
                continue
            if not _negated(chain) and _doubted(chain):
                yield Statement(Kind.HEDGED, token, f"doubt ... {token.text}")
                continue
            if _negated(chain) or _prevented(token):
                hedge = _hedged(token, chain)
                negative = token.text if token.lower_ == "unavailable" else f"not {token.text}"
                if hedge is not None:
                    yield Statement(Kind.HEDGED, token, f"{hedge} ... {negative}")
                else:
                    yield Statement(Kind.CLEAR, token, negative)
                continue
        implicit = _implicit(token)
        if implicit is not None:
            yield Statement(Kind.IMPLICIT, token, implicit)
            continue
        deliberation = _deliberation(token)
        if deliberation is not None:
            yield Statement(Kind.HEDGED, token, deliberation)


def _doubted(chain: list[Token]) -> bool:
    """ "I don't think I will be able to attend": the negation sits on the doubt."""
    top = chain[-1]
    if top.dep_ != "ccomp":
        return False
    governor = top.head
    lemma = governor.lemma_.lower()
    if lemma in _UNSURE_ALWAYS or governor.lower_ in _UNSURE_ALWAYS:
        return True
    return (lemma in _THINK or lemma in _UNSURE) and is_negated(governor, through_clauses=False)


#: Every lemma that ``_implicit`` reads; any other says nothing implicit.
_IMPLYING = frozenset(
    {"accept", "take", "choose", "select", "join", "sign", "commit", "pick", "go", "pursue"}
    | {"stay", "remain", "happy", "content", "satisfied", "continue", "keep"}
)

#: Every lemma and every word (lower case) that a test in ``statements`` starts from:
#: _not_for_me, _not_needed, _decline_verb (and _decline_noun), _take_part, _implicit and
#: _deliberation. A new test must add its words here.
_STATING_LEMMAS = (
    frozenset({"be", "withdrawal", "cancellation", "declination", "pass", "say", "give", "count", "let"})
    | {"remove", "take", "close", "require", "need", "interested", "fence"}
    | _DECLINE_VERBS | frozenset(_DECLINE_PARTICLES) | _OBJECT_DECLINE_VERBS | _TAKE_PART | _IMPLYING
    | _UNSURE_ALWAYS | _DELIBERATE
)
_STATING_WORDS = _NEEDED | _WILLING_ADJECTIVES | _UNSURE_ALWAYS | {"regrets", "no"}


def _implicit(token: Token) -> str | None:
    """Phrases that imply a "no" without saying it: another offer accepted, staying put.
    Only the sender's own doing implies their decision: "my partner has taken a job in
    Perth" is a reason, not the sender accepting anything."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "ADJ", "AUX") or lemma not in _IMPLYING:
        # Only the verbs below imply anything: the subject's clause is not walked for the rest.
        return None
    subject = _subject(_clause_chain(token))
    if subject is not None and not _is_sender(subject):
        return None
    if lemma in ("accept", "take", "choose", "select", "join", "sign", "commit", "pick", "go", "pursue"):
        clause = token.head if token.dep_ == "xcomp" and token.head.dep_ == "relcl" else token
        if clause.dep_ == "relcl" and clause.head.lemma_.lower() in _OFFER_THINGS and _other_thing(clause.head):
            # "I've got another offer that I've decided to accept".
            return f"{clause.head.text} ... {token.text}"
        if lemma == "pursue" and _decided(token) and any(
            g.dep_ == "pobj" and _other_thing(g) for g in token.subtree
        ):
            # "I've decided to pursue opportunities in a different sector".
            return f"{token.text} ... elsewhere"
        for obj in token.subtree:
            if obj.lemma_.lower() in _OFFER_THINGS and (
                _other_thing(obj) or obj.head.lower_ == "elsewhere" or _some_other(obj, token)
            ):
                if is_negated(token):
                    return None
                return f"{token.text} ... {obj.text}"
        if any(c.lower_ == "elsewhere" for c in token.children):
            return f"{token.text} elsewhere"
    if lemma == "go" and any(c.lemma_.lower() == "direction" for c in token.subtree):
        return "a different direction"
    if lemma == "stay" and any(c.lower_ == "put" for c in token.children):
        return "stay put"
    if lemma in ("stay", "remain", "happy", "content", "satisfied", "continue"):
        for obj in token.subtree:
            mods = {c.lower_ for c in obj.children if c.dep_ in ("amod", "poss", "det")}
            if obj.pos_ != "NOUN" or is_negated(token):
                continue
            # "stay with my current hotel": whatever the place, the current one is kept.
            if mods & _CURRENT or (obj.lemma_.lower() in _OFFER_THINGS | {"spot", "employer"} and "my" in mods):
                return f"{token.text} ... {obj.text}"
    if lemma in ("continue", "keep") and _decided(token) and not is_negated(token):
        # "I have decided to continue my studies", "decided to keep freelancing".
        for obj in token.subtree:
            if obj.i != token.i and (obj.lemma_.lower() in _STUDIES or obj.lower_ in _STUDIES):
                return f"{token.text} ... {obj.text}"
    return None


def _decided(verb: Token) -> bool:
    """ "I have decided to continue ...", "I've chosen to keep ...": the sender's choice."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CHOOSING


def _some_other(thing: Token, verb: Token) -> bool:
    """ "I have accepted a position closer to home": an indefinite offer, taken or decided
    on, is one the reader did not make ("I would take a role with you" is a wish)."""
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in thing.children)
    if not indefinite or thing.head.i != verb.i:
        return False
    done = verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    decided = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decide", "choose", "opt", "elect")
    return done or decided


def _deliberation(token: Token) -> str | None:
    """ "still weighing my options", "haven't decided yet", "I'm unsure"."""
    lemma = token.lemma_.lower()
    if (lemma in _UNSURE_ALWAYS or token.lower_ in _UNSURE_ALWAYS) and any(
        c.lower_ in FIRST_PERSON for c in token.head.children
    ):
        return token.text
    if (
        lemma in _DELIBERATE
        and token.pos_ == "VERB"
        and any(c.lower_ in FIRST_PERSON for c in token.children)
    ):
        if lemma == "weigh" or any(c.lower_ == "still" for c in token.children):
            return token.text
        if (
            lemma == "decide"
            and is_negated(token, through_clauses=False)
            and "yet" in {c.lower_ for c in token.children}
        ):
            return f"not {token.text} yet"
    if lemma == "fence" and token.head.lower_ == "on":
        return "on the fence"
    return None


def _passes_along(verb: Token) -> bool:
    """ "Please pass on my thanks to Sister Okafor": a message forwarded, not a decline."""
    return any(
        (c.dep_ == "dobj" and c.lemma_.lower() in _PASSED_ALONG)
        or (c.dep_ in ("prep", "dative") and c.lower_ == "to")
        for c in verb.children
    )
