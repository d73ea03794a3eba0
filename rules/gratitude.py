"""Rule ``gratitude``: thank them for the opportunity."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from declint.document.email import EmailDocument
from declint.document.thanks import thanks
from declint.ruleapi.base import Finding, Fix, Rule, RuleOptions


@dataclass(frozen=True)
class GratitudeOptions(RuleOptions):
    pass


class Gratitude(Rule[GratitudeOptions]):
    """Thank them for the invitation and their time.

    ## What it does
    Flags an email that never thanks the reader or shows appreciation ("thank", "grateful",
    "appreciate", "gratitude", "much obliged", "it was kind of you", "cheers for",
    "I am honoured"). Negated thanks
    ("I don't appreciate ...") do not count; "I can't thank you enough" does.

    ## Why is this bad?
    The article's section "Expressing Appreciation for the Opportunity": gratitude
    "underscores respect for the time and consideration invested by the employer" and
    keeps the relationship cordial even as you decline.

    ## Example
    ```text
    Dear Mr. Okafor,

    I am writing to withdraw from the interview for the data engineer position, as I have
    accepted another offer. I hope our paths cross again.

    Best regards,
    Priya Nair
    ```

    Flags: "I am writing to withdraw".

    ## Use instead
    ```text
    Dear Mr. Okafor,

    Thank you for inviting me to interview for the data engineer position. I am writing to
    withdraw, as I have accepted another offer. I hope our paths cross again.

    Best regards,
    Priya Nair
    ```
    """

    id = "gratitude"
    version = 2
    category = "tone"
    article_section = "Expressing Appreciation for the Opportunity"
    reads_entities = False
    options_type = GratitudeOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        if document.message.start == document.message.end:
            return
        if any(t.for_the_opportunity for t in thanks(document)):
            return
        body = document.body if document.body.end > document.body.start else document.message
        first = document.sentences(body)
        end = first[0].end_char if first else body.end
        yield self.finding(
            "the email never thanks them; thank them for the invitation and their time",
            body.start,
            end,
            suggestion='Add a line such as "Thank you for inviting me to interview."',
            # Words the writer did not choose: applied only with --unsafe-fixes.
            fix=Fix(body.start, body.start, "Thank you for inviting me to interview. ", safe=False),
        )
