"""Rule ``door-open``: leave the door open for later."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from declint.core.spans import CharSpan
from declint.document.door import negated_in_clause_chain, opener
from declint.document.email import EmailDocument
from declint.document.moves import Move, moves_of
from declint.ruleapi.base import Finding, Rule, RuleOptions


@dataclass(frozen=True)
class DoorOpenOptions(RuleOptions):
    pass


class DoorOpen(Rule[DoorOpenOptions]):
    """Leave the door open for future opportunities.

    ## What it does
    Flags an email where nothing leaves the door open (staying in touch, future roles,
    paths crossing, being considered later), and any phrase that shuts it ("do not contact
    me again", "I will never apply"). Negation is read from the parse, so "I don't think we
    should stay in touch" shuts the door, while "Should another role open up, I would love
    to hear from you" opens it.

    ## Why is this bad?
    The article's section "Keeping the Door Open for Future Opportunities": declining
    "without burning bridges" keeps "prospects for unforeseen advantages later in one's
    career journey". A decline that closes the door wastes the goodwill the rest of the
    email builds.

    ## Example
    ```text
    Dear Mr. Novak,

    Thank you for inviting me to interview for the product manager role. I have accepted
    another offer and must withdraw my application.

    Best regards,
    Lena Ruiz
    ```

    Flags: "I have accepted".

    ## Use instead
    ```text
    Dear Mr. Novak,

    Thank you for inviting me to interview for the product manager role. I have accepted
    another offer and must withdraw my application. I hope we can stay in touch.

    Best regards,
    Lena Ruiz
    ```
    """

    id = "door-open"
    version = 2
    category = "content"
    article_section = "Keeping the Door Open for Future Opportunities"
    reads_entities = False
    options_type = DoorOpenOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        if document.body.end == document.body.start:
            return
        moves = moves_of(document)
        for sentence in moves:
            shut = sentence.cue(Move.DOOR_SHUT)
            opened = sentence.cue(Move.DOOR_OPENED)
            if shut is not None and (opened is None or shut.start <= opened.start):
                yield self.finding(
                    "this shuts the door on future contact; leave it open instead",
                    sentence.start,
                    sentence.end,
                    suggestion='Say something like "I hope our paths cross again."',
                )
                return
            if opened is not None:
                return
        if self._sign_off_opens(document):
            return
        last = moves[-1] if moves else None
        start, end = (last.start, last.end) if last else (document.body.start, document.body.end)
        yield self.finding(
            "nothing leaves the door open; add a line about staying in touch or future roles",
            start,
            end,
            suggestion='Add "I hope our paths cross again in the future."',
        )

    @staticmethod
    def _sign_off_opens(document: EmailDocument) -> bool:
        """ "Hope we stay in touch," above the name: the sign-off itself opens the door."""
        start, end = document.body.end, document.message.end
        if end <= start:
            return False
        region = CharSpan(start, end)
        return any(opener(t) and not negated_in_clause_chain(t) for t in document.tokens(region))
