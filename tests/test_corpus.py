"""Accuracy on the real, labelled decline emails in ../shared/corpus/dev (when present).

This guards against regressions on real text; the corpus is a development set, so the
rules are written from the article and the parse, never from its phrases.
"""

from __future__ import annotations

import importlib.util
import math
import sys

import pytest

from conftest import CORPUS, ROOT

pytestmark = pytest.mark.skipif(not (CORPUS / "LABELS.tsv").exists(), reason="corpus not beside the checkout")

MIN_PRECISION = 0.9
MIN_RECALL = {
    "salutation": 0.85,
    "closing": 0.85,
    "gratitude": 0.85,
    "over-apology": 0.85,
    "reason-length": 0.85,
    "door-open": 0.85,
    "clear-decline": 0.85,
    "negative-remarks": 0.85,
    "oversharing": 0.85,
    "placeholder": 0.85,
}


@pytest.fixture(scope="module")
def scores():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("corpus_accuracy", ROOT / "tools" / "corpus_accuracy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_accuracy"] = module
    spec.loader.exec_module(module)
    return module.measure(CORPUS)


def test_precision(scores) -> None:  # type: ignore[no-untyped-def]
    low = {r: s.precision for r, s in scores.items() if not math.isnan(s.precision) and s.precision < MIN_PRECISION}
    assert not low, {r: scores[r].misses for r in low}


def test_recall(scores) -> None:  # type: ignore[no-untyped-def]
    low = {
        r: s.recall
        for r, s in scores.items()
        if r in MIN_RECALL and not math.isnan(s.recall) and s.recall < MIN_RECALL[r]
    }
    assert not low, {r: scores[r].misses for r in low}
