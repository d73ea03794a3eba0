"""Rules' data files: each sits beside its rule, and every spaCy pattern matches its own example."""

from __future__ import annotations

import pytest

from conftest import ROOT
from declint.nlp.idioms import find, idioms_from
from declint.nlp.pipeline import DEFAULT_MODEL, load_pipeline
from declint.ruleapi.data import rule_data

MODULES = sorted(p.stem for p in (ROOT / "rules").glob("*.toml"))
IDIOMS = [idiom for module in MODULES for idiom in idioms_from(rule_data(module).get("idiom", []))]


def test_data_files_sit_beside_their_rules() -> None:
    for module in MODULES:
        assert (ROOT / "rules" / f"{module}.py").exists(), f"{module}.toml has no rule beside it"


@pytest.mark.parametrize("idiom", IDIOMS, ids=lambda i: f"{i.group}: {i.name}")
def test_each_idiom_matches_its_example(idiom) -> None:  # type: ignore[no-untyped-def]
    doc = load_pipeline(DEFAULT_MODEL)(idiom.example)
    assert idiom.name in {name for name, _, _ in find(doc, tuple(IDIOMS), idiom.group)}
