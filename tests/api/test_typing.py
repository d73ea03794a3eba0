"""``mypy --strict`` on code that calls the API: a correct caller passes, wrong calls fail."""

from __future__ import annotations

import functools
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

HERE = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=1)
def mypy_errors() -> dict[str, set[int]]:
    """Lines mypy --strict flags, by file name; one run for both files (it takes seconds)."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", str(ROOT / "pyproject.toml"),
         str(HERE / "caller.py"), str(HERE / "misuse.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors: dict[str, set[int]] = {"caller.py": set(), "misuse.py": set()}
    for match in re.finditer(r"(\w+\.py):(\d+): error", result.stdout):
        errors.setdefault(match.group(1), set()).add(int(match.group(2)))
    assert set(errors) == {"caller.py", "misuse.py"}, result.stdout + result.stderr
    return errors


def test_a_caller_passes_mypy_strict() -> None:
    pytest.importorskip("mypy")
    assert mypy_errors()["caller.py"] == set()


def test_wrong_calls_fail_mypy_strict_each_on_its_line() -> None:
    pytest.importorskip("mypy")
    source = (HERE / "misuse.py").read_text(encoding="utf-8").splitlines()
    wanted = {n for n, line in enumerate(source, 1) if line.endswith("# error")}
    assert len(wanted) == 6
    assert mypy_errors()["misuse.py"] == wanted
