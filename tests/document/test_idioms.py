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


def test_skipping_drafts_without_an_idioms_words_finds_what_the_matcher_finds() -> None:
    """find() runs the Matcher only on drafts holding every word a pattern needs; optional
    tokens, "+" and other predicates must not make it skip a draft the Matcher matches."""
    from spacy.matcher import Matcher

    from declint.nlp.idioms import Idiom

    idioms = (
        Idiom("g", "optional middle", ({"LOWER": "stay"}, {"LOWER": "in", "OP": "?"}, {"LEMMA": "touch"}), ""),
        Idiom("g", "all optional but one", ({"LOWER": "very", "OP": "*"}, {"LOWER": {"IN": ["glad", "happy"]}}), ""),
        Idiom("g", "not in", ({"LOWER": {"NOT_IN": ["the"]}}, {"LEMMA": "radar"}), ""),
        Idiom("g", "one or more", ({"LOWER": "so", "OP": "+"}, {"TEXT": "Sorry"}), ""),
    )
    nlp = load_pipeline(DEFAULT_MODEL)
    texts = (
        "Let's stay touch.", "Let's stay in touch.", "I am very very happy.", "I am glad.",
        "It is on my radar.", "On the radar.", "So so Sorry.", "so sorry.", "Nothing to see here.", "",
    )
    matcher = Matcher(nlp.vocab)
    for idiom in idioms:
        matcher.add(idiom.name, [[dict(t) for t in idiom.pattern]])
    found_any = False
    for text in texts:
        doc = nlp(text)
        expected = sorted((nlp.vocab.strings[key], start, end) for key, start, end in matcher(doc))
        assert sorted(find(doc, idioms, "g")) == expected, text
        found_any = found_any or bool(expected)
    assert found_any


def test_find_reports_in_the_matchers_own_order_when_some_patterns_cannot_match() -> None:
    """find() runs only the patterns whose words are all in the draft (and caches per
    draft); what it reports, and in what order, must be what the group's whole Matcher
    reports, for every draft and for a second ask."""
    from spacy.matcher import Matcher

    from declint.nlp.idioms import Idiom

    idioms = (
        Idiom("g", "stay in touch", ({"LEMMA": "stay"}, {"LOWER": "in", "OP": "?"}, {"LEMMA": "touch"}), ""),
        Idiom("g", "glad", ({"LOWER": "very", "OP": "*"}, {"LOWER": {"IN": ["glad", "happy"]}}), ""),
        Idiom("g", "radar", ({"LOWER": {"IN": ["your", "the"]}}, {"LEMMA": "radar"}), ""),
        Idiom("g", "touch", ({"LEMMA": "touch"},), ""),
        Idiom("h", "other group", ({"LOWER": "glad"},), ""),
    )
    nlp = load_pipeline(DEFAULT_MODEL)
    matcher = Matcher(nlp.vocab)
    for idiom in idioms:
        if idiom.group == "g":
            matcher.add(idiom.name, [[dict(t) for t in idiom.pattern]])
    texts = (
        "I am very glad, and happy, to stay in touch.", "Keep me on your radar and stay touch.",
        "Glad to hear it.", "Touch base soon; stay in touch; happy to.", "Nothing here.",
    )
    found_any = False
    for text in texts:
        doc = nlp(text)
        expected = [(nlp.vocab.strings[key], start, end) for key, start, end in matcher(doc)]
        assert find(doc, idioms, "g") == expected, text
        assert find(doc[0:2], idioms, "g") == expected, text  # asked again, through a span
        found_any = found_any or bool(expected)
    assert found_any
