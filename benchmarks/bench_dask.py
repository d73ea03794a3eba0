"""Throughput of declint on Dask against the number of worker processes.

    python benchmarks/bench_dask.py [--count 1000] [--workers 1,2] [--partition 50]

Needs ``pip install 'declint[dask]'``. Generates ``--count`` template drafts of 80 to 250
words (bench_templates.py's generator, template mode on), then for each worker count starts
a ``LocalCluster`` of that many worker processes with one thread each and reports:

- start-up: the cluster up and every worker's pipeline loaded (one small task per worker);
- drafts/s: ``declint.dask.lint_drafts`` over the whole bag, timed after the warm-up, so it is
  the steady rate a long run sees (the drafts travel from this process to the workers, and
  the findings frame back, inside the timing);
- drafts per CPU-second of the workers: what one worker reaches with a core to itself, which
  a busy shared machine hides from the wall-clock rate (the cores the workers actually got,
  their CPU seconds over the wall time, are printed beside the run);
- memory per worker: each worker process's resident set before declint is loaded (Dask's
  own), after the run, and its peak (``ru_maxrss``) over the run.

Beside them, the same drafts through ``DeclintLinter.lint_texts`` in this process, without
Dask: the ceiling one worker can approach. It is a benchmark, not a test: the figures depend
on the machine and on what else runs on it (the load average is printed for that reason).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_templates import make_draft, words  # noqa: E402


def worker_memory() -> tuple[float, float]:
    """This process's resident set now and its peak, in MiB (run on each worker)."""
    import psutil

    rss = psutil.Process().memory_info().rss / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return rss, peak


def worker_cpu() -> float:
    """CPU seconds this process has used (run on each worker)."""
    times = os.times()
    return times.user + times.system


def in_process(drafts: list[tuple[str, str]]) -> tuple[float, float]:
    from declint import DeclintLinter

    linter = DeclintLinter(template=True).load()
    list(linter.lint_texts(drafts[:20]))  # warm: entity recogniser, word lists
    start, cpu = time.perf_counter(), time.process_time()
    for _ in linter.lint_texts(drafts):
        pass
    return len(drafts) / (time.perf_counter() - start), len(drafts) / (time.process_time() - cpu)


def on_cluster(drafts: list[tuple[str, str]], workers: int, partition: int) -> dict[str, Any]:
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from declint.dask import lint_drafts

    start = time.perf_counter()
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        client.wait_for_workers(workers)
        bare = client.run(worker_memory)
        # One tiny partition per worker: every worker loads its pipeline before the timing.
        warm = db.from_sequence(drafts[:workers], npartitions=workers)
        lint_drafts(warm, template=True)
        ready = time.perf_counter() - start
        bag = db.from_sequence(drafts, partition_size=partition)
        cpu_before = client.run(worker_cpu)
        start = time.perf_counter()
        found = lint_drafts(bag, template=True)
        elapsed = time.perf_counter() - start
        cpu = sum(client.run(worker_cpu).values()) - sum(cpu_before.values())
        memory = client.run(worker_memory)
    return {
        "ready": ready,
        "rate": len(drafts) / elapsed,
        "elapsed": elapsed,
        "per_cpu_second": len(drafts) / cpu,
        # Cores the workers had between them: on a shared machine, what the wall rate could use.
        "cores_used": cpu / elapsed,
        "findings": len(found),
        "bare": [rss for rss, _ in bare.values()],
        "rss": [rss for rss, _ in memory.values()],
        "peak": [peak for _, peak in memory.values()],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--workers", default="1,2", help="worker counts to try, comma-separated")
    parser.add_argument("--partition", type=int, default=50, help="drafts per bag partition")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    drafts = [(f"template-{i:05d}.txt", make_draft(rng)) for i in range(args.count)]
    counts = [words(text) for _, text in drafts]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"{len(drafts)} drafts, {min(counts)}-{max(counts)} words (median {statistics.median(counts):.0f}), "
        f"{cores} cores, load average {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}"
    )
    rate, per_cpu = in_process(drafts)
    print(f"in this process, no Dask: {rate:.1f} drafts/s, {per_cpu:.1f} per CPU-second")
    print("workers  start-up  drafts/s  per worker  per CPU-s  RSS/worker bare, after, peak (MiB)")
    for workers in (int(w) for w in args.workers.split(",")):
        r = on_cluster(drafts, workers, args.partition)
        memory = ", ".join("/".join(f"{m:.0f}" for m in r[key]) for key in ("bare", "rss", "peak"))
        print(
            f"{workers:>7}  {r['ready']:>6.1f} s  {r['rate']:>8.1f}  {r['rate'] / workers:>10.1f}  "
            f"{r['per_cpu_second']:>9.1f}  "
            f"{memory}   ({r['findings']} findings in {r['elapsed']:.1f} s, {r['cores_used']:.2f} cores used)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
