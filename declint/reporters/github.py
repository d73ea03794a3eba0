"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

GitHub reads ``::warning file=...,line=...::message`` lines from a step's output and shows
them on the pull request's diff. Values are escaped as the runner expects: ``%``, CR and LF
everywhere, and ``:`` and ``,`` too inside properties, where they would end a value.
"""

from __future__ import annotations

import os

from rich.console import Console

from declint.core.findings import Severity
from declint.engine.run import RunReport
from declint.reporters.common import locate, noted, visible

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """``value`` as one command line: callers pass text through ``visible`` first, so the
    only newlines left are declint's own, which the runner turns back into line breaks."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def workspace_path(path: str) -> str:
    """A path as GitHub matches it against the repository: relative, with slashes."""
    if os.path.isabs(path):
        try:
            path = os.path.relpath(path)
        except ValueError:  # another drive on Windows
            return path.replace(os.sep, "/")
    return path.replace(os.sep, "/")


def _command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}\n"


def _file(path: str) -> str:
    return visible(workspace_path(path))


def report_github(report: RunReport, console: Console) -> None:
    out = console.file
    for result in report.results:
        file = _file(result.path)
        if result.error is not None:
            problem = f"could not be linted: {visible(result.error)}"
            out.write(_command("error", {"file": file, "title": "declint"}, problem))
            continue
        for finding in result.findings:
            where = locate(result, finding)
            message = visible(noted(result, finding.message))
            if finding.suggestion:
                message += f"\nhelp: {visible(finding.suggestion)}"
            properties: dict[str, object] = {
                "file": file,
                "line": where.line,
                "col": where.column,
                "endLine": where.end_line,
                "endColumn": where.end_column,
                "title": f"declint {visible(finding.rule)}",
            }
            out.write(_command(_COMMAND[finding.severity], properties, message))
