"""Which drafts the resident server's spare worker reads ahead: those the last run named."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

from declint.cli.entry import SUBCOMMANDS, build_parser
from declint.cli.recent import LIMIT, MAX_BYTES, VALUED, named_drafts, read_draft, recent_drafts


def test_the_options_that_take_a_value_are_the_parsers() -> None:
    """A value is never taken for a draft (``--config team.toml``), nor a draft skipped."""
    valued = {
        option
        for action in build_parser()._actions
        if action.option_strings and action.nargs != 0 and not isinstance(action, argparse.BooleanOptionalAction)
        for option in action.option_strings
    }
    assert valued == set(VALUED)


def test_the_named_drafts_are_the_paths_among_the_arguments(tmp_path: Path) -> None:
    cwd = str(tmp_path)
    argv = ["--format", "json", "--config", "team.toml", "-j", "2", "--no-cache", "a.txt", "--date=2026-01-05",
            "b.md", "--", "-odd.txt"]
    assert named_drafts(argv, cwd, SUBCOMMANDS) == tuple(os.path.join(cwd, n) for n in ("a.txt", "b.md", "-odd.txt"))
    assert len(named_drafts([f"{i}.txt" for i in range(10)], cwd, SUBCOMMANDS)) == LIMIT
    assert named_drafts(["explain", "spelling"], cwd, SUBCOMMANDS) == ()
    assert named_drafts(["/abs/draft.txt"], cwd, SUBCOMMANDS) == ("/abs/draft.txt",)


def test_only_small_regular_files_are_read(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_bytes(b"Dear Ms. Okafor,\n")
    large = tmp_path / "large.txt"
    large.write_bytes(b"x" * (MAX_BYTES + 1))
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert read_draft(str(small)) == b"Dear Ms. Okafor,\n"
    assert read_draft(str(large)) is None
    assert read_draft(str(fifo)) is None  # never blocks on a pipe
    assert read_draft(str(tmp_path)) is None
    assert read_draft(str(tmp_path / "gone.txt")) is None


def test_the_latest_drafts_are_kept_latest_first() -> None:
    assert recent_drafts(("/b",), ("/a",)) == ("/b", "/a")
    assert recent_drafts(("/a",), ("/b", "/a")) == ("/a", "/b")
    assert recent_drafts(("/d",), ("/c", "/b", "/a")) == ("/d", "/c", "/b")[:LIMIT]
    assert recent_drafts((), ("/a",)) == ("/a",)


def test_the_read_ahead_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from declint.cli.daemon import Server
    from declint.nlp.pipeline import DEFAULT_MODEL

    monkeypatch.setenv("DECLINT_READ_AHEAD", "0")
    assert not Server(DEFAULT_MODEL, 1.0).read_ahead
    monkeypatch.delenv("DECLINT_READ_AHEAD")
    assert Server(DEFAULT_MODEL, 1.0).read_ahead
