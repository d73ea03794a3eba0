"""Rule ``reason-length``: keep the reason for declining short."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from declint.document.email import EmailDocument
from declint.document.moves import moves_of
from declint.ruleapi.base import Finding, Rule, RuleOptions


@dataclass(frozen=True)
class ReasonLengthOptions(RuleOptions):
    #: Sentences the reason may take.
    max_sentences: int = 2
    #: Words the reason may take.
    max_words: int = 50


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
        reasons = [s.reason for s in moves_of(document) if s.reason is not None]
        if not reasons:
            return
        sentences = len(reasons)
        words = sum(r[2] for r in reasons)
        opts = self.options
        over = []
        if sentences > opts.max_sentences:
            over.append(f"{sentences} sentences (the limit is {opts.max_sentences})")
        if words > opts.max_words:
            over.append(f"{words} words (the limit is {opts.max_words})")
        if over:
            yield self.finding(
                f"the reason for declining runs to {' and '.join(over)}",
                reasons[0][0],
                reasons[-1][1],
                suggestion="Give one short, honest reason, such as \"I have accepted another offer.\"",
            )
