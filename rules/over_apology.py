"""Rule ``over-apology``: one apology is enough."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.document.apology import apologies
from declint.document.email import EmailDocument
from declint.ruleapi.base import Finding, Rule, RuleOptions

if TYPE_CHECKING:
    pass

@dataclass(frozen=True)
class OverApologyOptions(RuleOptions):
    #: How many apologies an email may hold before it reads as grovelling.
    max_apologies: int = 1


class OverApology(Rule[OverApologyOptions]):
    """Apologise once at most.

    ## What it does
    Counts apologies: "sorry", "apologise"/"apologize", "apologies", "regret to inform",
    "forgive me", "please excuse the late reply", and grovelling such as "I feel terrible".
    Each one past `max_apologies` is flagged.

    ## Why is this bad?
    The article asks for a decline that explains itself "without going into excessive
    detail or sounding apologetic". Declining an interview is normal; repeated apologies
    make it sound like a failing and shift the reader's attention to your guilt.

    ## Example
    ```text
    Dear Ms. Chen,

    Thank you for the invitation to interview. I am so sorry, but I have accepted another
    offer and must withdraw. I apologize for any inconvenience, and I hope we stay in touch.

    Best regards,
    Sam Ortiz
    ```

    Flags: "I apologize".

    ## Use instead
    ```text
    Dear Ms. Chen,

    Thank you for the invitation to interview. I have accepted another offer and must
    withdraw. I apologize for any inconvenience, and I hope we stay in touch.

    Best regards,
    Sam Ortiz
    ```

    ## Options
    - `max_apologies` (int, default 1): apologies allowed before the rest are flagged.
    """

    id = "over-apology"
    version = 2
    category = "tone"
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = OverApologyOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        found = list(apologies(document))
        limit = self.options.max_apologies
        for n, token in enumerate(found[limit:], start=limit + 1):
            yield self.finding(
                f"apology {n} of {len(found)}: more than {limit} sounds apologetic; "
                "keep one and let the rest go",
                token.idx,
                token.idx + len(token.text),
                suggestion="Remove this apology",
            )
