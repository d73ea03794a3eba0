"""A cloned repository controls ``.declint_cache``: a symlinked cache folder is never followed,
and a hostile entry is a miss, never a crash."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from declint import __version__
from declint.core.findings import Finding, Severity
from declint.engine.cache import CACHE_DIR, CacheSet, ResultCache
from declint.engine.linter import FileResult
from declint.engine.run import run
from declint.ruleapi.registry import Registry

pytestmark = pytest.mark.project_cache

DRAFT = "Hey Sam,\n\nNot coming.\n\nCheers\n"


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    """A cloned repository whose ``.declint_cache`` points at its parent folder."""
    outside = tmp_path / "outside"
    outside.mkdir()
    clone = outside / "clone"
    clone.mkdir()
    (clone / ".declint.toml").write_text("", encoding="utf-8")
    (clone / "a.txt").write_text(DRAFT, encoding="utf-8")
    (clone / CACHE_DIR).symlink_to("..")
    return clone


def test_symlinked_cache_folder_is_never_followed(repo: Path, registry: Registry) -> None:
    before = sorted(p.name for p in repo.parent.iterdir())
    caches = CacheSet(registry.rules, __version__)
    for _ in range(2):
        report = run([str(repo)], registry=registry, cache=caches)
        assert report.results[0].findings
    assert sorted(p.name for p in repo.parent.iterdir()) == before
    assert not (repo.parent / ".gitignore").exists() and not (repo.parent / "CACHEDIR.TAG").exists()
    # Said once, naming the folder, however many drafts and runs used it.
    assert caches.warnings == [f"{repo / CACHE_DIR}: the cache folder is a symlink; not using it (delete it, or pass --no-cache)"]


def test_symlinked_key_folder_and_marker_are_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir()
    folder = tmp_path / CACHE_DIR
    folder.mkdir()
    (folder / "ab").symlink_to(target)
    (folder / ".gitignore").symlink_to(target / "planted")  # dangling: write_text would create it
    warnings: list[str] = []
    cache = ResultCache(folder, {}, __version__, warnings.append)
    cache.put("ab" * 32, FileResult(path="a.txt", text="secret draft"))
    assert list(target.iterdir()) == []
    assert len(warnings) == 1 and "symlink" in warnings[0]


@pytest.mark.parametrize(
    "corrupt",
    [
        lambda e: {**e, "findings": [{**e["findings"][0], "start": 1e400}]},
        lambda e: {**e, "findings": [{**e["findings"][0], "end": 10**30}]},
        lambda e: {**e, "findings": [{**e["findings"][0], "start": True}]},
        lambda e: {**e, "text": ["not", "text"]},
        lambda e: {**e, "location_note": {"x": 1}},
        lambda e: [e],
    ],
)
def test_hostile_entries_are_misses(tmp_path: Path, corrupt: object) -> None:
    cache = ResultCache(tmp_path / CACHE_DIR, {}, __version__)
    key = "cd" * 32
    cache.put(key, FileResult(path="a.txt", text="Hi there\n", findings=[Finding("r", Severity.INFO, "m", 0, 2)]))
    entry = tmp_path / CACHE_DIR / "cd" / f"{key}.json"
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps(corrupt(data)), encoding="utf-8")  # type: ignore[operator]
    assert cache.get(key, "a.txt") is None


def test_deeply_nested_and_endless_entries_are_misses(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / CACHE_DIR, {}, __version__)
    key = "ef" * 32
    entry = tmp_path / CACHE_DIR / "ef" / f"{key}.json"
    entry.parent.mkdir(parents=True)
    entry.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert cache.get(key, "a.txt") is None
    entry.unlink()
    entry.symlink_to("/dev/zero")
    assert cache.get(key, "a.txt") is None
    entry.unlink()
    os.mkfifo(entry)
    assert cache.get(key, "a.txt") is None
