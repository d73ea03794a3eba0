"""Applying fixes to a draft's bytes: ``declint --fix`` and ``--diff``.

Findings' offsets index the text declint read (UTF-8 decoded, byte-order mark dropped,
CRLF and CR made LF). A fix is applied to the file's own bytes: every offset is mapped back
to the original characters and then to bytes, and only the fixed ranges are replaced, so
the BOM, the line endings and every byte outside a fix stay as they were. A replacement's
newlines take the file's own line ending. Text declint did not read line for line (an
HTML file, an email body stored quoted-printable or base64) is never fixed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from declint.core.findings import Finding
from declint.engine.result import FileResult

_BOM = b"\xef\xbb\xbf"


@dataclass
class FixPlan:
    """What fixing one draft would do. ``fixed`` is None when nothing can or need change."""

    path: str
    original: bytes
    fixed: bytes | None = None
    applied: list[Finding] = field(default_factory=list)
    #: Fixes left out because they may change the meaning (``--unsafe-fixes`` applies them).
    unsafe_skipped: int = 0
    #: Why the draft cannot be fixed in place, when it cannot.
    problem: str | None = None


def plan_fixes(result: FileResult, data: bytes, *, unsafe: bool = False) -> FixPlan:
    """The fixes of ``result`` applied to ``data``, the bytes it was linted from."""
    plan = FixPlan(result.path, data)
    wanted = [f for f in result.findings if f.fix is not None]
    if not wanted:
        return plan
    if result.location_note is not None:
        plan.problem = f"not fixed: findings count {result.location_note}, not the file's own lines"
        return plan
    bom = _BOM if data.startswith(_BOM) else b""
    try:
        original = data[len(bom) :].decode("utf-8")
    except UnicodeDecodeError:
        plan.problem = "not fixed: the file is not UTF-8, so its bytes cannot be edited safely"
        return plan
    starts = _char_starts(original)
    if original.replace("\r\n", "\n").replace("\r", "\n") != result.text:
        plan.problem = "not fixed: the file changed since it was linted"
        return plan
    newline = "\r\n" if "\r\n" in original else "\r" if "\r" in original else "\n"
    chosen: list[Finding] = []
    last_start, last_end = -1, -1
    for finding in sorted(wanted, key=lambda f: (f.fix.start, f.fix.end) if f.fix else (0, 0)):
        fix = finding.fix
        assert fix is not None
        if not fix.safe and not unsafe:
            plan.unsafe_skipped += 1
            continue
        if chosen and (fix.start, fix.end, fix.replacement) == _key(chosen[-1]):
            plan.applied.append(finding)  # Two findings, one edit.
            continue
        # Overlapping edits (or two at one point) cannot both apply; the rest wait for a rerun.
        if fix.start < last_end or fix.start == last_start:
            continue
        chosen.append(finding)
        plan.applied.append(finding)
        last_start, last_end = fix.start, fix.end
    if not chosen:
        return plan
    out = bytearray(bom)
    pos = 0  # in bytes of the original text after the BOM
    body = data[len(bom) :]
    encoded_upto = _ByteOffsets(original)
    for finding in chosen:
        fix = finding.fix
        assert fix is not None
        begin = encoded_upto(starts[fix.start])
        end = encoded_upto(starts[fix.end])
        out += body[pos:begin]
        out += fix.replacement.replace("\n", newline).encode("utf-8")
        pos = end
    out += body[pos:]
    plan.fixed = bytes(out)
    return plan


def _key(finding: Finding) -> tuple[int, int, str]:
    assert finding.fix is not None
    return finding.fix.start, finding.fix.end, finding.fix.replacement


def _char_starts(original: str) -> list[int]:
    """For each character of the newline-normalised text, where it starts in ``original``
    (a CRLF is one character there), plus the end."""
    starts: list[int] = []
    i = 0
    while i < len(original):
        starts.append(i)
        i += 2 if original.startswith("\r\n", i) else 1
    starts.append(len(original))
    return starts


class _ByteOffsets:
    """Character offset to UTF-8 byte offset, for increasing offsets in one pass."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._char = 0
        self._byte = 0

    def __call__(self, char: int) -> int:
        if char < self._char:
            self._char, self._byte = 0, 0
        self._byte += len(self._text[self._char : char].encode("utf-8"))
        self._char = char
        return self._byte
