"""Ctrl-C stops promptly with exit 130 and leaves no half-written cache entry or baseline."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TextIO

import pytest

from declint.engine.atomic import write_atomically

# These tests are about where the cache goes: the default folder, not DECLINT_CACHE_DIR.
pytestmark = pytest.mark.project_cache

# Short: the cache entries are written once every draft is parsed, and the interrupt is aimed at
# those writes, so the parse before them only has to be cheap.
DRAFT = "Dear Ms. Lee,\n\nI must decline the {n} interview.\n\nBest regards,\nJordan Avery\n"


#: Drafts in the interrupted run's library.
COUNT = 2000


def library(folder: Path, count: int) -> None:
    for n in range(count):
        (folder / f"d{n:04}.txt").write_text(DRAFT.format(n=f"analyst {n}"), encoding="utf-8")


# A baseline is written once, after every draft is linted, so an interrupt during the run
# can never meet it half-written; an interrupt inside the write itself is the case that
# matters, and the unit test below raises KeyboardInterrupt there.
def test_ctrl_c_exits_130_and_leaves_nothing_half_written(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    # Enough drafts that their entries take a while to write even on a fast disk: the
    # interrupt has to land inside that burst (600 were once all written before it did).
    library(drafts, COUNT)
    proc = subprocess.Popen(
        [sys.executable, "-m", "declint", "--jobs", "1", "--format", "json", "drafts"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Interrupt once the run is under way: after the first cache entry appears (entries are
    # being written). Polled: the standard library has no way to wait for a file to appear.
    # Checking for the folder first is cheap, so the poll can
    # be tight (listing the entries each time took longer than writing them).
    cache = tmp_path / ".declint_cache"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        # The folder appears just before its first entry is whole: wait for that entry, so
        # that the check below (entries written before the interrupt parse) has one to read.
        if cache.exists() and next(cache.rglob("*.json"), None) is not None:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    # Stopped where it was, not after the work: the rest of the entries and the report (which
    # comes after them) were never written.
    assert out == ""
    assert len(list(cache.rglob("*.json"))) < COUNT
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == "declint: interrupted"
    leftovers = [p for p in tmp_path.rglob("*") if p.name.startswith(".tmp-") or p.suffix == ".tmp"]
    assert leftovers == []
    # Entries written before the interrupt are whole: each one parses.
    import json

    entries = list((tmp_path / ".declint_cache").rglob("*.json"))
    assert entries
    for entry in entries:
        json.loads(entry.read_text(encoding="utf-8"))


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, OSError])
def test_atomic_write_that_fails_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, interrupt: type[BaseException]
) -> None:
    target = tmp_path / "entry.json"
    target.write_text("old", encoding="utf-8")

    def write(handle: TextIO) -> None:
        handle.write("half of the new")
        raise interrupt

    with pytest.raises(interrupt):
        write_atomically(target, write)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entry.json"]
