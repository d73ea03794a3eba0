"""Hostile files, configs and flags end in one clear line and exit 2, never a traceback; and
files read from a repository are read only when regular, and never past a limit."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from declint.cli.entry import main

DRAFT = "Dear Ms. Lee,\n\nI cannot attend the interview tomorrow. I must withdraw.\n\nBest regards,\nJo\n"


def _lint(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, list[str]]:
    code = main(argv)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, [line for line in captured.err.splitlines() if line.startswith("declint: ")]


def _nested_multiparts(depth: int) -> bytes:
    parts = ["From: a@example.com\nTo: b@example.com\nSubject: Interview\nMIME-Version: 1.0\n"]
    parts += [f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(depth)]
    parts.append("Content-Type: text/plain\n\n" + DRAFT)
    parts += [f"--b{i}--\n" for i in reversed(range(depth))]
    return "".join(parts).encode("ascii")


def test_deeply_nested_email_is_one_error_and_other_files_still_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "deep.eml").write_bytes(_nested_multiparts(1000))
    assert len((tmp_path / "deep.eml").read_bytes()) < 64_000
    (tmp_path / "ok.txt").write_text(DRAFT, encoding="utf-8")
    code, out, errors = _lint(["--no-cache", "--format", "concise", str(tmp_path)], capsys)
    assert code == 2
    assert errors == [f"declint: {tmp_path / 'deep.eml'}: is nested too deeply to read (parts within parts)"]
    assert f"{tmp_path / 'ok.txt'}:3:" in out


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"declint-baseline": 1, "entries": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        (
            '{"declint-baseline": 1, "entries": [{"path": "a.txt", "rule": "length", "text": "", "occurrence": 1e400}]}',
            "malformed baseline entry number 1",
        ),
        (
            '{"declint-baseline": 1, "entries": [{"path": "a.txt", "rule": "length", "text": "", "occurrence": -1}]}',
            "malformed baseline entry number 1",
        ),
    ],
)
def test_hostile_baseline_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, problem: str) -> None:
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "bl.json").write_text(content, encoding="utf-8")
    code, _, errors = _lint(["--no-cache", "--baseline", str(tmp_path / "bl.json"), str(tmp_path / "a.txt")], capsys)
    assert code == 2
    assert len(errors) == 1 and problem in errors[0], errors


@pytest.mark.parametrize(
    "labels", ['[{"rule": "length", "line": 1e400}]', "[" * 100_000 + "]" * 100_000, '{"rule": 1}']
)
def test_hostile_eval_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str], labels: str) -> None:
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "a.expected.json").write_text(labels, encoding="utf-8")
    code, _, errors = _lint(["eval", str(tmp_path)], capsys)
    assert code == 2
    assert len(errors) == 1 and "a.expected.json" in errors[0]


def test_write_baseline_onto_a_folder_or_under_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("", encoding="utf-8")
    for target, problem in ((tmp_path / "folder", "is a folder"), (tmp_path / "file" / "bl.json", f"{tmp_path / 'file'} is not a folder")):
        code, _, errors = _lint(["--no-cache", "--write-baseline", str(target), str(tmp_path / "a.txt")], capsys)
        assert code == 2, errors
        assert errors == [f"declint: {target}: cannot write baseline: {problem}" + (
            f"; name a file such as {target / 'baseline.json'}" if target.name == "folder" else ""
        )]
    # A folder that does not exist yet is created, as mkdir -p would.
    target = tmp_path / "new" / "deeper" / "bl.json"
    code, _, errors = _lint(["--no-cache", "--write-baseline", str(target), str(tmp_path / "a.txt")], capsys)
    assert code == 0 and json.loads(target.read_text(encoding="utf-8"))["entries"]


@pytest.mark.parametrize(
    ("config", "problem"),
    [
        ("max-bytes = 9223372036854775807\n", "max-bytes: expected a whole number from 1 to 10000000"),
        ("[rules.readability]\nmax_grade = nan\n", "expected a finite number, got nan"),
        ("[rules.readability]\nmin_reading_ease = -inf\n", "expected a finite number, got -inf"),
        ("[rules.length]\n" + "x = " + "[" * 5000 + "]" * 5000 + "\n", "invalid TOML"),
    ],
)
def test_config_values_that_would_overflow_or_switch_a_rule_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str, problem: str
) -> None:
    (tmp_path / ".declint.toml").write_text(config, encoding="utf-8")
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    code, _, errors = _lint(["--no-cache", str(tmp_path / "a.txt")], capsys)
    assert code == 2
    assert len(errors) == 1 and problem in errors[0], errors


def test_dates_at_the_ends_of_the_calendar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    email = tmp_path / "far.eml"
    email.write_text("From: a@example.com\nDate: Fri, 31 Dec 9999 10:00:00 +0000\nSubject: x\n\n" + DRAFT)
    code, out, errors = _lint(["--no-cache", "--date", "2026-03-01", "--format", "json", str(email)], capsys)
    assert code == 1 and errors == []
    # The impossible Date: is dropped, so "tomorrow" is read against --date.
    assert "short-notice" in {item["rule"] for item in json.loads(out)}
    for flag in ("0001-01-01", "9999-12-31"):
        with pytest.raises(SystemExit) as exit_info:
            main(["--no-cache", "--date", flag, str(email)])
        assert exit_info.value.code == 2
        assert f"argument --date: '{flag}' is out of range" in capsys.readouterr().err


def test_unreadable_subfolder_is_reported(tmp_path: Path) -> None:
    top = tmp_path / "lib"
    (top / "locked").mkdir(parents=True)
    (top / "a.txt").write_text(DRAFT, encoding="utf-8")
    (top / "locked" / "b.txt").write_text(DRAFT, encoding="utf-8")
    for folder in (tmp_path, top):
        folder.chmod(0o755)
    (top / "locked").chmod(0)
    # root reads any folder: without the capabilities that let it, it is refused like anyone.
    prefix: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv to drop CAP_DAC_OVERRIDE")
        prefix = [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]
    try:
        proc = subprocess.run(
            [*prefix, sys.executable, "-m", "declint", "--no-cache", "--format", "concise", str(top)],
            capture_output=True, text=True, timeout=300, cwd=tmp_path, check=False,
        )
    finally:
        (top / "locked").chmod(0o755)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == [f"declint: {top / 'locked'}: folder cannot be read: Permission denied"]
    assert f"{top / 'a.txt'}:3:" in proc.stdout


def _special_files(folder: Path) -> dict[str, Path]:
    fifo = folder / "fifo"
    os.mkfifo(fifo)
    zero = folder / "zero"
    zero.symlink_to("/dev/zero")
    return {"fifo": fifo, "zero": zero}


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_baseline_config_and_gitignore_are_read_only_when_regular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    (tmp_path / "a.txt").write_text(DRAFT, encoding="utf-8")
    special = _special_files(tmp_path)[kind]
    (tmp_path / ".gitignore").symlink_to(special)
    (tmp_path / "bl.json").symlink_to(special)
    (tmp_path / ".declint.toml").write_text('baseline = "bl.json"\n', encoding="utf-8")
    result: list[tuple[int, str, list[str]]] = []
    worker = threading.Thread(target=lambda: result.append(_lint(["--no-cache", str(tmp_path)], capsys)), daemon=True)
    worker.start()
    worker.join(60)
    assert result, "declint hung on a special file"
    code, _, errors = result[0]
    assert code == 2
    assert errors == [f"declint: {tmp_path / 'bl.json'}: cannot read baseline: is not a regular file (a pipe, socket or device)"]
    (tmp_path / ".declint.toml").unlink()
    (tmp_path / ".declint.toml").symlink_to(special)
    code, _, errors = _lint(["--no-cache", str(tmp_path)], capsys)
    assert code == 2
    assert errors == [f"declint: {tmp_path / '.declint.toml'}: cannot read config: is not a regular file (a pipe, socket or device)"]


def test_stdin_is_read_only_to_the_limit(tmp_path: Path) -> None:
    """``declint - < /dev/zero`` stops reading one byte past max-bytes."""
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run(
            [sys.executable, "-m", "declint", "--no-cache", "-"],
            stdin=zero, capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False,
        )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == ["declint: -: is over the 1,000,000-byte limit (max-bytes)"]
