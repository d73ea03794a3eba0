"""The HTML report in a real browser: headless Chromium shows the summary, the chart and a
highlighted finding, runs the page's own sorting script and no script from a draft.

Skips where Chromium is not installed (.ci/run installs Debian's ``chromium``). The screenshot
is kept at tests/reporters/artifacts/html-report.png (ignored by git) to look at after a run.
"""

from __future__ import annotations

import importlib.util
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import pytest

from declint.engine.linter import Linter
from declint.engine.run import run
from declint.reporters.html import render_html

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
_spec = importlib.util.spec_from_file_location("chromium_cdp", ROOT / "tools" / "chromium_cdp.py")
assert _spec is not None and _spec.loader is not None
chromium_cdp = importlib.util.module_from_spec(_spec)
sys.modules["chromium_cdp"] = chromium_cdp
_spec.loader.exec_module(chromium_cdp)

CHROMIUM = chromium_cdp.find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium; .ci/run does this)"
)

CURT = "Hey,\n\nNot coming to the interview.\n\nCheers\n"
REPLY = (
    "Dear Ms. Okafor,\n\n"
    "Thank you for the invitation to interview for the data analyst role. I have accepted another offer, "
    "so I must withdraw my application. I hope our paths cross again.\n\n"
    "Best regards,\nPriya Shah\n"
    "-- \nPriya Shah | Analyst | 555 0100\n\n"
    "On Mon, 2 Mar 2026 at 10:00, Ada Okafor <ada@example.com> wrote:\n"
    "> Hi Priya,\n> Could you come in on Thursday at ten?\n> Ada\n"
)
# Each of these would change the title (or set draftRan) if the page ran it.
HOSTILE = (
    "Hey <script>document.title='pwned';window.draftRan=1</script> team,\n\n"
    "<img src=x onerror=\"document.title='pwned';window.draftRan=2\"> Not coming.\n"
    "</textarea><svg onload=\"window.draftRan=3\"></svg>\n\n"
    "Cheers\n"
)
WIDTH, HEIGHT = 1280, 2400

# Two animation frames first: drafts in view are laid out at the first rendering update after
# the load event (content-visibility: auto), and until then hit-testing sees an empty box.
PROBE = """(async () => {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const box = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {left: r.left, top: r.top, width: r.width, height: r.height,
            shown: el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}),
            uncovered: hit !== null && (hit === el || el.contains(hit)), hit: hit && hit.outerHTML.slice(0, 80),
            background: getComputedStyle(el).backgroundColor, fill: getComputedStyle(el).fill};
  };
  return {
    title: document.title,
    draftRan: typeof window.draftRan,
    scripts: document.scripts.length,
    summary: box(document.querySelector("#summary .cards")),
    summaryText: document.querySelector("#summary .cards").innerText,
    chart: box(document.querySelector("#chart svg")),
    bar: box(document.querySelector("#chart svg rect.rect")),
    mark: box(document.querySelector("pre.text mark")),
    markText: document.querySelector("pre.text mark").textContent,
  };
})()"""

SORT = """(() => {
  const head = [...document.querySelectorAll("table.grid thead th")].find(th => th.textContent === "Findings");
  head.click();
  return [...document.querySelectorAll("table.grid tbody tr")].map(tr => Number(tr.cells[1].textContent));
})()"""


def png_colours(data: bytes) -> set[tuple[int, int, int]]:
    """The RGB colours of an 8-bit, non-interlaced PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IHDR":
            header = data[pos + 8 : pos + 8 + length]
        elif kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0
    bpp = 4 if colour == 6 else 3
    raw, stride = zlib.decompress(idat), width * bpp
    seen: set[tuple[int, int, int]] = set()
    prev = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = prev[i], (prev[i - bpp] if i >= bpp else 0)
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        seen.update((line[j], line[j + 1], line[j + 2]) for j in range(0, stride, bpp))
        prev = line
    return seen


def rgb(css: str) -> tuple[int, int, int]:
    if css.startswith("#"):
        return int(css[1:3], 16), int(css[3:5], 16), int(css[5:7], 16)
    r, g, b = (int(float(v)) for v in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
    return r, g, b


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory, linter: Linter) -> Path:
    folder = tmp_path_factory.mktemp("html")
    for name, text in {"a-curt.txt": CURT, "b-hostile.txt": HOSTILE, "c-reply.txt": REPLY}.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = run([str(folder)], linter=linter, registry=linter.registry)
    assert all(r.findings for r in report.linted[:2])
    target = folder / "report.html"
    target.write_text(render_html(report), encoding="utf-8")
    return target


def test_dumped_dom_holds_no_script_from_a_draft(report_file: Path) -> None:
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory(prefix="declint-chromium-") as profile:
        dom = subprocess.run(
            [CHROMIUM, *chromium_cdp.FLAGS, f"--user-data-dir={profile}", "--dump-dom", report_file.as_uri()],
            capture_output=True, text=True, timeout=120, check=True,
        ).stdout
    assert "<title>declint report: 3 drafts</title>" in dom
    assert "pwned" not in dom[dom.index("<title>") : dom.index("</title>")]
    assert dom.count("<script") == 1  # the page's own
    assert "<img" not in dom and "<svg onload" not in dom and "<textarea" not in dom
    assert "&lt;script&gt;" in dom and "&lt;/script&gt;" in dom and "&lt;/textarea&gt;" in dom
    # The page's sorting script ran (it makes the headings focusable): scripts were on.
    assert 'tabindex="0"' in dom


def test_summary_chart_and_a_highlighted_finding_are_visible(report_file: Path) -> None:
    assert CHROMIUM is not None
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html-report.png"
    with chromium_cdp.Chromium(CHROMIUM, WIDTH, HEIGHT) as browser:
        browser.open(report_file)
        seen = browser.evaluate(PROBE)
        browser.screenshot(shot)
        marked = browser.screenshot_bytes(seen["mark"])
        bar = browser.screenshot_bytes(seen["bar"])
        totals = browser.evaluate(SORT)
    assert seen["title"] == "declint report: 3 drafts"
    assert seen["draftRan"] == "undefined" and seen["scripts"] == 1
    assert "3\ndrafts linted" in seen["summaryText"]
    for part in ("summary", "chart", "bar", "mark"):
        box = seen[part]
        assert box is not None and box["shown"] and box["uncovered"], (part, box)
        assert box["width"] > 0 and box["height"] > 0 and box["top"] >= 0 and box["top"] + box["height"] <= HEIGHT
    assert seen["markText"] == "Hey"
    # What the browser drew: the screenshot has the mark's colour where the mark is and the
    # bar's colour where the bar is.
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert rgb(seen["mark"]["background"]) in png_colours(marked)
    assert rgb(seen["bar"]["fill"]) in png_colours(bar)
    # Sorting by the Findings column puts the draft with most findings first.
    assert totals == sorted(totals, reverse=True) and len(totals) == 3


def test_the_report_reads_with_scripts_off(report_file: Path) -> None:
    assert CHROMIUM is not None
    with chromium_cdp.Chromium(CHROMIUM, WIDTH, HEIGHT) as browser:
        browser.call("Emulation.setScriptExecutionDisabled", {"value": True}, session=True)
        browser.open(report_file)
        # Read through the DevTools DOM domain: no script runs in the page, not even ours.
        root = browser.call("DOM.getDocument", session=True)["root"]["nodeId"]
        dom = browser.call("DOM.getOuterHTML", {"nodeId": root}, session=True)["outerHTML"]
        sizes = {}
        for selector in ("#summary .cards", "#chart svg", "table.grid", "pre.text mark", ".not-linted"):
            node = browser.call("DOM.querySelector", {"nodeId": root, "selector": selector}, session=True)["nodeId"]
            assert node, selector
            model = browser.call("DOM.getBoxModel", {"nodeId": node}, session=True)["model"]
            sizes[selector] = (model["width"], model["height"])
    assert 'tabindex="0"' not in dom  # the sorting script did not run ...
    assert all(w > 0 and h > 0 for w, h in sizes.values()), sizes  # ... and every part is laid out without it
