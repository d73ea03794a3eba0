"""How long an editor waits for diagnostics after a keystroke.

Runs the real ``declint server`` process, opens a draft of about 200 words, then sends N
small edits one at a time (typing a sentence, a character an edit) and times each
didChange to the publishDiagnostics for its version. The server lints a change at once
when the buffer had been quiet for ``--debounce`` ms, and otherwise (typing in a burst)
``--debounce`` ms after the last change. By default each edit follows a pause longer than
that, as a single correction does; ``--pause 0`` sends them back to back (with a debounce,
an edit that comes within it of the previous one then waits it out).

    python benchmarks/lsp_latency.py            # N=50, the server's default 200 ms debounce
    python benchmarks/lsp_latency.py --debounce 0 -n 100
    python benchmarks/lsp_latency.py --debounce 0 --pause 0 -n 300   # edits back to back
    python benchmarks/lsp_latency.py --breakdown   # also: where one lint's CPU time goes

Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from lsp_client import LspClient

# About 200 words, with findings to report (a casual greeting, extra apologies).
DRAFT = """Hi Ms. Okafor,

Thank you so much for inviting me to interview for the product designer position on the
growth team. I enjoyed learning about how your group runs research sprints, and I was
impressed by the care that went into the case study you shared during our first call.

After a lot of thought, I have decided to withdraw from the process. Sorry for the late
notice, and sorry again for any trouble this causes with your schedule. I have accepted
an offer with a studio closer to home, where the role focuses on accessibility work that
I have wanted to do for some time. It was not an easy choice, because the team and the
problems you described sounded exciting, and the people I met were generous with their
time and answers.

I would be glad to stay in touch. If a design role opens up again next year, I would love
to hear about it, and I am happy to recommend a couple of talented colleagues who might be
a great fit for the current opening. Please pass my thanks to Daniel and Priya as well for
their time last week.

Thank you again for your understanding and for a thoughtful process.

Best regards,
Morgan Ellis
"""


# What the benchmark types, a character an edit, ahead of the draft's closing line.
TYPED = "I would also be glad to recommend a colleague who might suit the role. "


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=50, help="edits to time (default 50)")
    parser.add_argument("--debounce", type=int, default=200, metavar="MS", help="server debounce (default 200)")
    parser.add_argument("--breakdown", action="store_true", help="time each stage of one lint in this process")
    parser.add_argument("--pause", type=int, default=None, metavar="MS",
                        help="wait between edits (default: debounce + 100, so each edit follows a pause)")
    args = parser.parse_args()

    words = len(DRAFT.split())
    pause = (args.debounce + 100 if args.pause is None else args.pause) / 1000
    client = LspClient([sys.executable, "-m", "declint", "server", "--debounce", str(args.debounce)])
    try:
        started = time.perf_counter()
        client.initialize()
        uri = "untitled:latency-draft.txt"
        client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": DRAFT}},
        )
        client.diagnostics(uri, 1, timeout=120)
        first = time.perf_counter() - started
        raw: list[float] = []
        counts: set[int] = set()
        line = DRAFT.splitlines().index("Thank you again for your understanding and for a thoughtful process.")
        for i in range(args.n):
            time.sleep(pause)
            version = i + 2
            # Type a sentence, one character an edit, at the start of a line: every version's
            # text is new, and most leave a half-typed word for the speller, as typing does.
            edit = {"range": _range(line, i, line, i), "text": TYPED[i % len(TYPED)]}
            sent = client.notify(
                "textDocument/didChange",
                {"textDocument": {"uri": uri, "version": version}, "contentChanges": [edit]},
            )
            arrived, message = client.diagnostics(uri, version, timeout=30)
            raw.append((arrived - sent) * 1000)
            counts.add(len(message["params"]["diagnostics"]))
        client.shutdown()
    finally:
        client.close()

    print(f"declint server latency: {args.n} edits to a {words}-word draft, debounce {args.debounce} ms, "
          f"{pause * 1000:.0f} ms between edits")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    print(f"start-up to first diagnostics (model load included): {first * 1000:.0f} ms")
    print(f"diagnostics per publish: {sorted(counts)}")
    print(f"{'':24}{'median':>9}{'p90':>9}{'min':>9}{'max':>9}")
    for name, values in (("raw (ms)", raw),):
        print(f"{name:24}{statistics.median(values):9.1f}{percentile(values, 0.9):9.1f}"
              f"{min(values):9.1f}{max(values):9.1f}")
    if args.breakdown:
        breakdown(args.n)
    return 0


def breakdown(n: int) -> None:
    """CPU time (this thread's, so other processes on the machine matter less) per stage."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as the server does
    from declint.core.source import Source
    from declint.document.email import analyse
    from declint.engine.config import Config
    from declint.engine.linter import Linter, run_rules
    from declint.nlp.pipeline import load_pipeline, prepare
    from declint.ruleapi.registry import load_registry

    linter = Linter(load_registry())
    config = Config()
    nlp = load_pipeline(config.model)
    source = Source(path="draft.txt", text=DRAFT)
    totals: dict[str, float] = {}

    def timed(name: str, start: float) -> None:
        totals[name] = totals.get(name, 0.0) + (time.thread_time() - start) * 1000

    for _ in range(3):
        linter.lint([(source, config)])  # warm
    for _ in range(n):
        t = time.thread_time()
        analysis = analyse(source)
        timed("analyse (structure)", t)
        t = time.thread_time()
        doc = prepare(nlp, analysis.parse_text, analysis.boundaries)
        timed("tokenise + sentence hints", t)
        for name, component in nlp.pipeline:
            if name == "ner":
                continue  # left out of the parse; runs only when a rule asks for an entity label
            t = time.thread_time()
            doc = component(doc)
            timed(f"spaCy {name}", t)
        ((_, document, _),) = list(linter.documents([(source, config)]))
        t = time.thread_time()
        run_rules(document, linter.rules_for(config), config)
        timed("rules", t)
    print(f"\nCPU time per lint, in this process, mean of {n} ({platform.python_implementation()}):")
    for name, total in totals.items():
        print(f"  {name:28}{total / n:7.1f} ms")
    print(f"  {'total':28}{sum(totals.values()) / n:7.1f} ms")


def _range(l1: int, c1: int, l2: int, c2: int) -> dict[str, dict[str, int]]:
    return {"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}}


if __name__ == "__main__":
    raise SystemExit(main())
