"""The README's dependency table: one unbroken Markdown table naming every dependency."""

from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]


def test_every_runtime_dependency_has_a_row_in_one_unbroken_table() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    begin = text.index("## Dependencies")
    section = text[begin : text.index("\n## ", begin)]
    lines = section.splitlines()[1:]
    start = next(i for i, line in enumerate(lines) if line.startswith("| package |"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(line.split("|")[1].strip().split(" ")[0].lower())
    # A row after a blank line or a paragraph renders as loose text, not as part of the table.
    assert not any(line.startswith("| ") for line in lines[start + 2 + len(rows) :])
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[<>=!~;\[ ]", dep, maxsplit=1)[0].lower() for dep in deps}
    assert names <= set(rows), names - set(rows)
