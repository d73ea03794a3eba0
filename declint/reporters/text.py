"""The default report: per file, each finding with its source line underlined."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from declint.core.findings import Severity
from declint.engine.linter import FileResult
from declint.engine.run import RunReport
from declint.reporters.common import locate, plural, visible

_SEVERITY_STYLE = {
    Severity.ERROR: "declint.error",
    Severity.WARNING: "declint.warning",
    Severity.INFO: "declint.info",
}


def report_text(report: RunReport, console: Console) -> None:
    for result in report.linted:
        if result.findings:
            _file(result, console)
    console.print(_summary(report))


def _file(result: FileResult, console: Console) -> None:
    header = Text(visible(result.path), style="declint.path")
    if result.location_note:
        header.append(f"  ({visible(result.location_note)})", style="declint.dim")
    console.print(header)
    width = max(len(str(result.lines.position(f.start)[0])) for f in result.findings)
    for finding in result.findings:
        where = locate(result, finding)
        line = Text("  ")
        line.append(f"{where.line}:{where.column}".ljust(width + 5), style="declint.dim")
        line.append(finding.severity.value.ljust(8), style=_SEVERITY_STYLE[finding.severity])
        line.append(visible(finding.rule).ljust(17), style="declint.rule")
        line.append(visible(finding.message))
        console.print(line)
        span = result.lines.line_span(where.line)
        source = result.text[span.start : span.end]
        start_col = where.column - 1
        end_col = where.end_column - 1 if where.end_line == where.line else len(source)
        end_col = max(end_col, start_col + 1)
        # Shown text and caret line are built from the same visible() prefix so the caret
        # stays under the words even when the line holds control characters.
        prefix = visible(source[:start_col])
        marked = visible(source[start_col:end_col])
        gutter = f"{where.line:>{width}} │ "
        shown = Text(" " * 4 + gutter, style="declint.dim")
        shown.append(prefix)
        shown.append(marked, style="declint.span")
        shown.append(visible(source[end_col:]))
        console.print(shown, overflow="fold", soft_wrap=True)
        caret = Text(" " * 4 + " " * width + " │ " + " " * len(prefix), style="declint.dim")
        caret.append("^" * max(1, len(marked)), style=_SEVERITY_STYLE[finding.severity])
        console.print(caret, overflow="fold", soft_wrap=True)
        if finding.suggestion:
            tip = Text(" " * 4 + " " * width + " = ", style="declint.dim")
            tip.append("help: ", style="declint.help")
            tip.append(visible(finding.suggestion))
            console.print(tip, soft_wrap=True)
    console.print()


def _summary(report: RunReport) -> Text:
    linted = report.linted
    findings = [f for r in linted for f in r.findings]
    failed = len(report.results) - len(linted)
    files = plural(len(linted), "file")
    if not findings:
        text = Text(f"No problems found in {files}.", style="declint.ok")
    else:
        counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
        with_findings = sum(1 for r in linted if r.findings)
        text = Text(
            f"Found {plural(len(findings), 'problem')} "
            f"({plural(counts[Severity.ERROR], 'error')}, {plural(counts[Severity.WARNING], 'warning')}, "
            f"{counts[Severity.INFO]} info) in {with_findings} of {files}.",
            style="declint.summary",
        )
    if failed:
        text.append(f" {plural(failed, 'file')} could not be linted.", style="declint.error")
    return text
