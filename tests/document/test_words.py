"""Words as a reader counts them, on the real pipeline: count_words and word_spans agree, and
runs without a letter or digit are not words however long they are."""

from __future__ import annotations

from collections.abc import Callable

from declint.core.spans import CharSpan
from declint.document.email import EmailDocument
from declint.document.words import count_words, word_spans

FRAME = "Dear Ms. Lee,\n\n{body}\n\nBest regards,\nJordan Avery\n"


def _body_words(make_document: Callable[..., EmailDocument], body: str, **kwargs: object) -> list[str]:
    document = make_document(FRAME.format(body=body), **kwargs)
    region = CharSpan(document.text.index(body), document.text.index(body) + len(body))
    spans = word_spans(document, region)
    assert count_words(document, region) == len(spans)
    return [document.text[s.start : s.end] for s in spans]


def test_punctuation_runs_are_not_words_and_contractions_are_one(make_document: Callable[..., EmailDocument]) -> None:
    body = "I don't -- and won't -- attend ** the 2nd round (sorry)."
    assert _body_words(make_document, body) == ["I", "don't", "and", "won't", "attend", "the", "2nd", "round", "(sorry)."]


def test_a_long_rule_line_is_no_word_and_the_words_around_it_count(make_document: Callable[..., EmailDocument]) -> None:
    body = "Thanks again.\n" + "-" * 400 + "\n*" + "=" * 300 + "x\nRegrets."
    assert _body_words(make_document, body) == ["Thanks", "again.", "*" + "=" * 300 + "x", "Regrets."]


def test_a_placeholder_is_one_word(make_document: Callable[..., EmailDocument]) -> None:
    body = "I thank [Hiring Manager Name] for the call."
    assert _body_words(make_document, body, template=True) == ["I", "thank", "[Hiring Manager Name]", "for", "the", "call."]
