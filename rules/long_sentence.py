"""Rule ``long-sentence``: a sentence too long to read in one breath."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.core.spans import CharSpan
from declint.document.email import EmailDocument
from declint.document.words import count_words, line_breaks, word_spans
from declint.ruleapi.base import Finding, Rule, RuleOptions

if TYPE_CHECKING:
    from spacy.tokens import Span

_SPLIT_AT = frozenset({"but", "and", "so", "yet", "although", "though", "because", "while", "which"})


@dataclass(frozen=True)
class LongSentenceOptions(RuleOptions):
    #: Most words a sentence may have.
    max_words: int = 35


def _pieces(sent: Span, breaks: list[int]) -> list[CharSpan]:
    start, end = sent.start_char, sent.end_char
    out: list[CharSpan] = []
    for at in breaks:
        if start < at < end:
            out.append(CharSpan(start, at))
            start = at + 1
    out.append(CharSpan(start, end))
    return out


def _split_word(sent: Span, piece: CharSpan) -> str | None:
    """A conjunction near the middle that joins two clauses, where a full stop could go."""
    middle = (piece.start + piece.end) // 2
    best = None
    for token in sent:
        if token.idx not in piece or token.lower_ not in _SPLIT_AT:
            continue
        if token.dep_ not in ("cc", "mark", "nsubj", "advmod") or token.i == sent.start:
            continue
        if best is None or abs(token.idx - middle) < abs(best.idx - middle):
            best = token
    return best.text if best is not None else None


class LongSentence(Rule[LongSentenceOptions]):
    """Keep each sentence under 35 words.

    ## What it does
    Flags a body sentence of more than `max_words` words (punctuation is not a word; a
    placeholder is one). A list item or a blank line ends a sentence even without a full
    stop, and so does every line break in a draft written one short line at a time. The
    greeting, sign-off, signature and quoted reply are not read.

    ## Why is this bad?
    The article asks that the explanation be "clear, respectful, and concise so as not to
    leave room for ambiguity or misunderstanding". A sentence that runs past thirty-odd
    words makes the reader hold too much at once, and the decision gets lost in it.

    ## Example
    ```text
    Dear Mr. Haddad,

    Thank you for the invitation to interview for the logistics manager role, which I was
    glad to receive, but after a great deal of thought over the past week and several long
    conversations with my family about where we want to be, I have decided to withdraw my
    application.

    Best regards,
    Ines Moreau
    ```

    Flags: "Thank you for the invitation".

    ## Use instead
    ```text
    Dear Mr. Haddad,

    Thank you for the invitation to interview for the logistics manager role. After a great
    deal of thought, I have decided to withdraw my application.

    Best regards,
    Ines Moreau
    ```

    ## Options
    - `max_words` (int, default 35): most words a sentence may have.
    """

    id = "long-sentence"
    category = "style"
    article_section = "Explaining Your Decision Honestly"
    reads_entities = False
    options_type = LongSentenceOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        limit = self.options.max_words
        breaks = line_breaks(document, document.body)
        for sent in document.sentences():
            for piece in _pieces(sent, breaks):
                if count_words(document, piece) <= limit:
                    continue  # most sentences: counted without building their spans
                words = word_spans(document, piece)
                where = _split_word(sent, piece)
                hint = f" Try ending one sentence before {where!r}." if where else ""
                yield self.finding(
                    f"this sentence has {len(words)} words; keep sentences to {limit} or fewer",
                    words[0].start,
                    words[-1].end,
                    suggestion=f"Split it into two or more sentences.{hint}",
                )
