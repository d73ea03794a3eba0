"""Every draft in samples/ against the findings checked in beside it (NAME.expected.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT
from declint.engine.config import Config
from declint.engine.linter import Linter
from declint.engine.scoring import UNLABELLED_SENT, covers
from declint.formats import read_source

SAMPLES = ROOT / "samples"
DRAFTS = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".eml", ".html"))


def test_there_are_enough_samples() -> None:
    assert len(DRAFTS) >= 12
    for draft in DRAFTS:
        assert (SAMPLES / f"{draft.stem}.expected.json").exists(), f"{draft.name} has no expected findings"


def _param(draft: Path) -> object:
    """A draft whose expected findings name an open issue the rules get wrong today is
    expected to fail, strictly: the mark must go when the fix lands."""
    expected = json.loads((SAMPLES / f"{draft.stem}.expected.json").read_text(encoding="utf-8"))
    issues = [e["known-issue"] for e in expected if "known-issue" in e]
    marks = [pytest.mark.xfail(reason="; ".join(issues), strict=True)] if issues else []
    return pytest.param(draft, id=draft.name, marks=marks)


@pytest.fixture(scope="module")
def sent_linter(linter: Linter) -> Linter:
    """The samples linted as sent at one fixed time, as labelled drafts are: "on Thursday"
    would otherwise be tomorrow, and short notice, whenever the tests run on a Wednesday."""
    return Linter(linter.registry, now=UNLABELLED_SENT)


@pytest.mark.parametrize("draft", [_param(d) for d in DRAFTS])
def test_sample(draft: Path, sent_linter: Linter) -> None:
    expected = json.loads((SAMPLES / f"{draft.stem}.expected.json").read_text(encoding="utf-8"))
    (result,) = sent_linter.lint([(read_source(str(draft), draft.read_bytes()), Config())])
    # Each finding must be one a person expected: the same rule, on the same line, over
    # the words they wrote down (one side's words inside the other's).
    unmatched = list(expected)
    spare = []
    for finding in result.findings:
        line = result.lines.position(finding.start)[0]
        words = " ".join(result.text[finding.start : finding.end].split())
        match = next(
            (
                e
                for e in unmatched
                if e["rule"] == finding.rule and e["line"] == line and covers(e["text"], words)
            ),
            None,
        )
        if match is None:
            spare.append(f"{line}: {finding.rule}: {words[:60]!r}")
        else:
            unmatched.remove(match)
    assert not unmatched and not spare, f"expected but not found: {unmatched}; found but not expected: {spare}"
