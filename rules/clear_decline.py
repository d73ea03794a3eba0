"""Rule ``clear-decline``: say the decision plainly, and early."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from declint.core.spans import CharSpan
from declint.document.decision import Kind, Statement, sentence_statements
from declint.document.email import EmailDocument
from declint.document.knowledge import knowledge
from declint.document.moves import Move, SentenceMoves, moves_of
from declint.ruleapi.base import Finding, Rule, RuleOptions


@dataclass(frozen=True)
class ClearDeclineOptions(RuleOptions):
    #: The decision must come within this many paragraphs of the body.
    max_paragraph: int = 2
    #: Accept an implied decline ("I have accepted another offer.") as clear enough.
    accept_implicit: bool = False


def _own_words(statement: Statement) -> str:
    """The draft's own words for a hedged statement, never a lemma: the clause up to the
    deciding word, at most ten words ("I don't think I'll be able to make")."""
    sent = statement.token.sent
    words = [t.text_with_ws for t in sent if t.i <= statement.token.i]
    text = "".join(words).strip()
    parts = text.split()
    return " ".join(parts[-10:]) if len(parts) > 10 else text


_COURTESIES = frozenset({Move.THANKS, Move.SYMPATHY, Move.WELL_WISHES})


def _courtesy_only(document: EmailDocument, sentence: SentenceMoves) -> bool:
    """Thanks and good wishes, or a pleasantry ("I hope you are well"). Praise of them is
    not: a paragraph of it before the decision keeps the reader waiting for the point."""
    if set(sentence.moves) <= _COURTESIES:
        return True
    if sentence.moves != (Move.OTHER,):
        return False
    words = document.text[sentence.start : sentence.end].lower()
    return any(p in words for p in knowledge().pleasantries)


def _paragraph_spans(document: EmailDocument) -> list[CharSpan]:
    """Blank-line paragraphs; in a draft with none, lines ending a sentence end one."""
    paragraphs = document.paragraphs
    if len(paragraphs) != 1:
        return paragraphs
    out: list[CharSpan] = []
    only = paragraphs[0]
    lines = document.text[only.start : only.end].split("\n")
    if any(
        line.strip() and not line.rstrip().endswith((".", "!", "?", ":")) for line in lines[:-1]
    ):
        # Hard-wrapped prose: a line break is not a paragraph break.
        return paragraphs
    start = only.start
    pos = only.start
    for line in lines:
        end = pos + len(line)
        if line.rstrip().endswith((".", "!", "?")) and line.strip():
            out.append(CharSpan(start, end))
            start = end + 1
        pos = end + 1
    if start < only.end:
        out.append(CharSpan(start, only.end))
    return out


class ClearDecline(Rule[ClearDeclineOptions]):
    """State the decision plainly and early.

    ## What it does
    Looks for a plain statement of the decision: a decline verb with you as its subject
    ("I must decline", "I am withdrawing my application", "I would like to cancel our
    interview", "I will pass on"), or taking part negated ("I will not attend", "I am
    unable to proceed", "I no longer wish to be considered", "I am not looking for a new
    role"). It flags an email with no such statement, one whose only statement is hedged
    ("maybe", "I might not", "I'm not sure I can make it", "still weighing my options",
    "I'm leaning towards withdrawing", "it seems I will have to", a question, an "if" or an
    "unless"), one that only implies the decision ("I have accepted another
    offer"), and one that keeps the decision until after paragraph `max_paragraph`.
    Paragraphs of thanks, good wishes or a pleasantry alone ("I hope you are well") do not
    count: the article allows thanks at the start. Negation, subjects and conditions come
    from the parse: "I will attend" is not a decline, "you may cancel" is not yours, "I
    declined another offer" is about another offer.

    ## Why is this bad?
    The article's "Writing a Polite and Professional Email" asks for "a formal salutation
    followed by a clear statement about declining the interview invitation", and its
    advice for the call is "Clarity: Be clear about intentions". A hedged or buried
    decision leaves the employer holding a slot for you, or writing back to ask.

    ## Example
    ```text
    Dear Ms. Okafor,

    Thank you for the invitation to interview for the analyst role. I'm not sure I can
    make it on Thursday, and I might not be the right fit anyway.

    Best regards,
    Tomas Reyes
    ```

    Flags: "I'm not sure I can".

    ## Use instead
    ```text
    Dear Ms. Okafor,

    Thank you for the invitation to interview for the analyst role. I have decided to
    withdraw my application, as the role no longer fits my plans.

    Best regards,
    Tomas Reyes
    ```

    ## Options
    - `max_paragraph` (int, default 2): the decision must come within this many
      paragraphs of the body.
    - `accept_implicit` (bool, default false): take an implied decline ("I have accepted
      another offer.") as clear enough.

    ## Known problems
    Precision comes first, so any decline verb or negated "attend/proceed/continue" with
    you as subject counts as clear, even where a reader might still wonder; the rule then
    stays silent. On the other side, an email that only implies the decision ("I have
    accepted another position." and nothing more) is flagged by default: a recruiter has to
    infer that the interview is off, and the real emails we measured were labelled unclear
    in that case. Set `accept_implicit` if your readers never need it spelled out.
    """

    id = "clear-decline"
    version = 4
    category = "content"
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = ClearDeclineOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        sentences = document.sentences()
        if not sentences:
            return
        found = [s for per_sentence in sentence_statements(document) for s in per_sentence]
        clear = [s for s in found if s.kind is Kind.CLEAR]
        if self.options.accept_implicit:
            clear += [s for s in found if s.kind is Kind.IMPLICIT]
            clear.sort(key=lambda s: s.token.i)
        suggestion = 'State it plainly, e.g. "I am writing to withdraw my application."'
        if clear:
            yield from self._buried(document, clear[0])
            return
        hedged = [s for s in found if s.kind is Kind.HEDGED]
        implicit = [s for s in found if s.kind is Kind.IMPLICIT]
        if hedged:
            sent = hedged[0].token.sent
            yield self.finding(
                f"the decision is hedged ({_own_words(hedged[0])!r}); say plainly that you are declining",
                sent.start_char,
                sent.end_char,
                suggestion=suggestion,
            )
        elif implicit:
            sent = implicit[0].token.sent
            yield self.finding(
                "this only implies the decision; say plainly that you are declining the interview",
                sent.start_char,
                sent.end_char,
                suggestion='Add "and so I must withdraw from the interview process."',
            )
        else:
            first = sentences[0]
            yield self.finding(
                "the email never says that you are declining; state the decision plainly",
                first.start_char,
                first.end_char,
                suggestion=suggestion,
            )

    def _buried(self, document: EmailDocument, first: Statement) -> Iterator[Finding]:
        paragraphs = _paragraph_spans(document)
        at = first.token.idx
        index = next((i for i, p in enumerate(paragraphs) if p.start <= at <= p.end), 0)
        # Paragraphs of courtesy only (thanks, praise, "I hope you are well") do not bury the
        # decision: the article asks for it after the greeting and the thanks.
        moves = moves_of(document)
        before = [
            p for p in paragraphs[:index]
            if any(p.start <= s.start <= p.end and not _courtesy_only(document, s) for s in moves)
        ]
        if len(before) >= self.options.max_paragraph:
            sent = first.token.sent
            yield self.finding(
                f"the decision comes only in paragraph {index + 1}; state it in the first "
                f"{self.options.max_paragraph}",
                sent.start_char,
                sent.end_char,
                suggestion="Move this sentence up, right after the greeting or the thanks.",
            )
