"""The progress bar: on an interactive stderr for big runs only; never in pipes or CI logs."""

from __future__ import annotations

import io
import os
import pty
import sys
import threading
from pathlib import Path

import pytest
from rich.console import Console

from declint.cli.entry import main
from declint.cli.progress import MIN_FILES, ProgressBar, wanted


class TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_wanted_only_for_big_runs_on_a_terminal_outside_ci() -> None:
    assert wanted(MIN_FILES, TTY(), {})
    assert not wanted(MIN_FILES - 1, TTY(), {})
    assert not wanted(500, io.StringIO(), {})  # a pipe or a file
    assert not wanted(500, TTY(), {"CI": "true"})
    assert not wanted(500, TTY(), {"TERM": "dumb"})


def test_bar_draws_on_a_terminal() -> None:
    stream = TTY()
    console = Console(file=stream, force_terminal=True, width=60)
    with ProgressBar(stream, console=console, environ={}) as bar:
        for done in range(1, 31):
            bar(done, 30)
    assert "30/30" in stream.getvalue()


def test_no_bar_when_not_wanted() -> None:
    stream = io.StringIO()
    with ProgressBar(stream, environ={}) as bar:
        for done in range(1, 31):
            bar(done, 30)
    assert stream.getvalue() == ""


def _lint_with_stderr_on_a_pty(folder: Path, environ: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> str:
    """What the command's main, run here with stderr on a terminal, shows there."""
    leader, follower = pty.openpty()
    chunks: list[bytes] = []

    def read() -> None:  # alongside the run, so a full terminal buffer never blocks its writes
        while True:
            try:
                data = os.read(leader, 4096)
            except OSError:  # EIO: the run's end of the terminal is closed
                break
            if not data:
                break
            chunks.append(data)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        with monkeypatch.context() as patch, open(follower, "w", encoding="utf-8") as terminal:
            for name in ("CI", "GITHUB_ACTIONS", "TERM"):
                patch.delenv(name, raising=False)
            for name, value in environ.items():
                patch.setenv(name, value)
            patch.setattr(sys, "stderr", terminal)
            main(["--format", "concise", "--jobs", "1", "--no-cache", str(folder)])
    finally:
        reader.join(timeout=60)
        os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_cli_shows_the_bar_on_a_terminal_but_not_in_ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(MIN_FILES):
        (tmp_path / f"d{i:02d}.txt").write_text(f"Hey,\n\nNot coming, number {i}.\n\nCheers\n", encoding="utf-8")
    shown = _lint_with_stderr_on_a_pty(tmp_path, {"TERM": "xterm"}, monkeypatch)
    assert f"{MIN_FILES}/{MIN_FILES}" in shown
    quiet = _lint_with_stderr_on_a_pty(tmp_path, {"TERM": "xterm", "CI": "true"}, monkeypatch)
    assert "/20" not in quiet and "linting" not in quiet
