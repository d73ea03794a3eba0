"""Rule ``reason-length``: keep the reason for declining short."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.document.door import opener
from declint.document.email import EmailDocument
from declint.nlp.grammar import is_first_person, subject_of
from declint.ruleapi.base import Finding, Rule, RuleOptions

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Predicates that carry the email's courtesies or the decision itself, not its reason.
_COURTESY = frozenset(
    {"thank", "appreciate", "wish", "hope", "write", "reach", "let", "apologize", "apologise",
     "understand", "look", "enjoy", "hesitate", "assure", "honor", "honour", "flatter",
     "grateful", "thankful", "happy", "glad", "regret", "confident", "sure", "excite",
     "pleased", "delighted", "sorry", "inform", "say", "tell", "know", "respect", "admire",
     "impress", "meet", "learn", "send", "forward", "contact", "connect", "cross", "consider",
     "decline", "withdraw", "cancel", "turn", "remove", "pass", "proceed", "attend", "humble",
     "honored", "honoured", "flattered", "wishing", "notify", "confirm", "writing",
     # Time spent with or learning about them is interest in the team, not a reason.
     "follow", "inspire", "speak", "talk", "chat", "visit", "discuss", "review", "read",
     "research", "hear", "see", "watch", "value", "cherish", "treasure", "remember", "receive"}
)
# "I would like to withdraw" is a courtesy; "I like my current team" is a reason.
_MODAL_COURTESY = frozenset({"like", "love"})
_CAUSAL_WORDS = frozenset({"because", "due", "owing", "reason", "circumstance", "circumstances"})
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp"})


@dataclass(frozen=True)
class ReasonLengthOptions(RuleOptions):
    #: Sentences the reason may take.
    max_sentences: int = 2
    #: Words the reason may take.
    max_words: int = 50


def _has_causal_marker(sent: Span) -> bool:
    for t in sent:
        low = t.lower_
        if low in _CAUSAL_WORDS or t.lemma_.lower() in _CAUSAL_WORDS:
            return True
        if low in ("since", "as") and t.dep_ == "mark" and t.head.pos_ in ("VERB", "AUX"):
            return True
        if low == "given" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "that":
            return True
    return False


def _predicate(verb: Token) -> Token:
    """The word that carries a clause's meaning: "grateful" in "I am grateful"."""
    if verb.lemma_.lower() == "be":
        for child in verb.children:
            if child.dep_ in ("acomp", "attr"):
                return child
    return verb


def _theirs(noun: Token) -> bool:
    """ "you", "your blog", "your studio's work": the reader's, through any chain of owners."""
    if noun.lower_ in ("you", "yours"):
        return True
    return any(c.dep_ == "poss" and (c.lower_ == "your" or _theirs(c)) for c in noun.children)


def _admires_them(pred: Token) -> bool:
    """ "I have been a fan of your work", "I am a regular reader of your blog": a noun that
    says what the sender is to them is interest in the team, not a reason."""
    return pred.dep_ == "attr" and any(
        c.dep_ == "prep" and c.lower_ in ("of", "to") and any(_theirs(g) for g in c.children if g.dep_ == "pobj")
        for c in pred.children
    )


def _is_courtesy_clause(verb: Token) -> bool:
    pred = _predicate(verb)
    lemma = pred.lemma_.lower()
    if lemma in _COURTESY or _admires_them(pred):
        return True
    if lemma in _MODAL_COURTESY and any(c.lower_ in ("would", "'d", "’d") for c in pred.children):
        return True
    return any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _COURTESY for c in pred.children
    )


def _sheltered(verb: Token) -> bool:
    """Inside a relative or conditional clause: "anything else I can do", "if I can help"."""
    current = verb
    for _ in range(12):
        if current.dep_ in ("relcl", "acl", "pcomp"):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in current.children):
            return True
        if current.head is current:
            return False
        current = current.head
    return False


def _is_personal_statement(sent: Span) -> bool:
    """A clause about the sender's own situation: "I have accepted ...", "My plans changed"."""
    if sent[0].lower_ == "please":
        return False
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in _CLAUSE_DEPS:
            continue
        if verb.pos_ == "AUX" and verb.dep_ != "ROOT" and verb.lemma_.lower() != "be":
            continue
        subject = subject_of(verb)
        if subject is None or not is_first_person(subject):
            continue
        if _sheltered(verb) or _is_courtesy_clause(verb):
            continue
        return True
    return False


def reason_sentences(document: EmailDocument) -> list[Span]:
    """The body sentences that explain why the sender declines."""
    found: list[Span] = []
    for sent in document.sentences():
        if sum(1 for t in sent if t.is_alpha) < 3:
            continue
        if any(opener(t) for t in sent):
            continue
        if _has_causal_marker(sent) or _is_personal_statement(sent):
            found.append(sent)
    return found


class ReasonLength(Rule[ReasonLengthOptions]):
    """Keep the reason for declining to a sentence or two.

    ## What it does
    Finds the sentences that explain why you are declining (statements about your own
    situation, and anything with "because", "due to", "since") and flags the reason when it
    runs past `max_sentences` sentences or `max_words` words. Thanks, good wishes and
    interest in the team do not count: the rule measures the reason, not the email.

    ## Why is this bad?
    The article asks for a reason that is "clear, respectful, and concise", given "without
    going into excessive detail". A long explanation invites negotiation and tends to
    reveal more than the reader needs.

    ## Example
    ```text
    Dear Ms. Ford,

    Thank you for the invitation to interview for the editor role. I have accepted another
    offer. My partner and I also bought a house far from your office last spring. My
    current manager has offered me a promotion that I have been working toward for years.
    I have also started evening classes that take up most of my week.

    I hope our paths cross again.

    Best regards,
    Tom Reyes
    ```

    Flags: "I have accepted another".

    ## Use instead
    ```text
    Dear Ms. Ford,

    Thank you for the invitation to interview for the editor role. I have accepted another
    offer, so I must withdraw my application.

    I hope our paths cross again.

    Best regards,
    Tom Reyes
    ```

    ## Options
    - `max_sentences` (int, default 2): sentences the reason may take.
    - `max_words` (int, default 50): words the reason may take.
    """

    id = "reason-length"
    version = 2
    category = "content"
    article_section = "Explaining Your Decision Honestly"
    reads_entities = False
    options_type = ReasonLengthOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        reasons = reason_sentences(document)
        if not reasons:
            return
        words = sum(1 for s in reasons for t in s if t.is_alpha or t.like_num)
        opts = self.options
        if len(reasons) > opts.max_sentences or words > opts.max_words:
            yield self.finding(
                f"the reason for declining runs to {len(reasons)} sentences and {words} words; "
                f"keep it to {opts.max_sentences} sentences and {opts.max_words} words",
                reasons[0].start_char,
                reasons[-1].end_char,
                suggestion="Give one short, honest reason, such as \"I have accepted another offer.\"",
            )
