"""Every finder is linear in its input: ten times the text takes far less than a hundred
times the time. Catastrophic regular-expression backtracking would fail this.

This is a complexity check, not a speed check: it compares two sizes in one process and
allows a wide margin (quadratic growth would be ~100x, the bound is 30x).
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from declint.core.source import Source
from declint.document.email import analyse
from declint.engine.config import Config
from declint.engine.linter import Linter
from declint.text.parts import split_email
from declint.text.placeholders import find_placeholders

# Inputs shaped to make a backtracking pattern work hardest: long runs of openers with no
# closer, near-miss attributions, endless quote and header lines, whitespace runs.
ADVERSARIAL = [
    "[",
    "{{",
    "${",
    "<a",
    "_ ",
    "*",
    "On Monday Ana said ",
    "> x\n",
    "From: a\n",
    " \n",
    "-- \n",
    "Dear ",
    "Best regards, ",
    "x" * 50 + "\n",
    "\u200f\u0301",
]
BOUND = 30.0


def best_time(fn: Callable[[str], object], text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def assert_linear(fn: Callable[[str], object], unit: str, n: int) -> None:
    small = unit * n
    large = unit * (n * 10)
    fn(small)  # warm caches
    t_small = max(best_time(fn, small), 1e-4)
    t_large = best_time(fn, large)
    assert t_large < BOUND * t_small, f"{unit!r}: {t_small:.4f}s -> {t_large:.4f}s"


@pytest.mark.parametrize("unit", ADVERSARIAL, ids=repr)
def test_text_finders_are_linear(unit: str) -> None:
    n = max(1, 4000 // len(unit))
    assert_linear(split_email, unit, n)
    assert_linear(find_placeholders, unit, n)
    assert_linear(lambda t: analyse(Source(path="x.txt", text=t)), unit, n)


@pytest.mark.parametrize("unit", ["I am sorry, but I must decline. ", "Hey [Name]!! ", "> quoted line\n"], ids=repr)
def test_rules_are_linear(linter: Linter, unit: str) -> None:
    def lint(text: str) -> object:
        return linter.lint([(Source(path="x.txt", text="Dear Ana,\n\n" + text + "\n\nBest regards,\nJo\n"), Config())])

    assert_linear(lint, unit, max(1, 1500 // len(unit)))
