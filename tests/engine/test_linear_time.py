"""Every finder and every rule does work linear in its input: four times the text does about
four times the work, where a quadratic pass would do sixteen times.

Work is counted, never timed (a shared machine makes wall-clock ratios flaky): a trace
function counts every Python call and line executed while the code under test runs. The
spaCy parse is compiled code and is not counted, so a rule's own growth is not hidden
behind it; the tokenizer's growth is counted in tests/nlp/test_tokenizer_bounds.py. What
this cannot see is backtracking inside one regular-expression call (also compiled code);
the adversarial shapes below still feed every pattern its worst input, and a regex that
rescans the rest of the text from every position shows up as calls.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

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
GROWTH = 4
#: Linear work grows about 4x for 4x the text (plus constant set-up); quadratic about 16x.
BOUND = 6.0


def work(fn: Callable[[str], object], text: str) -> int:
    """Python calls and lines executed by ``fn(text)``."""
    count = 0

    def trace(frame: FrameType, event: str, arg: Any) -> Callable[..., Any]:
        nonlocal count
        count += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        fn(text)
    finally:
        sys.settrace(previous)
    return count


def assert_linear(fn: Callable[[str], object], unit: str, n: int) -> None:
    fn(unit * n)  # warm caches (word lists, compiled patterns) outside the count
    small = work(fn, unit * n)
    large = work(fn, unit * (n * GROWTH))
    assert large <= BOUND * max(small, 1), f"{unit!r}: {small:,} -> {large:,} traced events for {GROWTH}x the text"


@pytest.mark.parametrize("unit", ADVERSARIAL, ids=repr)
def test_text_finders_are_linear(unit: str) -> None:
    n = max(1, 1500 // len(unit))
    assert_linear(split_email, unit, n)
    assert_linear(find_placeholders, unit, n)
    assert_linear(lambda t: analyse(Source(path="x.txt", text=t)), unit, n)


@pytest.mark.parametrize(
    "unit",
    [
        "I am sorry, but I must decline. ",
        "Hey [Name]!! ",
        "> quoted line\n",
    ],
    ids=repr,
)
def test_rules_are_linear(linter: Linter, unit: str) -> None:
    def lint(text: str) -> object:
        return linter.lint([(Source(path="x.txt", text="Dear Ana,\n\n" + text + "\n\nBest regards,\nJo\n"), Config())])

    assert_linear(lint, unit, max(1, 600 // len(unit)))
