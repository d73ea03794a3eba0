"""Malformed email and HTML through the whole command: each file is either linted or gets one
clear line naming it, never a traceback, and the other files are still linted."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from conftest import Ran

BODY = (
    "Hey Ana,\n\nThank you for the invitation to interview. I must decline, as I have accepted another "
    "offer. I enjoyed learning about your team and I hope our paths cross again in the future.\n\n"
    "Best regards,\nJordan Avery\n"
)


def nested(depth: int) -> bytes:
    head = b"From: jo@example.com\r\nTo: ana@example.com\r\nSubject: Re\r\nMIME-Version: 1.0\r\n"
    parts = BODY.encode()
    block = b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + parts
    for level in range(depth):
        boundary = f"b{level}".encode()
        block = (
            b"Content-Type: multipart/mixed; boundary=" + boundary + b"\r\n\r\n--" + boundary + b"\r\n"
            + block + b"\r\n--" + boundary + b"--\r\n"
        )
    return head + block


CASES: dict[str, bytes] = {
    # The closing boundary never comes and a part's boundary is misspelled.
    "broken-boundary.eml": (
        b"From: jo@example.com\r\nTo: ana@example.com\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="XYZ"\r\n\r\n--XYZ\r\n'
        b"Content-Type: text/plain\r\n\r\n" + BODY.encode() + b"\r\n--XZY\r\nContent-Type: text/html\r\n\r\n<p>half"
    ),
    "no-charset.eml": (
        b"From: jo@example.com\r\nTo: ana@example.com\r\nContent-Type: text/plain\r\n\r\n"
        + BODY.replace("Ana", "Zo\u00eb").encode("latin-1")
    ),
    "nested-50.eml": nested(50),
    "script-style.html": (
        b"<html><head><style>body{color:red}</style><script>alert('Hey, sorry!')</script></head><body>"
        + BODY.replace("\n\n", "</p><p>").replace("\n", "<br>").encode()
        + b"<script>document.write('sorry sorry')</script></body></html>"
    ),
    "headers-only.eml": b"From: jo@example.com\r\nTo: ana@example.com\r\nSubject: nothing here\r\n\r\n",
    "garbage.eml": bytes(range(1, 256)) * 4,
}


def test_malformed_email_and_html(tmp_path: Path, run_declint: Callable[..., Ran]) -> None:
    for name, data in CASES.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    proc = run_declint("--format", "json", "--select", "salutation,over-apology", str(tmp_path))
    assert "Traceback" not in proc.stderr
    findings = json.loads(proc.stdout)
    linted = {Path(f["path"]).name for f in findings}
    errors = {line.split(": ")[1].rsplit("/", 1)[-1]: line for line in proc.stderr.splitlines()}
    for name in (*CASES, "good.txt"):
        assert (name in linted) != (name in errors), (name, proc.stderr)
    # Readable messages are linted on the sender's words: one casual greeting each, and the
    # apologies inside <script> never count.
    for name in ("broken-boundary.eml", "no-charset.eml", "nested-50.eml", "script-style.html", "good.txt"):
        assert [f["rule"] for f in findings if Path(f["path"]).name == name] == ["salutation"], name
    assert "headers-only.eml" in errors and "garbage.eml" in errors
    assert proc.returncode == 2
