"""The default report: per file, each finding with its source line underlined.

An email paragraph is one long line, so the report shows a window of the line around the
flagged words (an ellipsis marks each cut) sized to the console, and the carets always sit
under the words, whatever the width.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Text

from declint.core.findings import Finding, Severity
from declint.core.links import rule_url
from declint.engine.result import FileResult
from declint.engine.run import RunReport
from declint.reporters.common import locate, plural, visible

_SEVERITY_STYLE = {
    Severity.ERROR: "declint.error",
    Severity.WARNING: "declint.warning",
    Severity.INFO: "declint.info",
}

ELLIPSIS = "…"
#: The rule column is at least this wide, so short ids line up across files.
_RULE_WIDTH = 16
#: Characters of context kept before the flagged words when the line must be cut.
_LEAD = 20
#: The fewest source characters a line shows, however narrow the console.
_MIN_SOURCE = 20
#: How many refused files the summary names before it only counts them.
_NAMED_FAILURES = 3


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
    # Long ids widen the column for the whole file rather than run into the message.
    rule_width = max(_RULE_WIDTH, *(len(f.rule) for f in result.findings)) + 1
    for finding in result.findings:
        where = locate(result, finding)
        line = Text("  ")
        line.append(f"{where.line}:{where.column}".ljust(width + 5), style="declint.dim")
        line.append(finding.severity.value.ljust(8), style=_SEVERITY_STYLE[finding.severity])
        rule_id = visible(finding.rule)
        line.append(rule_id, style=_rule_style(finding, console))
        line.append(" " * max(0, rule_width - len(rule_id)))
        line.append(visible(finding.message))
        console.print(line)
        span = result.lines.line_span(where.line)
        source = result.text[span.start : span.end]
        start_col = where.column - 1
        end_col = where.end_column - 1 if where.end_line == where.line else len(source)
        end_col = max(end_col, start_col + 1)
        gutter = f"{where.line:>{width}} │ "
        room = max(_MIN_SOURCE, console.width - 4 - cell_len(gutter))
        # Every piece goes through visible() before it is measured, so an escaped control
        # character counts as the characters that are actually printed.
        left, marked, right = window(
            visible(source[:start_col]), visible(source[start_col:end_col]), visible(source[end_col:]), room
        )
        shown = Text(" " * 4 + gutter, style="declint.dim")
        shown.append(left)
        shown.append(marked, style="declint.span")
        shown.append(right)
        console.print(shown, no_wrap=True, overflow="ignore", crop=False, soft_wrap=True)
        caret = Text(" " * 4 + " " * width + " │ " + " " * cell_len(left), style="declint.dim")
        caret.append("^" * max(1, cell_len(marked)), style=_SEVERITY_STYLE[finding.severity])
        console.print(caret, no_wrap=True, overflow="ignore", crop=False, soft_wrap=True)
        if finding.suggestion:
            tip = Text(" " * 4 + " " * width + " = ", style="declint.dim")
            tip.append("help: ", style="declint.help")
            tip.append(visible(finding.suggestion))
            console.print(tip, soft_wrap=True)
    console.print()


def _rule_style(finding: Finding, console: Console) -> Style | str:
    # A terminal hyperlink (OSC 8) to the rule's page; Rich drops it where unsupported.
    if console.is_terminal and not console.legacy_windows:
        return console.get_style("declint.rule") + Style(link=rule_url(finding.rule))
    return "declint.rule"


def _take(text: str, cells: int) -> str:
    """The longest head of ``text`` that fits in ``cells`` terminal cells."""
    out = ""
    for char in text:
        if cell_len(out + char) > cells:
            break
        out += char
    return out


def _take_tail(text: str, cells: int) -> str:
    return _take(text[::-1], cells)[::-1]


def window(prefix: str, marked: str, suffix: str, room: int) -> tuple[str, str, str]:
    """What to show of a line so ``marked`` is in view within ``room`` cells.

    Returns (left, marked, right), each cut with an ellipsis where text was left out. The
    flagged words keep as much room as they need; what is left goes mostly after them,
    since a sentence reads on from the flagged words.
    """
    if cell_len(prefix + marked + suffix) <= room:
        return prefix, marked, suffix
    lead = min(cell_len(prefix), _LEAD)
    if cell_len(marked) > room - lead - (1 if lead < cell_len(prefix) else 0):
        # The flagged words alone overflow: keep a little context and cut the words.
        lead = min(lead, max(0, (room - 2) // 4))
    left = prefix
    if cell_len(prefix) > lead:
        left = ELLIPSIS + _take_tail(prefix, max(0, lead - 1)) if lead else ""
    budget = room - cell_len(left)
    if cell_len(marked) > budget:
        return left, _take(marked, budget - 1), ELLIPSIS
    budget -= cell_len(marked)
    right = suffix if cell_len(suffix) <= budget else (_take(suffix, budget - 1) + ELLIPSIS if budget else "")
    return left, marked, right


def _summary(report: RunReport) -> Text:
    linted = report.linted
    findings = [f for r in linted for f in r.findings]
    failed = [r for r in report.results if r.error is not None]
    if failed and not linted:
        text = Text("Nothing was linted: ", style="declint.error")
        text.append(_refusals(failed), style="declint.error")
        return text
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
        text.append(" Not linted: ", style="declint.error")
        text.append(_refusals(failed), style="declint.error")
    return text


def _refusals(failed: list[FileResult]) -> str:
    """Each refused file with its reason ('a.txt is empty'), or a count past a few."""
    if len(failed) > _NAMED_FAILURES:
        return f"{plural(len(failed), 'file')} could not be read (the reasons are above)."
    return "; ".join(f"{visible(r.path)} {visible(r.error or '')}" for r in failed) + "."
