"""What linting one draft produced, apart from the linter that produced it.

Reporters, the cache and the baseline read results; none of them needs the document layer
or the pipeline the linter imports, and a run answered from the cache never loads those."""

from __future__ import annotations

from dataclasses import dataclass, field

from declint.core.findings import Finding, Severity
from declint.core.spans import CharSpan, LineIndex, StoredOffsets

UNUSED_SUPPRESSION = "unused-suppression"


@dataclass
class FileResult:
    """What linting one draft produced. ``error`` is set when it could not be linted."""

    path: str
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    rule_errors: list[str] = field(default_factory=list)
    location_note: str | None = None
    #: How offsets into ``text`` map to the file as stored (a BOM, CR LF line ends).
    stored: StoredOffsets | None = None
    #: The draft's own config decides which findings fail the run.
    fail_level: Severity = Severity.WARNING
    #: What the sender did not write, which no rule reads: reports show it dimmed.
    quoted: tuple[CharSpan, ...] = ()
    signature: CharSpan | None = None
    _lines: LineIndex | None = None

    def stored_offset(self, offset: int) -> int:
        """``offset`` counted in the file as stored (its BOM and each CR of a CR LF count), so
        a tool can apply a fix to the file itself; unchanged where nothing was normalised."""
        return self.stored.stored(offset) if self.stored is not None else offset

    @property
    def failed(self) -> bool:
        """Does this draft fail the run: an error, or a finding at or above its fail level?"""
        return (
            self.error is not None
            or bool(self.rule_errors)
            or any(f.severity >= self.fail_level for f in self.findings)
        )

    @property
    def lines(self) -> LineIndex:
        if self._lines is None:
            self._lines = LineIndex(self.text)
        return self._lines
