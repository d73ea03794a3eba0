"""Accuracy on the real, labelled decline emails in ../shared/corpus/dev, and on the
held-out drafts in tests/heldout, through the same scorer as ``declint eval``.

The corpus is a development set: the rules are written from the article and the parse,
never from its phrases. The held-out set is never tuned to; the floors below only stop a
change from making it worse without anyone noticing.
"""

from __future__ import annotations

import os

import pytest

from conftest import CORPUS, ROOT
from declint.engine.config import Config
from declint.engine.linter import UNUSED_SUPPRESSION
from declint.engine.run import read_target
from declint.engine.scoring import Evaluation, RuleScore, evaluate, micro
from declint.ruleapi.registry import Registry

MIN_PRECISION = 0.9
MIN_RECALL = 0.85
#: Rules the corpus labels say nothing useful about yet (too few positives to score).
CORPUS_RULES = (
    "salutation", "closing", "gratitude", "over-apology", "reason-length", "door-open",
    "clear-decline", "negative-remarks", "oversharing", "placeholder",
)


@pytest.fixture(scope="module")
def corpus(registry: Registry) -> Evaluation:
    if not (CORPUS / "LABELS.tsv").exists():
        # CI always has ../shared beside the checkout: a missing corpus there is a broken
        # setup, not a reason to skip the only check on real emails.
        if os.environ.get("CI"):
            pytest.fail(f"the development corpus is missing: {CORPUS}")
        pytest.skip("corpus not beside the checkout")
    return evaluate(CORPUS, Config(), registry, read_target)


@pytest.fixture(scope="module")
def heldout(registry: Registry) -> Evaluation:
    return evaluate(ROOT / "tests" / "heldout", Config(), registry, read_target)


#: Where a rule now disagrees with the corpus's label by design, and why. The corpus labels
#: "any thanks"; the article (and issue 10) asks for thanks for the opportunity.
DISAGREE = {
    ("gratitude", "047.txt"): "its only thanks are 'for your understanding', not for the opportunity",
}


def _without_disagreements(scores: dict[str, RuleScore]) -> dict[str, RuleScore]:
    out = {}
    for rule_id, s in scores.items():
        known = [m for m in s.misses if any(r == rule_id and f in m for r, f in DISAGREE)]
        fp = sum(1 for m in known if m.startswith("false alarm"))
        fn = sum(1 for m in known if m.startswith("missed"))
        out[rule_id] = RuleScore(tp=s.tp, fp=s.fp - fp, fn=s.fn - fn, tn=s.tn + fp, misses=s.misses)
    return out


def test_every_disagreement_is_still_one(corpus: Evaluation) -> None:
    """A listed disagreement that no longer happens must leave the list."""
    for (rule_id, name), why in DISAGREE.items():
        assert any(name in m for m in corpus.scores[rule_id].misses), f"{rule_id} on {name} agrees now: {why}"


def _low(scores: dict[str, RuleScore], rules: tuple[str, ...], floor: float, attr: str) -> dict[str, float]:
    out = {}
    for rule_id in rules:
        value = getattr(scores[rule_id], attr)
        if value is not None and value < floor:
            out[rule_id] = value
    return out


def test_corpus_precision(corpus: Evaluation) -> None:
    scores = _without_disagreements(corpus.scores)
    low = _low(scores, CORPUS_RULES, MIN_PRECISION, "precision")
    assert not low, {r: scores[r].misses for r in low}


def test_corpus_recall(corpus: Evaluation) -> None:
    scores = _without_disagreements(corpus.scores)
    low = _low(scores, CORPUS_RULES, MIN_RECALL, "recall")
    assert not low, {r: scores[r].misses for r in low}


def test_every_heldout_draft_is_read_and_every_rule_has_positives(heldout: Evaluation) -> None:
    assert heldout.errors == []
    total = micro(heldout.scores)
    assert total.tp + total.fp + total.fn + total.tn >= 150 * 19
    # unused-suppression is the engine's check of suppressions, scored but not a rule.
    few = {r: s.tp + s.fn for r, s in heldout.scores.items() if s.tp + s.fn < 8 and r != UNUSED_SUPPRESSION}
    assert not few, f"rules with fewer than 8 labelled positives: {few}"


#: All rules together on the held-out set, as last measured (see the README): 1380 / 42 / 120
#: over sets a-p at the end of the eleventh session (0.970 / 0.920; it started at 1377 / 43 /
#: 123, set p new then). A change that lowers either fails here; raise the floor when a change
#: lifts the figure.
HELDOUT_FLOOR = {"precision": 0.97, "recall": 0.919}


def test_heldout_does_not_fall(heldout: Evaluation) -> None:
    total = micro(heldout.scores)
    assert total.precision is not None and total.recall is not None
    assert total.precision >= HELDOUT_FLOOR["precision"], total
    assert total.recall >= HELDOUT_FLOOR["recall"], total
