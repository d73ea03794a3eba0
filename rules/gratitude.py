"""Rule ``gratitude``: thank them for the opportunity."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.nlp.grammar import NEGATORS, is_negated
from declint.ruleapi.base import Finding, Fix, Rule, RuleOptions

if TYPE_CHECKING:
    from spacy.tokens import Token

_THANKS = frozenset(
    {"thank", "thanks", "appreciate", "appreciation", "grateful", "gratitude", "thankful",
     "appreciative", "gratefully", "thx", "ty"}
)
# "It was kind of you to ...": an adjective of generosity said of the reader is thanks.
_KIND = frozenset({"kind", "good", "generous", "thoughtful", "gracious", "considerate", "nice"})
# "I was honoured to be invited": feeling honoured by the reader's offer is appreciation.
_HONOURED = frozenset({"honour", "honor", "honoured", "honored", "flatter", "flattered"})
# "much obliged", "most obliged": degree words that make "obliged" thanks, not duty.
_OBLIGED_DEGREE = frozenset({"much", "most", "very", "greatly", "deeply", "truly", "so"})


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
        for token in document.tokens():
            if _kind_of_you(token):
                # The parse of "kind of you" is unreliable, so its negation is read from the
                # words just before it: "it was not (very) kind of you".
                if not any(t.lower_ in NEGATORS for t in token.doc[max(token.i - 3, 0) : token.i]):
                    return
                continue
            if _obliged(token) or _cheers_for(token) or _honoured(token):
                if not is_negated(token, through_clauses=False):
                    return
                continue
            if token.lemma_.lower() not in _THANKS and token.lower_ not in _THANKS:
                continue
            # "I can't thank you enough" is emphatic thanks, not a refusal to thank.
            emphatic = any(c.lower_ == "enough" for c in token.subtree)
            if emphatic or not is_negated(token, through_clauses=False):
                return
        body = document.body if document.body.end > document.body.start else document.message
        first = document.sentences(body)
        end = first[0].end_char if first else body.end
        yield self.finding(
            "the email never thanks them; thank them for the invitation and their time",
            body.start,
            end,
            suggestion='Add a line such as "Thank you for inviting me to interview."',
            fix=Fix(body.start, body.start, "Thank you for inviting me to interview. "),
        )


def _kind_of_you(token: Token) -> bool:
    """ "kind of you": read from the words, since the parser often takes "kind of" for a
    hedge ("kind of busy"); the "you" after it is what makes it praise of the reader."""
    doc = token.doc
    i = token.i
    return (
        token.lower_ in _KIND
        and i + 2 < len(doc)
        and doc[i + 1].lower_ == "of"
        and doc[i + 2].lower_ in ("you", "your")
    )


def _obliged(token: Token) -> bool:
    """ "Much obliged for ..." thanks; "I am obliged to withdraw" is duty, not thanks."""
    if token.lower_ != "obliged" or any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return False
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    return before in _OBLIGED_DEGREE or any(
        c.dep_ == "prep" and c.lower_ == "for" for c in token.children
    )


def _cheers_for(token: Token) -> bool:
    """British "cheers for the invite" thanks; a bare "Cheers," sign-off is the closing rule's."""
    return token.lower_ == "cheers" and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)


def _honoured(token: Token) -> bool:
    """ "I am honoured by / to be ...": said of the sender, not "we honour our promises"."""
    if token.lemma_.lower() not in _HONOURED and token.lower_ not in _HONOURED:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in token.children):
        return True
    # The parser sometimes hangs the subject on the auxiliary: "We are honored".
    return any(t.lower_ in ("i", "we") for t in token.doc[max(token.i - 3, 0) : token.i])
