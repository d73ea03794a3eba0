"""Editors pipe the buffer in: ``declint - --stdin-filename NAME`` picks format and config by NAME."""

from __future__ import annotations

import io
import json
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from declint.cli.entry import main

SENDER_HTML = (
    "<p>Hey Ms. Lee,</p><p>Thank you for the invitation. I have accepted another offer, so I must "
    "withdraw. I hope our paths cross again. I enjoyed learning about your team and the work you do, and I wish you every success with the search.</p><p>Best regards,<br>Jordan Avery</p>"
    "<blockquote><p>Hey Jordan,</p><p>Sorry, and sorry again! Cheers</p></blockquote>"
)


def feed(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def eml_bytes() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jordan Avery <jo@example.com>"
    msg["Subject"] = "Re: Interview"
    msg.set_content(SENDER_HTML, subtype="html", charset="iso-8859-1", cte="quoted-printable")
    return msg.as_bytes()


def test_stdin_eml_is_read_as_an_email(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    feed(monkeypatch, eml_bytes())
    code, out, err = run(["-", "--stdin-filename", "draft.eml", "--format", "concise"], capsys)
    # Only the sender's casual greeting, on line 1 of the extracted text; the quote is set aside.
    assert (code, err) == (1, "")
    (line,) = out.splitlines()
    assert line.startswith("draft.eml:1:1: warning salutation ")


def test_stdin_eml_json_says_where_lines_come_from(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    feed(monkeypatch, eml_bytes())
    _, out, _ = run(["-", "--stdin-filename", "draft.eml", "--format", "json"], capsys)
    (item,) = json.loads(out)
    assert item["path"] == "draft.eml" and item["rule"] == "salutation"
    assert "HTML" in item["location_note"]


def test_stdin_text_report_shows_the_location_note(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    feed(monkeypatch, eml_bytes())
    code, out, _ = run(["-", "--stdin-filename", "draft.eml"], capsys)
    assert code == 1
    assert "draft.eml  (lines of the text extracted from the message's HTML part)" in out


def test_stdin_html(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    feed(monkeypatch, SENDER_HTML.encode())
    code, out, _ = run(["-", "--stdin-filename", "draft.html", "--format", "concise"], capsys)
    assert code == 1
    assert [ln.split(" ")[:3] for ln in out.splitlines()] == [["draft.html:1:1:", "warning", "salutation"]]


def test_stdin_markdown_keeps_file_lines(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "---\nsubject: Interview\n---\n**Hey** Ms. Lee,\n\nThank you for the invitation. I have accepted another "
        "offer, so I must withdraw. I enjoyed learning about your team and the work you do, and I wish you every success with the search. I hope our paths cross again. I enjoyed learning about your team and the work you do, and I wish you every success with the search.\n\nBest regards,  \nJordan Avery\n"
    )
    feed(monkeypatch, text.encode())
    code, out, _ = run(["-", "--stdin-filename", "notes/draft.md", "--format", "concise"], capsys)
    assert code == 1
    # Line 4 of the file, column 3: after the hidden "**".
    assert [ln.split(" ")[:3] for ln in out.splitlines()] == [["notes/draft.md:4:3:", "warning", "salutation"]]


def test_same_markdown_as_plain_text_is_different(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    # Control: without the .md name the front matter is prose and the greeting is not line 4.
    text = "---\nsubject: Interview\n---\n**Hey** Ms. Lee,\n\nThank you. I must withdraw.\n\nBest regards,\nJo\n"
    feed(monkeypatch, text.encode())
    _, out, _ = run(["-", "--stdin-filename", "draft.txt", "--format", "concise", "--select", "salutation"], capsys)
    # As plain text the "---" line opens the email, so the greeting is missing there.
    assert [ln.split(" ")[:3] for ln in out.splitlines()] == [["draft.txt:1:1:", "warning", "salutation"]]


def test_stdin_filename_picks_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / ".declint.toml").write_text('ignore = ["salutation"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    feed(monkeypatch, SENDER_HTML.encode())
    code, out, _ = run(["-", "--stdin-filename", "team/draft.html", "--format", "concise"], capsys)
    assert (code, out) == (0, "")


def test_stdin_without_filename_is_plain_text(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    feed(monkeypatch, b"Hey,\n\nNot coming.\n\nCheers\n")
    code, out, _ = run(["-", "--format", "concise"], capsys)
    assert code == 1 and out.startswith("-:1:1: warning salutation")


def test_stdin_bad_input_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    msg = EmailMessage()
    msg.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="cv.pdf")
    feed(monkeypatch, msg.as_bytes())
    code, out, err = run(["-", "--stdin-filename", "draft.eml", "--format", "concise"], capsys)
    assert code == 2 and out == ""
    assert err == "declint: draft.eml: has no text/plain or text/html part to lint\n"


def test_concise_format_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "curt.txt"
    draft.write_text("Hey,\n\nNot coming to the interview.\n\nCheers\n", encoding="utf-8")
    code, out, _ = run(["--format", "concise", str(draft)], capsys)
    assert code == 1
    lines = out.splitlines()
    assert len(lines) >= 3
    for line in lines:
        where, severity, rule, message = line.split(" ", 3)
        path, row, col, empty = where.rsplit(":", 3)
        assert path == str(draft) and row.isdigit() and col.isdigit() and empty == ""
        assert severity in ("info", "warning", "error") and rule and message
    assert lines[0].startswith(f"{draft}:1:1: warning salutation ")
