"""docs/rules/<id>.md is each rule's generated page, and every output format links to it."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

from rich.console import Console

from declint.core.findings import Finding, Severity
from declint.core.links import rule_url
from declint.engine.linter import FileResult
from declint.engine.run import RunReport
from declint.reporters.json import report_json
from declint.reporters.sarif import build_sarif
from declint.reporters.text import report_text
from declint.reporters.theme import THEME
from declint.ruleapi.registry import load_registry

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "rules"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_rule_docs", ROOT / "tools" / "build_rule_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_rule_has_its_generated_page_and_nothing_else() -> None:
    wanted = _tool().pages()
    assert {f"{rule_id}.md" for rule_id in load_registry().ids()} <= set(wanted)
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    stale = sorted(name for name in wanted if on_disk.get(name) != wanted[name])
    assert not stale, f"run python tools/build_rule_docs.py: out of date: {stale}"
    assert set(on_disk) == set(wanted), "run python tools/build_rule_docs.py: pages of removed rules remain"


def test_each_page_holds_the_docstring_and_every_default() -> None:
    registry = load_registry()
    length = (DOCS / "length.md").read_text(encoding="utf-8")
    assert registry.rules["length"].doc_section("Why is this bad?") in length
    assert "max_words = 200" in length and "min_words = 40" in length
    assert rule_url("length").endswith("docs/rules/length.md")


RESULT = FileResult(path="a.txt", text="Hey Sam,\n", findings=[Finding("salutation", Severity.WARNING, "casual", 0, 3)])


def test_json_sarif_and_terminal_link_each_finding_to_its_page() -> None:
    buffer = io.StringIO()
    report_json(RunReport(results=[RESULT]), Console(file=buffer))
    assert json.loads(buffer.getvalue())[0]["link"] == rule_url("salutation")
    registry = load_registry()
    sarif = build_sarif(RunReport(results=[RESULT], rules=dict(registry.rules)))
    rules = {r["id"]: r for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["salutation"]["helpUri"] == rule_url("salutation")
    buffer = io.StringIO()
    report_text(RunReport(results=[RESULT]), Console(file=buffer, theme=THEME, force_terminal=True, width=80))
    # OSC 8: ESC ] 8 ; params ; URI ESC \ around the rule id.
    assert "\x1b]8;id=" in buffer.getvalue() and f";{rule_url('salutation')}\x1b\\" in buffer.getvalue()
    buffer = io.StringIO()
    report_text(RunReport(results=[RESULT]), Console(file=buffer, theme=THEME, width=80))
    assert "\x1b" not in buffer.getvalue()  # no escape codes where the output is not a terminal


def test_language_server_diagnostics_link_to_the_page(tmp_path: Path) -> None:
    from declint.lsp.diagnostics import to_diagnostics
    from declint.lsp.drafts import DraftChecker

    checked = DraftChecker(load_registry(), tmp_path).check(
        str(tmp_path / "a.txt"), "plaintext", "Hey Sam,\n", "utf-16"
    )
    assert checked is not None
    diagnostics = to_diagnostics(checked)
    assert diagnostics
    for diagnostic in diagnostics:
        assert diagnostic.code_description is not None
        assert diagnostic.code_description.href == rule_url(str(diagnostic.code))
        assert (DOCS / f"{diagnostic.code}.md").is_file()
