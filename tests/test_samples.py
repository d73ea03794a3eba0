"""Every draft in samples/ against the findings checked in beside it (NAME.expected.json)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT
from declint.config import Config
from declint.formats import read_source
from declint.linter import Linter

SAMPLES = ROOT / "samples"
DRAFTS = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".eml", ".html"))


def test_there_are_enough_samples() -> None:
    assert len(DRAFTS) >= 12
    for draft in DRAFTS:
        assert (SAMPLES / f"{draft.stem}.expected.json").exists(), f"{draft.name} has no expected findings"


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda p: p.name)
def test_sample(draft: Path, linter: Linter) -> None:
    expected = json.loads((SAMPLES / f"{draft.stem}.expected.json").read_text(encoding="utf-8"))
    (result,) = linter.lint([(read_source(str(draft), draft.read_bytes()), Config())])
    got = Counter((f.rule, result.lines.position(f.start)[0]) for f in result.findings)
    want = Counter((e["rule"], e["line"]) for e in expected)
    assert got == want, [f"{result.lines.position(f.start)[0]}: {f.rule}: {f.message}" for f in result.findings]
