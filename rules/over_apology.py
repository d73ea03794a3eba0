"""Rule ``over-apology``: one apology is enough."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.nlp.grammar import has_negation_child
from declint.ruleapi.base import Finding, Rule, RuleOptions

if TYPE_CHECKING:
    from spacy.tokens import Token

_APOLOGY_LEMMAS = frozenset({"sorry", "apologize", "apologise", "apology", "apologetic", "regret",
                             "regrettably", "regretfully", "apologetically"})
_GROVEL_ADJ = frozenset({"terrible", "awful", "horrible", "dreadful", "guilty", "bad", "ashamed"})
_FORGIVE = frozenset({"forgive", "pardon", "excuse"})


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
        found = list(self.apologies(document))
        limit = self.options.max_apologies
        for n, token in enumerate(found[limit:], start=limit + 1):
            yield self.finding(
                f"apology {n} of {len(found)}: more than {limit} sounds apologetic; "
                "keep one and let the rest go",
                token.idx,
                token.idx + len(token.text),
                suggestion="Remove this apology",
            )

    @staticmethod
    def apologies(document: EmailDocument) -> Iterator[Token]:
        region = document.message
        for token in document.tokens(region):
            lemma = token.lemma_.lower()
            low = token.lower_
            if lemma in _APOLOGY_LEMMAS or low in _APOLOGY_LEMMAS or low == "apologies":
                if low in ("sorry",) and any(c.dep_ == "neg" for c in token.head.children):
                    continue
                if has_negation_child(token) or any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
                    continue  # "I do not regret applying", "no regrets": not an apology
                yield token
            elif lemma in _FORGIVE and token.pos_ == "VERB" and _asks_pardon(token):
                yield token
            elif low in _GROVEL_ADJ and token.dep_ in ("acomp", "amod", "oprd") and token.head.lemma_ in (
                "feel", "be"
            ) and any(c.lower_ in ("i", "we") for c in token.head.children if c.dep_ == "nsubj"):
                yield token


def _asks_pardon(verb: Token) -> bool:
    """ "Forgive me", and the imperative with no subject: "please excuse the late reply"."""
    if verb.lemma_.lower() == "excuse" and any(c.lower_ == "from" for c in verb.children):
        return False  # "excuse me from the interview" withdraws; it does not apologise
    if any(c.lower_ in ("me", "us") for c in verb.children):
        return True
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return not subject and any(c.dep_ == "dobj" for c in verb.children)
