"""``--format json``: one JSON array, one object per finding."""

from __future__ import annotations

import json

from rich.console import Console

from declint.core.links import rule_url
from declint.engine.run import RunReport
from declint.reporters.common import encodable_data, locate


def report_json(report: RunReport, console: Console) -> None:
    """Offsets (``start``, ``end``, ``fix``) count characters of the file as stored, BOM and
    CR LF included, so a tool can apply a fix to the file; lines and columns are the same
    either way."""
    items = []
    for result in report.linted:
        at = result.stored.stored if result.stored is not None else (lambda offset: offset)
        for finding in result.findings:
            where = locate(result, finding)
            item = {
                "path": result.path,
                "rule": finding.rule,
                "severity": finding.severity.value,
                "message": finding.message,
                "line": where.line,
                "column": where.column,
                "end_line": where.end_line,
                "end_column": where.end_column,
                "start": at(finding.start),
                "end": at(finding.end),
                "suggestion": finding.suggestion,
                "link": rule_url(finding.rule),
                "fix": (
                    {
                        "start": at(finding.fix.start),
                        "end": at(finding.fix.end),
                        "replacement": finding.fix.replacement,
                        "safe": finding.fix.safe,
                    }
                    if finding.fix
                    else None
                ),
            }
            if result.location_note:
                item["location_note"] = result.location_note
            items.append(item)
    console.file.write(json.dumps(encodable_data(items), indent=2, ensure_ascii=False) + "\n")
