"""Sarcasm and faint praise, for rule ``negative-remarks``: criticism said through kind
words. Each check pairs a marker of irony (an idiom of faint praise, an emphatic "certainly"
on a lukewarm word, "I'm sure" with a sting in its tail, praise cut short by "if a
little ...", praise kept for "at least" the least of their things, a pause before the
verdict, their praise in quotation marks, a mocking question) with something of theirs the
parse says it is about. The markers' words and idioms live in ``negative_remarks.toml``."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from declint.nlp.grammar import FIRST_PERSON, is_negated, subject_of
from declint.nlp.idioms import find_in
from declint.nlp.present import tokens_in
from declint.nlp.sentiment import valence

from ._negative_data import (
    ANYONE,
    ASSURANCE_ENDS,
    BROKEN,
    BURDEN_COUNTS,
    BURDEN_PRAISE,
    EMPHATIC,
    HARSH,
    IDIOMS,
    LUKEWARM,
    MENDING,
    MOCK_ASKING,
    PRAISE,
    QUALIFIERS,
    REAL_ASKING_VERBS,
    RESERVATIONS,
    TROUBLES,
    WILLING,
)
from ._negative_theirs import a_person, a_person_of_theirs, is_pay, of_theirs, someone_elses

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _said_of(word: Token) -> list[Token]:
    """The subjects of the clause a predicate word sits in: "the kitchen" of "certainly cosy"."""
    clause = word.head if word.dep_ in ("acomp", "attr", "oprd") else word
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]


def _said_as_trouble(word: Token) -> bool:
    """ "problems", "glitches": a trouble word, however the tagger reads its plural."""
    low = word.lower_
    return word.lemma_.lower() in TROUBLES or any(w in TROUBLES for w in (low, low[:-1], low[:-2]))


def _finding_someone_willing(sent: Span) -> str | None:
    """ "Best of luck finding someone who is happy to do six nights straight at that base
    rate", "I'm sure you'll find someone keen to do it for the love of the craft": the one
    they hope to find is willing to take their pay, pointed at, or to work for nothing."""
    for find in tokens_in(sent):
        if find.lemma_.lower() != "find" or find.pos_ != "VERB":
            continue
        said = list(find.subtree)
        if not any(w.lower_ in ANYONE and w.i > find.i for w in said) or not any(w.lower_ in WILLING for w in said):
            continue
        pointed_pay = any(is_pay(w) and any(c.lower_ in ("that", "this", "those") for c in w.children) for w in said)
        found = {w.i for w in said}
        unpaid = any(a in found for _, a, _ in find_in(sent, IDIOMS, "ironic"))
        if pointed_pay or unpaid:
            return "wishes them luck with a dig at what they offer"
    return None


def _like_yours(sent: Span) -> bool:
    """ "Who wouldn't love to work with a team like yours?": admiration, asked."""
    return any(
        t.lower_ == "like" and any(c.lower_ in ("yours", "you") for c in t.children) for t in tokens_in(sent)
    )


def ironic(sent: Span, targets: frozenset[str]) -> str | None:
    """Why the sentence criticises them through kind words, or None. Each check starts from
    a word or mark of its own, so a sentence is asked only those it holds."""
    tokens = tokens_in(sent)
    words = {t.lower_ for t in tokens}
    text = sent.text
    # The idioms are asked only where their words are: most sentences hold none.
    faint = [
        (n, a, b)
        for n, a, b in (find_in(sent, IDIOMS, "faint") if words & _FAINT_WORDS else ())
        # "which is something": the whole verdict, not "which is something I have worked for".
        if sent.doc[b - 1].lower_ != "something" or b >= sent.end or sent.doc[b].is_punct
    ]
    if faint and _spoken_of(sent, targets):
        # "The staff room was tidy, which I suppose is something."
        return f"damns something of theirs with faint praise ({sent.doc[faint[0][1] : faint[0][2]].text!r})"
    # A question by its words too when it opens the sentence, whatever mark ends it: "Who
    # wouldn't jump at that."
    mock = [
        (n, a, b)
        for n, a, b in (find_in(sent, IDIOMS, "mock question") if "?" in text or "who" in words else ())
        # (Not "Who wouldn't love to work with a team like yours!": a cry of praise.)
        if text.rstrip().endswith("?") or (a == sent.start and text.rstrip().endswith(".") and len(sent) <= 8)
    ]
    if mock and not _like_yours(sent):
        # "Who wouldn't want to be on call every night on a junior's salary?"
        return f"asks a mocking question ({sent.doc[mock[0][1] : mock[0][2]].text!r})"
    asked = _asked_of_nobody(sent) if "who" in words and text.rstrip().endswith("?") else None
    if asked is not None and not _answered_by_sender(sent) and not _like_yours(sent):
        return f"asks a mocking question ({asked!r})"
    if "least" in words and (why := _at_least(sent, targets)) is not None:
        return why
    if words & {"find", "finding", "found"} and (why := _finding_someone_willing(sent)) is not None:
        return why
    checks: list[Callable[[Token], str | None]] = []
    if words & EMPHATIC:
        checks.append(lambda t: _emphatic_lukewarm(t, targets))
    if "sure" in words:
        checks.append(lambda t: _sure_with_a_sting(t, sent, targets) or _assured_burden(t, sent))
    if words & {"if", "though", "albeit"}:
        # "lovely, if a little vague", "very warm, though perhaps a little too busy to ..."
        checks.append(lambda t: _praise_with_a_sting(t, targets) if t.lower_ in ("if", "though", "albeit") else None)
    if "..." in text or "…" in text:
        checks.append(lambda t: _paused_verdict(t, targets))
    if any(mark in text for mark in _QUOTES):
        checks.append(lambda t: _scare_quoted(t, targets))
    for token in tokens if checks else ():
        for check in checks:
            why = check(token)
            if why is not None:
                return why
    return None


#: Words one of the faint-praise idioms needs ("which I suppose is something", "in its
#: favour", "the best I can say", "or at least the half of it", "certainly one way to",
#: "better than nothing").
_FAINT_WORDS = frozenset({"something", "favour", "favor", "say", "least", "way", "nothing", "none"})

#: Quotation marks, straight and curly, that may set off their own praise.
_QUOTES = ('"', "“", "”", "'", "‘", "’")


def _spoken_of(sent: Span, targets: frozenset[str]) -> bool:
    """Something of theirs is the subject of this sentence or the one before; faint praise
    often follows the praise it cuts ("The reception staff were pleasant. Beyond that, there
    is not much I can say in its favour")."""
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else sent
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and of_theirs(t, targets) for t in (*tokens_in(before), *tokens_in(sent))
    )


def _emphatic_lukewarm(adverb: Token, targets: frozenset[str]) -> str | None:
    """ "The kitchen was certainly cosy", "the building was certainly... functional": an
    emphatic adverb on a lukewarm word said of theirs, or on any word after a pause."""
    if adverb.lower_ not in EMPHATIC or adverb.dep_ != "advmod":
        return None
    word = adverb.head
    if word.pos_ in ("AUX", "VERB"):
        # "was certainly ... cosy": the adverb may hang on the verb.
        word = next((c for c in word.children if c.dep_ in ("acomp", "attr") and c.i > adverb.i), word)
    # (A rough parse may read the lukewarm word itself as the verb: "was certainly snug".)
    if (word.dep_ not in ("acomp", "attr") and word.lower_ not in LUKEWARM) or word.lower_ in HARSH:
        return None  # a harsh word is criticism anyway, and read elsewhere
    paused = any(t.text in ("...", "…") for t in adverb.doc[adverb.i + 1 : word.i])
    if not (paused or word.lemma_.lower() in LUKEWARM or word.lower_ in LUKEWARM):
        return None
    if is_negated(word, through_clauses=False) or not any(of_theirs(s, targets) for s in _said_of(word)):
        return None
    return f"praises something of theirs with a sting ({adverb.text} {word.text!r})"


def _sure_with_a_sting(sure: Token, sent: Span, targets: frozenset[str]) -> str | None:
    """ "I'm sure the walk-in cooler will get fixed one of these days", "I'm sure the fifth
    date would have stuck": the sender's assurance about something of theirs, undercut by a
    reservation ("one of these days", "on the days it works") or a counterfactual."""
    if sure.lower_ != "sure" or sure.dep_ != "acomp":
        return None
    sayer = subject_of(sure.head)
    if sayer is None or sayer.lower_ not in FIRST_PERSON:
        return None
    for clause in (c for c in sure.children if c.dep_ == "ccomp"):
        subject = subject_of(clause)
        # Theirs by the doer, or by the trouble it is to put right ("will sort out the login
        # problems eventually"), which is not the sender's.
        objects = [t for t in clause.subtree if t.dep_ == "dobj"]
        if any(someone_elses(t) for t in objects):
            continue  # "the sea air will sort out my back problems eventually": the sender's own
        trouble = any(_said_as_trouble(t) for t in objects)
        if subject is None or not (of_theirs(subject, targets) or trouble):
            continue
        inside = {t.i for t in clause.subtree}
        reserved = any(a in inside for _, a, _ in find_in(sent, IDIOMS, "reservation")) or any(
            t.lower_ in RESERVATIONS for t in clause.subtree
        )
        counterfactual = any(c.lower_ in ("would", "'d") for c in clause.children) and any(
            c.lower_ == "have" and c.dep_ == "aux" for c in clause.children
        )
        if reserved or counterfactual:
            return "says it with sarcasm (\"I'm sure ...\")"
    return None


def _answered_by_sender(sent: Span) -> bool:
    """ "Who turns down an interview at the paper they grew up reading? I do, this week":
    the sender answers the question, and it was about the sender."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    following = [t.lower_ for t in doc[sent.end : sent.end + 2]]
    return following[:1] == ["me"] or (following[:1] == ["i"] and following[1:2] in (["do"], ["did"], ["am"]))


def _asked_of_nobody(sent: Span) -> str | None:
    """ "Who would say yes to that?", "Who schedules a panel for seven on a Saturday and
    expects people to be grateful?": a question with "who" as its doer that asks nobody
    anything. Not "who should I send the form to?" (the sender asks), "who will lead the
    team?" or "who knows?"."""
    for who in (t for t in tokens_in(sent) if t.lower_ == "who" and t.dep_ == "nsubj"):
        verb = who.head
        if (verb.dep_ == "relcl" and a_person(verb.head)) or verb.lemma_.lower() in REAL_ASKING_VERBS:
            # "someone who would ..." describes ("for a lead role, who would ...?" does not:
            # a role is no one); "who is on the panel?" asks
            continue
        modal = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        if modal and not set(modal) & MOCK_ASKING:
            continue  # "who will ...", "who should ...", "who can ..."
        if not modal and verb.tag_ != "VBZ":
            continue  # "who schedules ..." is a habit; "who did ...?" asks what happened
        clause = list(verb.subtree)
        if any(t.lower_ in FIRST_PERSON or t.lower_ in ("you", "your") for t in clause):
            continue  # "who would I speak to?", "who would you recommend?"
        if any(c.dep_ == "dobj" and valence(c.lower_) >= 1.0 for c in verb.children):
            continue  # "who would turn down a chance like that?" praises the chance
        return sent.doc[who.i : min(verb.i + 3, sent.end)].text
    return None


def _assured(sure: Token, sent: Span) -> Span | None:
    """What the sender's "I'm sure" vouches for: the words after it up to a "but" ("I'm sure
    the test is thorough, but ..."), or the clause before a closing ", I'm sure"."""
    doc = sure.doc
    sayer = [t.lower_ for t in doc[max(sent.start, sure.i - 3) : sure.i]]
    if "i" not in sayer or not any(w in ("'m", "’m", "am", "m") for w in sayer):
        return None
    after = [t for t in doc[sure.i + 1 : sent.end] if not t.is_punct or t.text == ";"]
    if after:
        start = sure.i + 1 + (doc[sure.i + 1].lower_ == "that")
        end = next((t.i for t in doc[start : sent.end] if t.lower_ in ASSURANCE_ENDS), sent.end)
        return doc[start:end]
    # "Sixty-hour weeks must build character, I'm sure."
    first = next(t.i for t in doc[max(sent.start, sure.i - 3) : sure.i] if t.lower_ == "i")
    return doc[sent.start : first]


def _assured_burden(sure: Token, sent: Span) -> str | None:
    """ "I'm sure 140 drops in a shift is very doable", "sixty-hour weeks must build
    character, I'm sure", "I'm sure the corridor will be lovely once the roof stops
    leaking": the sender vouches that a burden of theirs, counted out or waiting to be
    mended, is a good thing. Not "I'm sure you will find someone great" (a wish for them),
    nor "I'm sure the clinic is a lovely place to work" (praise with nothing to weigh)."""
    if sure.lower_ != "sure" or (assured := _assured(sure, sent)) is None or len(assured) < 3:
        return None
    words = [t for t in assured if not t.is_punct]
    # Negation counts outside a relative clause: "for someone who doesn't need a lunch break"
    # describes who it suits.
    described = {d.i for t in words if t.dep_ == "relcl" for d in t.subtree}
    if not words or any(t.lower_ in ("never", "not", "n't", "no") and t.i not in described for t in words):
        return None
    lead = next((t for t in words if t.pos_ in ("NOUN", "PROPN", "PRON") or t.tag_ == "VBG"), None)
    if lead is None or lead.pos_ == "PRON" or lead.pos_ == "PROPN" or a_person(lead):
        return None  # "I'm sure you will find someone", "I'm sure it was hard", "I'm sure Asha ..."
    counted = any(_many(t) for t in words)
    mending = [
        t for t in words if t.lower_ in ("once", "when", "until") and t.i + 1 < assured.end
    ]
    unmended = any(
        w.lemma_.lower() in MENDING or w.lower_ in BROKEN
        for m in mending
        for w in assured.doc[m.i + 1 : assured.end]
    )
    future = any(t.lower_ in ("will", "'ll", "’ll") for t in words)
    reserved = any(t.lower_ in RESERVATIONS or t.lower_ == "finally" for t in words)
    praised = any(
        t.lower_ in BURDEN_PRAISE or t.lower_ in PRAISE or valence(t.lower_) >= 1.0
        for t in words
        if t.i > lead.i
    )
    if unmended and praised:
        return "says it with sarcasm (\"I'm sure ...\")"
    if counted and ((praised and not future) or (reserved and future)):
        return "says it with sarcasm (\"I'm sure ...\")"
    return None


def _many(token: Token) -> bool:
    """A count of three or more: "140", "2,200", "sixty", "a seventh"."""
    if token.lower_ in BURDEN_COUNTS:
        return True
    digits = token.text.replace(",", "")
    return digits.isdigit() and 3 <= int(digits) < 1900  # a year is no burden: "the 2026 intake"


def _praise_with_a_sting(conjunction: Token, targets: frozenset[str]) -> str | None:
    """ "The panel were lovely, if a little preoccupied with their phones", "very
    enthusiastic, if not always accurate": praise of theirs, then a concession that takes it
    back."""
    doc = conjunction.doc
    after = doc[conjunction.i + 1 : min(conjunction.i + 7, len(doc))]
    if not after:
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in QUALIFIERS for t in after):
        return None  # "lovely, though I was a little nervous": a clause of its own, not a concession
    denied = after[0].lower_ in ("not", "never")
    qualified = any(t.lower_ in QUALIFIERS for t in after[:3])
    word = next(
        (
            t
            for t in after
            # (a rough parse may tag the word a noun: "if a little vague")
            if (t.pos_ == "ADJ" or t.tag_ == "VBN" or (t.pos_ == "NOUN" and valence(t.lower_) < 0))
            and t.lower_ not in QUALIFIERS
        ),
        None,
    )
    if word is None or not (denied or qualified):
        return None
    good = word.lower_ in PRAISE or valence(word.lower_) > 0
    if not ((denied and good) or (qualified and not denied and not good)):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(a_person(g) for g in c.children) for c in word.children):
        return None  # "if a little daunting for me": the sender's feeling, not their failing
    # The praise the concession cuts: a good word before it, said of theirs.
    praised = [
        t
        for t in doc[max(conjunction.sent.start, conjunction.i - 8) : conjunction.i]
        if t.pos_ == "ADJ" and (t.lower_ in PRAISE or valence(t.lower_) > 0)
    ]
    if not any(of_theirs(s, targets) or a_person_of_theirs(s) for p in praised for s in _said_of(p)):
        return None
    return f"praises something of theirs, then takes it back ({word.text!r})"


def _at_least(sent: Span, targets: frozenset[str]) -> str | None:
    """ "At least the hold music was pleasant": praise kept for the least of their things. Not
    "at least I saw the city", the sender's own consolation."""
    tokens = tokens_in(sent)
    if len(tokens) < 4 or [t.lower_ for t in tokens[:2]] != ["at", "least"]:
        return None
    root = sent.root
    subject = subject_of(root)
    if subject is None or subject.lower_ in FIRST_PERSON or not of_theirs(subject, targets):
        return None
    return "praises the least of their things (\"at least ...\")"


def _paused_verdict(word: Token, targets: frozenset[str]) -> str | None:
    """ "The facilities were... fine", "the package you outlined is... interesting": a pause
    before the word that judges something of theirs, which says the word is not meant."""
    if word.i == 0 or word.doc[word.i - 1].text not in ("...", "…", "..", "....") or word.is_punct:
        return None
    verdict = word
    if verdict.dep_ in ("det", "advmod", "amod") and verdict.head.dep_ in ("acomp", "attr", "oprd"):
        verdict = verdict.head  # "was... an experience", "quite... relaxed"
    if verdict.dep_ not in ("acomp", "attr", "oprd") or verdict.lower_ in HARSH:
        return None
    said_of = _said_of(verdict) + [c for c in verdict.head.children if c.dep_ == "dobj"]
    if not any(of_theirs(s, targets) for s in said_of):
        return None
    return f"pauses before judging something of theirs (\"... {word.text}\")"


def _scare_quoted(word: Token, targets: frozenset[str]) -> str | None:
    """ "the "competitive" salary band", "the "generous" relocation package": a word of
    praise in quotation marks, set on something of theirs, that the sender does not mean."""
    doc = word.doc
    if word.i == 0 or word.i + 1 >= len(doc) or not doc[word.i - 1].is_quote:
        return None
    close = next((t for t in doc[word.i + 1 : min(word.i + 4, len(doc))] if t.is_quote), None)
    if close is None:
        return None
    quoted = doc[word.i : close.i]
    if not all(t.is_alpha for t in quoted):
        return None  # "clear-decline", "9-5": a name or a code in quotes, not a word of praise
    if not any(t.lower_ in PRAISE or t.lower_ in LUKEWARM or valence(t.lower_) > 0 for t in quoted):
        return None
    if any(t.text[:1].isupper() for t in quoted) and word.i > word.sent.start + 1:
        return None  # "the "Graduate Leadership" programme": a name, quoted as such
    said_of = [t.head for t in quoted if t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN"]
    said_of += [s for t in quoted if t.dep_ in ("acomp", "attr") for s in _said_of(t)]
    # Quotation marks are the marker: whatever the praise is set on is theirs unless it is
    # plainly the sender's or another's ("I appreciate the "competitive" band you shared").
    if not any(of_theirs(n, targets) or (n.pos_ == "NOUN" and not someone_elses(n)) for n in said_of):
        return None
    return f"puts their own praise in quotation marks ({quoted.text!r})"
