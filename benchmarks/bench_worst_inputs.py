"""Time and peak memory of ``declint`` on the worst drafts that are still within its limits.

    python benchmarks/bench_worst_inputs.py [--shape NAME ...] [--bytes N]

Each shape is grown to the largest draft declint still accepts (just under ``MAX_TOKENS``
words and marks, and under ``--bytes``, default 1,000,000, the default ``max-bytes``), written
to a temporary folder and linted by a fresh ``declint --no-cache --jobs 1`` process. The
report gives, per shape, its size, the exit code (1: findings; 2: refused, with the line
declint printed), wall time and the process's peak resident memory (``wait4``'s ru_maxrss).

Targets (issue 12): every draft lints in at most 10 s and 500 MB, or is refused in under a
second with one line. It is a benchmark, not a test: the figures depend on the machine and on
what else runs on it.
"""

from __future__ import annotations

import argparse
import os
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from declint.formats import MAX_TOKENS, count_tokens

FRAME = "Dear Ms. Lee,\n\n{body}\n\nBest regards,\nJordan Avery\n"
HTML = "<p>Dear Ms. Lee,</p><p>{body}</p><p>Best regards,<br>Jo</p>"


def _fill(unit: str, budget_bytes: int, suffix: str = ".txt", frame: str = FRAME) -> tuple[str, str]:
    """``unit`` repeated as often as the token and byte limits allow, in ``frame``."""
    per_unit = max(1, count_tokens(unit, 10**9))
    frame_tokens = count_tokens(frame.format(body=""), 10**9)
    count = min((MAX_TOKENS - frame_tokens - 2) // per_unit, (budget_bytes - len(frame)) // max(1, len(unit.encode())))
    return frame.format(body=unit * max(1, count)), suffix


def _one_chunk(unit: str, budget_bytes: int) -> tuple[str, str]:
    """A run of ``unit`` with no space in it, as long as the limits allow."""
    return _fill(unit, budget_bytes)


SHAPES: dict[str, Callable[[int], tuple[str, str]]] = {
    **{f"run {mark}": (lambda b, m=mark: _one_chunk(m, b)) for mark in string.punctuation},
    "spaced runs !": lambda b: _fill("!" * 40 + " ", b),
    "spaced runs [": lambda b: _fill("[" * 40 + " ", b),
    "a, ": lambda b: _fill("a, ", b),
    "Hey [Name]!! ": lambda b: _fill("Hey [Name]!! ", b),
    "one word repeated": lambda b: _fill("decline ", b),
    "no spaces, one word": lambda b: (FRAME.format(body="a" * (b - 200)), ".txt"),
    "no spaces, words and commas": lambda b: _fill("word,", b),
    "sentences": lambda b: _fill("I am sorry, but I must decline. ", b),
    "markdown emphasis": lambda b: _fill("*a* _b_ **c** ", b, ".md"),
    "markdown emphasis markers only": lambda b: _fill("*_", b, ".md"),
    "markdown links": lambda b: _fill("[a](http://x.y) ", b, ".md"),
    "markdown quote lines": lambda b: _fill("> x\n", b, ".md"),
    "html tags": lambda b: _fill("<b>a</b> ", b, ".html", HTML),
    "html nested": lambda b: _fill("<div><span>", b, ".html", "<p>Dear Ms. Lee,</p>{body}<p>Best regards,<br>Jo</p>"),
    "html entities": lambda b: _fill("&amp;&lt; ", b, ".html", HTML),
}


def measure(path: Path) -> tuple[int, float, float, str]:
    """Exit code, wall seconds, peak RSS in MB and the first stderr line of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "declint", "--no-cache", "--jobs", "1", "--format", "concise", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    line = next((x for x in err.splitlines() if x.startswith("declint:")), "")
    return proc.returncode, elapsed, usage.ru_maxrss / 1024, line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes")
    parser.add_argument("--bytes", type=int, default=1_000_000, help="byte budget per draft (max-bytes)")
    args = parser.parse_args()
    worst_time = worst_rss = 0.0
    print(f"{'shape':32} {'bytes':>9} {'tokens':>7} {'exit':>4} {'seconds':>8} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.shape or list(SHAPES):
            text, suffix = SHAPES[name](args.bytes)
            path = Path(tmp) / f"draft{suffix}"
            path.write_text(text, encoding="utf-8")
            code, seconds, rss, line = measure(path)
            worst_time, worst_rss = max(worst_time, seconds), max(worst_rss, rss)
            tokens = count_tokens(text, 10**9)
            print(f"{name:32} {len(text.encode()):>9,} {tokens:>7,} {code:>4} {seconds:>8.2f} {rss:>8.0f}", flush=True)
            if code not in (0, 1):
                print(f"    {line}")
    verdict = "within" if worst_time <= 10 and worst_rss <= 500 else "OVER"
    print(f"worst: {worst_time:.2f} s, {worst_rss:.0f} MB ({verdict} the 10 s / 500 MB target)")
    return 0 if verdict == "within" else 1


if __name__ == "__main__":
    raise SystemExit(main())
