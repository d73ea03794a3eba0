"""Rule ``closing``: end with a professional sign-off and your name."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from declint.document import EmailDocument
from declint.rule import Finding, Fix, Rule, RuleOptions
from declint.structure import normalise_valediction


@dataclass(frozen=True)
class ClosingOptions(RuleOptions):
    #: Sign-offs too casual for a hiring manager.
    informal: tuple[str, ...] = (
        "cheers", "xoxo", "xo", "later", "laters", "ttyl", "peace", "peace out", "love",
        "lots of love", "hugs", "see ya", "see you", "ciao", "catch you later", "bye", "thx",
        "ta", "talk soon",
    )
    #: Whether a sign-off must be followed by the sender's name.
    require_name: bool = True


class Closing(Rule[ClosingOptions]):
    """End with a professional sign-off followed by your name.

    ## What it does
    Flags an email with no sign-off ("Best regards", "Sincerely", "Kind regards", ...)
    before the sender's name, a casual sign-off ("Cheers", "xoxo", "Later"), or a sign-off
    with no name after it.

    ## Why is this bad?
    The article asks for a well-structured email that ends professionally. A casual or
    missing sign-off undoes the formal tone of the rest of the message, and an unsigned one
    leaves the reader unsure who is declining.

    ## Example
    ```text
    Dear Ms. Patel,

    Thank you for the invitation to interview for the designer role. I have decided to
    withdraw my application, as I have accepted another position. I hope we can stay in
    touch.

    Cheers,
    Jordan
    ```

    ## Use instead
    ```text
    Dear Ms. Patel,

    Thank you for the invitation to interview for the designer role. I have decided to
    withdraw my application, as I have accepted another position. I hope we can stay in
    touch.

    Kind regards,
    Jordan Lee
    ```

    ## Options
    - `informal` (list of strings): sign-offs treated as too casual.
    - `require_name` (bool, default true): a sign-off must be followed by a name.
    """

    id = "closing"
    category = "structure"
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = ClosingOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        options = self.options
        parts = document.parts
        if parts.message.end == parts.message.start:
            return
        if parts.sign_off is None:
            if parts.signer is not None:
                yield self.finding(
                    "the name is not preceded by a sign-off; add one such as \"Best regards,\"",
                    parts.signer.start,
                    parts.signer.end,
                    suggestion='Add "Best regards," on the line above your name',
                    fix=Fix(parts.signer.start, parts.signer.start, "Best regards,\n"),
                )
            else:
                last_line = document.lines.line_span(document.lines.position(max(parts.message.end - 1, 0))[0])
                yield self.finding(
                    "the email ends without a sign-off and your name",
                    max(last_line.start, parts.message.start),
                    parts.message.end,
                    suggestion='End with "Best regards," and your name on the next line',
                )
            return
        phrase = document.span_text(parts.sign_off)
        if normalise_valediction(phrase) in {w.lower() for w in options.informal}:
            yield self.finding(
                f'"{phrase.rstrip(",.! ")}" is too casual a sign-off for a hiring manager',
                parts.sign_off.start,
                parts.sign_off.end,
                suggestion='Use "Best regards," or "Kind regards,"',
                fix=Fix(parts.sign_off.start, parts.sign_off.end, "Best regards,"),
            )
        elif options.require_name and parts.signer is None:
            yield self.finding(
                "the sign-off is not followed by your name",
                parts.sign_off.start,
                parts.sign_off.end,
                suggestion="Put your full name on the line after the sign-off",
            )
