"""The result cache: warm runs skip parsing (and spaCy), every input is in the key, bad entries
are misses, concurrent runs are safe, --no-cache bypasses it.

A run whose point is whether spaCy was imported runs in a fresh interpreter (``probe``); the
runs that only fill the cache, or only leave files behind, run ``main`` in this process
(``run_declint``), which has the pipeline loaded already."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Ran, write_drafts
from declint import __version__
from declint.core.findings import Finding, Fix, Severity
from declint.engine.cache import CACHE_DIR, CacheSet, ResultCache
from declint.engine.config import Config
from declint.engine.linter import FileResult
from declint.ruleapi.registry import Registry

# These tests are about where the cache goes: the default folder, not DECLINT_CACHE_DIR.
pytestmark = pytest.mark.project_cache

DRAFTS = {
    "curt.txt": "Hey,\n\nNot coming to the interview.\n\nCheers\n",
    "good.txt": (
        "Dear Ms. Lee,\n\nThank you for inviting me to interview for the analyst role. I have accepted\n"
        "another offer, so I must withdraw my application. I hope our paths cross again. I enjoyed learning "
        "about your team and the work you do, and I wish you every success with the search.\n\n"
        "Best regards,\nJordan Avery\n"
    ),
    "sorry.txt": "Hi Sam,\n\nI am so sorry. I apologise, truly sorry, but I will not attend.\n\nThanks,\nAl\n",
}

# Runs declint in a fresh interpreter and reports, on stderr, whether spaCy was imported.
PROBE = (
    "import sys, json\n"
    "from declint.cli.entry import main\n"
    "code = main(sys.argv[1:])\n"
    "sys.stderr.write('\\nPROBE ' + json.dumps({'code': code, 'spacy': 'spacy' in sys.modules,"
    " 'thinc': 'thinc' in sys.modules, 'rules': sorted(m for m in sys.modules if m.startswith('declint.rules.'))})"
    " + '\\n')\n"
)


def probe(args: list[str], cwd: Path) -> tuple[dict[str, object], str]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )
    line = next((x for x in proc.stderr.splitlines() if x.startswith("PROBE ")), None)
    assert line is not None, (proc.returncode, proc.stdout[-2000:], proc.stderr[-2000:])
    return json.loads(line[len("PROBE "):]), proc.stdout


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    write_drafts(tmp_path / "lib", DRAFTS)
    return tmp_path


def entries(root: Path) -> list[Path]:
    return sorted((root / CACHE_DIR).glob("*/*.json"))


def test_warm_run_reuses_results_without_importing_spacy(library: Path, run_declint: Callable[..., Ran]) -> None:
    cold = run_declint("--format", "json", "lib", cwd=library)
    assert cold.returncode == 1
    cold_out = cold.stdout
    assert len(entries(library)) == len(DRAFTS)
    warm, warm_out = probe(["--format", "json", "lib"], library)
    # Nor any rule module: the key needs the rules' ids, and their source is hashed as files.
    assert warm == {"code": 1, "spacy": False, "thinc": False, "rules": []}
    assert json.loads(warm_out) == json.loads(cold_out)
    # The text report (which shows the draft's lines) comes out the same from the cache too.
    _, text_warm = probe(["lib"], library)
    fresh, text_cold = probe(["--no-cache", "lib"], library)
    # The probe sees a parse, and the rules, when there is one.
    assert fresh["code"] == 1 and fresh["spacy"] is True and fresh["thinc"] is True
    assert "declint.rules.salutation" in fresh["rules"]  # type: ignore[operator]
    assert text_warm == text_cold


def test_an_edited_draft_is_linted_again(library: Path, run_declint: Callable[..., Ran]) -> None:
    run_declint("lib", cwd=library)
    assert len(entries(library)) == len(DRAFTS)
    (library / "lib" / "good.txt").write_text(DRAFTS["good.txt"].replace("Dear Ms. Lee", "Hey Lee"), encoding="utf-8")
    result, out = probe(["--format", "json", "lib"], library)
    assert result["spacy"] is True
    assert any(i["rule"] == "salutation" and i["path"].endswith("good.txt") for i in json.loads(out))


def test_corrupt_and_unreadable_entries_are_misses(library: Path, run_declint: Callable[..., Ran]) -> None:
    before = run_declint("--format", "json", "lib", cwd=library).stdout
    files = entries(library)
    files[0].write_text("{not json", encoding="utf-8")
    files[1].write_bytes(b"\xff\xfe\x00")
    files[2].write_text(json.dumps({"key": "someone else's", "text": "x", "findings": []}), encoding="utf-8")
    result, after = probe(["--format", "json", "lib"], library)
    assert result["code"] == 1 and result["spacy"] is True
    assert json.loads(after) == json.loads(before)
    warm, again = probe(["--format", "json", "lib"], library)
    assert warm["spacy"] is False and json.loads(again) == json.loads(before)


def test_no_cache_neither_reads_nor_writes(library: Path, run_declint: Callable[..., Ran]) -> None:
    assert run_declint("--no-cache", "lib", cwd=library).returncode == 1
    assert not (library / CACHE_DIR).exists()


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_cache_dir_holds_every_entry_and_the_tree_stays_clean(
    library: Path, monkeypatch: pytest.MonkeyPatch, run_declint: Callable[..., Ran], how: str
) -> None:
    elsewhere = library / "ci-cache"
    (library / "lib" / ".declint.toml").write_text("fail-level = \"error\"\n", encoding="utf-8")
    if how == "environment":
        monkeypatch.setenv("DECLINT_CACHE_DIR", str(elsewhere))
    flag = ["--cache-dir", str(elsewhere)] if how == "flag" else []
    assert not elsewhere.exists()  # the first run is a cold one
    assert run_declint(*flag, "lib", cwd=library).returncode == 0
    assert len(list(elsewhere.glob("*/*.json"))) == len(DRAFTS)
    assert not list(library.rglob(CACHE_DIR))
    warm, _ = probe([*flag, "lib"], library)
    assert warm["spacy"] is False


def test_cache_lives_at_the_config_root(library: Path, run_declint: Callable[..., Ran]) -> None:
    (library / "lib" / ".declint.toml").write_text("fail-level = \"error\"\n", encoding="utf-8")
    assert run_declint(str(library / "lib"), cwd=library.parent).returncode == 0
    assert (library / "lib" / CACHE_DIR / "CACHEDIR.TAG").is_file()
    assert (library / "lib" / CACHE_DIR / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")
    assert not (library.parent / CACHE_DIR).exists()


def test_concurrent_cold_runs_are_safe(library: Path) -> None:
    procs = [
        subprocess.Popen([sys.executable, "-m", "declint", "--format", "json", "--jobs", "1", "lib"],
                         cwd=library, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [1, 1], outs
    assert json.loads(outs[0][0]) == json.loads(outs[1][0])
    assert outs[0][1] == outs[1][1] == ""
    assert len(entries(library)) == len(DRAFTS)
    assert not list((library / CACHE_DIR).glob("*/.tmp-*"))


# The key: every input that can change findings must change it.

def _cache(tmp_path: Path, version: str = __version__, rule_version: int = 1) -> ResultCache:
    from declint.ruleapi.base import Rule

    rule = type("Probe", (Rule,), {"id": "probe", "category": "t", "article_section": "s", "version": rule_version})
    return ResultCache(tmp_path, {"probe": rule}, version)


def test_the_key_covers_bytes_name_config_rules_versions_and_date(tmp_path: Path) -> None:
    from datetime import datetime

    cache = _cache(tmp_path)
    config = Config()
    base = cache.key(b"Dear Sam", "a.txt", config, None)
    assert base == _cache(tmp_path).key(b"Dear Sam", "a.txt", Config(), None)
    variants = {
        "bytes": cache.key(b"Dear Sal", "a.txt", config, None),
        "name": cache.key(b"Dear Sam", "a.md", config, None),
        "template": cache.key(b"Dear Sam", "a.txt", dataclasses.replace(config, template=True), None),
        "rule option": cache.key(
            b"Dear Sam", "a.txt", dataclasses.replace(config, rule_options={"probe": {"limit": 2}}), None
        ),
        "model": cache.key(b"Dear Sam", "a.txt", dataclasses.replace(config, model="en_core_web_md"), None),
        "date": cache.key(b"Dear Sam", "a.txt", config, datetime(2026, 3, 14)),
        "declint version": _cache(tmp_path, version="9.9").key(b"Dear Sam", "a.txt", config, None),
        "rule version": _cache(tmp_path, rule_version=2).key(b"Dear Sam", "a.txt", config, None),
    }
    assert all(key != base for key in variants.values()), variants
    assert len(set(variants.values())) == len(variants)


def test_the_key_includes_the_installed_model_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import declint.engine.cache

    before = _cache(tmp_path).key(b"x", "a.txt", Config(), None)
    monkeypatch.setattr(declint.engine.cache, "model_version", lambda name: f"{name}==9.9.9")
    assert _cache(tmp_path).key(b"x", "a.txt", Config(), None) != before


def test_entries_round_trip_every_finding_field(tmp_path: Path) -> None:
    cache = _cache(tmp_path)
    finding = Finding("probe", Severity.ERROR, "msg", 2, 5, suggestion="do this", fix=Fix(2, 5, "new"))
    cache.put("ab" * 32, FileResult(path="old.txt", text="Hi there\n", findings=[finding], location_note="body"))
    got = cache.get("ab" * 32, "new.txt")
    assert got is not None
    assert (got.path, got.text, got.findings, got.location_note) == ("new.txt", "Hi there\n", [finding], "body")
    assert cache.get("cd" * 32, "x.txt") is None


def test_unwritable_cache_folder_is_skipped_silently(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    cache = ResultCache(blocker / CACHE_DIR, {}, __version__)
    cache.put("ab" * 32, FileResult(path="a.txt", text="x"))
    assert cache.get("ab" * 32, "a.txt") is None


def test_cache_set_uses_cwd_without_a_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    caches = CacheSet(Registry().rules, __version__)
    assert caches.for_config(Config()).folder == tmp_path / CACHE_DIR
    assert caches.for_config(Config(path=tmp_path / "x" / ".declint.toml")).folder == tmp_path / "x" / CACHE_DIR


def _edit_first(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("package", "name", "old", "new"),
    [
        ("declint.text", "vocabulary.toml", '"cheers", ', ""),
        # A rule's own data file and its code: built-in rules carry no version in the key
        # (reading it would import them), so these files must be what the key holds.
        ("declint.rules", "company_mismatch.toml", "\n", "\n# edited\n"),
        ("declint.rules", "salutation.py", "\n", "\n# edited\n"),
        ("declint.ruleapi", "base.py", "\n", "\n# edited\n"),
        # How a draft is read (front matter's directives) and how findings are settled.
        ("declint.formats", "frontmatter.py", "\n", "\n# edited\n"),
        ("declint.engine", "result.py", "\n", "\n# edited\n"),
        ("declint.rules", "_negative_conduct.py", "\n", "\n# edited\n"),
    ],
)
def test_editing_a_word_list_or_rule_changes_every_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, package: str, name: str, old: str, new: str
) -> None:
    """The cache keys on the data files and rule code themselves: a changed phrase bank or
    rule can never serve results made with the old one, whatever the version numbers say."""
    import shutil
    from importlib import resources

    import declint.engine.cache as cache_module

    real = {
        name: Path(str(resources.files(name)))
        for name in (
            "declint.core",
            "declint.formats",
            "declint.engine",
            "declint.text",
            "declint.document",
            "declint.nlp",
            "declint.ruleapi",
            "declint.rules",
        )
    }
    copies = {}
    for each, folder in real.items():
        copy = tmp_path / each
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("__pycache__"))
        copies[each] = copy
    monkeypatch.setattr(cache_module, "_package_folder", lambda each: str(copies[each]))
    cache_module.knowledge_fingerprint.cache_clear()
    before = cache_module.knowledge_fingerprint()
    _edit_first(copies[package] / name, old, new)
    cache_module.knowledge_fingerprint.cache_clear()
    after = cache_module.knowledge_fingerprint()
    cache_module.knowledge_fingerprint.cache_clear()
    assert before != after


def test_the_key_is_the_same_whether_the_builtin_rules_are_imported_or_not() -> None:
    """A run from the cache leaves the built-in rules unimported; a resident server or a cold
    run has imported them. Their keys must agree, or each would miss the other's entries."""
    from declint.engine.cache import rule_versions
    from declint.ruleapi.registry import load_registry

    lazy, eager = load_registry(), load_registry()
    classes = {rule_id: eager.rules[rule_id] for rule_id in eager.rules}
    assert not any(lazy.rules.loaded(rule_id) for rule_id in lazy.rules)
    assert rule_versions(lazy.rules) == rule_versions(eager.rules) == rule_versions(classes)
    assert {version for _, version in rule_versions(lazy.rules)} == {"built-in"}
