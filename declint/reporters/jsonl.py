"""``--format jsonl``: one JSON object per finding per line, written as each draft finishes.

The objects have the keys of ``--format json``'s, so a consumer can switch between them;
each line is flushed as it is written, so a reader downstream of a large run starts at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from rich.console import Console

from declint.core.links import rule_url
from declint.engine.result import FileResult
from declint.engine.run import RunReport
from declint.reporters.common import encodable_data, locate


def finding_objects(result: FileResult) -> Iterable[dict[str, Any]]:
    """One JSON-ready object per finding of a linted draft: the shape ``--format json`` and
    ``--format jsonl`` share. Offsets (``start``, ``end``, ``fix``) count characters of the
    file as stored, BOM and CR LF included, so a tool can apply a fix to the file."""
    if result.error is not None:
        return
    for finding in result.findings:
        where = locate(result, finding)
        item: dict[str, Any] = {
            "path": result.path,
            "rule": finding.rule,
            "severity": finding.severity.value,
            "message": finding.message,
            "line": where.line,
            "column": where.column,
            "end_line": where.end_line,
            "end_column": where.end_column,
            "start": result.stored_offset(finding.start),
            "end": result.stored_offset(finding.end),
            "suggestion": finding.suggestion,
            "link": rule_url(finding.rule),
            "fix": (
                {
                    "start": result.stored_offset(finding.fix.start),
                    "end": result.stored_offset(finding.fix.end),
                    "replacement": finding.fix.replacement,
                    "safe": finding.fix.safe,
                }
                if finding.fix
                else None
            ),
        }
        if result.location_note:
            item["location_note"] = result.location_note
        yield item


def stream_jsonl(results: Iterable[FileResult], console: Console) -> None:
    """Write each result's findings as it arrives; ``results`` may be a lazy stream."""
    out = console.file
    for result in results:
        lines = [json.dumps(encodable_data(item), ensure_ascii=False) + "\n" for item in finding_objects(result)]
        if lines:
            out.write("".join(lines))
            out.flush()


def report_jsonl(report: RunReport, console: Console) -> None:
    """The same lines from a finished run (for callers that already hold one)."""
    stream_jsonl(report.results, console)
