"""``--format sarif``: a SARIF 2.1.0 log, for code scanning (GitHub, Azure DevOps, IDE viewers).

The rules' own documentation fills each rule's descriptor, so a code-scanning alert explains
itself. Paths are relative to the working directory under the ``%SRCROOT%`` base, which is how
GitHub maps results to files in the repository; columns count code points, as declint does.
"""

from __future__ import annotations

import json
import os
from typing import Any

from rich.console import Console

from declint import __version__
from declint.core.findings import Severity
from declint.core.links import rule_url
from declint.engine.result import UNUSED_SUPPRESSION
from declint.engine.run import RunReport
from declint.reporters.common import encodable_data, flagged_end, locate, noted, uri_quote

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_location(path: str) -> dict[str, str]:
    """A relative ``uri`` under ``%SRCROOT%`` when the file is below the working directory."""
    if path == "-" or not path:
        return {"uri": "stdin"}
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute)
    except ValueError:
        rel = absolute
    if rel.startswith(os.pardir) or os.path.isabs(rel):
        return {"uri": "file://" + uri_quote(absolute.replace(os.sep, "/"))}
    return {"uri": uri_quote(rel.replace(os.sep, "/")), "uriBaseId": "%SRCROOT%"}


def _descriptor(rule_id: str, report: RunReport) -> dict[str, Any]:
    cls = report.rules.get(rule_id)
    if cls is None:
        summary = (
            "A suppression comment that suppresses nothing."
            if rule_id == UNUSED_SUPPRESSION
            else f"Findings of {rule_id}."
        )
        return {"id": rule_id, "shortDescription": {"text": summary}, "helpUri": rule_url(rule_id)}
    doc = cls.doc()
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": cls.summary() or rule_id},
        "fullDescription": {"text": cls.doc_section("What it does") or cls.summary() or rule_id},
        "help": {"text": doc or rule_id, "markdown": doc or rule_id},
        "helpUri": rule_url(rule_id),
        "defaultConfiguration": {"level": _LEVEL[cls.severity]},
        "properties": {"category": cls.category, "articleSection": cls.article_section},
    }


def build_sarif(report: RunReport) -> dict[str, Any]:
    seen = sorted({f.rule for r in report.linted for f in r.findings})
    rule_ids = sorted(set(report.rules) | set(seen))
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    results: list[dict[str, Any]] = []
    for result in report.linted:
        location = artifact_location(result.path)
        for finding in result.findings:
            where = locate(result, finding)
            message = noted(result, finding.message) + (f" Help: {finding.suggestion}" if finding.suggestion else "")
            results.append(
                {
                    "ruleId": finding.rule,
                    "ruleIndex": index[finding.rule],
                    "level": _LEVEL[finding.severity],
                    "message": {"text": message},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": location,
                                "region": {
                                    "startLine": where.line,
                                    "startColumn": where.column,
                                    "endLine": where.end_line,
                                    "endColumn": where.end_column,
                                    "snippet": {"text": result.text[finding.start : flagged_end(result.text, finding)]},
                                },
                            }
                        }
                    ],
                }
            )
    notifications = [
        {
            "level": "error",
            "message": {"text": f"could not be linted: {r.error}"},
            "locations": [{"physicalLocation": {"artifactLocation": artifact_location(r.path)}}],
        }
        for r in report.results
        if r.error is not None
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "declint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_descriptor(rule_id, report) for rule_id in rule_ids],
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": _cwd_uri()}},
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
        ],
        "results": results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _cwd_uri() -> str:
    cwd = os.getcwd().replace(os.sep, "/")
    return "file://" + uri_quote(cwd if cwd.endswith("/") else cwd + "/")


def report_sarif(report: RunReport, console: Console) -> None:
    console.file.write(json.dumps(encodable_data(build_sarif(report)), indent=2, ensure_ascii=False) + "\n")
