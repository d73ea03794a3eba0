"""The per-draft readings in nlp.present stand in for spaCy's own answers, so they must be
those answers exactly, on the real pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from declint.nlp.pipeline import DEFAULT_MODEL, load_pipeline, parse, prepare
from declint.nlp.present import has_lower, span_text, tokens_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

TEXTS = (
    "Dear Ms. Okafor,\n\nThank you so much for the invitation. I can't thank you enough!\n\n"
    "Sadly I must decline  the role; the commute is long.\n\nBest,\nZoë",
    # A run of marks long enough that prepare() splits it outside the tokenizer.
    "Hi " + "!" * 300 + " there\n\n[Your Name]  \n",
    "",
)


def _docs() -> list[Doc]:
    nlp = load_pipeline(DEFAULT_MODEL)
    return list(parse(nlp, [prepare(nlp, text, [0]) for text in TEXTS]))


def test_a_prepared_doc_keeps_its_text_exactly() -> None:
    for text, doc in zip(TEXTS, _docs(), strict=True):
        assert doc.text == text


def test_span_text_and_tokens_in_give_what_the_span_gives() -> None:
    checked = 0
    for doc in _docs():
        spans = [*doc.sents, *(doc[i : i + 4] for i in range(0, len(doc), 3)), doc[0:0]]
        for span in spans:
            assert span_text(span) == span.text
            assert [t.i for t in tokens_in(span)] == [t.i for t in span]
            checked += 1
        assert [t.i for t in tokens_in(doc)] == [t.i for t in doc]
    assert checked > 10


def test_has_lower_finds_a_word_in_any_case_and_only_then() -> None:
    doc = _docs()[0]
    assert has_lower(doc, "thank") and has_lower(doc, "enough") and has_lower(doc, "dear")
    assert not has_lower(doc, "radar")
