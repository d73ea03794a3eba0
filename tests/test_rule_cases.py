"""Each rule's case table (tests/cases/<rule>.toml), run on the real pipeline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import CASES, load_cases
from declint.rule import Finding

RULES = sorted(p.stem for p in CASES.glob("*.toml"))


@pytest.mark.parametrize(
    ("rule", "text", "fires", "options", "source"),
    [pytest.param(rule, *case.values, id=f"{rule}: {case.id}") for rule in RULES for case in load_cases(rule)],
)
def test_case(
    lint_text: Callable[..., list[Finding]],
    rule: str,
    text: str,
    fires: bool,
    options: dict[str, Any],
    source: dict[str, Any],
) -> None:
    findings = lint_text(text, rule, options, **source)
    assert bool(findings) is fires, [f.message for f in findings]
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text)
