"""What the resident server prepares before it forks a worker for each run.

A worker is a copy of the server: whatever the server has not loaded, every run loads again.
These tests hold the server's warm-up to loading what a run may need, and a served run to
using what was loaded instead of loading it again.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from declint.cli import entry
from declint.cli.daemon import Server
from declint.nlp import lexicon, sentiment
from declint.nlp.pipeline import DEFAULT_MODEL
from declint.ruleapi.registry import Registry, load_registry

DRAFT = (
    "Dear Ms. Lindqvist,\n\n"
    "Thank you for the invitation to interview for the Platform Engineer role at Vantorra Systems. "
    "I have accepted an offer elsewhere, so I must withdraw my application. Unfortunatly the timing "
    "did not work out.\n\n"
    "Kind regards,\nPriya Raman\n"
)


def test_the_warm_up_loads_what_only_some_drafts_need(monkeypatch: pytest.MonkeyPatch) -> None:
    """VADER's valences and the two-edit correction index are read only by drafts with a
    negative word or a bad misspelling, which the warm-up draft may not have; loaded in each
    worker they cost every such run again."""
    monkeypatch.setattr(entry, "preloaded_registry", None)
    sentiment._lexicon.cache_clear()
    lexicon._common_by_shape.cache_clear()
    Server(DEFAULT_MODEL, 1.0).warm_up()
    assert sentiment._lexicon.cache_info().currsize == 1
    assert lexicon._common_by_shape.cache_info().currsize == 1
    assert entry.preloaded_registry is not None
    assert set(entry.preloaded_registry.rules) == set(load_registry().rules)
    # Every class resolved before the workers fork, so no run resolves one again.
    assert all(entry.preloaded_registry.rules.loaded(rule_id) for rule_id in entry.preloaded_registry.rules)


def test_a_served_run_uses_the_registry_the_server_loaded(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The rules come from the server's registry, not from scanning entry points again."""
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    everything = load_registry()
    only_spelling = Registry(rules={"spelling": everything.rules["spelling"]})
    monkeypatch.setattr(entry, "preloaded_registry", only_spelling)
    monkeypatch.setattr(entry, "load_registry", lambda: pytest.fail("the run scanned the entry points again"))
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    code = entry.main(["--no-cache", "--format", "concise", str(draft)])
    lines = out.getvalue().splitlines()
    assert code == 1
    assert lines and all("spelling" in line for line in lines), lines
