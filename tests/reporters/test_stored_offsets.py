"""JSON offsets and fixes count characters of the file as stored: a BOM and CR LF line ends
included, so a tool applying a fix to a Windows-saved draft edits the words it means."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from declint.cli.entry import main
from declint.core.spans import StoredOffsets

DRAFT = "Hey Sam,\n\nI will not come to the interview tomorrow. Sorry, sorry.\n\nCheers\nJo\n"


def _json(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["--no-cache", "--date", "2026-03-02", "--format", "json", str(path)]) == 1
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("bom", ["", "\ufeff"], ids=["no-bom", "bom"])
def test_offsets_and_fixes_refer_to_the_file_as_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bom: str
) -> None:
    plain = tmp_path / "lf.txt"
    plain.write_bytes(DRAFT.encode("utf-8"))
    stored = bom + DRAFT.replace("\n", "\r\n")
    windows = tmp_path / "crlf.txt"
    windows.write_bytes(stored.encode("utf-8"))
    expected, got = _json(plain, capsys), _json(windows, capsys)
    assert [(f["rule"], f["line"], f["column"]) for f in got] == [(f["rule"], f["line"], f["column"]) for f in expected]
    fixes = 0
    for lf, crlf in zip(expected, got, strict=True):
        words = DRAFT[lf["start"] : lf["end"]]  # type: ignore[misc]
        assert stored[crlf["start"] : crlf["end"]] == words.replace("\n", "\r\n")  # type: ignore[misc]
        if crlf["fix"]:
            fix = crlf["fix"]
            fixed = stored[: fix["start"]] + fix["replacement"] + stored[fix["end"] :]  # type: ignore[index]
            lf_fix = lf["fix"]
            want = DRAFT[: lf_fix["start"]] + lf_fix["replacement"] + DRAFT[lf_fix["end"] :]  # type: ignore[index]
            assert fixed == bom + want.replace("\n", "\r\n")
            fixes += 1
    assert fixes, "the draft should have at least one fix to apply"


def test_stored_offsets_mapping() -> None:
    mapping = StoredOffsets.of("\ufeffa\r\nb\r\rc\r\n")
    assert mapping == StoredOffsets(1, (1, 6))
    # text "a\nb\n\nc\n": 'b' (2) is stored at 4, 'c' (5) at 7; the last LF (6) is the CR at 8.
    assert [mapping.stored(i) for i in (0, 1, 2, 5, 6, 7)] == [1, 2, 4, 7, 8, 10]
    assert StoredOffsets.of("plain\n") is None
