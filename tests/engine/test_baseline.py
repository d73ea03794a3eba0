"""Baselines: record today's findings, report only new ones, name entries to prune."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from declint.cli.entry import main
from declint.core.findings import Finding, Severity
from declint.engine.baseline import (
    BaselineError,
    Entry,
    apply_baseline,
    fingerprints,
    load_baseline,
    write_baseline,
)
from declint.engine.linter import FileResult

CURT = "Hey,\n\nNot coming to the interview.\n\nCheers\n"
APOLOGETIC = (
    "Dear Ms. Lee,\n\nThank you for the invitation. I am sorry. I am so sorry. I am really sorry, "
    "but I have accepted another offer.\n\nBest regards,\nJordan\n"
)


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--no-cache", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "curt.txt").write_text(CURT, encoding="utf-8")
    (tmp_path / "lib" / "sorry.txt").write_text(APOLOGETIC, encoding="utf-8")
    return tmp_path


def test_fingerprint_ignores_line_numbers_and_counts_repeats() -> None:
    text = "Hey,\nsorry sorry\n"
    result = FileResult(path="a.txt", text=text, findings=[
        Finding("over-apology", Severity.WARNING, "'sorry' again", 5, 10),
        Finding("over-apology", Severity.WARNING, "'sorry' again", 11, 16),
        Finding("salutation", Severity.WARNING, '"Hey" is too casual', 0, 3),
    ])
    shifted = FileResult(path="a.txt", text="\n\n\n" + text, findings=[
        Finding(f.rule, f.severity, f.message, f.start + 3, f.end + 3) for f in result.findings
    ])
    base = Path.cwd()
    got = [entry for entry, _ in fingerprints(result, base)]
    assert got == [
        Entry("a.txt", "salutation", "Hey", 0),
        Entry("a.txt", "over-apology", "sorry", 0),
        Entry("a.txt", "over-apology", "sorry", 1),
    ]
    assert [entry for entry, _ in fingerprints(shifted, base)] == got


#: No thanks anywhere, and nothing about the future: gratitude and door-open are about the
#: whole email, though each has to point at some sentence.
THANKLESS = (
    "Dear Ms. Lee,\n\nI will not attend the interview on Friday. I have accepted another offer "
    "at a firm closer to home.\n\nBest regards,\nJordan\n"
)


def test_whole_email_findings_survive_edits_to_the_sentence_they_point_at(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = library / "lib" / "thankless.txt"
    draft.write_text(THANKLESS, encoding="utf-8")
    _, out, _ = cli(["--format", "json", str(draft)], capsys)
    rules = {item["rule"] for item in json.loads(out)}
    assert {"gratitude", "door-open"} <= rules
    cli(["--write-baseline", "base.json", str(draft)], capsys)
    # Two words changed in each sentence; still no thanks and nothing about the future.
    edited = THANKLESS.replace("will not attend", "cannot attend").replace("at a firm", "with a company")
    draft.write_text(edited, encoding="utf-8")
    code, out, err = cli(["--format", "json", "--baseline", "base.json", str(draft)], capsys)
    assert json.loads(out) == [] and code == 0, out
    assert "no longer matches" not in err
    # A finding about particular words is still new when those words change.
    draft.write_text(edited.replace("Dear Ms. Lee", "Hey Ms. Lee"), encoding="utf-8")
    _, out, _ = cli(["--format", "json", "--baseline", "base.json", str(draft)], capsys)
    assert [item["rule"] for item in json.loads(out)] == ["salutation"]


def test_baseline_hides_known_findings_and_reports_new_ones(library: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(["--write-baseline", ".declint-baseline.json", "lib"], capsys)
    assert code == 0 and "baseline entries" in err
    data = json.loads((library / ".declint-baseline.json").read_text(encoding="utf-8"))
    assert {e["path"] for e in data["entries"]} == {"lib/curt.txt", "lib/sorry.txt"}
    assert all("line" not in e for e in data["entries"])

    code, out, err = cli(["--baseline", ".declint-baseline.json", "--format", "json", "lib"], capsys)
    assert (code, json.loads(out), err) == (0, [], "")

    # Lines added above move every finding down; nothing is new.
    (library / "lib" / "sorry.txt").write_text("\n\n" + APOLOGETIC, encoding="utf-8")
    code, out, err = cli(["--baseline", ".declint-baseline.json", "--format", "json", "lib"], capsys)
    assert (code, json.loads(out), err) == (0, [], "")

    # A new problem in a baselined draft is reported; only that one.
    (library / "lib" / "sorry.txt").write_text(APOLOGETIC.replace("Best regards", "Cheers"), encoding="utf-8")
    code, out, _ = cli(["--baseline", ".declint-baseline.json", "--format", "json", "lib"], capsys)
    assert code == 1
    assert [(i["rule"], Path(i["path"]).name) for i in json.loads(out)] == [("closing", "sorry.txt")]


def test_fixed_findings_are_named_for_pruning(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli(["--write-baseline", ".declint-baseline.json", "lib"], capsys)
    (library / "lib" / "curt.txt").write_text(CURT.replace("Hey,", "Dear Sam,"), encoding="utf-8")
    (library / "lib" / "sorry.txt").unlink()
    code, _, err = cli(["--baseline", ".declint-baseline.json", "lib"], capsys)
    assert code == 0
    stale = [line for line in err.splitlines() if "no longer matches" in line]
    assert any('lib/curt.txt: salutation "Hey"' in line for line in stale)
    assert any("lib/sorry.txt: over-apology" in line for line in stale)  # the draft is gone
    # Rewriting the baseline prunes them.
    cli(["--write-baseline", ".declint-baseline.json", "lib"], capsys)
    code, _, err = cli(["--baseline", ".declint-baseline.json", "lib"], capsys)
    assert (code, err) == (0, "")


def test_linting_part_of_the_library_does_not_call_the_rest_stale(library: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    cli(["--write-baseline", ".declint-baseline.json", "lib"], capsys)
    code, _, err = cli(["--baseline", ".declint-baseline.json", "lib/curt.txt"], capsys)
    assert (code, err) == (0, "")


def test_baseline_from_config_is_relative_to_the_config(library: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (library / ".declint.toml").write_text('baseline = "ci/baseline.json"\n', encoding="utf-8")
    cli(["--write-baseline", "ci/baseline.json", "lib"], capsys)
    monkeypatch.chdir(library / "lib")
    code, out, err = cli(["--format", "json", "."], capsys)
    assert (code, json.loads(out), err) == (0, [], "")


def test_missing_or_broken_baseline_is_a_usage_error(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(["--baseline", "nope.json", "lib"], capsys)
    assert code == 2 and "--write-baseline" in err
    (library / "bad.json").write_text("[1, 2]", encoding="utf-8")
    code, _, err = cli(["--baseline", "bad.json", "lib"], capsys)
    assert code == 2 and "not a declint baseline" in err
    with pytest.raises(BaselineError):
        load_baseline(library / "bad.json")


def test_write_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    result = FileResult(path=str(tmp_path / "a.txt"), text="Hey\n",
                        findings=[Finding("salutation", Severity.WARNING, '"Hey" is too casual', 0, 3)])
    target = tmp_path / "base.json"
    target.write_text("old", encoding="utf-8")
    assert write_baseline([result], target) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["base.json"]
    entries = load_baseline(target)
    assert entries == [Entry("a.txt", "salutation", "Hey", 0)]
    again = FileResult(path=result.path, text=result.text, findings=list(result.findings))
    assert apply_baseline([again], entries, target) == [] and again.findings == []
