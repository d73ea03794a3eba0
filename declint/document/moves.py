"""The email's moves: what each sentence of the sender's text does.

A decline is built from a few moves (thanks, the decision, a reason, an apology, a door
left open, good wishes), and most rules are about one of them. Deciding once, per draft,
what each sentence does keeps the rules from each re-deciding it differently: the
reason-length rule measures the reason's own sentences, over-apology counts apologies and
not sympathy, gratitude wants thanks for the opportunity, door-open reads the opening and
shutting moves. ``declint outline`` prints them, and the language server shows them as
document symbols.

A sentence may make several moves ("I'm sorry, but I have accepted another offer" is an
apology, the decision and its reason). Each move is found by the detector of its own
module (decision, thanks, apology, door, reason); this module only puts them together.
"""

from __future__ import annotations

import bisect
import enum
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from declint.document.apology import regrets
from declint.document.decision import Kind, sentence_statements
from declint.document.door import (
    negated_in_clause_chain,
    opener,
    opens_sentence,
    refuses_contact,
    shuts_sentence,
    shutter,
)
from declint.document.knowledge import data_file, knowledge
from declint.document.reason import (
    about_the_decision,
    causal_clause,
    goes_on,
    has_causal_marker,
    is_reason,
    opens_with_addition,
)
from declint.document.thanks import thanks
from declint.nlp.grammar import has_negation_child, is_first_person, is_negated, owned_by_reader, subject_of
from declint.nlp.idioms import find
from declint.nlp.present import tokens_in
from declint.nlp.sentiment import CLEARLY, valence
from declint.text.lists import LIST_ITEM

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from declint.document.email import EmailDocument

# Word lists, from moves.toml beside this module.
_DATA = data_file("moves.toml")


class Move(str, enum.Enum):
    """What a sentence does, in the order a decline usually makes them."""

    THANKS = "thanks"
    PRAISE = "praise"
    DECISION = "decision"
    REASON = "reason"
    APOLOGY = "apology"
    SYMPATHY = "sympathy"
    DOOR_OPENED = "door opened"
    DOOR_SHUT = "door shut"
    WELL_WISHES = "well-wishes"
    REQUEST = "request"
    OTHER = "other"


@dataclass(frozen=True)
class Cue:
    """The words that make a move, as character offsets into the draft."""

    move: Move
    start: int
    end: int
    #: What kind of this move it is: "plain", "hedged" or "implied" for a decision; what
    #: the thanks are for; "" where nothing more is known.
    detail: str = ""


@dataclass(frozen=True)
class SentenceMoves:
    """One body sentence and the moves it makes."""

    index: int
    start: int
    end: int
    cues: tuple[Cue, ...]
    #: Where the sentence's reason lies (the whole sentence, or its causal clause), and how
    #: many words it takes; None when the sentence gives no reason.
    reason: tuple[int, int, int] | None = None

    @cached_property  # asked through has() for every move a rule cares about
    def moves(self) -> tuple[Move, ...]:
        """Each move once, in the order of :class:`Move`; OTHER when it makes none."""
        found = {c.move for c in self.cues} | ({Move.REASON} if self.reason else set())
        return tuple(m for m in Move if m in found) or (Move.OTHER,)

    def has(self, move: Move) -> bool:
        return move in self.moves

    def cue(self, move: Move) -> Cue | None:
        return next((c for c in self.cues if c.move is move), None)

    def label(self, move: Move) -> str:
        """How a move is named to a reader: "decision (hedged)", else the move's own name."""
        cue = self.cue(move)
        return f"{move.value} ({cue.detail})" if move is Move.DECISION and cue is not None else move.value


# Verbs of admiring what the reader has or does: "I admire your work".
_ADMIRE = frozenset(_DATA["admire_verbs"])
_TAKING_IN = frozenset(_DATA["taking_in"])
_WHILE_IT_LASTED = frozenset(_DATA["while_it_lasted"])
_GLAD = frozenset(_DATA["glad"])
_ADMIRE_NOUNS = frozenset(_DATA["admire_nouns"])
_PRAISE_NOUNS = frozenset(_DATA["praise_nouns"])
# "I wish you every success", "Best of luck with the search", "All the best".
_WISH_NOUNS = frozenset(_DATA["wish_nouns"])


def _span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _words(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if t.is_alpha or t.like_num)


def _theirs(noun: Token) -> bool:
    """ "you", "your team", "the team's work": the reader's, through any chain of owners."""
    if noun.lower_ in ("you", "yours"):
        return True
    return owned_by_reader(noun)


def _praise(token: Token) -> bool:
    """ "I admire your work", "I was impressed by your team", "I enjoyed meeting you"."""
    if token.lemma_.lower() in _ADMIRE_NOUNS and token.pos_ == "NOUN":
        # "I have great respect for the nurses who keep it running", "a lot of respect for"
        held = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
        return (
            held.dep_ == "dobj" and held.head.lemma_.lower() == "have" and is_first_person(subject_of(held.head))
        )
    if token.lemma_.lower() in ("speak", "think") and any(c.lower_ == "highly" for c in token.children):
        return True  # "she speaks very highly of the team"
    said = any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() == "say" for c in token.children)
    if token.lower_ == "things" and (
        (token.dep_ == "dobj" and token.head.lemma_.lower() == "hear") or (said and token.dep_ in ("dobj", "pobj"))
    ):
        # "I have heard wonderful things about your clinic's work", "my cousin has nothing
        # but good things to say about the site"
        return any(c.dep_ == "amod" and valence(c.lemma_) >= CLEARLY for c in token.children)
    low = token.lower_
    # The tagger may read "impressed" as an adjective with its own lemma.
    admiring = token.lemma_.lower() in _ADMIRE or low.removesuffix("ed") in _ADMIRE or low.removesuffix("d") in _ADMIRE
    if not admiring or token.pos_ not in ("VERB", "ADJ"):
        return False
    if is_negated(token, through_clauses=False):
        return False
    if any(child.i != token.i and _theirs(child) for child in token.subtree):
        return True
    # "I came away from Harcourt Sports Clinic genuinely impressed": admiration of a place or
    # people named, by the sender, with nothing of the sender's own in it.
    subject = subject_of(token) if token.pos_ == "VERB" else subject_of(token.head)
    if (
        token.lemma_.lower() in ("love", "enjoy")
        and token.tag_ == "VBD"
        and is_first_person(subject)
        and any(c.dep_ in ("xcomp", "dobj") and c.lemma_.lower() in _TAKING_IN for c in token.children)
    ):
        return True  # "I loved hearing how the Trust shares fieldwork": what was heard, admired
    if (
        token.lemma_.lower() in ("love", "enjoy")
        and token.tag_ == "VBD"
        and is_first_person(subject)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _WHILE_IT_LASTED for c in token.children)
    ):
        return True  # "that Saturday service was a madhouse, and I loved every minute of it"
    return (
        token.lemma_.lower() not in ("like", "love", "enjoy", "appreciate")
        and subject is not None
        and is_first_person(subject)
        and not any(t.lower_ in ("my", "our", "mine") for t in token.head.subtree)
        and any(t.pos_ == "PROPN" for t in token.head.subtree)
    )


def _one_of_the_reasons(word: Token) -> bool:
    """ "one of the reasons I applied": what drew the sender to them; "one of the best meals
    I've had": the best of its kind."""
    return word.lower_ == "one" and any(
        c.lower_ == "of"
        and any(
            g.lemma_.lower() == "reason"
            or any(a.tag_ == "JJS" and valence(a.lemma_) >= CLEARLY for a in g.children if a.dep_ == "amod")
            for g in c.children
        )
        for c in word.children
    )


def _compliment(sent: Span) -> bool:
    """ "The team seemed very welcoming", "It was a pleasure to speak with Dr. Osei": a
    plainly positive verdict on something not the sender's own ("my new role is exciting"
    is a reason)."""
    root = sent.root
    if root.lemma_.lower() not in ("be", "seem", "sound", "look", "feel", "appear"):
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "expl", "csubj")), None)
    if subject is None or is_first_person(subject):
        return False
    verdicts = [c for c in root.children if c.dep_ in ("acomp", "attr", "oprd")]
    if any(v.lemma_.lower() in _PRAISE_NOUNS or _one_of_the_reasons(v) for v in verdicts):
        return not has_negation_child(root)  # "was a real highlight", "one of the reasons I applied"
    verdicts += [g for c in root.children if c.dep_ == "prep" and c.lower_ == "like" for g in c.children]
    for verdict in verdicts:
        if (verdict.like_num or verdict.pos_ in ("NUM", "SYM")) and verdict.lower_ != "one":
            # "the pay is a good $4 an hour under the going rate": "good" measures; "the
            # most interesting one I have done" is a verdict.
            continue
        words = [verdict, *(c for c in verdict.children if c.dep_ == "amod")]
        if any(valence(w.lemma_) >= CLEARLY or valence(w.text) >= CLEARLY for w in words):
            return not is_negated(verdict, through_clauses=False) and not has_negation_child(root)
    return False


def _well_wishes(token: Token) -> bool:
    """ "I wish you all the best", "best of luck with the search", "good luck"."""
    lemma = token.lemma_.lower()
    if lemma == "wish":
        return any(c.dep_ in ("dative", "dobj", "iobj") and c.lower_ in ("you", "your") for c in token.children)
    if lemma in _WISH_NOUNS and token.pos_ in ("NOUN", "ADJ", "ADV"):
        sent = token.sent
        return sent.root.i == token.i or (lemma == "luck" and any(c.lower_ in ("good", "best") for c in token.subtree))
    return False


def _request(sent: Span) -> bool:
    """An imperative of the reader: "Please let me know", "Kindly confirm"."""
    root = sent.root
    if root.pos_ != "VERB":
        return False
    children = list(root.children)
    # "Leaving now would put the launch at risk" has a clause for its subject and a modal:
    # a statement, not an imperative.
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "aux") for c in children) and root.tag_ == "VB"


def analyse_moves(document: EmailDocument) -> tuple[SentenceMoves, ...]:
    """Label each body sentence with the moves it makes."""
    sentences = document.sentences()
    by_sentence: dict[int, list[Cue]] = {i: [] for i in range(len(sentences))}

    firsts = [s.start for s in sentences]

    def index_of(token: Token) -> int | None:
        # Bisection, not a scan: a draft of many short sentences stays linear.
        i = bisect.bisect_right(firsts, token.i) - 1
        return i if i >= 0 and token.i < sentences[i].end else None

    for t in thanks(document):
        i = index_of(t.token)
        if i is not None:
            detail = t.what.lemma_.lower() if t.what is not None else ""
            if not t.for_the_opportunity:
                detail = f"for {detail}, not the opportunity"
            by_sentence[i].append(Cue(Move.THANKS, t.token.idx, t.token.idx + len(t.token.text), detail))
    for token, sympathy in regrets(document):
        i = index_of(token)
        if i is not None:
            move = Move.SYMPATHY if sympathy else Move.APOLOGY
            by_sentence[i].append(Cue(move, token.idx, token.idx + len(token.text)))
    for _, start, end in find(document.doc, knowledge().idioms, "door"):
        first = document.doc[start]
        i = index_of(first)
        if i is None:
            continue
        # An idiom that carries its own "not" ("not the last time") is read as written;
        # any other is shut by a negation that reaches it ("I don't want to stay on your radar").
        negated = first.lower_ not in ("not", "n't", "never") and negated_in_clause_chain(first)
        span = document.doc[start:end]
        by_sentence[i].append(Cue(Move.DOOR_SHUT if negated else Move.DOOR_OPENED, span.start_char, span.end_char))
    found = sentence_statements(document)
    out: list[SentenceMoves] = []
    reasoning = False
    reasoning_paragraph = -1
    # Where each paragraph starts: a reason goes on within its paragraph, not past it.
    breaks = [p.start for p in document.paragraphs][1:]
    # The paragraphs that state the decision: a plain statement about the sender is its
    # reason there, and only there ("I have followed Swiftline for years" elsewhere is not).
    deciding = {bisect.bisect_right(breaks, sentences[i].start_char) for i, here in enumerate(found) if here}
    reasoned: set[int] = set()
    # A decision drawn as a consequence ("So I've decided not to go ahead", "I therefore
    # decline") looks back: the paragraphs before it give its reason.
    concluding = [
        bisect.bisect_right(breaks, sentences[i].start_char)
        for i, found_here in enumerate(found)
        if found_here and _draws_on_before(sentences[i])
    ]
    last_conclusion = max(concluding, default=-1)
    # With no decision found anywhere ("it wouldn't be fair to take an interview slot"),
    # no paragraph is nearer it than another: the sender's situation is its reason anywhere.
    undecided = not any(found)
    for i, sent in enumerate(sentences):
        cues = by_sentence[i]
        decisions = found[i]
        for statement in decisions:
            detail = {Kind.CLEAR: "plain", Kind.HEDGED: "hedged", Kind.IMPLICIT: "implied"}[statement.kind]
            tok = statement.token
            cues.append(Cue(Move.DECISION, tok.idx, tok.idx + len(tok.text), detail))
        words = list(tokens_in(sent))  # one walk of spaCy's tokens per sentence, shared below
        for token in words if not any(c.move in (Move.DOOR_OPENED, Move.DOOR_SHUT) for c in cues) else ():
            if shutter(token):
                cues.append(Cue(Move.DOOR_SHUT, token.idx, token.idx + len(token.text)))
                break
            if opener(token):
                if not negated_in_clause_chain(token):
                    cues.append(Cue(Move.DOOR_OPENED, token.idx, token.idx + len(token.text)))
                    break
                if refuses_contact(token):
                    # "I don't want to stay in touch"; but "I cannot commit to a new
                    # position until the case is resolved" refuses nothing of theirs.
                    cues.append(Cue(Move.DOOR_SHUT, token.idx, token.idx + len(token.text)))
                    break
        if not any(c.move in (Move.DOOR_OPENED, Move.DOOR_SHUT) for c in cues):
            # A refusal may also be a decision ("I won't be considering any roles with you
            # going forward"); an open door is never read into one.
            if shuts_sentence(sent):
                cues.append(Cue(Move.DOOR_SHUT, sent.start_char, sent.end_char))
            elif _door_beside_decision(sent, cues) and opens_sentence(sent):
                cues.append(Cue(Move.DOOR_OPENED, sent.start_char, sent.end_char))
        if (any(_praise(t) for t in words) or _compliment(sent)) and not any(c.move is Move.THANKS for c in cues):
            cues.append(Cue(Move.PRAISE, sent.start_char, sent.end_char))
        if any(_well_wishes(t) for t in words):
            cues.append(Cue(Move.WELL_WISHES, sent.start_char, sent.end_char))
        taken = {c.move for c in cues}
        if not taken and _request(sent):
            cues.append(Cue(Move.REQUEST, sent.start_char, sent.end_char))
            taken.add(Move.REQUEST)
        paragraph = bisect.bisect_right(breaks, sent.start_char)
        # The decision's own paragraph, or the one after it when the reason has a paragraph
        # of its own ("I must withdraw.\n\nMy partner has been posted to Leeds. ...").
        near = (
            undecided
            or paragraph in deciding
            or (paragraph - 1 in deciding and paragraph - 1 not in reasoned)
            or paragraph < last_conclusion
            # The paragraph just before the decision's, past the opening one: "My husband
            # has accepted a job in Cork ...\n\nI'm sorry to withdraw."
            or (paragraph + 1 in deciding and paragraph > 0 and paragraph not in deciding)
        )
        # A reason goes on within its paragraph, or into the next when that one picks it up
        # ("That changes things for me.", "Also, ...", a list after "a few things:").
        going_on = paragraph == reasoning_paragraph or (
            paragraph == reasoning_paragraph + 1
            and i > 0
            and (_picks_up(sent, sentences[i - 1]) or (not cues and goes_on(sent)))
        )
        reason = _reason(sent, cues, reasoning and going_on, near_decision=near)
        if reason is not None:
            reasoned.add(paragraph)
        # What follows a reason, or the decision itself, may go on explaining it, within
        # its paragraph ("I must withdraw. My grandmother passed away on Tuesday ...").
        reasoning = reason is not None or Move.DECISION in taken
        reasoning_paragraph = paragraph
        out.append(SentenceMoves(i, sent.start_char, sent.end_char, tuple(sorted(cues, key=lambda c: c.start)), reason))
    return tuple(out)


def _door_beside_decision(sent: Span, cues: list[Cue]) -> bool:
    """A door may be read in a sentence that declines only past a turn after the decision:
    "It's not the right moment for me, but I'd be very happy to talk in six months"."""
    decided = [c.end for c in cues if c.move is Move.DECISION]
    if not decided:
        return True
    return any(t.lower_ in ("but", "though", "however") and t.idx >= max(decided) for t in sent)


def _draws_on_before(sent: Span) -> bool:
    """A decision drawn from what came before: "So I've decided", "I therefore decline",
    "With that in mind, I'll withdraw", "Given this, I must withdraw", "That means I'll be
    withdrawing", "For these reasons ..."; not "this role" or "at this stage", which point
    at the job or the moment."""
    if any(t.lower_ in _CONSEQUENCE for t in sent):
        return True
    for token in sent[:6]:
        if token.lower_ not in ("that", "this", "these", "those"):
            continue
        if token.dep_ != "det" or token.head.lemma_.lower() in _CONSEQUENCE:
            return True  # "With that in mind", "That means", "for that reason"
    return False


def _picks_up(sent: Span, before: Span) -> bool:
    """A paragraph that opens by carrying on the one before: an item of a list the last
    one announced ("A few things have piled up:" then "- my employer has ..."), a pointer
    back ("That changes things for me."), or an addition ("On top of that, ...")."""
    if LIST_ITEM.match(sent.text):
        return before.text.rstrip().endswith(":") or LIST_ITEM.match(before.text) is not None
    if sent[0].lower_ in ("that", "this") and sent[0].dep_ == "nsubj":
        return True
    return opens_with_addition(sent)

#: Words that draw a decision from what came before: "So I've decided", "I therefore decline".
_CONSEQUENCE = frozenset(_DATA["consequence"])

#: Moves that make a sentence something other than a reason, whatever else it says.
_NOT_REASONS = frozenset({Move.THANKS, Move.PRAISE, Move.DOOR_OPENED, Move.DOOR_SHUT, Move.WELL_WISHES, Move.REQUEST})


def _reason(
    sent: Span, cues: list[Cue], reasoning: bool, *, near_decision: bool = True
) -> tuple[int, int, int] | None:
    """Where this sentence's reason lies, if it gives one."""
    # "It was a hard call, as your team impressed me": the cause of the difficulty, not of
    # the decline.
    taken = {c.move for c in cues}
    if Move.DECISION not in taken and _glad_of_it(sent):
        # "I was really pleased to be asked, as it is my first interview since school": the
        # sender's pleasure at the invitation, and the cause is of the pleasure.
        return None
    # "I would be glad to be considered for future vacancies, as I have heard excellent
    # things about the team": that cause is of the hope, not of the decline.
    courtesy = bool(taken & _NOT_REASONS) and Move.DECISION not in taken
    # Asked once: is_reason and is_situation below would each ask again.
    about = about_the_decision(sent)
    cause = None if about or courtesy else causal_clause(sent)
    if cause:
        if reasoning and not taken - {Move.APOLOGY} and goes_on(sent, about=about):
            # A story going on: "It's a period drama I signed on to last year, and ...
            # pushed back twice because of the lead's availability" is reason throughout,
            # not only in its "because".
            whole = list(tokens_in(sent))
            start, end = _span(whole)
            return start, end, _words(whole)
        start, end = _span(cause)
        return start, end, _words(cause)
    taken = {c.move for c in cues}
    if taken & _NOT_REASONS:
        return None
    # A decision that goes on past a colon gives its reasons there: "I'll have to pass, and
    # here's why: I've got my own contracts booked in ...; I've just taken on an apprentice".
    told = _after_colon(sent) if Move.DECISION in taken else None
    if told:
        start, end = _span(told)
        return start, end, _words(told)
    # An apology or a decision says nothing of why, unless the decision is only implied by
    # what the sender did instead ("I have accepted another offer" is the reason).
    implied = any(c.move is Move.DECISION and c.detail == "implied" for c in cues)
    if taken & {Move.APOLOGY, Move.SYMPATHY, Move.DECISION} and not implied:
        return None
    tokens = list(tokens_in(sent))
    stated = is_reason(sent, about=about) and (near_decision or reasoning or has_causal_marker(sent))
    if stated or (reasoning and not taken - {Move.APOLOGY, Move.DECISION} and goes_on(sent, about=about)):
        plain = [c for c in cues if c.move is Move.DECISION and c.detail != "implied"]
        if implied and plain:
            # "I am writing to withdraw ..., as this evening I accepted a formal offer ...":
            # the plain decision is no reason; what the sender did instead, after it, is.
            after = [t for t in tokens if t.idx >= plain[-1].end and _in_implied_clause(t, cues)]
            if after:
                tokens = after
        start, end = _span(tokens)
        return start, end, _words(tokens)
    return None


def _glad_of_it(sent: Span) -> bool:
    """ "I was glad to hear that my application stood out", "I was really pleased to be
    asked": the sender glad of something that happened, said in the past. Not "I am happy
    in my current role" (a state, and a reason) nor "I would be glad to ..." (a hope)."""
    root = sent.root
    if root.lemma_.lower() != "be" or root.tag_ != "VBD" or not is_first_person(subject_of(root)):
        return False
    glad = [c for c in root.children if c.dep_ == "acomp" and c.lemma_.lower() in _GLAD]
    return any(
        not is_negated(g, through_clauses=False) and any(c.dep_ in ("xcomp", "ccomp") for c in g.children)
        for g in glad
    )


def _in_implied_clause(token: Token, cues: list[Cue]) -> bool:
    """Is ``token`` in the clause of the implied decision ("... as this evening I received
    and accepted a formal offer ...")?"""
    doc = token.doc
    for cue in cues:
        if cue.move is not Move.DECISION or cue.detail != "implied":
            continue
        found = doc.char_span(cue.start, cue.end)
        verb = found[0] if found is not None and len(found) else None
        while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head  # "received and accepted": the clause is the first verb's
        if verb is not None and verb.left_edge.i <= token.i <= verb.right_edge.i:
            return True
    return False


def _after_colon(sent: Span) -> list[Token] | None:
    """What follows a colon, when it tells something of the sender's: four words or more
    with "I", "my" or "we" in them."""
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None:
        return None
    rest = [t for t in sent.doc[colon.i + 1 : sent.end] if not t.is_space]
    while rest and not (rest[-1].is_alpha or rest[-1].like_num):
        rest.pop()
    if _words(rest) < 4 or not any(is_first_person(t) for t in rest):
        return None
    return rest


def moves_of(document: EmailDocument) -> tuple[SentenceMoves, ...]:
    """The moves of ``document``, analysed once and kept with it."""
    cached = document.memo.get("moves")
    if cached is None:
        cached = document.memo["moves"] = analyse_moves(document)
    return cached  # type: ignore[return-value]


def outline(document: EmailDocument) -> list[str]:
    """The email's shape, one entry per run of moves: "greeting", "thanks", "decision (plain)",
    "reason (2 sentences, 31 words)", "door opened", "sign-off"."""
    parts: list[str] = []
    if document.parts.greeting is not None:
        parts.append("greeting")
    reason_sentences = 0
    reason_words = 0

    def flush_reason() -> None:
        nonlocal reason_sentences, reason_words
        if reason_sentences:
            noun = "sentence" if reason_sentences == 1 else "sentences"
            parts.append(f"reason ({reason_sentences} {noun}, {reason_words} words)")
        reason_sentences = reason_words = 0

    for sentence in moves_of(document):
        for move in sentence.moves:
            if move is Move.REASON:
                assert sentence.reason is not None
                reason_sentences += 1
                reason_words += sentence.reason[2]
                continue
            if move is Move.OTHER and reason_sentences:
                continue
            flush_reason()
            label = sentence.label(move)
            if not parts or parts[-1] != label:
                parts.append(label)
    flush_reason()
    if document.parts.sign_off is not None:
        parts.append("sign-off")
    return parts
