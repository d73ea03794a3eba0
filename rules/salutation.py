"""Rule ``salutation``: open with a formal greeting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from declint.core.spans import CharSpan
from declint.document.email import EmailDocument
from declint.ruleapi.base import Finding, Fix, Rule, RuleOptions
from declint.text.parts import GREETING_WORDS
from declint.text.vocabulary import vocabulary

# A draft pasted with its header line on top ("Subject: Interview", "Re: ...").
_HEADER_LINE = re.compile(r"^[ \t]*(?:subject|re|fwd?|to|from|date|cc)[ \t]{0,4}:", re.I)
_GREETING_LINE = re.compile(
    r"^[ \t]*(?P<word>" + "|".join(re.escape(w) for w in GREETING_WORDS) + r")\b", re.I
)


@dataclass(frozen=True)
class SalutationOptions(RuleOptions):
    #: Greeting words that are too casual for a hiring manager.
    informal: tuple[str, ...] = vocabulary().casual_greetings


class Salutation(Rule[SalutationOptions]):
    """Open the email with a formal greeting.

    ## What it does
    Flags an email that has no greeting line, or one that opens with a casual word such as
    "Hey", "Yo" or "Sup". "Dear ...,", "Hello Name,", "Hi Name," and "Good morning Ms. X,"
    pass, also under a "Subject: ..." line pasted at the top of the draft.

    ## Why is this bad?
    The article asks that a decline "begin with a formal salutation". The greeting is the
    first thing the hiring manager reads, and a missing or casual one sets the wrong tone
    for everything after it.

    ## Example
    ```text
    Hey Sam,

    Thank you for inviting me to interview for the analyst role. I have accepted another
    offer, so I must withdraw my application. I hope our paths cross again.

    Best regards,
    Jordan Lee
    ```

    Flags: "Hey".

    ## Use instead
    ```text
    Dear Sam,

    Thank you for inviting me to interview for the analyst role. I have accepted another
    offer, so I must withdraw my application. I hope our paths cross again.

    Best regards,
    Jordan Lee
    ```

    ## Options
    - `informal` (list of strings): greeting words treated as too casual.
    """

    id = "salutation"
    version = 2
    category = "structure"
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = SalutationOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        options = self.options
        parts = document.parts
        if parts.message.end == parts.message.start:
            return
        greeting_word = parts.greeting_word
        if parts.greeting is None and (under := self._greeting_under_header(document)) is not None:
            greeting_word = under
        elif parts.greeting is None:
            line = document.lines.line_span(document.lines.position(parts.message.start)[0])
            end = min(line.end, parts.message.start + 40)
            yield self.finding(
                "the email opens without a greeting; start with a formal salutation",
                parts.message.start,
                max(end, parts.message.start + 1),
                suggestion='Add a greeting line such as "Dear Ms. Lee,"',
                fix=Fix(parts.message.start, parts.message.start, "Dear Hiring Manager,\n\n", safe=False),
            )
            return
        if greeting_word is None:
            return
        word = document.span_text(greeting_word)
        normalised = " ".join(word.lower().replace("’", "'").split())
        if normalised in {w.lower() for w in options.informal}:
            yield self.finding(
                f'"{word}" is too casual a greeting for a hiring manager',
                greeting_word.start,
                greeting_word.end,
                suggestion='Use "Dear" (or "Hello") instead',
                fix=Fix(greeting_word.start, greeting_word.end, "Dear"),
            )

    @staticmethod
    def _greeting_under_header(document: EmailDocument) -> CharSpan | None:
        """The greeting word on the first line after a leading "Subject: ..." line."""
        lines = document.lines
        row = lines.position(document.parts.message.start)[0]
        if not _HEADER_LINE.match(document.span_text(lines.line_span(row))):
            return None
        for below in range(row + 1, min(row + 4, lines.line_count + 1)):
            span = lines.line_span(below)
            text = document.span_text(span)
            if not text.strip():
                continue
            match = _GREETING_LINE.match(text)
            return CharSpan(span.start + match.start("word"), span.start + match.end("word")) if match else None
        return None
