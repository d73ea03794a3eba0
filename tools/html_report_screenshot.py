"""Redraw docs/html-report.png, the README's picture of ``declint --format html samples/``.

    python tools/html_report_screenshot.py

Renders the report of samples/ and photographs its first 2,300 px in headless Chromium at
1280 px wide (tools/chromium_cdp.py).
"""

from __future__ import annotations

import base64
import subprocess
import sys
import tempfile
from pathlib import Path

from chromium_cdp import Chromium, find_chromium

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    binary = find_chromium()
    if binary is None:
        print("Chromium is not installed (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "samples.html"
        subprocess.run(
            [sys.executable, "-m", "declint", "--format", "html", "--output", str(page), "samples/"],
            cwd=ROOT, check=False,
        )
        with Chromium(binary, 1280, 1000) as browser:
            browser.open(page)
            # The capture reaches below the 1000 px window, where drafts are not laid out yet
            # (content-visibility: auto): lay them out as a reader scrolling down would see them.
            browser.evaluate(
                "document.querySelectorAll('.draft').forEach(d => d.style.contentVisibility = 'visible');"
                "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
            )
            clip = {"x": 0, "y": 0, "width": 1280, "height": 2300, "scale": 1}
            shot = browser.call(
                "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip}, session=True
            )
    (ROOT / "docs" / "html-report.png").write_bytes(base64.b64decode(shot["data"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
