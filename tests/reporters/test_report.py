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
    assert render(report) == "No problems found in 1 file. Not linted: b.txt is empty.\n"


def test_refused_file_summary_says_what_happened() -> None:
    report = RunReport(results=[FileResult(path="b.txt", error="is empty: there is no text to lint")])
    out = render(report)
    assert out == "Nothing was linted: b.txt is empty: there is no text to lint.\n"
    assert "0 files" not in out


#: One paragraph on one line, as mail clients write it: the flagged words sit far past
#: column 72, and one flagged run is longer than a narrow console.
PARAGRAPH = (
    "Dear Ms Rivera,\n\nThank you so much for the invitation to interview for the analyst role on "
    "your team next week, which I truly appreciated, but after a great deal of thought about "
    "where I am right now I have decided that I must decline, and I am sorry sorry for the "
    "trouble this causes your whole hiring panel and everyone who arranged the schedule for me.\n"
)


def _paragraph_findings() -> list[Finding]:
    found = []
    for rule, words in (
        ("repeated-word", "sorry sorry"),
        ("unused-suppression", "decided that I must decline"),
        ("over-apology", "I am sorry sorry for the trouble this causes your whole hiring panel and everyone"),
        ("salutation", "Dear"),
        ("closing", "schedule for me."),
    ):
        start = PARAGRAPH.index(words)
        found.append(Finding(rule, Severity.WARNING, f"about {words[:10]}", start, start + len(words)))
    return found


def test_carets_sit_under_the_flagged_words_at_any_width() -> None:
    findings = _paragraph_findings()
    assert all(PARAGRAPH.index("\n\n") + 2 + 72 < f.end for f in findings[:3])
    for width in (60, 80, 120):
        buffer = io.StringIO()
        result = FileResult(path="long.txt", text=PARAGRAPH, findings=findings)
        report_text(RunReport(results=[result]), Console(file=buffer, width=width, theme=THEME))
        lines = buffer.getvalue().splitlines()
        for finding in findings:
            flagged = PARAGRAPH[finding.start : finding.end]
            row = next(i for i, line in enumerate(lines) if line.endswith(f"about {flagged[:10]}"))
            shown, caret = lines[row + 1], lines[row + 2]
            assert len(shown) <= width and len(caret) <= width, (width, shown)
            begin, end = caret.index("^"), caret.rindex("^") + 1
            under = shown[begin:end]
            if len(flagged) + 25 < width:
                assert under == flagged, (width, shown, caret)
            else:  # Longer than the console: its head is shown, cut with an ellipsis.
                assert flagged.startswith(under) and len(under) >= width // 2 and shown.endswith("…"), (width, shown)
            cut_before = finding.start - PARAGRAPH.rfind("\n", 0, finding.start) - 1 > len(shown)
            assert "│ …" in shown if cut_before else "│ …" not in shown


def test_long_rule_ids_never_run_into_the_message() -> None:
    out = render(RunReport(results=[FileResult(path="long.txt", text=PARAGRAPH, findings=_paragraph_findings())]))
    assert "unused-suppression about" in out
    assert "unused-suppressionabout" not in out
    # Ids still line up in one column within a file.
    starts = {
        line.index("about")
        for line in out.splitlines()
        if line.endswith(tuple("abcdefghijklmnopqrstuvwxyz")) and "about" in line
    }
    assert len(starts) == 1


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
