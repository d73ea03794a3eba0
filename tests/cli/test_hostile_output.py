"""Every line declint prints, on stdout and stderr and in every format, is one line with no
control character in it, and every format stays valid: whatever a file name, a draft, a
cache entry or a baseline holds."""

from __future__ import annotations

import io
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from declint.cli.entry import main
from declint.reporters import REPORTERS

# A committed file name that tries to forge a GitHub workflow command, with a byte that is
# not UTF-8 (an old template archive).
HOSTILE_NAME = b"a\n::error file=README.md::x\n\xff.txt"
DRAFT = "Hey Sam,\n\nNo \ufffe thanks \x1b[31m.\n\nCheers\n"
# Any control character but the newline that ends the line; lone surrogates; U+FFFE/U+FFFF.
UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
OUR_ANNOTATION = re.compile(r"^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=")


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[int, bytes, bytes]:
    """``main(argv)`` with stdout and stderr strict UTF-8 streams, as under a UTF-8 locale."""
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", errors="strict", newline="\n")
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="strict", newline="\n")
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    code = main(argv)
    stdout.flush()
    stderr.flush()
    return code, out.getvalue(), err.getvalue()


def _check_lines(fmt: str, stdout: str, stderr: str) -> None:
    for line in stdout.split("\n"):
        assert not UNSAFE.search(line), (fmt, line)
        if line.startswith("::"):
            assert fmt == "github" and OUR_ANNOTATION.match(line), (fmt, line)
    for line in stderr.split("\n"):
        assert not UNSAFE.search(line), (fmt, line)
        # Error lines, and the --statistics counts beside a machine format.
        assert line == "" or line.startswith("declint: ") or re.match(r"^ *\d+  \S+$", line), (fmt, line)


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/" + HOSTILE_NAME, "wb") as handle:
        handle.write(DRAFT.encode("utf-8"))
    return folder


@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_hostile_name_and_text_in_every_format(fmt: str, library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = _run(["--no-cache", "--statistics", "--format", fmt, str(library)], monkeypatch)
    assert code == 1, err
    stdout, stderr = out.decode("utf-8"), err.decode("utf-8")
    _check_lines(fmt, stdout, stderr)
    if fmt in ("json", "sarif"):
        data = json.loads(stdout)
    if fmt == "json":
        assert data[0]["path"].endswith("a\n::error file=README.md::x\n\\xff.txt")
    if fmt == "sarif":
        uri = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.endswith("a%0A%3A%3Aerror%20file%3DREADME.md%3A%3Ax%0A%FF.txt")
    if fmt == "junit":
        root = ET.fromstring(out)
        assert root.get("failures") == "1"  # one draft fails (its five findings are its detail)
    if fmt == "statistics":
        assert stdout.splitlines()


def test_cached_values_are_escaped_at_output(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache entry is data from disk: a forged rule id or location note is shown escaped."""
    code, _, err = _run(["--format", "json", str(library)], monkeypatch)
    assert code == 1, err
    (entry,) = Path(os.environ["DECLINT_CACHE_DIR"]).glob("*/*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["location_note"] = "note\n::warning::from the cache"
    for finding in data["findings"]:
        finding["rule"] = "forged\n::error::rule\x1b[2J"
    entry.write_text(json.dumps(data), encoding="utf-8")
    for fmt in sorted(REPORTERS):
        code, out, err = _run(["--statistics", "--format", fmt, str(library)], monkeypatch)
        assert code == 1, err
        _check_lines(fmt, out.decode("utf-8"), err.decode("utf-8"))
        assert b"forged\\n::error::rule\\x1b[2J" in out + err or fmt in ("json", "sarif"), fmt


def test_baseline_and_error_lines_on_stderr(library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    baseline = tmp_path / "bl.json"
    entry = {"path": "gone\n::error file=x::stale", "rule": "r\n::add-mask::y", "text": "t\r\n::warning::z", "occurrence": 0}
    baseline.write_text(json.dumps({"declint-baseline": 1, "entries": [entry]}), encoding="utf-8")
    code, out, err = _run(["--baseline", str(baseline), "--format", "concise", str(library)], monkeypatch)
    assert code == 1
    stderr = err.decode("utf-8")
    _check_lines("concise", out.decode("utf-8"), stderr)
    assert "gone\\n::error file=x::stale: r\\n::add-mask::y" in stderr
    # A draft that cannot be linted names itself on stderr in one line.
    (library / "sub\n::error::dir.txt").mkdir()
    missing = str(library / "missing\n::error::x.txt")
    code, out, err = _run(["--no-cache", missing], monkeypatch)
    assert code == 2
    _check_lines("text", out.decode("utf-8"), err.decode("utf-8"))
    assert "missing\\n::error::x.txt" in err.decode("utf-8")
