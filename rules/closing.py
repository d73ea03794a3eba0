"""Rule ``closing``: end with a professional sign-off and your name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from declint.core.spans import CharSpan
from declint.document.email import EmailDocument
from declint.ruleapi.base import Finding, Fix, Rule, RuleOptions
from declint.text.parts import looks_like_name, normalise_valediction
from declint.text.vocabulary import vocabulary

# Words a sign-off is built from. "Thanks so much," and "Many thanks and best wishes," are
# sign-offs the structure's fixed list does not hold; a short line of such words ending in
# a comma above the name is one.
_VALEDICTION_WORDS = vocabulary().sign_off_words
_WORD = re.compile(r"[a-z']{1,30}")


@dataclass(frozen=True)
class ClosingOptions(RuleOptions):
    #: Sign-offs too casual for a hiring manager.
    informal: tuple[str, ...] = vocabulary().casual_sign_offs
    #: Whether a sign-off must be followed by the sender's name.
    require_name: bool = True
    #: More professional sign-offs ("Ngā mihi nui", "Yours in service"). Usually set for
    #: every rule at once in ``[tool.declint.vocabulary] sign-offs``.
    sign_offs: tuple[str, ...] = ()


def _foreign_sign_off(line: str) -> bool:
    """A sign-off in words declint does not list, told by its place and shape: a short line
    of capitalised words ending in a comma, right above the name ("Ngā mihi,", "Le meas,",
    "Mit freundlichen Grüßen,", "Cordialement,"). Not a sentence: no "I", "you" or digits."""
    words = line.rstrip(",").split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    # Letters, with the apostrophes and hyphens of the writer's language ("dea-ghuí").
    if any(not w.replace("'", "").replace("’", "").replace("-", "").isalpha() for w in words):
        return False
    return not {w.lower() for w in words} & {"i", "you", "we", "my", "your", "me", "dear", "hi", "hello"}


class Closing(Rule[ClosingOptions]):
    """End with a professional sign-off and your name.

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

    Flags: "Cheers".

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
    - `sign_offs` (list of strings, default empty): more professional sign-offs, accepted
      even when `informal` lists them. Usually set for every rule in
      `[tool.declint.vocabulary] sign-offs`.
    """

    id = "closing"
    version = 2
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
                unlisted = self._unlisted_sign_off(document)
                if unlisted is not None:
                    yield from self._casual(document, unlisted)
                    return
                yield self.finding(
                    "the name is not preceded by a sign-off; add one such as \"Best regards,\"",
                    parts.signer.start,
                    parts.signer.end,
                    suggestion='Add "Best regards," on the line above your name',
                    fix=Fix(parts.signer.start, parts.signer.start, "Best regards,\n", safe=False),
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
        if normalise_valediction(phrase) in self._informal:
            yield self.finding(
                f'"{phrase.rstrip(",.! ")}" is too casual a sign-off for a hiring manager',
                parts.sign_off.start,
                parts.sign_off.end,
                suggestion='Use "Best regards," or "Kind regards,"',
                fix=Fix(parts.sign_off.start, parts.sign_off.end, "Best regards,", safe=False),
            )
        elif options.require_name and parts.signer is None and not self._signed_below(document):
            yield self.finding(
                "the sign-off is not followed by your name",
                parts.sign_off.start,
                parts.sign_off.end,
                suggestion="Put your full name on the line after the sign-off",
            )

    def _unlisted_sign_off(self, document: EmailDocument) -> CharSpan | None:
        """The line above the name when it is a short sign-off of valediction words."""
        span = document.line_above_signer
        if span is None:
            return None
        text = document.span_text(span)
        words = _WORD.findall(text.lower().replace("’", "'"))
        if not text.endswith(",") or not 1 <= len(words) <= 6:
            return None
        # A casual word makes it a sign-off too ("Cheers mate,"), one the casual check flags.
        if (
            normalise_valediction(text) not in self._own
            and not any(w in _VALEDICTION_WORDS or w in self._informal for w in words)
            and not _foreign_sign_off(text)
        ):
            return None
        return span

    def _casual(self, document: EmailDocument, sign_off: CharSpan) -> Iterator[Finding]:
        """ "Cheers and thanks,": a casual word anywhere in an unlisted sign-off."""
        phrase = document.span_text(sign_off)
        words = set(_WORD.findall(phrase.lower().replace("’", "'")))
        if words & self._informal and normalise_valediction(phrase) not in self._own:
            yield self.finding(
                f'"{phrase.rstrip(",.! ")}" is too casual a sign-off for a hiring manager',
                sign_off.start,
                sign_off.end,
                suggestion='Use "Best regards," or "Kind regards,"',
                fix=Fix(sign_off.start, sign_off.end, "Best regards,", safe=False),
            )

    @property
    def _informal(self) -> frozenset[str]:
        # A sign-off the team lists as its own is never casual, even one the shipped list has.
        return frozenset(w.lower() for w in self.options.informal) - self._own

    @property
    def _own(self) -> frozenset[str]:
        return frozenset(normalise_valediction(s) for s in self.options.sign_offs)

    @staticmethod
    def _signed_below(document: EmailDocument) -> bool:
        """The name sits in the signature block under the sign-off ("-- " then the name)."""
        signature = document.parts.signature
        if signature is None:
            return False
        lines = document.span_text(signature).split("\n")[1:]
        first = next((ln for ln in lines if ln.strip()), "")
        return bool(first) and looks_like_name(first)
