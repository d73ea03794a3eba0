"""Each rule's case table (tests/rules/cases/<rule>.toml), run on the real pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import CASES, load_cases, unmatched_flags
from declint.core.findings import Finding
from declint.ruleapi.registry import Registry

RULES = sorted(p.stem for p in CASES.glob("*.toml"))


@pytest.mark.parametrize(
    ("rule", "text", "flags", "options", "source"),
    [
        pytest.param(rule, *case.values, id=f"{rule}: {case.id}", marks=case.marks)
        for rule in RULES
        for case in load_cases(rule)
    ],
)
def test_case(
    lint_text: Callable[..., list[Finding]],
    rule: str,
    text: str,
    flags: tuple[str, ...],
    options: dict[str, Any],
    source: dict[str, Any],
) -> None:
    findings = lint_text(text, rule, options, **source)
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text)
    # The words a person marked in the draft, one fragment per finding: a finding that
    # moves, or one too many or too few, fails.
    missed, spare = unmatched_flags(text, findings, flags)
    assert not missed and not spare, f"not flagged: {missed}; flagged but not labelled: {spare}"


def test_every_rule_has_a_case_table(registry: Registry) -> None:
    assert set(RULES) == set(registry.ids()), "each rule needs tests/rules/cases/<rule>.toml"
