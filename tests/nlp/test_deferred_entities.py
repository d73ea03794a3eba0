"""Named-entity recognition runs only when a rule needs an entity label.

The parse leaves NER out when every active rule asks ``document.entity_type`` instead of
reading ``token.ent_type_``; these tests check that the findings are the same either way,
that asking recognises entities on the real pipeline, and that a plugin written against
plain spaCy still sees entity labels.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from declint.core.findings import Finding
from declint.core.source import Source
from declint.engine.config import Config
from declint.engine.linter import Linter
from declint.ruleapi.base import Rule, RuleOptions
from declint.ruleapi.registry import Registry

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from conftest import CASES, FRAME, ROOT

DRAFT = (
    "Dear Ms. Lee,\n\nThank you for inviting me to interview for the analyst role at Initech in Chicago. "
    "I have accepted an offer from Globex, so I must withdraw my application. I hope our paths cross "
    "again.\n\nBest regards,\nJordan Avery\n"
)


class ReadsEntitiesItself(Rule[RuleOptions]):
    """Flags every place name, reading spaCy's labels directly, as a plugin might."""

    id = "place-names"
    category = "content"
    article_section = "Writing a Polite and Professional Email"

    def check(self, document):  # type: ignore[no-untyped-def]
        for token in document.tokens():
            if token.ent_type_ == "GPE":
                yield self.finding("a place", token.idx, token.idx + len(token))


class EagerEntities(Rule[RuleOptions]):
    """Finds nothing; being active makes the parse recognise entities up front."""

    id = "eager-entities"
    category = "content"
    article_section = "Writing a Polite and Professional Email"

    def check(self, document):  # type: ignore[no-untyped-def]
        yield from ()


def drafts() -> list[tuple[str, str]]:
    """Every sample and every case-table body: a wide spread of wording."""
    out = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "samples").glob("*.txt"))]
    for table in sorted(CASES.glob("*.toml")):
        for case in tomllib.loads(table.read_text(encoding="utf-8")).get("case", []):
            text = case.get("text") or FRAME.format(body=case["body"])
            out.append((f"{table.stem}: {case['name']}", text))
    return out


def lint_all(linter: Linter, texts: list[tuple[str, str]]) -> list[list[Finding]]:
    items = [(Source(path=name, text=text), Config()) for name, text in texts]
    return [result.findings for result in linter.lint(items)]


def test_findings_are_the_same_with_and_without_deferred_entities(registry: Registry) -> None:
    texts = drafts()
    assert len(texts) > 200
    builtin = {rule_id: cls for rule_id, cls in registry.rules.items() if not cls.reads_entities}
    assert set(builtin) == set(registry.rules), "a built-in rule reads entities without asking"
    deferred = lint_all(Linter(Registry(rules=dict(builtin))), texts)
    # One extra rule that reads labels itself makes the parse run NER for every draft.
    eager = lint_all(Linter(Registry(rules={**builtin, EagerEntities.id: EagerEntities})), texts)
    differing = [name for (name, _), a, b in zip(texts, deferred, eager, strict=True) if a != b]
    assert differing == []


def test_a_draft_gets_entities_only_when_asked(make_document) -> None:  # type: ignore[no-untyped-def]
    document = make_document(DRAFT)
    chicago = next(t for t in document.doc if t.text == "Chicago")
    assert document.doc.ents == ()  # left out of the parse: the built-in rules ask instead
    assert document.entity_type(chicago) == "GPE"
    assert "Chicago" in {ent.text for ent in document.doc.ents}


def test_a_plugin_that_reads_labels_itself_still_sees_them(registry: Registry) -> None:
    rules = {**registry.rules, ReadsEntitiesItself.id: ReadsEntitiesItself}
    (result,) = Linter(Registry(rules=rules)).lint([(Source(path="d.txt", text=DRAFT), Config())])
    places = [DRAFT[f.start : f.end] for f in result.findings if f.rule == ReadsEntitiesItself.id]
    assert "Chicago" in places  # (the small model also reads "Initech" as a place)


# Every module a rule may lean on, except the one that answers entity questions on demand.
_ASKERS = [
    p
    for p in sorted((ROOT / "rules").glob("*.py")) + sorted((ROOT / "declint").rglob("*.py"))
    if p != ROOT / "declint" / "document" / "email.py"
]


@pytest.mark.parametrize("path", _ASKERS, ids=lambda p: str(p.relative_to(ROOT)))
def test_built_in_code_asks_for_entity_labels(path: Path) -> None:
    """``token.ent_type_`` or ``doc.ents`` read directly would be empty in a deferred parse."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    direct = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in ("ent_type_", "ent_type", "ents", "ent_iob_", "ent_iob")
    ]
    assert direct == []


def test_ner_loaded_on_demand_labels_as_the_whole_pipeline_does() -> None:
    import spacy

    from declint.nlp.pipeline import DEFAULT_MODEL, _load, entity_recogniser

    _load.cache_clear()  # a pipeline of its own: nothing earlier has needed its NER yet
    nlp = _load(DEFAULT_MODEL)
    _load.cache_clear()
    assert "ner" not in nlp.pipe_names  # left on disk by the load
    ner = entity_recogniser(nlp)
    assert ner is not None and nlp.pipe_names[-1] == "ner"
    whole = spacy.load(DEFAULT_MODEL)
    texts = [text for _, text in drafts()[:80]] + [DRAFT]
    labelled = 0
    for text in texts:
        deferred = ner(next(nlp.pipe([text], disable=["ner"])))
        expected = whole(text)
        spans = [(e.start, e.end, e.label_) for e in deferred.ents]
        assert spans == [(e.start, e.end, e.label_) for e in expected.ents]
        labelled += len(expected.ents)
    assert labelled > 50
