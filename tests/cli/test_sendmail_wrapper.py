"""contrib/declint-sendmail end to end: real declint, a fake sendmail that records what it gets."""

from __future__ import annotations

import importlib.util
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WRAPPER = ROOT / "contrib" / "declint-sendmail"
HAS_EML = importlib.util.find_spec("declint.formats.eml") is not None
needs_eml = pytest.mark.skipif(not HAS_EML, reason="eml support not on this branch")

HEADERS = (
    "From: Robin Hale <robin@example.org>\n"
    "To: Ms. Grace Tan <grace.tan@example.com>\n"
    "Subject: Re: Interview for the data analyst role\n"
    "Date: Tue, 10 Mar 2026 09:15:00 +0000\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
)
GOOD_BODY = (
    "Dear Ms. Tan,\n\n"
    "Thank you for inviting me to interview for the data analyst role \u2014 I appreciate the time "
    "you and the team have given me.\n\n"
    "After careful thought, I have decided to withdraw my application, as I have accepted an offer "
    "that fits my plans more closely.\n\n"
    "I hope our paths cross again, and I wish you and the team every success.\n\n"
    "Best regards,\nRobin Hale\n"
)
BAD_BODY = (
    "Hey Grace,\n\n"
    "I won't be coming to the interview. Sorry, I'm so sorry, really sorry about this.\n\n"
    "Robin\n"
)


def fake_sendmail(tmp_path: Path) -> tuple[Path, Path]:
    """A sendmail that stores its stdin and arguments, so the test sees what was delivered."""
    script = tmp_path / "fake-sendmail"
    delivered = tmp_path / "delivered.eml"
    script.write_text(
        "#!/bin/sh\n"
        f"printf '%s\\n' \"$@\" > {shlex.quote(str(delivered))}.args\n"
        f"cat > {shlex.quote(str(delivered))}\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script, delivered


def send(tmp_path: Path, message: bytes, **env: str) -> tuple[subprocess.CompletedProcess[bytes], Path]:
    script, delivered = fake_sendmail(tmp_path)
    environ = {
        **os.environ,
        "DECLINT_SENDMAIL": str(script),
        "DECLINT": f"{shlex.quote(sys.executable)} -m declint",
        "TMPDIR": str(tmp_path),
        **env,
    }
    proc = subprocess.run(
        [str(WRAPPER), "-oem", "-oi", "--", "grace.tan@example.com"],
        input=message,
        capture_output=True,
        env=environ,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    return proc, delivered


@needs_eml
def test_clean_message_is_delivered_byte_for_byte(tmp_path: Path) -> None:
    message = (HEADERS + GOOD_BODY).encode("utf-8")
    proc, delivered = send(tmp_path, message)
    assert proc.returncode == 0, proc.stderr.decode()
    assert delivered.read_bytes() == message
    assert Path(f"{delivered}.args").read_text().split("\n")[:4] == ["-oem", "-oi", "--", "grace.tan@example.com"]
    # Temporary files are cleaned up: only the fake sendmail's own files remain.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["delivered.eml", "delivered.eml.args", "fake-sendmail"]


@needs_eml
def test_message_with_problems_is_held_back(tmp_path: Path) -> None:
    proc, delivered = send(tmp_path, (HEADERS + BAD_BODY).encode("utf-8"))
    assert proc.returncode == 65
    assert not delivered.exists()
    err = proc.stderr.decode()
    assert "not sent" in err
    # The reasons are declint's concise lines: a casual greeting, no thanks. The body is
    # stored 8bit, so lines are the message's own, headers counted.
    assert f"message.eml:{HEADERS.count(chr(10)) + 1}:1: warning salutation" in err
    assert " gratitude " in err and " over-apology " in err


@needs_eml
def test_message_declint_cannot_read_is_held_back(tmp_path: Path) -> None:
    proc, delivered = send(tmp_path, (HEADERS + "\n").encode("utf-8"))
    assert proc.returncode == 75
    assert not delivered.exists()
    assert "could not check" in proc.stderr.decode()


def test_skip_sends_unchecked(tmp_path: Path) -> None:
    message = (HEADERS + BAD_BODY).encode("utf-8")
    proc, delivered = send(tmp_path, message, DECLINT_SKIP="1")
    assert proc.returncode == 0
    assert delivered.read_bytes() == message


def test_missing_declint_holds_the_message(tmp_path: Path) -> None:
    proc, delivered = send(tmp_path, (HEADERS + GOOD_BODY).encode("utf-8"), DECLINT=str(tmp_path / "no-such-declint"))
    assert proc.returncode == 75
    assert not delivered.exists()
    assert "could not check" in proc.stderr.decode()
