"""A finding and its severity: plain data that every stage after the rules passes on."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(str, enum.Enum):
    """How much a finding matters; ordered so that ``fail_level`` can compare."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Fix:
    """A replacement of ``text[start:end]`` that resolves a finding.

    ``safe`` fixes keep the writer's meaning (a doubled word deleted, "Thx" spelt out) and
    ``declint --fix`` applies them; a fix that may change what the email says (a guessed
    spelling, an inserted sentence) sets ``safe=False`` and needs ``--unsafe-fixes``.
    """

    start: int
    end: int
    replacement: str
    safe: bool = True


@dataclass(frozen=True)
class Finding:
    """One problem, as plain data. Offsets index the text the user sees."""

    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    suggestion: str | None = None
    fix: Fix | None = None
