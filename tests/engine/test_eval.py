"""``declint eval``: per-rule precision and recall on labelled drafts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from declint.cli.entry import main

CASUAL = "Hey Sam,\n\nThank you for the invitation. I must decline, but I hope we stay in touch.\n\nBest regards,\nJo Park\n"
FORMAL = "Dear Sam,\n\nThank you for the invitation. I must decline, but I hope we stay in touch.\n\nBest regards,\nJo Park\n"


def label(folder: Path, name: str, text: str, expected: list[dict[str, object]]) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.expected.json").write_text(json.dumps(expected), encoding="utf-8")


def test_scores_and_min_precision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    label(tmp_path, "casual", CASUAL, [{"rule": "salutation", "line": 1}])
    # Labelled as if "Dear" were casual too: the rule will not fire, so this is a miss.
    label(tmp_path, "formal", FORMAL, [{"rule": "salutation", "line": 1}])
    assert main(["eval", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("salutation"))
    assert row.split() == ["salutation", "1", "0", "1", "1.00", "0.50"]

    # Now a false alarm: the casual draft labelled clean.
    label(tmp_path, "casual", CASUAL, [])
    assert main(["eval", str(tmp_path), "--min-precision", "0.9"]) == 1
    assert "salutation" in capsys.readouterr().err


def test_folder_without_labels_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "draft.txt").write_text(FORMAL, encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 2
    assert "no drafts with a NAME.expected.json" in capsys.readouterr().err


def test_samples_meet_the_precision_bar(capsys: pytest.CaptureFixture[str]) -> None:
    samples = Path(__file__).resolve().parents[2] / "samples"
    assert main(["eval", str(samples), "--min-precision", "0.9"]) == 0


def test_a_draft_with_no_sending_time_is_scored_as_sent_at_one_fixed_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Without a fixed time a labelled set's figures would change with the day it is scored
    # on ("on Thursday" is tomorrow on a Wednesday); that time is noon on this date.
    text = (
        "Dear Sam,\n\nThank you for the invitation. I must decline the interview at 3 pm on Tuesday "
        "1 December 2026, as I have accepted another post. I hope we stay in touch.\n\nBest regards,\nJo Park\n"
    )
    (tmp_path / "late.txt").write_text(text, encoding="utf-8")
    (tmp_path / "labels.toml").write_text('["late.txt"]\nproblems = ["short-notice"]\n', encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("short-notice"))
    assert row.split()[1:4] == ["1", "0", "0"]
