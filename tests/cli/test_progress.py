"""The progress bar: on an interactive stderr for big runs only; never in pipes or CI logs."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from rich.console import Console

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


def _lint_with_stderr_on_a_pty(folder: Path, env: dict[str, str]) -> str:
    main_fd, child_fd = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "declint", "--format", "concise", "--jobs", "1", "--no-cache", str(folder)],
        stdout=subprocess.PIPE, stderr=child_fd, env=env, cwd=folder,
    )
    os.close(child_fd)
    chunks = []
    while True:
        try:
            data = os.read(main_fd, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.communicate(timeout=300)
    os.close(main_fd)
    return b"".join(chunks).decode("utf-8", "replace")


def test_cli_shows_the_bar_on_a_terminal_but_not_in_ci(tmp_path: Path) -> None:
    for i in range(MIN_FILES):
        (tmp_path / f"d{i:02d}.txt").write_text(f"Hey,\n\nNot coming, number {i}.\n\nCheers\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "GITHUB_ACTIONS")}
    env["TERM"] = "xterm"
    shown = _lint_with_stderr_on_a_pty(tmp_path, env)
    assert f"{MIN_FILES}/{MIN_FILES}" in shown
    quiet = _lint_with_stderr_on_a_pty(tmp_path, {**env, "CI": "true"})
    assert "/20" not in quiet and "linting" not in quiet
