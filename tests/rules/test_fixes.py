"""Findings that carry a plain replacement: applying the Fix gives the corrected draft."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from conftest import FRAME
from declint.core.findings import Finding


def apply(text: str, findings: list[Finding]) -> str:
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        assert finding.fix is not None, finding
        text = text[: finding.fix.start] + finding.fix.replacement + text[finding.fix.end :]
    return text


@pytest.mark.parametrize(
    ("rule", "written", "fixed"),
    [
        ("repeated-word", "Thank you for the the invitation.", "Thank you for the invitation."),
        ("repeated-word", "Thank you for the\nthe invitation.", "Thank you for the invitation."),
        ("repeated-word", "I hope you you find the right person.", "I hope you find the right person."),
        ("spelling", "I have recieved another offer.", "I have received another offer."),
        ("spelling", "Thank you. Teh team was kind, and I am greatful.", "Thank you. The team was kind, and I am grateful."),
        ("spelling", "Unfortunatly, I must withdraw.", "Unfortunately, I must withdraw."),
        ("spelling", "I have had alot of offers.", "I have had a lot of offers."),
        ("spelling", "Thank you. Regretably, I must withdraw.", "Thank you. Regrettably, I must withdraw."),
        ("spelling", "I am sure you will find someone definatly.", "I am sure you will find someone definitely."),
    ],
)
def test_fix_corrects_the_draft(
    lint_text: Callable[..., list[Finding]], rule: str, written: str, fixed: str
) -> None:
    text = FRAME.format(body=written)
    assert apply(text, lint_text(text, rule)) == FRAME.format(body=fixed)


def test_an_unclear_correction_is_offered_but_not_applied(lint_text: Callable[..., list[Finding]]) -> None:
    text = FRAME.format(body="I wonder wich role suits me.")
    (finding,) = lint_text(text, "spelling")
    assert finding.fix is None
    assert finding.suggestion is not None and "'which'" in finding.suggestion
