"""``declint --fix``, ``--diff`` and ``--unsafe-fixes``: edits in place, byte for byte elsewhere."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from declint.cli.entry import main
from declint.core.findings import Finding, Fix, Severity
from declint.document.email import EmailDocument
from declint.engine.config import Config
from declint.engine.fixes import plan_fixes
from declint.engine.linter import FileResult, run_rules
from declint.ruleapi.base import Rule, RuleOptions

BOM = "\ufeff"
# Written in a Windows editor: a BOM, CRLF line ends, a curly apostrophe. "Thx" and the
# doubled "not" have safe fixes; the rest of the file must come back byte for byte.
DRAFT = (
    BOM + "Dear Ms. Lee,\r\n\r\nThx for the invitation to interview for the analyst role. I will not not "
    "attend, as I have accepted another offer close to home. I’m grateful for your time and I hope our "
    "paths cross again.\r\n\r\nBest regards,\r\nJordan Avery\r\n"
)


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--no-cache", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_fix_applies_safe_fixes_in_place_keeping_bom_line_ends_and_other_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "reply.txt"
    draft.write_bytes(DRAFT.encode("utf-8"))
    draft.chmod(0o600)
    _, out, err = cli(["--fix", "--format", "concise", str(draft)], capsys)
    expected = DRAFT.replace("Thx", "Thank you").replace("not not", "not").encode("utf-8")
    assert draft.read_bytes() == expected, err
    assert draft.stat().st_mode & 0o777 == 0o600
    assert "fixed 2 problems in 1 file" in err
    assert "repeated-word" not in out and "Thx" not in out
    # Nothing left to fix: a second run changes nothing.
    cli(["--fix", str(draft)], capsys)
    assert draft.read_bytes() == expected


def test_diff_shows_the_fixes_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "reply.txt"
    draft.write_bytes(DRAFT.encode("utf-8"))
    code, out, err = cli(["--diff", str(draft)], capsys)
    assert code == 1
    assert draft.read_bytes() == DRAFT.encode("utf-8")
    assert f"--- {draft}" in out and f"+++ {draft}" in out
    assert "-Thx for the invitation" in out.replace(BOM, "")
    assert "+Thank you for the invitation" in out and "I will not attend" in out
    assert "would fix 2 problems in 1 file" in err
    code, out, _ = cli(["--diff", str(tmp_path / "missing-nothing.txt")], capsys)
    assert out == ""


def test_stdin_can_be_diffed_but_not_fixed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(["--fix", "-"], capsys)
    assert code == 2 and "--fix edits files in place" in err


def _result(text: str, *fixes: Fix) -> FileResult:
    findings = [Finding("r", Severity.WARNING, "m", f.start, max(f.end, f.start + 1), fix=f) for f in fixes]
    return FileResult(path="a.txt", text=text, findings=findings)


def test_unsafe_fixes_only_when_asked() -> None:
    text = "Dear Sam,\nI recieved it.\n"
    safe = Fix(0, 4, "Hello")
    guess = Fix(text.index("recieved"), text.index("recieved") + 8, "received", safe=False)
    plan = plan_fixes(_result(text, safe, guess), text.encode())
    assert plan.fixed == b"Hello Sam,\nI recieved it.\n" and plan.unsafe_skipped == 1
    plan = plan_fixes(_result(text, safe, guess), text.encode(), unsafe=True)
    assert plan.fixed == b"Hello Sam,\nI received it.\n" and plan.unsafe_skipped == 0


def test_overlapping_fixes_apply_once_and_a_changed_file_is_left_alone() -> None:
    text = "sorry sorry sorry\n"
    plan = plan_fixes(_result(text, Fix(5, 11, ""), Fix(5, 11, ""), Fix(8, 17, "")), text.encode())
    assert plan.fixed == b"sorry sorry\n" and len(plan.applied) == 2
    plan = plan_fixes(_result(text, Fix(5, 11, "")), b"sorry sorry sorry sorry\n")
    assert plan.fixed is None and plan.problem is not None and "changed" in plan.problem


def test_encoded_email_bodies_are_never_fixed() -> None:
    result = _result("Thx\n", Fix(0, 3, "Thank you"))
    result.location_note = "lines of the decoded message body, which the file stores base64"
    plan = plan_fixes(result, b"irrelevant")
    assert plan.fixed is None and plan.problem is not None and "not fixed" in plan.problem


class _EditsEverything(Rule[RuleOptions]):
    """Flags every "Cheers" with a fix, wherever it is. Test only."""

    id = "edits-everything"
    category = "test"
    article_section = "test"

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        at = document.text.find("Cheers")
        while at >= 0:
            yield self.finding('"Cheers"', at, at + 6, fix=Fix(at, at + 6, "Best regards"))
            at = document.text.find("Cheers", at + 1)


def test_fixes_never_touch_the_quoted_reply_or_the_signature(make_document: Callable[..., EmailDocument]) -> None:
    text = (
        "Dear Ms. Lee,\n\nCheers for the invitation. I have accepted another offer, so I must withdraw.\n\n"
        "Best regards,\nJordan Avery\n-- \nJordan Avery | Cheers & Co.\n\n"
        "On Mon, 3 Mar 2025, Ana Lee wrote:\n> Cheers, hope to see you Friday.\n"
    )
    document = make_document(text)
    findings, _ = run_rules(document, [_EditsEverything()], Config())
    assert len(findings) == 3
    fixed = [f for f in findings if f.fix is not None]
    assert [text[f.start : f.start + 20] for f in fixed] == ["Cheers for the invit"]


def test_built_in_fixes_that_add_or_guess_words_are_unsafe(lint_text) -> None:  # type: ignore[no-untyped-def]
    """A guessed spelling, an inserted thanks, greeting or sign-off are words the writer did
    not write: --fix leaves them to --unsafe-fixes. Deleting a doubled word is safe."""
    spelled = lint_text("Dear Ms. Lee,\n\nThank you for the oppurtunity. I must withdraw.\n\nBest regards,\nJo Avery\n", "spelling")
    thankless = lint_text("Dear Ms. Lee,\n\nI must withdraw.\n\nBest regards,\nJo Avery\n", "gratitude")
    greetless = lint_text("Thank you. I must withdraw.\n\nBest regards,\nJo Avery\n", "salutation")
    doubled = lint_text("Dear Ms. Lee,\n\nThank you for the the invitation.\n\nBest regards,\nJo Avery\n", "repeated-word")
    assert [f.fix.safe for f in spelled + thankless + greetless if f.fix] == [False, False, False]
    assert [f.fix.safe for f in doubled if f.fix] == [True]
