"""The rule API: what a rule is, what it yields, and how its options are typed.

A rule author needs only this module: it re-exports the finding types rules build."""

from __future__ import annotations

import dataclasses
import inspect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from declint.core.findings import Finding, Fix, Severity

if TYPE_CHECKING:
    from declint.document.email import EmailDocument


@dataclass(frozen=True)
class RuleOptions:
    """Base for a rule's options: a frozen dataclass whose fields all have defaults."""


OptionsT = TypeVar("OptionsT", bound=RuleOptions)

REQUIRED_DOC_HEADINGS = ("What it does", "Why is this bad?", "Example", "Use instead")


class Rule(Generic[OptionsT]):
    """A check over one parsed email.

    Subclasses set the class attributes and implement :meth:`check`, which receives the
    parsed document and yields findings. Rules never read files, load models or print.
    """

    id: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    #: The heading of the article section the rule enforces.
    article_section: ClassVar[str]
    options_type: ClassVar[type[RuleOptions]] = RuleOptions
    #: Bumped when a rule's behaviour changes, so cached results are not reused.
    version: ClassVar[int] = 1
    #: Whether the rule reads ``token.ent_type_`` or ``doc.ents`` itself. Named-entity
    #: recognition is a third of a parse and most drafts never need it, so declint runs it
    #: up front only when an active rule says True here; otherwise a rule that wants an
    #: entity label asks ``document.entity_type(token)``, which recognises entities on first
    #: use. True by default so that a plugin written against plain spaCy keeps working.
    reads_entities: ClassVar[bool] = True

    def __init__(self, options: OptionsT | None = None, severity: Severity | None = None) -> None:
        self.options: OptionsT = options if options is not None else self.options_type()  # type: ignore[assignment]
        self.effective_severity = severity or self.severity

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(
        self,
        message: str,
        start: int,
        end: int,
        suggestion: str | None = None,
        fix: Fix | None = None,
    ) -> Finding:
        return Finding(
            rule=self.id,
            severity=self.effective_severity,
            message=message,
            start=start,
            end=max(start, end),
            suggestion=suggestion,
            fix=fix,
        )

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        return cls.doc().splitlines()[0] if cls.doc() else ""

    @classmethod
    def doc_section(cls, heading: str) -> str:
        """The text under one ``## heading`` of the docstring (ruff's layout)."""
        out: list[str] = []
        inside = False
        for line in cls.doc().splitlines():
            if line.startswith("## "):
                inside = line[3:].strip() == heading
                continue
            if inside:
                out.append(line)
        return "\n".join(out).strip("\n")

    @classmethod
    def doc_example(cls, heading: str) -> str:
        """The first fenced block under ``heading``: a draft the docs show."""
        match = re.search(r"```[a-z]*\n(.*?)\n```", cls.doc_section(heading), re.S)
        return match.group(1) + "\n" if match else ""

    @classmethod
    def option_fields(cls) -> list[dataclasses.Field[Any]]:
        return list(dataclasses.fields(cls.options_type))



__all__ = ["Finding", "Fix", "OptionsT", "Rule", "RuleOptions", "Severity", "REQUIRED_DOC_HEADINGS"]
