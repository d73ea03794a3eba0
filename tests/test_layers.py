"""The layers stay apart: the engine never imports the CLI or reporters, reporters never
import rules, rules never load models, read files or print."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

FRONT = {"cli", "commands", "evaluation", "server", "progress", "__main__"}
ENGINE = [p for p in (ROOT / "declint").glob("*.py") if p.stem not in FRONT]
RULES = [p for p in (ROOT / "rules").glob("*.py")]


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def calls(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


@pytest.mark.parametrize("path", ENGINE, ids=lambda p: p.name)
def test_engine_does_not_import_the_front_end(path: Path) -> None:
    bad = {m for m in imports(path) if m.startswith(("declint.cli", "declint.reporters", "declint.commands", "rich"))}
    assert not bad, f"{path.name} imports {bad}"
    assert "print" not in calls(path), f"{path.name} prints"


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.name)
def test_rules_only_read_the_document(path: Path) -> None:
    bad = {
        m
        for m in imports(path)
        if m.startswith(("declint.cli", "declint.reporters", "declint.run", "declint.nlp", "spacy.cli", "rich"))
        or m in ("spacy", "os", "pathlib", "io", "subprocess", "socket")
    }
    assert not bad, f"{path.name} imports {bad}"
    assert not {"print", "open"} & calls(path), f"{path.name} prints or opens files"
