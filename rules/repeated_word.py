"""Rule ``repeated-word``: the same word twice in a row ("the the")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.ruleapi.base import Finding, Fix, Rule, RuleOptions

if TYPE_CHECKING:
    from spacy.tokens import Token

# After "that that", a noun, verb or adjective shows a grammatical double: "I know that
# that job suits you", "that that is settled". Anything else ("that that any offer") is a slip.
_AFTER_THAT_THAT = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "AUX", "NUM"})


@dataclass(frozen=True)
class RepeatedWordOptions(RuleOptions):
    #: Doubles that are grammatical and never flagged, lowercase, e.g. "had had".
    allow: tuple[str, ...] = ("had had",)


def _gap_is_space(text: str, first: Token, second: Token) -> bool:
    """Only spaces and at most one line break between the two words."""
    gap = text[first.idx + len(first) : second.idx]
    return gap != "" and not gap.strip() and gap.count("\n") <= 1


class RepeatedWord(Rule[RepeatedWordOptions]):
    """Remove a word typed twice in a row.

    ## What it does
    Flags the same word twice in a row ("the the"), ignoring case and across a line break,
    and offers to delete the second. Doubles that grammar allows are left alone: "had had"
    (configurable with `allow`) and "that that" when a noun or verb follows ("I know that
    that role suits you"). Words with punctuation between them ("very, very") and names
    ("Duran Duran") are not flagged.

    ## Why is this bad?
    The article asks for "proofreading before sending" to "eliminate typographical errors".
    A doubled word is the commonest slip that survives a quick read, because the eye skips it.

    ## Example
    ```text
    Dear Mr. Osei,

    Thank you for the the invitation to interview for the designer role. I have accepted
    another offer, so I must withdraw my application. I hope our paths cross again.

    Best regards,
    Lena Park
    ```

    Flags: "the the".

    ## Use instead
    ```text
    Dear Mr. Osei,

    Thank you for the invitation to interview for the designer role. I had had another
    offer in hand for a week, and I have now accepted it, so I must withdraw my application.
    I hope our paths cross again.

    Best regards,
    Lena Park
    ```

    ## Options
    - `allow` (list of strings, default `["had had"]`): lowercase doubles that are
      grammatical and never flagged.
    """

    id = "repeated-word"
    category = "proofreading"
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = RepeatedWordOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        allowed = {" ".join(a.lower().split()) for a in self.options.allow}
        tokens = [t for t in document.tokens() if not t.is_punct]
        i = 1
        while i < len(tokens):
            if not self._repeats(document, tokens, i, allowed):
                i += 1
                continue
            # One finding per run: "sorry sorry sorry" is one slip, and one fix deletes every
            # copy after the first (two fixes would edit overlapping text).
            run_end = i
            while run_end + 1 < len(tokens) and self._repeats(document, tokens, run_end + 1, allowed):
                run_end += 1
            first, last = tokens[i - 1], tokens[run_end]
            end = last.idx + len(last)
            copies = run_end - i + 1
            what = f"{last.text!r} is repeated" if copies == 1 else f"{last.text!r} is repeated {copies + 1} times"
            yield self.finding(
                what,
                first.idx,
                end,
                suggestion=f"Delete the second {last.text!r}." if copies == 1 else "Keep one copy.",
                fix=Fix(first.idx + len(first), end, ""),
            )
            i = run_end + 1

    @staticmethod
    def _repeats(document: EmailDocument, tokens: list[Token], i: int, allowed: set[str]) -> bool:
        """Is ``tokens[i]`` a slip repeating the word before it?"""
        first, second = tokens[i - 1], tokens[i]
        if not (first.is_alpha and second.is_alpha) or first.lower_ != second.lower_:
            return False
        if not _gap_is_space(document.text, first, second):
            return False
        if document.overlaps_placeholder(first.idx, second.idx + len(second)):
            return False
        if f"{first.lower_} {second.lower_}" in allowed:
            return False
        if first.text[0].isupper() and second.text[0].isupper() and "PROPN" in (first.pos_, second.pos_):
            return False
        return not (first.lower_ == "that" and i + 1 < len(tokens) and tokens[i + 1].pos_ in _AFTER_THAT_THAT)
