"""The ``declint`` console script leaves without the interpreter's teardown once a run's
output is out (freeing a loaded pipeline is a third of a second of a cold run), and prints
and returns exactly what the run's ``main`` does."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Ran, write_drafts

# Registers a teardown marker, then runs the console script's own function as the installed
# script does.
CONSOLE = (
    "import atexit, sys\n"
    "atexit.register(lambda: sys.stderr.write('TORN DOWN\\n'))\n"
    "from declint.cli.launch import console\n"
    "sys.exit(console())\n"
)

DRAFTS = {
    "curt.txt": "Hey,\n\nNot coming to the interview lol. Thx!!\n\nCheers\n",
    "sorry.txt": "Hi Sam,\n\nI am so sorry. I apologise, truly sorry, but I will not attend.\n\nThanks,\nAl\n",
}


def console(args: list[str], cwd: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DECLINT_NO_DAEMON": "1", "XDG_RUNTIME_DIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-c", CONSOLE, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    return write_drafts(tmp_path / "lib", DRAFTS)


@pytest.mark.parametrize(
    "args",
    [
        ["--no-cache", "--format", "concise", "."],
        ["--no-cache", "."],
        ["--no-cache", "--format", "json", "--statistics", "curt.txt"],
        ["--no-cache", "missing.txt"],
    ],
)
def test_a_lint_run_prints_and_returns_as_main_and_skips_the_teardown(
    folder: Path, tmp_path: Path, run_declint: Callable[..., Ran], args: list[str]
) -> None:
    ran = console(args, folder, tmp_path)
    here = run_declint(*args, cwd=folder)
    assert (ran.returncode, ran.stdout) == (here.returncode, here.stdout)
    assert ran.stderr == here.stderr  # no teardown marker: the process left after the output
    assert here.returncode in (1, 2)


def test_the_server_command_keeps_the_ordinary_exit(folder: Path, tmp_path: Path) -> None:
    ran = console(["server", "--status"], folder, tmp_path)
    assert ran.stderr.endswith("TORN DOWN\n")
