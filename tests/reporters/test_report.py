"""The terminal report, rendered into a Console(file=StringIO()) and compared exactly."""

from __future__ import annotations

import io

from rich.console import Console

from declint.core.findings import Finding, Severity
from declint.engine.linter import FileResult
from declint.engine.run import RunReport
from declint.reporters.text import report_text
from declint.reporters.theme import THEME

TEXT = "Hey Sam,\n\nI will not attend.\n\nCheers,\nJo\n"


def render(report: RunReport, **console: object) -> str:
    buffer = io.StringIO()
    report_text(report, Console(file=buffer, width=80, theme=THEME, **console))  # type: ignore[arg-type]
    return buffer.getvalue()


def test_report_layout() -> None:
    result = FileResult(
        path="drafts/curt.txt",
        text=TEXT,
        findings=[
            Finding("salutation", Severity.WARNING, "too casual", 0, 3, suggestion='Use "Dear"'),
            Finding("closing", Severity.ERROR, "casual sign-off", 30, 37),
        ],
    )
    out = render(RunReport(results=[result]))
    assert out == (
        "drafts/curt.txt\n"
        "  1:1   warning salutation       too casual\n"
        "    1 │ Hey Sam,\n"
        "      │ ^^^\n"
        '      = help: Use "Dear"\n'
        "  5:1   error   closing          casual sign-off\n"
        "    5 │ Cheers,\n"
        "      │ ^^^^^^^\n"
        "\n"
        "Found 2 problems (1 error, 1 warning, 0 info) in 1 of 1 file.\n"
    )


def test_clean_run_and_failed_files_in_summary() -> None:
    report = RunReport(results=[FileResult(path="a.txt", text="x"), FileResult(path="b.txt", error="is empty")])
    assert render(report) == "No problems found in 1 file. 1 file could not be linted.\n"


def test_draft_cannot_inject_escapes_or_markup() -> None:
    text = "Dear [bold red]Sam[/],\x1b[31m red\x1b[0m\n"
    result = FileResult(
        path="x.txt", text=text, findings=[Finding("salutation", Severity.WARNING, "[bold]hi[/bold]", 0, 4)]
    )
    out = render(RunReport(results=[result]), force_terminal=True, color_system="truecolor")
    assert "\x1b[31m red" not in out
    assert "\\x1b[31m red\\x1b[0m" in out
    assert "[bold red]Sam[/]" in out
    assert "[bold]hi[/bold]" in out
