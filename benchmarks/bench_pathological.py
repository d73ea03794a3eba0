"""Time the text readers on hostile input, where quadratic work would show.

    python benchmarks/bench_pathological.py [--limit SECONDS]

Markdown markup, HTML extraction, the email's structure and the placeholder search each
read a few inputs built to make a careless regex or scan go quadratic (unclosed brackets,
runs of emphasis markers, thousands of unclosed tags). Linear work takes milliseconds to a
second here; quadratic work on these sizes takes minutes. Prints each time and exits 1 when
any is over ``--limit`` (default: 2 s).

These were wall-clock assertions in the test suite (tests/formats/test_formats.py,
tests/text/test_placeholders.py), which failed on a loaded machine; the tests still run the
same inputs and check the results, and the timing lives here. It is a benchmark, not a
test: the figures depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from declint.formats.html import extract_html  # noqa: E402
from declint.formats.markdown import read_markdown  # noqa: E402
from declint.text.parts import split_email  # noqa: E402
from declint.text.placeholders import find_placeholders  # noqa: E402

#: The same inputs the tests run.
MARKUP = {
    "emphasis": "*a_ " * 50000,
    "brackets": "[x" * 100000,
    "backticks": "`a" * 100000,
    "headings": "# h\n" * 50000,
    "unclosed-tags": "<span>" * 50000 + "</b>" * 50000,
}
PLACEHOLDER_ATTACKS = {
    "angles": "<" * 20000,
    "squares": "[" * 20000,
    "braces": "{" * 20000,
    "underscore-parens": "_(" * 10000,
    "open-angle-words": "<a" * 10000 + "@",
    "open-links": "[a" * 10000 + "](",
    "percents": "%a" * 10000,
}


def cases() -> dict[str, Callable[[], object]]:
    out: dict[str, Callable[[], object]] = {}
    for name, text in MARKUP.items():
        out[f"markdown {name}"] = lambda t=text: read_markdown("a.md", t)
        out[f"html {name}"] = lambda t=text: extract_html(t)
        out[f"structure {name}"] = lambda t=text: split_email(t)
    for name, text in PLACEHOLDER_ATTACKS.items():
        out[f"placeholders {name}"] = lambda t=text: find_placeholders(t)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=2.0, help="seconds allowed per case (default: 2)")
    args = parser.parse_args()
    slow = 0
    for name, run in cases().items():
        began = time.perf_counter()
        run()
        took = time.perf_counter() - began
        flag = "  OVER" if took > args.limit else ""
        slow += bool(flag)
        print(f"{name:32} {took * 1000:9.1f} ms{flag}")
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
