"""The fixes and messages the four content/tone rules attach to their findings."""

from __future__ import annotations

from collections.abc import Callable

from declint.core.findings import Finding

DRAFT = (
    "Dear Ms. Lee,\n\nThx for the invitation!! I'm gonna decline, as I took another role. "
    "I will NOT be available. Hope we stay in touch :) 👍\n\nBest regards,\nJordan Avery\n"
)


def _apply(text: str, findings: list[Finding]) -> str:
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        assert finding.fix is not None, finding
        text = text[: finding.fix.start] + finding.fix.replacement + text[finding.fix.end :]
    return text


def test_informal_tone_fixes_leave_a_clean_draft(lint_text: Callable[..., list[Finding]]) -> None:
    findings = lint_text(DRAFT, "informal-tone")
    assert len(findings) == 5, [f.message for f in findings]
    fixed = _apply(DRAFT, findings)
    assert "Thank you for the invitation! I'm going to decline" in fixed
    assert "I will not be available. Hope we stay in touch\n" in fixed
    assert lint_text(fixed, "informal-tone") == []


def test_every_new_finding_carries_a_suggestion(lint_text: Callable[..., list[Finding]]) -> None:
    text = (
        "Dear Ms. Lee,\n\nThank you for the invitation. I might not be able to attend, since "
        "your process was disorganised, lol, and I am recovering from knee surgery.\n\n"
        "Best regards,\nJordan Avery\n"
    )
    for rule in ("clear-decline", "negative-remarks", "oversharing", "informal-tone"):
        findings = lint_text(text, rule)
        assert findings, rule
        assert all(f.suggestion for f in findings), rule
