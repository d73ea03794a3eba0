"""Every rule's docs have ruff's headings, and its Example / Use instead run as tests."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from conftest import unmatched_flags
from declint.core.findings import Finding
from declint.ruleapi.base import REQUIRED_DOC_HEADINGS, Rule
from declint.ruleapi.registry import load_registry

RULES = load_registry().rules


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_docs_have_headings(rule_id: str) -> None:
    cls: type[Rule] = RULES[rule_id]  # type: ignore[type-arg]
    for heading in REQUIRED_DOC_HEADINGS:
        assert cls.doc_section(heading).strip(), f"{rule_id} lacks '## {heading}'"
    assert cls.article_section, rule_id
    assert cls.summary().endswith("."), rule_id
    if cls.option_fields():
        options_doc = cls.doc_section("Options")
        for field in cls.option_fields():
            assert f"`{field.name}`" in options_doc, f"{rule_id}: option {field.name} is undocumented"


def example_flags(rule_id: str) -> tuple[str, ...]:
    """The words the Example says are flagged: its ``Flags: "a", "b".`` line."""
    line = re.search(r"^Flags: (.+)\.$", RULES[rule_id].doc_section("Example"), re.M)
    return tuple(re.findall(r'"((?:[^"\\]|\\.)*)"', line.group(1))) if line else ()


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_example_flags_the_words_it_names(rule_id: str, lint_text: Callable[..., list[Finding]]) -> None:
    example = RULES[rule_id].doc_example("Example")
    assert example, f"{rule_id}: Example has no ```text block"
    flags = example_flags(rule_id)
    assert flags, f'{rule_id}: the Example names no flagged words (a line \'Flags: "words".\')'
    missed, spare = unmatched_flags(example, lint_text(example, rule_id), flags)
    assert not missed and not spare, f"{rule_id}: not flagged: {missed}; flagged but not named: {spare}"


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_use_instead_is_silent(rule_id: str, lint_text: Callable[..., list[Finding]]) -> None:
    better = RULES[rule_id].doc_example("Use instead")
    assert better, f"{rule_id}: Use instead has no ```text block"
    assert lint_text(better, rule_id) == [], f"{rule_id}: its Use instead fires"


def test_article_sections_exist_in_the_article() -> None:
    from conftest import ROOT

    article = ROOT.parent / "shared" / "seed" / "000_49ddc0663966d18a.txt"
    if not article.exists():
        pytest.skip("the article is not beside the checkout")
    text = article.read_text(encoding="utf-8")
    for rule_id, cls in RULES.items():
        assert cls.article_section in text, f"{rule_id} cites a section the article does not have"
