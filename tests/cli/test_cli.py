"""The command line: exit codes, formats, selection, stdin, errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Ran
from declint import __version__
from declint.cli.entry import main
from declint.ruleapi.registry import Registry

GOOD = """Dear Ms. Lee,

Thank you for inviting me to interview for the analyst role. I have accepted another
offer, so I must withdraw my application. I enjoyed learning about your team and the work you do, and I wish you every success with the search. I hope our paths cross again.

Best regards,
Jordan Avery
"""

CURT = """Hey,

Not coming to the interview.

Cheers
"""


@pytest.fixture()
def drafts(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "curt.txt").write_text(CURT, encoding="utf-8")
    return tmp_path


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_draft_exits_zero(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli([str(drafts / "good.txt")], capsys)
    assert code == 0, out
    assert "No problems found in 1 file." in out
    assert err == ""


def test_findings_exit_one(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli([str(drafts / "curt.txt")], capsys)
    assert code == 1
    assert "salutation" in out and "gratitude" in out


def test_json_has_the_documented_fields(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["--format", "json", str(drafts / "curt.txt")], capsys)
    assert code == 1
    items = json.loads(out)
    rules = {item["rule"] for item in items}
    assert {"salutation", "gratitude", "closing", "door-open"} <= rules
    greeting = next(i for i in items if i["rule"] == "salutation")
    assert greeting["path"].endswith("curt.txt")
    assert (greeting["line"], greeting["column"], greeting["end_line"], greeting["end_column"]) == (1, 1, 1, 4)
    assert greeting["severity"] == "warning"


def test_folder_is_walked(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (drafts / "notes.pdf").write_bytes(b"%PDF")
    code, out, _ = run_cli(["--format", "json", str(drafts)], capsys)
    assert code == 1
    assert {Path(i["path"]).name for i in json.loads(out)} == {"curt.txt"}


def test_select_and_ignore(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_cli(["--format", "json", "--select", "salutation,closing", str(drafts / "curt.txt")], capsys)
    assert {i["rule"] for i in json.loads(out)} == {"salutation", "closing"}
    _, out, _ = run_cli(["--format", "json", "--ignore", "salutation", str(drafts / "curt.txt")], capsys)
    assert "salutation" not in {i["rule"] for i in json.loads(out)}


def test_unknown_rule_is_a_usage_error(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["--select", "no-such-rule", str(drafts)], capsys)
    assert code == 2
    assert "no-such-rule" in err


def test_fail_level_error_lets_warnings_pass(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run_cli(["--fail-level", "error", str(drafts / "curt.txt")], capsys)
    assert code == 0


def test_missing_file_is_reported_and_others_still_linted(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["--format", "concise", str(drafts / "nope.txt"), str(drafts / "curt.txt")], capsys)
    assert code == 2
    assert err.strip().splitlines() == [f"declint: {drafts / 'nope.txt'}: no such file or folder"]
    assert "curt.txt:1:1: warning salutation" in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CURT.encode())))
    code, out, _ = run_cli(["-", "--format", "concise", "--stdin-filename", "reply.txt"], capsys)
    assert code == 1
    assert out.startswith("reply.txt:1:1: warning salutation")


def test_no_paths_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli([], capsys)
    assert code == 2
    assert "no drafts given" in err


def test_missing_model_is_one_clear_line(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(["--model", "xx_no_such_pipeline", str(drafts / "good.txt")], capsys)
    assert code == 2
    assert err.count("\n") == 1
    assert "xx_no_such_pipeline" in err and "not installed" in err
    assert "Traceback" not in err


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["rules"], capsys)
    assert code == 0
    for rule_id in ("salutation", "closing", "gratitude", "over-apology", "reason-length", "door-open"):
        assert rule_id in out


def test_rules_reads_as_a_table_at_80_columns_with_option_defaults(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], registry: Registry
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run_cli(["rules"], capsys)
    assert code == 0
    lines = out.rstrip("\n").splitlines()
    assert all(len(line.rstrip()) <= 80 for line in lines)
    starts = [i for i, line in enumerate(lines) if line.split(" ", 1)[0] in registry.rules]
    assert [lines[i].split(" ", 1)[0] for i in starts] == registry.ids()
    # A rule takes its summary line and an options line; a long summary may wrap once.
    heights = [b - a for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    assert max(heights) <= 3, heights
    row = "\n".join(lines[starts[registry.ids().index("length")] :][:3])
    assert "max_words = 200" in row and "min_words = 40" in row


def test_explain_shows_options_with_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["explain", "reason-length"], capsys)
    assert code == 0
    assert "[tool.declint.rules.reason-length]" in out
    assert "max_sentences = 2" in out and "max_words = 50" in out


def test_explain_suggests_the_nearest_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["explain", "door-opn"], capsys)
    assert code == 2
    assert "did you mean 'door-open'?" in err


def test_explain_prints_the_docs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["explain", "door-open"], capsys)
    assert code == 0
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead"):
        assert heading in out
    code, _, err = run_cli(["explain", "nope"], capsys)
    assert code == 2 and "unknown rule" in err


def test_installed_command_runs(drafts: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "declint", "--format", "concise", str(drafts / "curt.txt")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "warning salutation" in proc.stdout
    assert proc.stderr == ""


DATED = """Dear Ms. Lee,

Thank you for inviting me to interview for the analyst role. I must cancel the interview
scheduled for March 14 at 10 am, as I have accepted another offer. I hope our paths cross again.

Best regards,
Jordan Avery
"""


@pytest.mark.parametrize(("sent", "short"), [("2026-03-13", True), ("2026-03-13T18:30", True), ("2026-03-01", False)])
def test_date_flag_reaches_short_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sent: str, short: bool
) -> None:
    draft = tmp_path / "dated.txt"
    draft.write_text(DATED, encoding="utf-8")
    code, out, err = run_cli(["--format", "json", "--select", "short-notice", "--date", sent, str(draft)], capsys)
    assert err == ""
    items = json.loads(out)
    assert [i["rule"] for i in items] == (["short-notice"] if short else [])
    assert code == (1 if short else 0)
    if short:
        assert items[0]["line"] == 4


def test_bad_date_is_a_usage_error(drafts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--date", "next week", str(drafts / "good.txt")])
    assert exit_info.value.code == 2
    assert "2026-03-14" in capsys.readouterr().err


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version_flag(flag: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "declint", flag], capture_output=True, text=True, check=False)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"declint {__version__}"


def test_piped_stdin_is_read_when_no_path_is_given(drafts: Path, run_declint: Callable[..., Ran]) -> None:
    with open(drafts / "curt.txt", "rb") as handle:  # `declint ... < curt.txt`: stdin is that file
        proc = run_declint("--stdin-filename", "reply.txt", "--format", "concise", stdin=handle)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("reply.txt:1:1: warning salutation")


def test_no_path_and_no_pipe_is_still_a_usage_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "declint"], stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2 and "no drafts given" in proc.stderr
