"""``--format concise``: ``path:line:col: severity rule-id message``, for editors."""

from __future__ import annotations

from rich.console import Console

from declint.engine.run import RunReport
from declint.reporters.common import locate, noted, visible


def report_concise(report: RunReport, console: Console) -> None:
    out = console.file
    for result in report.linted:
        for finding in result.findings:
            where = locate(result, finding)
            out.write(
                f"{visible(result.path)}:{where.line}:{where.column}: "
                f"{finding.severity.value} {visible(finding.rule)} {visible(noted(result, finding.message))}\n"
            )
