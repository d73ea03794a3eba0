"""Bad input: one clear line naming the file and the problem, exit 2, and every other
file still linted and reported.

Most cases run the command's ``main`` in this process (``run_declint``); a traceback there is
an exception that fails the test. A missing path and a FIFO run the real command: one checks
that a real process's stderr holds the error lines and nothing else, and a naive reader would
hang on the other, which only a process's timeout turns into a failure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Ran

GOOD = "Dear Sam,\n\nThank you for the invitation. I must decline, but I hope we stay in touch.\n\nBest regards,\nJo Park\n"
CASUAL = "Hey Sam,\n\nThank you for the invitation. I must decline, but I hope we stay in touch.\n\nBest regards,\nJo Park\n"


def process(*args: str, cwd: Path | None = None, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "declint", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=cwd,
        **kwargs,  # type: ignore[arg-type]
    )


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "looks binary"),
    "latin1.txt": ("Dear Zoë,\n\nI must decline.\n".encode("latin-1"), "is not valid UTF-8"),
    "utf16.txt": ("Dear Sam,\n\nI must decline.\n".encode("utf-16"), "UTF-16"),
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b"  \n\n\t \n", "is empty"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_each_bad_file_gets_one_line_and_others_are_linted(
    run_declint: Callable[..., Ran], tmp_path: Path, name: str
) -> None:
    data, problem = BAD_FILES[name]
    (tmp_path / name).write_bytes(data)
    (tmp_path / "casual.txt").write_text(CASUAL, encoding="utf-8")
    proc = run_declint("--format", "json", "--select", "salutation", str(tmp_path / name), str(tmp_path / "casual.txt"))
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"declint: {tmp_path / name}: ") and problem in lines[0]
    assert "Traceback" not in proc.stderr
    findings = json.loads(proc.stdout)  # machine output stays valid
    assert {f["rule"] for f in findings} == {"salutation"}


def test_missing_path_and_folder_without_drafts(tmp_path: Path) -> None:
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "casual.txt").write_text(CASUAL, encoding="utf-8")
    proc = process("--format", "concise", str(tmp_path / "nope.txt"), str(tmp_path / "empty-folder"), str(tmp_path / "casual.txt"))
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"declint: {tmp_path / 'nope.txt'}: no such file or folder",
        f"declint: {tmp_path / 'empty-folder'}: folder holds no drafts (.txt, .md, .eml, .html)",
    ]
    assert "warning salutation" in proc.stdout


def test_file_over_max_bytes(run_declint: Callable[..., Ran], tmp_path: Path) -> None:
    (tmp_path / ".declint.toml").write_text("max-bytes = 1000\n", encoding="utf-8")
    (tmp_path / "huge.txt").write_text(GOOD + "x" * 2000, encoding="utf-8")
    (tmp_path / "casual.txt").write_text(CASUAL, encoding="utf-8")
    proc = run_declint("--format", "concise", "huge.txt", "casual.txt", cwd=tmp_path)
    assert proc.returncode == 2
    size = len(GOOD) + 2000
    assert proc.stderr.splitlines() == [f"declint: huge.txt: is {size:,} bytes, over the 1,000-byte limit (max-bytes)"]
    assert "casual.txt:1:1: warning salutation" in proc.stdout


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(run_declint: Callable[..., Ran], tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD, encoding="utf-8")
    secret.chmod(0)
    (tmp_path / "casual.txt").write_text(CASUAL, encoding="utf-8")
    proc = run_declint("--format", "concise", str(secret), str(tmp_path / "casual.txt"))
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == [f"declint: {secret}: cannot be read: permission denied"]
    assert "casual.txt:1:1: warning salutation" in proc.stdout


def test_file_that_is_not_a_regular_file(tmp_path: Path) -> None:
    """A FIFO would block a naive reader forever, and root can read any regular file, so this
    is the unreadable case that holds for every user."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "casual.txt").write_text(CASUAL, encoding="utf-8")
    proc = process("--format", "concise", str(fifo), str(tmp_path / "casual.txt"))
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.splitlines() == [f"declint: {fifo}: is not a regular file (a pipe, socket or device)"]
    assert "casual.txt:1:1: warning salutation" in proc.stdout


def test_one_very_long_line(run_declint: Callable[..., Ran], tmp_path: Path) -> None:
    # As long a line as the 5,000-token limit lets through (about 24 KB), then one past it.
    line = ("I must decline the interview because the timing does not work for me, " * 1400)[:24_000]
    (tmp_path / "long.txt").write_text("Dear Sam,\n\n" + line + "\n\nBest regards,\nJo Park\n", encoding="utf-8")
    proc = run_declint("--format", "json", str(tmp_path / "long.txt"))
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    assert json.loads(proc.stdout)
    (tmp_path / "long.txt").write_text("Dear Sam,\n\n" + line * 4 + "\n", encoding="utf-8")
    proc = run_declint("--format", "json", str(tmp_path / "long.txt"))
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"declint: {tmp_path / 'long.txt'}: has over 5,000 words and punctuation marks, "
        "more than declint reads (a decline email has a few hundred)"
    ]
