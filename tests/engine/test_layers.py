"""The layers stay apart, in the order a draft passes through them.

Each package of ``declint/`` (and ``rules/``, installed as ``declint.rules``) has a rank; a
module may import only from packages of a lower or equal rank. The engine never prints,
rules never load models, read files or print, and no rule imports another rule.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

#: Lower ranks come earlier in the pipeline; a package may import its own rank and below.
RANKS = {
    "core": 0,
    "formats": 1,
    "text": 1,
    "nlp": 2,
    "document": 3,
    "ruleapi": 4,
    "rules": 4,
    "engine": 5,
    "reporters": 6,
    "lsp": 7,
    "cli": 8,
}
#: Packages that may print or build a Rich console.
FRONT = {"reporters", "lsp", "cli"}


def package_of(path: Path) -> str:
    rel = path.relative_to(ROOT)
    if rel.parts[0] == "rules":
        return "rules"
    return rel.parts[1] if len(rel.parts) > 2 else "top"


MODULES = sorted([*(ROOT / "declint").rglob("*.py"), *(ROOT / "rules").glob("*.py")])
LAYERED = [p for p in MODULES if package_of(p) != "top"]
RULES = [p for p in (ROOT / "rules").glob("*.py") if p.stem != "__init__"]


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level and path.parent.name == "rules":
            # A rule's relative import of its own helpers ("from ._negative_data import ...").
            names.add(f"declint.rules.{node.module}" if node.module else "declint.rules")
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            if node.module == "declint":
                names.update(f"declint.{a.name}" for a in node.names)
    return names


def calls(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


def test_every_package_has_a_rank() -> None:
    packages = {p.name for p in (ROOT / "declint").iterdir() if (p / "__init__.py").exists()} | {"rules"}
    assert packages == set(RANKS), "give each new package of declint/ a rank in RANKS"


@pytest.mark.parametrize("path", LAYERED, ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_go_down_the_pipeline(path: Path) -> None:
    own = RANKS[package_of(path)]
    bad = set()
    for module in imports(path):
        parts = module.split(".")
        if parts[0] != "declint" or len(parts) < 2:
            continue
        if parts[1] == "__init__" or parts[1] == "__version__":
            continue
        if parts[1] in RANKS and RANKS[parts[1]] > own:
            bad.add(module)
    assert not bad, f"{path.name} ({package_of(path)}) imports later stages: {sorted(bad)}"


@pytest.mark.parametrize("path", [p for p in LAYERED if package_of(p) not in FRONT], ids=lambda p: str(p.relative_to(ROOT)))
def test_only_the_front_end_prints(path: Path) -> None:
    assert not {m for m in imports(path) if m.split(".")[0] == "rich"}, f"{path.name} imports rich"
    assert "print" not in calls(path), f"{path.name} prints"


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.name)
def test_rules_only_read_the_document(path: Path) -> None:
    bad = {
        m
        for m in imports(path)
        if m.startswith(("declint.nlp.pipeline", "spacy.cli", "rich"))
        or m in ("spacy", "os", "pathlib", "io", "subprocess", "socket")
    }
    assert not bad, f"{path.name} imports {bad}"
    assert not {"print", "open"} & calls(path), f"{path.name} prints or opens files"


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.name)
def test_no_rule_imports_another_rule(path: Path) -> None:
    # A rule may split its own reasoning into private helper modules (rules/_<rule>_*.py,
    # never registered as rules); what two rules share belongs in a shared module.
    own = path.stem.lstrip("_").split("_")[0]
    others = {
        m
        for m in imports(path)
        if m.startswith("declint.rules.") and not m.split(".")[-1].startswith(f"_{own}")
    }
    assert not others, f"{path.name} imports {others}: shared knowledge belongs in a shared module"


def test_helper_modules_are_no_rules() -> None:
    helpers = [p for p in RULES if p.stem.startswith("_")]
    rule_stems = {p.stem for p in RULES if not p.stem.startswith("_")}
    for helper in helpers:
        tree = ast.parse(helper.read_text(encoding="utf-8"))
        classes = [
            n.name
            for n in ast.walk(tree)
            if isinstance(n, ast.ClassDef) and any("Rule" in ast.unparse(b) for b in n.bases)
        ]
        assert not classes, f"{helper.name} defines rules {classes}: a helper module holds reasoning only"
        owner = helper.stem.lstrip("_").split("_")[0]
        assert any(stem.startswith(owner) for stem in rule_stems), f"{helper.name} belongs to no rule"


def test_no_import_cycles() -> None:
    graph: dict[str, set[str]] = {}
    for path in MODULES:
        rel = path.relative_to(ROOT).with_suffix("")
        name = ".".join(("declint", *rel.parts[1:])) if rel.parts[0] == "rules" else ".".join(rel.parts)
        name = name.removesuffix(".__init__")
        graph[name] = {m for m in imports(path) if m.startswith("declint")}
    for name in graph:
        graph[name] = {m if m in graph else m.rsplit(".", 1)[0] for m in graph[name]} & set(graph)
    # A package's __init__ re-exporting its own modules is not a cycle of design.
    seen: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        seen[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt == "declint" or nxt.startswith(node + ".") or node.startswith(nxt + "."):
                continue
            if seen.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*stack[stack.index(nxt):], nxt]))
            if nxt not in seen:
                visit(nxt)
        stack.pop()
        seen[node] = 2

    for node in sorted(graph):
        if node not in seen:
            visit(node)
