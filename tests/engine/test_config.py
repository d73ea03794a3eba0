"""Configuration files: where they are found, every key, strict errors, and flags winning."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from declint.cli.entry import main

# Four reason sentences after the thanks: reason-length fires at the default max of 2 and
# at 3, stays silent at 4.
REASONS = """Dear Ms. Lee,

Thank you for the invitation. I have accepted another offer. My partner and I also signed a
lease across the country last month. My current manager has offered me a promotion I have
wanted for years. I have also started night classes that fill my evenings.

I hope our paths cross again.

Best regards,
Jordan Avery
"""

CURT = "Hey,\n\nNot coming to the interview.\n\nCheers\n"


def lint(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict[str, object]], str]:
    code = main(["--format", "json", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else []), err


def rules(items: list[dict[str, object]]) -> set[object]:
    return {i["rule"] for i in items}


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "curt.txt").write_text(CURT, encoding="utf-8")
    (tmp_path / "drafts" / "reasons.txt").write_text(REASONS, encoding="utf-8")
    return tmp_path


def test_without_config_every_rule_runs(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, items, _ = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert code == 1
    assert {"salutation", "closing", "gratitude", "door-open"} <= rules(items)


def test_pyproject_select_found_by_walking_up(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text('[tool.declint]\nselect = ["salutation"]\n', encoding="utf-8")
    _, items, _ = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert rules(items) == {"salutation"}


def test_pyproject_without_declint_table_is_skipped(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text('[tool.declint]\nselect = ["salutation"]\n', encoding="utf-8")
    (project / "drafts" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    _, items, _ = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert rules(items) == {"salutation"}


def test_declint_toml_beats_pyproject_in_the_same_folder(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text('[tool.declint]\nselect = ["salutation"]\n', encoding="utf-8")
    (project / ".declint.toml").write_text('select = ["closing"]\n', encoding="utf-8")
    _, items, _ = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert rules(items) == {"closing"}


def test_nearest_config_wins(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / ".declint.toml").write_text('select = ["salutation"]\n', encoding="utf-8")
    (project / "drafts" / ".declint.toml").write_text('select = ["gratitude"]\n', encoding="utf-8")
    _, items, _ = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert rules(items) == {"gratitude"}


def test_ignore(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / ".declint.toml").write_text('ignore = ["salutation", "door-open"]\n', encoding="utf-8")
    _, items, _ = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert "salutation" not in rules(items) and "door-open" not in rules(items)
    assert "closing" in rules(items)


@pytest.mark.parametrize(("limit", "fires"), [(None, True), (3, True), (4, False)])
def test_rule_options(project: Path, capsys: pytest.CaptureFixture[str], limit: int | None, fires: bool) -> None:
    table = f"[tool.declint.rules.reason-length]\nmax_sentences = {limit}\n" if limit else "[tool.declint]\n"
    (project / "pyproject.toml").write_text(table, encoding="utf-8")
    _, items, _ = lint([str(project / "drafts" / "reasons.txt")], capsys)
    assert ("reason-length" in rules(items)) is fires


def test_severity_and_fail_level(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / ".declint.toml").write_text(
        'select = ["salutation", "closing"]\nfail-level = "error"\n'
        '[rules.salutation]\nseverity = "error"\n[rules.closing]\nseverity = "info"\n',
        encoding="utf-8",
    )
    code, items, _ = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert {i["rule"]: i["severity"] for i in items} == {"salutation": "error", "closing": "info"}
    assert code == 1  # an error-level finding fails at fail-level error
    (project / ".declint.toml").write_text('select = ["closing"]\nfail-level = "error"\n', encoding="utf-8")
    code, items, _ = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert items and code == 0  # warnings only: below the fail level


def test_command_line_flags_beat_the_config(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / ".declint.toml").write_text('select = ["salutation"]\nfail-level = "error"\n', encoding="utf-8")
    code, items, _ = lint(["--select", "closing", "--fail-level", "warning", str(project / "drafts" / "curt.txt")],
                          capsys)
    assert rules(items) == {"closing"} and code == 1


def test_explicit_config_file_replaces_the_search(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "drafts" / ".declint.toml").write_text('select = ["salutation"]\n', encoding="utf-8")
    other = project / "team.toml"
    other.write_text('select = ["gratitude"]\n', encoding="utf-8")
    _, items, _ = lint(["--config", str(other), str(project / "drafts" / "curt.txt")], capsys)
    assert rules(items) == {"gratitude"}


def test_template_key(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = project / "drafts" / "tpl.txt"
    draft.write_text(REASONS.replace("Ms. Lee", "[Hiring manager]"), encoding="utf-8")
    (project / ".declint.toml").write_text("template = false\n", encoding="utf-8")
    _, without, _ = lint([str(draft)], capsys)
    (project / ".declint.toml").write_text("template = true\n", encoding="utf-8")
    _, with_template, _ = lint([str(draft)], capsys)
    # A template's placeholders are expected: reported without the key, never with it.
    assert "placeholder" in rules(without)
    assert "placeholder" not in rules(with_template)
    # The same setting from the flag.
    _, flagged, _ = lint(["--template", str(draft)], capsys)
    assert flagged == with_template


def test_model_key_names_the_pipeline(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / ".declint.toml").write_text('model = "xx_no_such_pipeline"\n', encoding="utf-8")
    code, _, err = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert code == 2 and "xx_no_such_pipeline" in err


# --- per-file-ignores -------------------------------------------------------------------------


def test_per_file_ignores_relative_to_the_config_folder(project: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "other").mkdir()
    (project / "other" / "curt.txt").write_text(CURT, encoding="utf-8")
    (project / ".declint.toml").write_text('[per-file-ignores]\n"drafts/*.txt" = ["salutation"]\n',
                                           encoding="utf-8")
    # Run from elsewhere: the glob is read against the config file's folder, not the cwd.
    monkeypatch.chdir(project / "drafts")
    _, items, _ = lint(["curt.txt", str(project / "other" / "curt.txt")], capsys)
    by_path = {(Path(str(i["path"])).parent.name or "drafts", i["rule"]) for i in items}
    assert ("drafts", "salutation") not in by_path
    assert ("other", "salutation") in by_path


def test_per_file_ignores_glob_does_not_match_from_the_right(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "drafts" / "sub").mkdir()
    (project / "drafts" / "sub" / "curt.txt").write_text(CURT, encoding="utf-8")
    (project / ".declint.toml").write_text('[per-file-ignores]\n"sub/*.txt" = ["salutation"]\n', encoding="utf-8")
    _, items, _ = lint([str(project / "drafts" / "sub" / "curt.txt")], capsys)
    assert "salutation" in rules(items)  # sub/ is drafts/sub/, not the config folder's sub/


def test_per_file_ignores_bare_pattern_matches_any_folder(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / ".declint.toml").write_text('[per-file-ignores]\n"curt.*" = ["salutation", "closing"]\n',
                                           encoding="utf-8")
    _, items, _ = lint([str(project / "drafts")], capsys)
    curt = {i["rule"] for i in items if str(i["path"]).endswith("curt.txt")}
    assert curt and not curt & {"salutation", "closing"}


def test_per_file_ignores_for_stdin_uses_the_stdin_filename(project: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    (project / ".declint.toml").write_text('[per-file-ignores]\n"drafts/*.txt" = ["salutation"]\n',
                                           encoding="utf-8")
    monkeypatch.chdir(project)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CURT.encode())))
    _, items, _ = lint(["-", "--stdin-filename", "drafts/new.txt"], capsys)
    assert items and "salutation" not in rules(items)


# --- strict errors ----------------------------------------------------------------------------

BAD = [
    ("pyproject.toml", '[tool.declint]\nselct = ["salutation"]\n', ["tool.declint.selct", "allowed keys", "select"]),
    (".declint.toml", 'select = ["no-such-rule"]\n', ["select", "no-such-rule", "known rules", "salutation"]),
    (".declint.toml", "select = 3\n", ["select", "expected a list of rule ids"]),
    (".declint.toml", 'fail-level = "fatal"\n', ["fail-level", "one of info, warning, error"]),
    (".declint.toml", 'template = "yes"\n', ["template", "true or false"]),
    (".declint.toml", "max-bytes = -1\n", ["max-bytes", "from 1 to 10000000"]),
    (".declint.toml", "[rules.reason-length]\nmax_sentence = 3\n",
     ["rules.reason-length", "max_sentence", "allowed", "max_sentences"]),
    (".declint.toml", '[rules.reason-length]\nmax_sentences = "three"\n',
     ["rules.reason-length.max_sentences", "whole number"]),
    (".declint.toml", '[rules.closing]\nseverity = "loud"\n', ["rules.closing.severity", "info, warning, error"]),
    (".declint.toml", "[rules.nope]\n", ["rules.nope", "unknown rule"]),
    (".declint.toml", '[per-file-ignores]\n"*.md" = "nope"\n', ["per-file-ignores.*.md", "nope"]),
    (".declint.toml", '[per-file-ignores]\n"*.md" = [1]\n', ["per-file-ignores.*.md", "a list of rule ids"]),
    (".declint.toml", "select = [\n", ["invalid TOML"]),
]


@pytest.mark.parametrize(("name", "content", "words"), BAD, ids=[b[1].split("\n")[0][:30] for b in BAD])
def test_bad_config_is_one_line_naming_file_key_and_allowed(
    project: Path, capsys: pytest.CaptureFixture[str], name: str, content: str, words: list[str]
) -> None:
    (project / name).write_text(content, encoding="utf-8")
    code, items, err = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert code == 2 and items == []
    assert err.count("\n") == 1, err
    assert err.startswith(f"declint: {project / name}:")
    for word in words:
        assert word in err, (word, err)


def test_missing_explicit_config_is_an_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = lint(["--config", str(project / "nope.toml"), str(project / "drafts")], capsys)
    assert code == 2 and "nope.toml: config file not found" in err


def test_config_error_is_not_masked_by_cwd(project: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # A broken config above the linted file is found even when running from elsewhere.
    (project / ".declint.toml").write_text("bogus = 1\n", encoding="utf-8")
    monkeypatch.chdir(os.path.dirname(project))
    code, _, err = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert code == 2 and "bogus" in err


def test_readme_config_example_is_valid(tmp_path: Path) -> None:
    from conftest import ROOT
    from declint.core.findings import Severity
    from declint.engine.config import load_config
    from declint.ruleapi.registry import load_registry

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b.split("```", 1)[0] for b in readme.split("```toml\n")[1:] if "[tool.declint]" in b)
    (tmp_path / "pyproject.toml").write_text(block, encoding="utf-8")
    config = load_config(tmp_path / "pyproject.toml", load_registry().rules)
    assert config.ignore == ("door-open",)
    assert config.severity == {"reason-length": Severity.ERROR}
    assert config.rule_options == {"reason-length": {"max_sentences": 3}}
    assert set(config.per_file_ignores) == {"templates/*.md", "*.eml"}


def test_each_config_gets_its_own_rules_even_when_python_reuses_an_id(registry: Any) -> None:
    """The linter caches the rules selected per config; a freed config's id is often reused."""
    from declint.engine.config import Config
    from declint.engine.linter import Linter

    linter = Linter(registry)
    for i in range(200):
        config = Config(ignore=("closing",)) if i % 2 else Config()
        assert ("closing" in {rule.id for rule in linter.rules_for(config)}) == (i % 2 == 0), i
        del config


@pytest.mark.parametrize("content", ['[tool.declint]\nselect = ["salutation"\n', '[project]\nname = "x\n'])
def test_broken_pyproject_found_by_walking_up_is_an_error(
    project: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    # Skipping it would lint with the defaults and lose the team's config in silence.
    (project / "pyproject.toml").write_text(content, encoding="utf-8")
    code, items, err = lint([str(project / "drafts" / "curt.txt")], capsys)
    assert code == 2 and items == []
    assert err.startswith(f"declint: {project / 'pyproject.toml'}: line 2:"), err
    assert "invalid TOML" in err and err.count("\n") == 1


def test_broken_pyproject_named_with_config_is_an_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pyproject.toml").write_text("[tool.declint\n", encoding="utf-8")
    code, _, err = lint(["--config", str(project / "pyproject.toml"), str(project / "drafts")], capsys)
    assert code == 2 and "pyproject.toml: line 1: invalid TOML" in err


@pytest.mark.parametrize("how", ["flag", "config"])
def test_force_exclude_applies_exclude_to_named_files(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    (project / "README.md").write_text("# Templates\n\nHow we write them.\n", encoding="utf-8")
    (project / "drafts" / "old").mkdir()
    (project / "drafts" / "old" / "curt.txt").write_text(CURT, encoding="utf-8")
    force = "force-exclude = true\n" if how == "config" else ""
    (project / ".declint.toml").write_text(f'exclude = ["README.md", "drafts/old/"]\n{force}', encoding="utf-8")
    monkeypatch.chdir(project)
    named = ["README.md", "drafts/old/curt.txt", "drafts/curt.txt"]
    # Without force-exclude, naming a file lints it whatever exclude says (as ruff does).
    _, items, _ = lint([*named, "--no-force-exclude"], capsys)
    assert {i["path"] for i in items} == {"README.md", "drafts/old/curt.txt", "drafts/curt.txt"}
    _, items, _ = lint([*named, *(["--force-exclude"] if how == "flag" else [])], capsys)
    assert {i["path"] for i in items} == {"drafts/curt.txt"}
