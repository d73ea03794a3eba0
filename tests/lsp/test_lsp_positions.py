"""Offsets to LSP positions, and which buffers the server reads as which format."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from lsprotocol import types

from declint.lsp.diagnostics import finding_range, quick_fixes, to_diagnostics
from declint.lsp.drafts import DraftChecker, draft_name
from declint.lsp.positions import buffer_map
from declint.ruleapi.registry import Registry

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"

# "x" after a face emoji (U+1F600, astral) and an e-acute (U+00E9, two UTF-8 bytes).
TEXT = "ab\n\U0001f600\u00e9x\nlast"
X = TEXT.index("x")


def at(line: int, character: int) -> types.Position:
    return types.Position(line=line, character=character)


@pytest.mark.parametrize(
    ("encoding", "column"),
    [(UTF16, 3), (UTF8, 6), (UTF32, 2)],  # emoji: 2 / 4 / 1 units; e-acute: 1 / 2 / 1
)
def test_columns_count_the_negotiated_code_units(encoding: str, column: int) -> None:
    assert buffer_map(TEXT, encoding).position(X) == at(1, column)


def test_line_starts_and_end_of_text() -> None:
    positions = buffer_map(TEXT, UTF16)
    assert positions.position(0) == at(0, 0)
    assert positions.position(TEXT.index("last")) == at(2, 0)
    assert positions.position(len(TEXT) + 10) == at(2, 4)  # clamped


def test_crlf_buffer_keeps_lines_and_columns() -> None:
    # declint reads "\r\n" as "\n"; the client still counts the same lines and columns.
    buffer = TEXT.replace("\n", "\r\n")
    assert buffer_map(buffer, UTF16).position(X) == at(1, 3)


def test_byte_order_mark_shifts_only_the_first_line() -> None:
    buffer = "\ufeff" + TEXT
    positions = buffer_map(buffer, UTF16)
    assert positions.position(1) == at(0, 2)
    assert positions.position(X) == at(1, 3)


def test_shift_for_a_body_after_headers() -> None:
    buffer = "Subject: Re: interview\n\n" + TEXT
    positions = buffer_map(buffer, UTF16, shift=buffer.index(TEXT))
    assert positions.position(X) == at(3, 3)


@pytest.mark.parametrize(
    ("path", "language", "text", "expected"),
    [
        ("/d/draft.txt", "python", "x", "/d/draft.txt"),  # a draft suffix wins
        ("/d/notes.md", None, "x", "/d/notes.md"),
        ("/d/script.py", "python", "x", None),
        ("/tmp/neomutt-host-1000", "mail", "Dear Sam,\n", "/tmp/neomutt-host-1000.txt"),
        ("/tmp/neomutt-host-1000", "mail", "From: a@b.example\nTo: c@d.example\n\nDear Sam,\n",
         "/tmp/neomutt-host-1000.eml"),
        ("/d/untitled", "markdown", "x", "/d/untitled.md"),
        ("/d/page", "html", "x", "/d/page.html"),
    ],
)
def test_draft_name(path: str, language: str | None, text: str, expected: str | None) -> None:
    assert draft_name(path, language, text) == expected


def test_non_draft_is_not_linted(registry: Registry, tmp_path: Path) -> None:
    checker = DraftChecker(registry, tmp_path)
    assert checker.check(str(tmp_path / "a.py"), "python", "Hey\n", UTF16) is None


HAS_EML = importlib.util.find_spec("declint.formats.eml") is not None


@pytest.mark.skipif(not HAS_EML, reason="eml support not on this branch")
def test_email_body_findings_land_in_the_buffer(registry: Registry, tmp_path: Path) -> None:
    body = "Hey Sam,\n\nThank you for the invitation. I have accepted another offer.\n\nBest regards,\nAlex\n"
    buffer = "From: Alex <alex@example.org>\nTo: Sam <sam@example.org>\nSubject: Interview\n\n" + body
    checker = DraftChecker(registry, tmp_path)
    checked = checker.check(str(tmp_path / "reply.eml"), "email", buffer, UTF16)
    assert checked is not None
    (index,) = [i for i, f in enumerate(checked.findings) if f.rule == "salutation"]
    # Line 4 of the buffer is the body's first line: headers (3 lines) and the blank line come first.
    assert finding_range(checked, index) == types.Range(start=at(4, 0), end=at(4, 3))
    # An 8bit body is the buffer's own text: declint's offsets are the buffer's.
    assert checked.shift == 0


QP_LINES = [
    "From: Alex <alex@example.org>",
    "Subject: Interview",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    "Hey Sam,",
    "",
    "Thank you for the invitation =E2=80=94 I have accepted another offer, so I =",
    "will withdraw. Sorry, I am so sorry, and sorry again.",
    "",
    "Best regards,",
    "Alex",
]


@pytest.mark.skipif(not HAS_EML, reason="eml support not on this branch")
def test_encoded_body_findings_are_placed_by_their_words(registry: Registry, tmp_path: Path) -> None:
    # Quoted-printable: a soft line break and =E2=80=94 mean the decoded body is not in the
    # buffer as a whole, but each finding's words (with their neighbours) still are.
    buffer = "\n".join(QP_LINES) + "\n"
    checker = DraftChecker(registry, tmp_path)
    checked = checker.check(str(tmp_path / "reply.eml"), "email", buffer, UTF16)
    assert checked is not None and checked.shift is None
    diagnostics = to_diagnostics(checked)
    (salutation,) = [d for d in diagnostics if d.code == "salutation"]
    assert salutation.range == types.Range(start=at(6, 0), end=at(6, 3))
    # The repeated "sorry"s are told apart by the words around them.
    sorry_line = QP_LINES[9]
    extra = [i for i in range(len(sorry_line)) if sorry_line.startswith("sorry", i)]
    assert [d.range.start for d in diagnostics if d.code == "over-apology"] == [at(9, i) for i in extra]
    # No fix is offered where the texts do not line up character for character.
    assert quick_fixes("file:///reply.eml", checked, types.Range(start=at(0, 0), end=at(20, 0))) == []


@pytest.mark.skipif(not HAS_EML, reason="eml support not on this branch")
def test_unfindable_findings_go_to_the_top_with_their_place(registry: Registry, tmp_path: Path) -> None:
    import base64

    body = "Hey Sam,\n\nThank you for the invitation. I have accepted another offer.\n\nBest regards,\nAlex\n"
    buffer = (
        "From: Alex <alex@example.org>\nSubject: Interview\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(body.encode("utf-8")).decode("ascii")
    )
    checked = DraftChecker(registry, tmp_path).check(str(tmp_path / "reply.eml"), "email", buffer, UTF16)
    assert checked is not None
    (salutation,) = [d for d in to_diagnostics(checked) if d.code == "salutation"]
    assert salutation.range == types.Range(start=at(0, 0), end=at(0, 0))
    assert "line 1, column 1]" in salutation.message
