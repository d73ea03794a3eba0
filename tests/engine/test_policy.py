"""The engine applies each draft's own config: fail level, baseline and per-file ignores are
decided per draft, whichever folder is named first, and the language server gets the same."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from declint.core.exitcodes import ExitCode
from declint.engine.baseline import write_baseline
from declint.engine.run import run
from declint.lsp.drafts import DraftChecker
from declint.ruleapi.registry import Registry

# Only an informal greeting: one salutation warning, nothing else.
CASUAL = (
    "Hey Ms. Lee,\n\nThank you for inviting me to interview for the analyst role. I have accepted another offer, "
    "so I must withdraw my application. I hope our paths cross again.\n\nBest regards,\nJordan Avery\n"
)


@pytest.fixture()
def two_teams(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``strict/`` fails on warnings (the default); ``lenient/`` only on errors."""
    monkeypatch.chdir(tmp_path)
    for team in ("strict", "lenient"):
        (tmp_path / team).mkdir()
        (tmp_path / team / "draft.txt").write_text(CASUAL, encoding="utf-8")
    (tmp_path / "lenient" / ".declint.toml").write_text('fail-level = "error"\n', encoding="utf-8")
    (tmp_path / "strict" / ".declint.toml").write_text('select = ["salutation"]\n', encoding="utf-8")
    return tmp_path


def test_each_draft_is_judged_by_its_own_fail_level(two_teams: Path, registry: Registry) -> None:
    # The lenient folder first: its fail level must not decide for the strict one.
    report = run(["lenient", "strict"], registry=registry)
    by_path = {Path(r.path).parent.name: r for r in report.results}
    assert [f.rule for f in by_path["strict"].findings] == ["salutation"]
    assert by_path["lenient"].failed is False and by_path["strict"].failed is True
    assert report.exit_code() == ExitCode.FINDINGS
    assert run(["lenient"], registry=registry).exit_code() == ExitCode.OK


def test_a_folders_baseline_applies_to_its_drafts_only(two_teams: Path, registry: Registry) -> None:
    first = run(["strict"], registry=registry)
    write_baseline(first.results, two_teams / "strict" / "base.json")
    (two_teams / "strict" / ".declint.toml").write_text(
        'select = ["salutation"]\nbaseline = "base.json"\n', encoding="utf-8"
    )
    (two_teams / "lenient" / ".declint.toml").write_text('select = ["salutation"]\n', encoding="utf-8")
    # Named second, the strict folder still gets its own baseline; the lenient one has none.
    report = run(["lenient", "strict"], registry=registry)
    by_path = {Path(r.path).parent.name: r for r in report.results}
    assert by_path["strict"].findings == []
    assert [f.rule for f in by_path["lenient"].findings] == ["salutation"]
    assert report.stale_baseline == []


def test_the_language_server_hides_what_the_baseline_records(two_teams: Path, registry: Registry) -> None:
    draft = two_teams / "strict" / "draft.txt"
    checker = DraftChecker(registry)
    before = checker.check(str(draft), "plaintext", CASUAL, "utf-16")
    assert before is not None and [f.rule for f in before.findings] == ["salutation"]
    write_baseline(run(["strict"], registry=registry).results, two_teams / "strict" / "base.json")
    assert json.loads((two_teams / "strict" / "base.json").read_text(encoding="utf-8"))["entries"]
    (two_teams / "strict" / ".declint.toml").write_text(
        'select = ["salutation"]\nbaseline = "base.json"\n', encoding="utf-8"
    )
    after = checker.check(str(draft), "plaintext", CASUAL, "utf-16")
    assert after is not None and after.findings == ()
