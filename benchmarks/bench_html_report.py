"""Benchmark the HTML report of a 1,000-draft template library: its size, how long it takes to
render, and how it loads and scrolls in headless Chromium.

    python benchmarks/bench_html_report.py [--count 1000] [--keep DIR]

The library is bench_templates.py's generator (varied decline templates of 80 to 250 words),
linted without ``template = true`` so that their placeholders are findings, as in a library
nobody has checked yet. Drafts are linted once, in this process; then it reports:

1. the page's size and the time ``render_html`` takes (best of 3);
2. in headless Chromium (a fresh profile, driven over the DevTools pipe, tools/chromium_cdp.py):
   navigation to load event, DOMContentLoaded and first contentful paint (median of 5 loads);
3. scrolling from the top, the middle and near the end, 150 px per frame (a fast trackpad
   fling) and a viewport per frame (dragging the scrollbar): frame intervals (median, 95th
   percentile, worst) and how many frames took longer than 50 ms;
4. the same two measurements with the drafts' ``content-visibility: auto`` removed, to show
   what that one CSS line buys.

It is a benchmark, not a test: the figures depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tools"))
sys.path.insert(0, str(HERE))

from bench_templates import make_library  # noqa: E402
from chromium_cdp import Chromium, find_chromium  # noqa: E402

from declint.engine.run import default_jobs, run  # noqa: E402
from declint.reporters.html import render_html  # noqa: E402

WIDTH, HEIGHT = 1280, 900

TIMINGS = """(() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  return {dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, fcp: paint ? paint.startTime : null,
          height: document.documentElement.scrollHeight, nodes: document.getElementsByTagName("*").length};
})()"""

# Scroll ``step`` px per animation frame for ``frames`` frames from each start (a fraction of
# the page); the gaps between frames are what a reader feels as smooth or janky scrolling.
SCROLL = """((step, frames, starts) => new Promise((done) => {
  const gaps = []; const max = document.documentElement.scrollHeight - innerHeight;
  let run = 0, n = 0, last = null;
  scrollTo(0, Math.round(starts[0] * max));
  function tick(now) {
    if (last !== null) gaps.push(now - last);
    last = now;
    if (++n > frames) {
      if (++run === starts.length) { done(gaps); return; }
      n = 0; last = null; scrollTo(0, Math.round(starts[run] * max));
    } else {
      scrollBy(0, step);
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
}))"""
#: (label, px per frame, frames per run): a fast trackpad fling, and a viewport per frame
#: (dragging the scrollbar), from the top, the middle and near the end.
SCROLLS = (("fling, 150 px per frame", 150, 200), (f"jump, {HEIGHT} px per frame", HEIGHT, 200))
STARTS = (0.0, 0.5, 0.9)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def measure(binary: str, page: Path, loads: int = 5) -> dict[str, Any]:
    seen: list[dict[str, Any]] = []
    wall: list[float] = []
    scrolls: dict[str, list[float]] = {}
    with Chromium(binary, WIDTH, HEIGHT, timeout=300) as browser:
        for _ in range(loads):
            browser.call("Page.navigate", {"url": "about:blank"}, session=True)
            browser.wait_for("Page.loadEventFired")
            wall.append(browser.open(page))
            seen.append(browser.evaluate(TIMINGS))
        for label, step, frames in SCROLLS:
            scrolls[label] = browser.evaluate(f"{SCROLL}({step}, {frames}, {list(STARTS)})")
    paints = [s["fcp"] for s in seen if s["fcp"] is not None]
    return {
        "wall": statistics.median(wall),
        "dcl": statistics.median(s["dcl"] for s in seen),
        "load": statistics.median(s["load"] for s in seen),
        "fcp": statistics.median(paints) if paints else None,
        "height": seen[-1]["height"],
        "nodes": seen[-1]["nodes"],
        "scrolls": scrolls,
    }


def show(label: str, m: dict[str, Any]) -> None:
    fcp = f"{m['fcp']:.0f} ms" if m["fcp"] is not None else "n/a"
    print(f"{label}:")
    print(f"  navigation to load event (wall, median of 5): {m['wall'] * 1000:.0f} ms")
    print(f"  DOMContentLoaded {m['dcl']:.0f} ms, load {m['load']:.0f} ms, first contentful paint {fcp}")
    print(f"  page height {m['height']:,} px, {m['nodes']:,} elements")
    for name, gaps in m["scrolls"].items():
        print(
            f"  scroll ({name}, {len(gaps)} frames from top, middle, end): frame gap median "
            f"{statistics.median(gaps):.1f} ms, p95 {percentile(gaps, 0.95):.1f} ms, worst {max(gaps):.1f} ms, "
            f"{sum(1 for g in gaps if g > 50)} over 50 ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--keep", type=Path, default=None, help="write the library and report here")
    args = parser.parse_args()
    binary = find_chromium()
    if binary is None:
        print("Chromium is not installed (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="declint-html-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        library = folder / "library"
        library.mkdir(exist_ok=True)
        make_library(library, args.count, args.seed)
        # Linted as drafts, not templates: placeholders are findings, as in an unchecked library.
        (library / ".declint.toml").unlink()
        start = time.perf_counter()
        report = run([str(library)], jobs=default_jobs())
        lint_s = time.perf_counter() - start
        findings = sum(len(r.findings) for r in report.linted)
        clean = sum(1 for r in report.linted if not r.findings)
        renders = []
        for _ in range(3):
            start = time.perf_counter()
            page = render_html(report)
            renders.append(time.perf_counter() - start)
        target = folder / "report.html"
        target.write_text(page, encoding="utf-8")
        size = os.path.getsize(target)
        print(f"{len(report.linted)} drafts, {findings:,} findings, {clean} with none (linted in {lint_s:.1f} s)")
        print(f"report.html: {size:,} bytes ({size / 1e6:.2f} MB); render_html best of 3: {min(renders) * 1000:.0f} ms")
        show("Chromium", measure(binary, target))
        plain = folder / "report-without-content-visibility.html"
        plain.write_text(page.replace("content-visibility: auto;", ""), encoding="utf-8")
        show("Chromium, without content-visibility: auto", measure(binary, plain))
    return 0


if __name__ == "__main__":
    sys.exit(main())
