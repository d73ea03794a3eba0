"""The public Python API: lint_text, lint_file, lint_paths, lint_texts and DeclintLinter."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from api_drafts import write_drafts

import declint
from conftest import ROOT
from declint.cli.entry import main
from declint.core.links import rule_url
from declint.nlp import pipeline

POLITE = """Dear Ms. Lee,

Thank you for inviting me to interview for the analyst role. I have accepted another
offer, so I must withdraw my application. I enjoyed learning about your team and the work you do, and I wish you every success with the search. I hope our paths cross again.

Best regards,
Jordan Avery
"""

SLOPPY = "Hey,\n\nI cant come to the the interview lol.\n\nthx\n"

SHORT_NOTICE = (
    "Dear Ms. Lee,\n\nThank you for inviting me to interview. I must cancel my interview on 20 March 2026, "
    "as I have accepted another offer. I hope our paths cross again.\n\nBest regards,\nJordan Avery\n"
)


def cli_json(paths: list[str], capsys: pytest.CaptureFixture[str], *flags: str) -> list[dict[str, Any]]:
    main(["--format", "json", "--no-cache", *flags, *paths])
    items: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return items


def as_json(d: declint.Diagnostic) -> dict[str, Any]:
    """A diagnostic in --format json's shape."""
    fix = (
        {"start": d.fix.start, "end": d.fix.end, "replacement": d.fix.replacement, "safe": d.fix.safe}
        if d.fix
        else None
    )
    keys = ("path", "rule", "message", "line", "column", "end_line", "end_column", "start", "end", "suggestion", "link")
    item = {**{k: getattr(d, k) for k in keys}, "severity": d.severity.value, "fix": fix}
    return item | ({"location_note": d.location_note} if d.location_note else {})


def test_lint_text_locates_a_finding_by_line_and_column() -> None:
    (repeat,) = declint.lint_text(SLOPPY, select=["repeated-word"])
    # "I cant come to the the interview": the repeat spans "the the" on line 3, from column 16.
    assert (repeat.rule, repeat.line, repeat.column, repeat.end_line, repeat.end_column) == (
        "repeated-word", 3, 16, 3, 23
    )
    assert SLOPPY[repeat.start : repeat.end] == "the the"
    assert repeat.severity is declint.Severity.WARNING
    assert repeat.fix is not None
    fixed = SLOPPY[: repeat.fix.start] + repeat.fix.replacement + SLOPPY[repeat.fix.end :]
    assert "to the interview" in fixed


def test_a_clean_draft_has_no_diagnostics() -> None:
    assert declint.lint_text(POLITE) == []


def test_diagnostics_equal_the_cli_json_for_the_same_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(p) for p in write_drafts(tmp_path, 15)]
    expected = cli_json(paths, capsys)
    linter = declint.DeclintLinter()
    got = [as_json(d) for p in paths for d in linter.lint_file(p)]
    assert got == expected
    assert len({item["rule"] for item in expected}) >= 6, "the drafts should exercise many rules"


def test_select_and_ignore_as_on_the_command_line() -> None:
    every = {d.rule for d in declint.lint_text(SLOPPY)}
    assert {"repeated-word", "informal-tone", "salutation"} <= every
    assert {d.rule for d in declint.lint_text(SLOPPY, select=["informal-tone", "salutation"])} == {
        "informal-tone", "salutation"
    }
    assert {d.rule for d in declint.lint_text(SLOPPY, ignore="informal-tone,salutation")} == every - {
        "informal-tone", "salutation"
    }


def test_an_unknown_rule_is_a_config_error() -> None:
    with pytest.raises(declint.ConfigError, match="unknown rule 'no-such-rule'"):
        declint.lint_text(SLOPPY, select=["no-such-rule"])


def test_template_mode_expects_placeholders() -> None:
    draft = POLITE.replace("Ms. Lee", "[Hiring Manager]")
    assert [d.rule for d in declint.lint_text(draft)] == ["placeholder"]
    assert declint.lint_text(draft, template=True) == []


def test_the_send_date_decides_short_notice() -> None:
    day_before = declint.lint_text(SHORT_NOTICE, select=["short-notice"], date=datetime(2026, 3, 19, 12))
    weeks_before = declint.lint_text(SHORT_NOTICE, select=["short-notice"], date=datetime(2026, 3, 1, 9))
    assert [d.rule for d in day_before] == ["short-notice"]
    assert weeks_before == []
    linter = declint.DeclintLinter(select=["short-notice"], date=datetime(2026, 3, 1, 9))
    assert linter.lint_text(SHORT_NOTICE) == []
    assert [d.rule for d in linter.lint_text(SHORT_NOTICE, date=datetime(2026, 3, 19, 12))] == ["short-notice"]


def test_a_dict_of_config_keys_sets_severity_and_options() -> None:
    config = {"rules": {"informal-tone": {"severity": "error"}}, "ignore": ["length"]}
    found = declint.lint_text(SLOPPY, config=config)
    assert {d.severity for d in found if d.rule == "informal-tone"} == {declint.Severity.ERROR}
    assert "length" not in {d.rule for d in found}
    # Flags beat the config, as on the command line.
    assert {d.rule for d in declint.lint_text(SLOPPY, config={"select": ["length"]}, select=["closing"])} == {
        "closing"
    }


def test_a_bad_config_dict_names_the_key() -> None:
    with pytest.raises(declint.ConfigError, match="unknown key colour"):
        declint.lint_text(SLOPPY, config={"colour": "red"})
    with pytest.raises(declint.ConfigError, match="max_words"):
        declint.lint_text(SLOPPY, config={"rules": {"length": {"max_words": "many"}}})


def test_a_config_file_by_path(tmp_path: Path) -> None:
    file = tmp_path / "strict.toml"
    file.write_text('select = ["informal-tone"]\n[rules.informal-tone]\nseverity = "error"\n', encoding="utf-8")
    found = declint.lint_text(SLOPPY, config=file)
    assert {(d.rule, d.severity) for d in found} == {("informal-tone", declint.Severity.ERROR)}
    with pytest.raises(declint.ConfigError, match="not found"):
        declint.DeclintLinter(config=tmp_path / "missing.toml")


def test_files_use_the_nearest_config_as_the_cli_does(tmp_path: Path) -> None:
    (tmp_path / ".declint.toml").write_text('ignore = ["informal-tone"]\n', encoding="utf-8")
    draft = tmp_path / "sub" / "sloppy.txt"
    draft.parent.mkdir()
    draft.write_text(SLOPPY, encoding="utf-8")
    assert "informal-tone" not in {d.rule for d in declint.lint_file(draft)}
    # A string has no place on disk: the defaults apply.
    assert "informal-tone" in {d.rule for d in declint.lint_text(SLOPPY)}


def test_lint_file_raises_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(declint.LintError, match="missing.txt: no such file"):
        declint.lint_file(tmp_path / "missing.txt")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(declint.LintError, match="empty.txt: is empty"):
        declint.lint_file(tmp_path / "empty.txt")


def test_lint_file_refuses_a_folder_and_lint_paths_takes_one_path(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SLOPPY, encoding="utf-8")
    with pytest.raises(declint.LintError, match="is a folder"):
        declint.lint_file(tmp_path)
    assert [Path(r.path).name for r in declint.lint_paths(str(tmp_path))] == ["a.txt"]


def test_lint_text_rejects_an_empty_draft() -> None:
    with pytest.raises(declint.LintError, match="is empty"):
        declint.lint_text("\n\n")


def test_lint_paths_reports_every_draft_in_order_and_never_raises(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(SLOPPY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(POLITE, encoding="utf-8")
    reports = list(declint.lint_paths([tmp_path / "b.txt", tmp_path / "gone.txt", tmp_path / "a.txt"]))
    assert [Path(r.path).name for r in reports] == ["b.txt", "gone.txt", "a.txt"]
    assert reports[1].error == "no such file or folder" and reports[1].failed
    assert reports[0].failed and reports[0].diagnostics
    assert not reports[2].failed and reports[2].diagnostics == ()


def test_lint_texts_batches_in_order_as_lint_text_does() -> None:
    linter = declint.DeclintLinter()
    drafts = [("one.txt", SLOPPY), ("blank.txt", " "), ("two.txt", POLITE), ("three.md", SLOPPY)]
    reports = list(linter.lint_texts(drafts, batch=2))
    assert [r.path for r in reports] == ["one.txt", "blank.txt", "two.txt", "three.md"]
    assert reports[1].error is not None and "empty" in reports[1].error
    for report, (path, text) in zip(reports, drafts, strict=True):
        if report.error is None:
            assert list(report.diagnostics) == linter.lint_text(text, path=path)


def test_diagnostics_are_frozen() -> None:
    (first, *_) = declint.lint_text(SLOPPY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.line = 9  # type: ignore[misc]


def test_every_diagnostic_links_to_its_rule_page_as_every_format_does() -> None:
    unused = "Dear Ms. Lee,\n\nThanks. <!-- declint: disable=spelling -->\n\nBest regards,\nJordan\n"
    for diagnostic in [*declint.lint_text(SLOPPY), *declint.lint_text(unused, path="draft.md")]:
        assert diagnostic.link == rule_url(diagnostic.rule)
        page = diagnostic.link.rpartition("/docs/rules/")[2]
        assert (ROOT / "docs" / "rules" / page).is_file(), diagnostic.link


def test_load_reads_the_pipeline_once_for_every_linter() -> None:
    declint.DeclintLinter().load()
    loads = pipeline._load.cache_info().misses
    for _ in range(3):
        declint.DeclintLinter(template=True).load().lint_text(SLOPPY)
        declint.lint_text(POLITE)
    assert pipeline._load.cache_info().misses == loads


def test_a_bad_config_on_the_way_raises_when_reached(tmp_path: Path) -> None:
    (tmp_path / ".declint.toml").write_text("colour = 'red'\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(SLOPPY, encoding="utf-8")
    with pytest.raises(declint.ConfigError, match="unknown key colour"):
        list(declint.lint_paths([tmp_path]))
