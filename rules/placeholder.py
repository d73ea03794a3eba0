"""Rule ``placeholder``: no unfilled template placeholder in a draft about to be sent."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from declint.document.email import EmailDocument
from declint.ruleapi.base import Finding, Rule, RuleOptions, Severity
from declint.text.placeholders import placeholder_kind

_WHAT = {
    "person": "the person's name",
    "org": "the organisation's name",
    "role": "the job title",
    "date": "the date or time",
    "place": "the place",
    "other": "the words it stands for",
}


@dataclass(frozen=True)
class PlaceholderOptions(RuleOptions):
    #: Placeholders (exactly as written) that may stay, e.g. a mail-merge field the
    #: sending tool fills in.
    allow: tuple[str, ...] = ()


class Placeholder(Rule[PlaceholderOptions]):
    """Fill in every template placeholder before sending.

    ## What it does
    Flags an unfilled placeholder such as `[Name]`, `{{company}}`, `{role}`, `${x}`,
    `<Name>`, `____`, `*****` or a note like `(insert name)` in the message. Quoted replies
    and the signature are not read. Run with `--template` (or `template = true` in the
    config) when the file is a template: placeholders are then expected and never flagged,
    and the other rules read each one as the name or word it stands for.

    ## Why is this bad?
    The article warns that "proofreading before sending can eliminate typographical errors
    or miscommunications that may inadvertently impinge on one's image as a professional".
    A hiring manager who reads "Dear [Name]" knows the email is a copied template, which
    undoes the courtesy of writing at all.

    ## Example
    ```text
    Dear [Hiring Manager],

    Thank you for inviting me to interview for the analyst role. I have accepted another
    offer, so I must withdraw my application. I hope our paths cross again.

    Best regards,
    Priya Shah
    ```

    Flags: "[Hiring Manager]".

    ## Use instead
    ```text
    Dear Ms. Lindqvist,

    Thank you for inviting me to interview for the analyst role. I have accepted another
    offer, so I must withdraw my application. I hope our paths cross again.

    Best regards,
    Priya Shah
    ```

    ## Options
    - `allow` (list of strings, default empty): placeholders, exactly as written, that may
      stay in the draft, such as a mail-merge field your sending tool fills in.
    """

    id = "placeholder"
    category = "proofreading"
    severity = Severity.ERROR
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = PlaceholderOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        if document.template:
            return
        excluded = document.parts.excluded
        allowed = set(self.options.allow)
        for span in document.placeholders:
            if any(e.start <= span.start < e.end for e in excluded):
                continue
            written = span.text(document.text)
            if written in allowed:
                continue
            kind = placeholder_kind(written)
            what = "your name" if kind == "person" and "your" in written.lower() else _WHAT[kind]
            yield self.finding(
                f"unfilled placeholder {written!r}",
                span.start,
                span.end,
                suggestion=f"Replace it with {what}.",
            )
