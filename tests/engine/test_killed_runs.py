"""A parallel run killed with SIGTERM or SIGKILL leaves no worker behind, and nothing holding
its stdout open (``| tee``, ``$(...)`` and CI log readers would wait forever)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from processes import alive, descendants

from conftest import wait_for_exit

DRAFT = (
    "Dear Ms. Lee,\n\nThank you for inviting me to interview for the {n} role. I have accepted another offer, "
    "so I must withdraw my application. I enjoyed learning about your team, and I hope our paths cross "
    "again.\n\nBest regards,\nJordan Avery\n"
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_killed_parallel_run_leaves_no_process(tmp_path: Path, how: signal.Signals) -> None:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    # Enough drafts that the run is still parsing when the signal comes (short drafts lint in
    # a few milliseconds each once the workers are up).
    for n in range(1200):
        (drafts / f"d{n:03}.txt").write_text(DRAFT.format(n=f"analyst {n}"), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "declint", "--no-cache", "--jobs", "2", "--format", "json", str(drafts)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        workers: set[int] = set()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and len(workers) < 2:
            workers = descendants(proc.pid)
            time.sleep(0.05)
        assert proc.poll() is None and len(workers) >= 2, "the run never started its workers"
        time.sleep(0.5)  # into the parse
        workers |= descendants(proc.pid)
        proc.send_signal(how)
        assert proc.stdout is not None and proc.stderr is not None
        # EOF on stdout: no process is left holding the run's output open.
        out = proc.stdout.read()
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.wait(timeout=30)
        # Stopped where it was, not after the work: the report (written once every draft is
        # done) never came.
        assert out == b""
        for pid in workers:
            wait_for_exit(pid, timeout=15)
        assert [pid for pid in workers if alive(pid)] == []
        if how == signal.SIGTERM:
            assert proc.returncode == 143
            assert "Traceback" not in err
            assert err.strip().splitlines()[-1] == "declint: terminated"
        else:
            assert proc.returncode == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
