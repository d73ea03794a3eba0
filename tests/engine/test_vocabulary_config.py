"""``[tool.declint.vocabulary]``: a team's own words, added once and read by every rule that
reads that kind of word. Each test lints the same draft with and without the vocabulary, on
the real pipeline, and names the words that must (or must no longer) be flagged."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from declint.api import lint_text
from declint.engine.config import ConfigError, parse_config
from declint.ruleapi.registry import load_registry

_DRAFT = """Dear Ms. Achterberg,

Thank you for inviting me to interview for the dental nurse post. I have decided to
withdraw my application, as I have accepted a role closer to home. {extra}

I hope our paths cross again.

{sign_off}
Priya Ramaswamy
"""


def _flags(text: str, rule: str, vocabulary: Mapping[str, Any] | None = None) -> list[str]:
    config: dict[str, Any] = {"select": [rule]}
    if vocabulary is not None:
        config["vocabulary"] = dict(vocabulary)
    return [
        text[d.start:d.end] for d in lint_text(text, config=config) if d.rule == rule
    ]


def test_slang_the_team_lists_is_reported_by_informal_tone_with_its_replacement() -> None:
    text = _DRAFT.format(extra="The new place is deffo the right fit for me.", sign_off="Kind regards,")
    assert _flags(text, "informal-tone") == []
    assert _flags(text, "informal-tone", {"slang": {"deffo": "definitely"}}) == ["deffo"]
    fixed = lint_text(text, config={"select": ["informal-tone"], "vocabulary": {"slang": {"deffo": "definitely"}}})
    assert [d.fix.replacement for d in fixed if d.fix] == ["definitely"]


def test_listed_slang_is_not_reported_a_second_time_by_spelling() -> None:
    # (Slang in wide use, such as "obvs", is no misspelling: spelling leaves it to informal-tone.
    # Nor is slang near no word by a slip, such as "deffo"; "yeh" reads as a slip of "yeah".)
    text = _DRAFT.format(extra="The new place is, yeh, the right fit for me.", sign_off="Kind regards,")
    assert _flags(text, "spelling") == ["yeh"]
    assert _flags(text, "spelling", {"slang": ["yeh"]}) == []
    assert _flags(text, "informal-tone", {"slang": ["yeh"]}) == ["yeh"]


def test_words_are_accepted_by_spelling() -> None:
    text = _DRAFT.format(extra="My new team builds its dashbords in Grafanna daily.", sign_off="Kind regards,")
    assert _flags(text, "spelling") == ["dashbords"]
    assert _flags(text, "spelling", {"words": ["DASHBORDS"]}) == []


def test_a_casual_sign_off_the_team_lists_is_flagged() -> None:
    text = _DRAFT.format(extra="", sign_off="Toodles,")
    assert _flags(text, "closing") == []  # not a word closing knows
    assert _flags(text, "closing", {"casual-sign-offs": ["toodles"]}) == ["Toodles,"]


def test_a_sign_off_the_team_lists_as_its_own_is_never_casual() -> None:
    text = _DRAFT.format(extra="", sign_off="Cheers,")
    assert _flags(text, "closing") == ["Cheers,"]
    assert _flags(text, "closing", {"sign-offs": ["Cheers"]}) == []


def test_employer_terms_make_criticism_of_them_criticism_of_the_employer() -> None:
    # A bare plural names no one's thing ("the studio" would be theirs with or without the
    # option: a thing the sender calls "the" is theirs in a decline).
    sentence = "Rehearsals felt chaotic and disorganised on the day I visited."
    text = _DRAFT.format(extra=sentence, sign_off="Kind regards,")
    assert _flags(text, "negative-remarks") == []
    assert _flags(text, "negative-remarks", {"employer-terms": ["rehearsals"]}) == [sentence]


def test_vocabulary_extends_a_rules_own_table_instead_of_replacing_it() -> None:
    registry = load_registry()
    config = parse_config(
        {"rules": {"spelling": {"words": ["alpha"]}}, "vocabulary": {"words": ["beta"]}}, registry
    )
    assert config.rule_options["spelling"]["words"] == ["alpha", "beta"]
    closing = parse_config({"vocabulary": {"casual-sign-offs": ["laters"]}}, registry)
    assert "laters" in closing.rule_options["closing"]["informal"]
    assert "cheers" in {w.lower() for w in closing.rule_options["closing"]["informal"]}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"slangs": ["x"]}, "unknown key slangs"),
        ({"words": "kubernetes"}, "expected a list of strings"),
        ({"slang": {"deffo": 1}}, "expected a table of word"),
        ("words", "expected a table of word lists"),
    ],
)
def test_a_mistyped_vocabulary_is_one_clear_error(table: object, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config({"vocabulary": table}, load_registry())
