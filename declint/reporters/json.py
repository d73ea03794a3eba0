"""``--format json``: one JSON array, one object per finding."""

from __future__ import annotations

import json

from rich.console import Console

from declint.engine.run import RunReport
from declint.reporters.common import encodable_data
from declint.reporters.jsonl import finding_objects


def report_json(report: RunReport, console: Console) -> None:
    """Every finding of the run as one array (see ``finding_objects`` for the shape)."""
    items = [item for result in report.linted for item in finding_objects(result)]
    console.file.write(json.dumps(encodable_data(items), indent=2, ensure_ascii=False) + "\n")
