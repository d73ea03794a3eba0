"""Tokenising is linear in the text, whatever its shape, and drafts past the token limit are
refused before any parse.

Work is counted, not timed: every call spaCy's tokenizer makes to its prefix, suffix and
infix searches is wrapped, and the characters each is handed are summed. Stripping a run of
marks one at a time hands over n + (n-1) + ... characters: quadratic.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator

import pytest

from declint.engine.config import Config
from declint.engine.linter import Linter
from declint.formats import MAX_TOKENS, InputError, read_source
from declint.nlp.pipeline import load_pipeline, make_doc


@pytest.fixture(scope="module")
def counted() -> Iterator[Callable[[str], int]]:
    """Characters handed to the tokenizer's affix searches while one text is made a doc.

    The searches are wrapped once for the module: each assignment makes spaCy rebuild its
    special cases (tens of thousands of characters of searching, a third of a second), which
    would otherwise be paid, and counted, for every text."""
    nlp = load_pipeline()
    tokenizer = nlp.tokenizer
    seen = [0]
    originals = (tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer)

    def wrap(fn):  # type: ignore[no-untyped-def]
        def counted(text: str):  # type: ignore[no-untyped-def]
            seen[0] += len(text)
            return fn(text)

        return counted

    def work(text: str) -> int:
        tokenizer._flush_cache()  # every word is split afresh, as in a new process
        seen[0] = 0
        doc = make_doc(nlp, text)
        assert doc.text == text  # offsets into the draft are unchanged
        return seen[0]

    tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer = (wrap(f) for f in originals)
    try:
        yield work
    finally:
        tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer = originals


SHAPES = [*string.punctuation, "a!", "!?", "[a", "«", "…", "a,", "x"]


@pytest.mark.parametrize("unit", SHAPES, ids=repr)
def test_affix_work_grows_linearly(counted: Callable[[str], int], unit: str) -> None:
    small, large = (counted(f"Dear Sam, {unit * n} thanks.") for n in (2_000, 8_000))
    # Four times the text: linear work is about 4x, quadratic 16x.
    assert large <= 5 * max(small, 1), (unit, small, large)


def test_long_runs_keep_their_words_and_offsets() -> None:
    nlp = load_pipeline()
    text = "Hi " + "!" * 300 + "abc" + "?" * 300 + " end\n"
    doc = make_doc(nlp, text)
    assert [t.text for t in doc] == ["Hi", "!" * 300, "abc", "?" * 300, "end", "\n"]
    assert [t.idx for t in doc] == [0, 3, 303, 306, 607, 610]


def test_drafts_past_the_token_limit_are_refused_before_parsing() -> None:
    body = "a, " * (MAX_TOKENS // 2 + 10)
    with pytest.raises(InputError, match="over 5,000 words and punctuation marks"):
        read_source("a.txt", body.encode())
    read_source("a.txt", ("a, " * (MAX_TOKENS // 2 - 10)).encode())


def test_a_long_run_lints_with_findings(linter: Linter) -> None:
    """A run spaCy would take minutes over lints as any draft does."""
    text = "Dear Ms. Lee,\n\nI must decline the interview" + "!" * 4_900 + "\n\nBest regards,\nJo\n"
    (result,) = linter.lint([(read_source("a.txt", text.encode()), Config())])
    assert not result.rule_errors
    assert result.text == text
