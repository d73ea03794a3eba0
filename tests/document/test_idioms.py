"""Every idiom in the data files matches its own example on the real pipeline, as
LanguageTool's rules run their examples."""

from __future__ import annotations

import pytest

from declint.document.knowledge import knowledge
from declint.nlp.idioms import find
from declint.nlp.pipeline import DEFAULT_MODEL, load_pipeline

IDIOMS = knowledge().idioms


def test_there_are_idioms() -> None:
    assert IDIOMS


@pytest.mark.parametrize("idiom", IDIOMS, ids=lambda i: f"{i.group}: {i.name}")
def test_each_idiom_matches_its_example(idiom) -> None:  # type: ignore[no-untyped-def]
    doc = load_pipeline(DEFAULT_MODEL)(idiom.example)
    assert idiom.name in {name for name, _, _ in find(doc, IDIOMS, idiom.group)}


def test_an_idiom_does_not_match_other_words() -> None:
    doc = load_pipeline(DEFAULT_MODEL)("The radar on the ship was the last one we had.")
    assert find(doc, IDIOMS, "door") == []


def test_idioms_compiled_inside_a_memory_zone_still_name_their_matches(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The language server lints inside a spaCy memory zone, which forgets strings first
    added there; an idiom's name must still be known on the next lint."""
    import spacy

    import declint.nlp.idioms as idioms

    monkeypatch.setattr(idioms, "_COMPILED", {})
    # A second copy of the pipeline: a vocabulary that has never seen the idioms' names.
    nlp = spacy.load(DEFAULT_MODEL, exclude=["ner"])
    with nlp.memory_zone():
        find(nlp("I would love to stay on your radar."), IDIOMS, "door")
    names = [name for name, _, _ in find(nlp("I would love to stay on your radar."), IDIOMS, "door")]
    assert names == ["on your radar"]
