"""Mail drafts from a mail client, end to end through the CLI as Vim's ``:make`` runs it.

A mutt ``edit_headers`` draft has no extension and opens with every header mutt writes;
an .eml saved with a 7bit or 8bit body keeps its body's lines in the file. Findings must
land on the file's own lines in each, and an encoded body must say which lines it counts.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from declint.cli.entry import main
from declint.lsp.drafts import DraftChecker
from declint.ruleapi.registry import Registry

HEADERS = (
    "From: Jordan Avery <jo@example.com>\n"
    "To: Ana Lee <ana@example.com>\n"
    "Cc: \n"
    "Bcc: \n"
    "Subject: Re: Interview on Friday\n"
    "Reply-To: \n"
    "In-Reply-To: <invite-1@example.com>\n"
    "References: <invite-1@example.com>\n"
    "Fcc: =sent\n"
)
BODY = (
    "Dear Ms. Lee,\n\n"
    "Thank you for inviting me to interview for the analyst role. I have accepted another offer, so I must "
    "withdraw my application. I enjoyed learning about about your team and the work you do, and I wish you "
    "every sucess with the search. I hope our paths cross again.\n\n"
    "Best regards,\nJordan Avery\n"
)


def concise(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    code = main(["--format", "concise", "--no-cache", str(path)])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    return out.splitlines()


def where(text: str, words: str) -> tuple[int, int]:
    """1-based line and column of ``words`` in the file, counted by hand."""
    offset = text.index(words)
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def test_mutt_edit_headers_draft_is_linted_on_its_own_lines(
    tmp_path: Path, registry: Registry, capsys: pytest.CaptureFixture[str]
) -> None:
    text = HEADERS + "\n" + BODY
    draft = tmp_path / "mutt-host-1000-4242-123456789"
    draft.write_text(text, encoding="utf-8")
    lines = concise(draft, capsys)
    line, column = where(text, "about about")
    repeated = [x for x in lines if " repeated-word " in x]
    # On either of the two words: which one the rule flags is the rule's business.
    assert len(repeated) == 1
    assert repeated[0].split(": ")[0] in (f"{draft}:{line}:{column}", f"{draft}:{line}:{column + len('about ')}")
    line, column = where(text, "sucess")
    assert any(x.startswith(f"{draft}:{line}:{column}: ") and " spelling " in x for x in lines), lines
    # The header block is facts, not a greeting or a quoted message.
    assert not any(x.split(":")[1] in {str(n) for n in range(1, 11)} for x in lines), lines
    # The server reads the same buffer (filetype mail) to the same lines.
    checked = DraftChecker(registry, tmp_path).check(str(draft), "mail", text, "utf-16")
    assert checked is not None
    served = sorted(
        (f.rule, text.count("\n", 0, s[0]) + 1) for f, s in zip(checked.findings, checked.spans, strict=True) if s
    )
    cli = sorted((x.split(" ")[2], int(x.split(":")[1])) for x in lines)
    assert served == cli


def eml(cte: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jordan Avery <jo@example.com>"
    msg["To"] = "Ana Lee <ana@example.com>"
    msg["Subject"] = "Re: Interview"
    msg.set_content(BODY.replace("analyst role", "analyst rôle") if cte == "8bit" else BODY, cte=cte)
    return msg.as_bytes()


def test_eml_with_a_body_stored_as_written_points_at_the_files_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for cte in ("7bit", "8bit"):
        path = tmp_path / f"reply-{cte}.eml"
        path.write_bytes(eml(cte))
        text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
        lines = concise(path, capsys)
        line, column = where(text, "sucess")
        assert any(x.startswith(f"{path}:{line}:{column}: ") for x in lines), (cte, lines)
        assert not any("[position in" in x for x in lines)


def test_eml_with_an_encoded_body_says_which_lines_it_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for cte in ("quoted-printable", "base64"):
        path = tmp_path / f"reply-{cte}.eml"
        path.write_bytes(eml(cte))
        lines = concise(path, capsys)
        line, column = where(BODY, "sucess")
        (spelling,) = [x for x in lines if " spelling " in x]
        assert spelling.startswith(f"{path}:{line}:{column}: ")
        assert spelling.endswith(f"[position in lines of the decoded message body, which the file stores {cte}]")
