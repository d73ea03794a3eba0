"""Shared fixtures: the real spaCy pipeline, loaded once for the whole session."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from declint.config import Config, build_options
from declint.document import EmailDocument
from declint.linter import Linter, run_rules
from declint.registry import Registry, load_registry
from declint.rule import Finding
from declint.source import Source

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "cases"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"

# A frame for case-table bodies: a formal greeting and sign-off around the words under test.
FRAME = "Dear Ms. Lee,\n\n{body}\n\nBest regards,\nJordan Avery\n"


@pytest.fixture(autouse=True)
def _cache_outside_the_checkout(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs cache in a folder of their own, never in the checkout: a cache left there by one
    test run once served results from before a rule changed. Tests of where the cache goes
    are marked ``project_cache``."""
    if request.node.get_closest_marker("project_cache") is None:
        monkeypatch.setenv("DECLINT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    else:
        monkeypatch.delenv("DECLINT_CACHE_DIR", raising=False)


@pytest.fixture(scope="session")
def registry() -> Registry:
    return load_registry()


@pytest.fixture(scope="session")
def linter(registry: Registry) -> Linter:
    return Linter(registry)


@pytest.fixture(scope="session")
def make_document(linter: Linter) -> Callable[..., EmailDocument]:
    def make(
        text: str, *, path: str = "draft.txt", template: bool = False, now: datetime | None = None, **source: Any
    ) -> EmailDocument:
        config = Config(template=template)
        # A sending time needs its own Linter; the pipeline itself is cached per process.
        engine = linter if now is None else Linter(linter.registry, now=now)
        ((_, document, _),) = list(engine.documents([(Source(path=path, text=text, **source), config)]))
        return document

    return make


@pytest.fixture(scope="session")
def lint_text(registry: Registry, make_document: Callable[..., EmailDocument]) -> Callable[..., list[Finding]]:
    """Findings of one rule (or all) on a draft, on the real pipeline."""

    def lint(
        text: str,
        rule: str | None = None,
        options: Mapping[str, Any] | None = None,
        *,
        template: bool = False,
        **source: Any,
    ) -> list[Finding]:
        document = make_document(text, template=template, **source)
        ids = [rule] if rule else registry.ids()
        rules = [
            registry.rules[i](build_options(registry.rules[i], options or {}) if i == rule else None) for i in ids
        ]
        findings, errors = run_rules(document, rules, Config(template=template))
        assert not errors, errors
        return findings

    return lint


def load_cases(rule_id: str) -> list[Any]:
    data = tomllib.loads((CASES / f"{rule_id}.toml").read_text(encoding="utf-8"))
    out = []
    for case in data["case"]:
        text = case.get("text") or FRAME.format(body=case["body"].strip())
        # Facts around the draft: .eml headers and the sending time (`now`, a TOML datetime).
        source = {key: case[key] for key in ("headers", "now") if key in case}
        out.append(pytest.param(text, case["fires"], case.get("options", {}), source, id=case["name"]))
    return out
