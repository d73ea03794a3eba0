"""The streaming run (declint.engine.stream) and ``--format jsonl`` on it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from api_drafts import write_drafts

from declint.cli.entry import main
from declint.engine import parallel
from declint.engine.baseline import write_baseline
from declint.engine.cache import CacheSet
from declint.engine.run import PARALLEL_MIN, run
from declint.engine.stream import RunStream
from declint.ruleapi.registry import Registry


def summary(results: list) -> list[tuple[str, str | None, list[tuple[str, int, int]]]]:  # type: ignore[type-arg]
    return [(r.path, r.error, [(f.rule, f.start, f.end) for f in r.findings]) for r in results]


def test_the_stream_yields_what_run_returns_in_the_same_order(tmp_path: Path, registry: Registry) -> None:
    files = write_drafts(tmp_path / "drafts", 24)
    (tmp_path / "drafts" / "empty.txt").write_text("\n", encoding="utf-8")
    paths = [str(tmp_path / "drafts"), str(tmp_path / "missing.txt"), str(files[3])]
    expected = run(paths, registry=registry)
    stream = RunStream(paths, registry=registry, window=5)
    got = list(stream)
    assert summary(got) == summary(expected.results)
    assert stream.exit_code() == expected.exit_code()
    assert any(r.error for r in got) and sum(len(r.findings) for r in got) > 24


def test_worker_processes_stream_the_same_results(
    tmp_path: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [str(f) for f in write_drafts(tmp_path, PARALLEL_MIN + 6)]
    expected = summary(run(paths, registry=registry).results)
    pooled: list[int] = []
    original = parallel.lint_parallel

    def counted(registry: Registry, items: list, **options: object) -> list:  # type: ignore[type-arg]
        pooled.append(len(items))
        return original(registry, items, **options)  # type: ignore[arg-type]

    monkeypatch.setattr("declint.engine.parallel.lint_parallel", counted)
    stream = RunStream(paths, registry=registry, jobs=2, window=PARALLEL_MIN, first_window=PARALLEL_MIN)
    assert summary(list(stream)) == expected
    # The first window (PARALLEL_MIN drafts) went to the worker pool; the last six stayed here.
    assert pooled == [PARALLEL_MIN]


def test_drafts_are_read_as_the_stream_reaches_them(tmp_path: Path, registry: Registry) -> None:
    files = write_drafts(tmp_path, 12)
    stream = iter(RunStream([str(f) for f in files], registry=registry, window=4))
    first = next(stream)
    assert first.error is None
    # run() would have read every draft before returning; the stream has not reached the last.
    files[-1].unlink()
    rest = list(stream)
    assert rest[-1].error == "no such file or folder" or "cannot be read" in (rest[-1].error or "")
    assert all(r.error is None for r in rest[:-1])


def test_baselines_and_stale_entries_as_in_run(tmp_path: Path, registry: Registry) -> None:
    files = write_drafts(tmp_path / "d", 10)
    baseline = tmp_path / "baseline.json"
    write_baseline(run([str(f) for f in files[:6]], registry=registry).results, baseline)
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nPS: see you lol\n", encoding="utf-8")
    files[1].write_text("Dear Ms. Lee,\n\nThank you. I must decline. I hope our paths cross again.\n\nBest regards,\nJo\n")
    paths = [str(f) for f in files]
    expected = run(paths, registry=registry, baseline=str(baseline))
    stream = RunStream(paths, registry=registry, baseline=str(baseline), window=3)
    assert summary(list(stream)) == summary(expected.results)
    assert stream.stale_baseline == expected.stale_baseline and stream.stale_baseline
    assert any(r.findings for r in expected.results[:6]), "the edited drafts have new findings"


def test_the_cache_serves_the_stream(tmp_path: Path, registry: Registry) -> None:
    files = [str(f) for f in write_drafts(tmp_path / "d", 6)]
    cache = CacheSet(registry.rules, "test", tmp_path / "cache")
    cold = summary(list(RunStream(files, registry=registry, cache=cache)))
    assert list((tmp_path / "cache").rglob("*.json")), "the stream stores results"
    warm_run = RunStream(files, registry=registry, cache=CacheSet(registry.rules, "test", tmp_path / "cache"))
    assert summary(list(warm_run)) == cold


def test_jsonl_lines_are_the_json_report_one_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = write_drafts(tmp_path, 20)
    (tmp_path / "blank.txt").write_text(" \n", encoding="utf-8")
    paths = [str(tmp_path), str(tmp_path / "gone.txt")]
    code_json = main(["--format", "json", "--no-cache", *paths])
    as_json = json.loads(capsys.readouterr().out)
    code_jsonl = main(["--format", "jsonl", "--no-cache", *paths])
    out, err = capsys.readouterr()
    assert [json.loads(line) for line in out.splitlines()] == as_json
    assert "blank.txt: is empty" in err and "gone.txt: no such file or folder" in err
    assert code_json == code_jsonl == 2
    # Findings alone fail with 1, and --exit-zero clears that, as for every format.
    assert main(["--format", "jsonl", "--no-cache", str(files[0])]) == 1
    assert main(["--format", "jsonl", "--no-cache", "--exit-zero", str(files[0])]) == 0


def test_jsonl_statistics_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_drafts(tmp_path, 5)
    main(["--format", "jsonl", "--statistics", "--no-cache", str(tmp_path)])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    counted = {line.split()[1]: int(line.split()[0]) for line in err.splitlines()}
    assert counted == {rule: sum(1 for x in lines if x["rule"] == rule) for rule in {x["rule"] for x in lines}}


def test_jsonl_writes_the_first_findings_before_the_run_ends(tmp_path: Path) -> None:
    write_drafts(tmp_path, 160)
    with subprocess.Popen(
        [sys.executable, "-m", "declint", "--format", "jsonl", "--no-cache", "--jobs", "1", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        first = json.loads(proc.stdout.readline())
        still_running = proc.poll() is None
        rest = proc.stdout.read()
    assert first["path"].endswith("draft0000.txt")
    assert still_running, "the first line came only when every draft was done"
    assert rest.count("\n") > 100


def test_jsonl_with_a_bad_config_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_drafts(tmp_path, 2)
    (tmp_path / ".declint.toml").write_text("colour = 'red'\n", encoding="utf-8")
    code = main(["--format", "jsonl", "--no-cache", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "unknown key colour" in err and ".declint.toml" in err
