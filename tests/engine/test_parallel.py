"""--jobs: worker processes give the same results, in the same order, as one process."""

from __future__ import annotations

from pathlib import Path

import pytest

import declint.engine.parallel
import declint.engine.run
from declint.cli.entry import main
from declint.engine.parallel import chunked
from declint.engine.run import default_jobs, run
from declint.ruleapi.registry import Registry

OPENINGS = ("Dear Ms. Lee,", "Hey,", "Hello Sam,", "Hi team,")
BODIES = (
    "Thank you for the invitation. I have accepted another offer, so I must withdraw.",
    "I am sorry. I am so sorry. I apologise for any trouble, but I will not attend.",
    "Not coming to the interview. Please do not contact me again about roles.",
    "Thank you for your time. I hope our paths cross again.",
)
CLOSINGS = ("Best regards,\nJordan", "Cheers", "Kind regards,\nAl Ray", "Thanks")


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    for i in range(24):
        text = f"{OPENINGS[i % 4]}\n\n{BODIES[(i // 4) % 4]}\n\n{CLOSINGS[(i // 2) % 4]}\n"
        (tmp_path / f"draft-{i:02d}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_workers_match_one_process(library: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(declint.engine.run, "PARALLEL_MIN", 4)
    seen: list[tuple[int, int]] = []
    serial = run([str(library)], registry=registry, jobs=1)
    parallel = run([str(library)], registry=registry, jobs=2, on_progress=lambda d, t: seen.append((d, t)))
    assert [r.path for r in parallel.results] == [r.path for r in serial.results]
    assert [r.findings for r in parallel.results] == [r.findings for r in serial.results]
    assert [r.text for r in parallel.results] == [r.text for r in serial.results]
    assert any(r.findings for r in serial.results)
    assert seen[-1] == (24, 24) and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_small_runs_stay_in_process(library: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("small runs must not start workers")

    monkeypatch.setattr(declint.engine.parallel, "lint_parallel", fail)
    assert len(run([str(library)], registry=registry, jobs=8).results) == 24


def test_chunks_cover_every_item_in_order() -> None:
    items = list(range(100))
    chunks = chunked(items, 2)  # type: ignore[arg-type]
    assert [x for chunk in chunks for x in chunk] == items
    assert len(chunks) == 8


def test_jobs_flag(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert default_jobs() >= 1
    with pytest.raises(SystemExit) as exit_info:
        main(["--jobs", "0", str(library)])
    assert exit_info.value.code == 2
    assert "1 or more" in capsys.readouterr().err
    assert main(["--no-cache", "--jobs", "1", str(library / "draft-01.txt")]) == 1  # "Hey,"


def test_workers_are_forked_with_every_rule_imported(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built-in rules import on first use; a run with workers imports them before forking,
    so that each worker inherits them instead of importing them again."""
    from declint.ruleapi.registry import load_registry

    monkeypatch.setattr(declint.engine.run, "PARALLEL_MIN", 4)
    fresh = load_registry()
    assert not any(fresh.rules.loaded(rule_id) for rule_id in fresh.rules)
    run([str(library)], registry=fresh, jobs=2)
    assert all(fresh.rules.loaded(rule_id) for rule_id in fresh.rules)
