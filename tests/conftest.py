"""Shared fixtures: the real spaCy pipeline, loaded once for the whole session."""

from __future__ import annotations

import io
import os
import select
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from declint.cli.entry import main
from declint.core.findings import Finding
from declint.core.source import Source
from declint.document.email import EmailDocument
from declint.engine.config import Config, build_options
from declint.engine.linter import Linter, run_rules
from declint.formats import read_source
from declint.ruleapi.registry import Registry, load_registry

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "rules" / "cases"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"

# A frame for case-table bodies: a formal greeting and sign-off around the words under test.
FRAME = "Dear Ms. Lee,\n\n{body}\n\nBest regards,\nJordan Avery\n"


@pytest.fixture(autouse=True)
def _cache_outside_the_checkout(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Runs cache in a folder of their own, never in the checkout: a cache left there by one
    test run once served results from before a rule changed. Tests of where the cache goes
    are marked ``project_cache``."""
    if request.node.get_closest_marker("project_cache") is None:
        monkeypatch.setenv("DECLINT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    else:
        monkeypatch.delenv("DECLINT_CACHE_DIR", raising=False)


@dataclass(frozen=True)
class Ran:
    """What one ``declint`` command returned and printed (named as ``subprocess`` names them)."""

    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run_declint(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    """``declint ARGS`` run by the command's ``main`` in this process, where the pipeline is
    loaded already: for tests of what a run prints and returns. A new interpreter costs a
    spaCy load (1.5 s and more on a busy machine), so a real process is kept for tests whose
    point is the process (signals, the console script, sys.path, a hang)."""

    def run(
        *args: str,
        cwd: Path | None = None,
        stdin: bytes | BinaryIO | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Ran:
        """``stdin``: bytes to read, or an open file whose descriptor is stdin's (a pipe or a
        redirected file, as the shell would give it)."""
        with monkeypatch.context() as patch:
            if cwd is not None:
                patch.chdir(cwd)
            for name, value in (env or {}).items():
                patch.setenv(name, value)
            if stdin is not None:
                raw = io.BytesIO(stdin) if isinstance(stdin, bytes) else stdin
                patch.setattr(sys, "stdin", io.TextIOWrapper(raw))
            capsys.readouterr()
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse's usage errors, as the interpreter reports them
                code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
            out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


@pytest.fixture(scope="session")
def registry() -> Registry:
    return load_registry()


@pytest.fixture(scope="session")
def linter(registry: Registry) -> Linter:
    return Linter(registry)


@pytest.fixture(scope="session")
def make_document(linter: Linter) -> Callable[..., EmailDocument]:
    def make(
        text: str, *, path: str = "draft.txt", template: bool = False, now: datetime | None = None, **source: Any
    ) -> EmailDocument:
        config = Config(template=template)
        # A sending time needs its own Linter; the pipeline itself is cached per process.
        engine = linter if now is None else Linter(linter.registry, now=now)
        # Through the format's own reader, as a file would be (a header block, markup);
        # headers a case gives stand for an .eml file's.
        read = read_source(path, text.encode("utf-8")) if not source else Source(path=path, text=text, **source)
        ((_, document, _),) = list(engine.documents([(read, config)]))
        return document

    return make


@pytest.fixture(scope="session")
def lint_text(registry: Registry, make_document: Callable[..., EmailDocument]) -> Callable[..., list[Finding]]:
    """Findings of one rule (or all) on a draft, on the real pipeline."""

    def lint(
        text: str,
        rule: str | None = None,
        options: Mapping[str, Any] | None = None,
        *,
        template: bool = False,
        **source: Any,
    ) -> list[Finding]:
        document = make_document(text, template=template, **source)
        ids = [rule] if rule else registry.ids()
        rules = [
            registry.rules[i](build_options(registry.rules[i], options or {}) if i == rule else None) for i in ids
        ]
        findings, errors = run_rules(document, rules, Config(template=template))
        assert not errors, errors
        return findings

    return lint


#: When a case's email is sent, unless the case says (2026-03-12 is a Thursday).
CASES_NOW = datetime(2026, 3, 12, 9, 0)


def load_cases(rule_id: str) -> list[Any]:
    data = tomllib.loads((CASES / f"{rule_id}.toml").read_text(encoding="utf-8"))
    out = []
    for case in data["case"]:
        text = case.get("text") or FRAME.format(body=case["body"].strip())
        # Facts around the draft: .eml headers and the sending time (`now`, a TOML datetime).
        source = {key: case[key] for key in ("headers", "now") if key in case}
        # Never the wall clock: "this afternoon" must mean the same at 9 a.m. and at 6 p.m.
        source.setdefault("now", CASES_NOW)
        flags = tuple(case.get("flags", ()))
        if case["fires"] and not flags:
            raise ValueError(f"{rule_id}.toml: case {case['name']!r} fires but names no flagged words")
        # A case the rules get wrong today stays in the table, marked with the open issue
        # that fixes it; strict, so the mark must go when the fix lands.
        marks = [pytest.mark.xfail(reason=case["known-issue"], strict=True)] if "known-issue" in case else []
        out.append(pytest.param(text, flags, case.get("options", {}), source, id=case["name"], marks=marks))
    return out


def write_drafts(folder: Path, drafts: dict[str, str]) -> Path:
    """A folder of drafts, named and written as given (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in drafts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def wait_for_exit(pid: int, timeout: float = 30) -> None:
    """Blocks until process ``pid`` (any process, not only a child) has exited, or ``timeout``
    seconds pass: a wait on the kernel's exit event, not a polling loop."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return  # gone already
    try:
        select.select([handle], [], [], timeout)  # readable once the process has exited
    finally:
        os.close(handle)


def locate(text: str, fragment: str) -> tuple[int, int]:
    """Where a labelled fragment stands in ``text``: ``words`` or ``words#N`` (the Nth)."""
    words, _, nth = fragment.rpartition("#") if fragment.rpartition("#")[2].isdigit() else (fragment, "", "1")
    start = -1
    for _ in range(int(nth)):
        start = text.find(words, start + 1)
        if start < 0:
            raise ValueError(f"{fragment!r} is not in the draft")
    return start, start + len(words)


def paragraph_of(text: str, offset: int) -> tuple[int, int]:
    """The blank-line-separated paragraph holding ``offset``."""
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def unmatched_flags(text: str, findings: list[Finding], flags: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Pair each finding with a labelled fragment it points at: it overlaps the fragment and
    stays inside the fragment's paragraph. Returns the fragments no finding points at and
    the findings (as quoted text) that point at no fragment."""
    wanted = [(flag, locate(text, flag)) for flag in flags]
    spare: list[str] = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        # A sentence's span may carry the blank line after it; the words are what count.
        stop = finding.start + len(text[finding.start : finding.end].rstrip())
        for index, (_, (start, end)) in enumerate(wanted):
            para_start, para_end = paragraph_of(text, start)
            overlaps = finding.start < end and start < max(stop, finding.start + 1)
            # A finding about the whole email may run from the labelled words onward.
            inside = para_start <= finding.start and stop <= para_end
            if overlaps and (inside or finding.start == start):
                del wanted[index]
                break
        else:
            spare.append(repr(text[finding.start : finding.end][:60]))
    return [flag for flag, _ in wanted], spare
