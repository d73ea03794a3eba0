"""Rule ``length``: an email neither padded nor too thin to say what it must."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from declint.document.email import EmailDocument
from declint.document.words import count_words
from declint.ruleapi.base import Finding, Rule, RuleOptions


@dataclass(frozen=True)
class LengthOptions(RuleOptions):
    #: Most words the email may have.
    max_words: int = 200
    #: Fewest words the email may have.
    min_words: int = 40


class Length(Rule[LengthOptions]):
    """Keep the email concise yet complete: between 40 and 200 words.

    ## What it does
    Counts the words the sender wrote, from the greeting to the name under the sign-off
    (the email's body, as opposed to its headers; never the signature after `-- ` or a
    quoted reply; punctuation is not a word and a placeholder is one) and flags an email
    longer than `max_words` or shorter than `min_words`.

    ## Why is this bad?
    The article asks for content that is "concise yet comprehensive enough to elucidate
    the reason for refusal without going into excessive detail". A long decline buries the
    decision and invites negotiation; a one-line decline rarely has room for thanks, a
    reason and a door left open.

    ## Example
    ```text
    Dear Ms. Adler,

    I won't be attending the interview. Thanks.

    Best regards,
    Sam Ortiz
    ```

    Flags: "I won't be attending".

    ## Use instead
    ```text
    Dear Ms. Adler,

    Thank you for inviting me to interview for the project coordinator position. After
    careful thought, I have decided to withdraw my application, as I have accepted another
    offer that fits my current plans. I enjoyed learning about your team, and I hope our
    paths cross again in the future.

    Best regards,
    Sam Ortiz
    ```

    ## Options
    - `max_words` (int, default 200): most words the email may have.
    - `min_words` (int, default 40): fewest words the email may have.
    """

    id = "length"
    category = "content"
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = LengthOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        body = document.body
        if body.end <= body.start:
            return
        # The greeting and sign-off count: a reader sees the whole message, not its middle.
        words = count_words(document, document.message)
        opts = self.options
        if words > opts.max_words:
            yield self.finding(
                f"the email runs to {words} words; keep it under {opts.max_words}",
                body.start,
                body.end,
                suggestion="Keep the thanks, the decision, one short reason and a goodbye; cut the rest.",
            )
        elif words < opts.min_words:
            yield self.finding(
                f"the email has only {words} words; {opts.min_words} or more leave room for "
                "thanks, a short reason and a goodbye",
                body.start,
                body.end,
                suggestion="Thank them, state the decision with a brief reason, and leave the door open.",
            )
