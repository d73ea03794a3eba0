"""Rules from other packages arrive through the same entry-point group as the built-ins."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PLUGIN = '''
from declint import Rule, RuleOptions


class NoExclamations(Rule[RuleOptions]):
    """Avoid exclamation marks."""

    id = "no-exclamations"
    category = "tone"
    article_section = "Writing a Polite and Professional Email"

    def check(self, document):
        for token in document.tokens():
            if token.text == "!":
                yield self.finding("no exclamation marks, please", token.idx, token.idx + 1)


class Explodes(Rule[RuleOptions]):
    """Always fails."""

    id = "explodes"
    category = "tone"
    article_section = "Writing a Polite and Professional Email"

    def check(self, document):
        yield from ()
        raise ZeroDivisionError("rule bug")
'''


def install_fake_dist(site: Path, entry_points: str) -> None:
    """A minimal installed distribution: a module plus dist-info with entry points."""
    (site / "declint_extra.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    info = site / "declint_extra-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: declint-extra\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


def run(site: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run(
        [sys.executable, "-m", "declint", *args], capture_output=True, text=True, env=env, input=stdin, timeout=120
    )


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    return site


def test_rule_from_another_package_is_picked_up(site: Path) -> None:
    install_fake_dist(site, "[declint.rules]\nno-exclamations = declint_extra:NoExclamations\n")
    listed = run(site, "rules")
    assert "no-exclamations" in listed.stdout
    linted = run(site, "-", "--format", "concise", "--select", "no-exclamations", stdin="Dear Sam,\n\nNo thanks!\n")
    assert linted.stdout == "-:3:10: warning no-exclamations no exclamation marks, please\n"
    assert linted.returncode == 1


def test_broken_plugin_is_named_and_skipped(site: Path) -> None:
    install_fake_dist(site, "[declint.rules]\nbroken-rule = declint_missing_module:Nope\n")
    proc = run(site, "-", "--format", "concise", stdin="Hey,\n\nNo.\n")
    assert "plugin rule 'broken-rule'" in proc.stderr and "failed to load" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "warning salutation" in proc.stdout


def test_a_rule_that_raises_is_reported_once_and_others_still_run(site: Path, tmp_path: Path) -> None:
    install_fake_dist(site, "[declint.rules]\nexplodes = declint_extra:Explodes\n")
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Hey Sam,\n\nNo.\n", encoding="utf-8")
    proc = run(site, "--format", "concise", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert proc.returncode == 2
    errors = proc.stderr.splitlines()
    assert len(errors) == 2, proc.stderr
    for name, line in zip(("a.txt", "b.txt"), errors, strict=True):
        assert line.startswith(f"declint: rule 'explodes' failed on {tmp_path / name}: ZeroDivisionError: rule bug")
    assert proc.stdout.count("warning salutation") == 2


IMPOSTOR = '''
from declint import Rule, RuleOptions


class Impostor(Rule[RuleOptions]):
    """Claims a built-in rule's id."""

    id = "salutation"
    category = "tone"
    article_section = "Writing a Polite and Professional Email"

    def check(self, document):
        yield self.finding("the impostor ran", 0, 1)
'''


def test_builtin_rules_are_known_by_id_and_imported_only_when_asked_for() -> None:
    """A run answered from the cache needs the rules' ids, not their code: listing them must
    not import a rule module, and asking for one class imports that one alone."""
    script = (
        "import sys\n"
        "from declint.ruleapi.registry import load_registry\n"
        "registry = load_registry()\n"
        "imported = lambda: sorted(m for m in sys.modules if m.startswith('declint.rules.'))\n"
        "print(len(registry.ids()), 'salutation' in registry.rules, imported())\n"
        "cls = registry.rules['salutation']\n"
        "print(cls.id, cls.__module__, imported())\n"
        "print(registry.errors)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    listed, loaded, errors = proc.stdout.splitlines()
    count, known, before = listed.split(" ", 2)
    assert int(count) >= 15 and known == "True" and before == "[]"
    assert loaded == "salutation declint.rules.salutation ['declint.rules.salutation']"
    assert errors == "[]"


def test_a_plugin_claiming_a_builtin_id_is_still_refused(site: Path) -> None:
    """The built-in keeps its id, though it is not imported until used, and the plugin is
    named and skipped, as when every rule loaded at once."""
    (site / "declint_impostor.py").write_text(IMPOSTOR, encoding="utf-8")
    info = site / "declint_impostor-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: declint-impostor\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[declint.rules]\nsalutation = declint_impostor:Impostor\n", encoding="utf-8")
    proc = run(site, "-", "--format", "concise", "--select", "salutation", stdin="Hey,\n\nNo.\n")
    assert proc.stderr == (
        "declint: plugin rule 'salutation' (declint_impostor:Impostor) skipped: id 'salutation' is already taken\n"
    )
    assert proc.stdout.startswith("-:1:1: warning salutation ") and "impostor" not in proc.stdout


def test_a_broken_builtin_rule_is_named_when_its_class_is_first_needed() -> None:
    """A built-in rule is imported on first use, so a broken one (a broken install) cannot
    be skipped at load time as a plugin is: asking for it names it."""
    from importlib import metadata

    from declint.ruleapi.registry import BrokenBuiltinRuleError, load_registry

    ghost = metadata.EntryPoint("ghost-rule", "declint.rules.no_such_module:Nope", "declint.rules")
    registry = load_registry([ghost._for(metadata.distribution("declint"))])  # type: ignore[attr-defined]
    assert registry.ids() == ["ghost-rule"] and registry.errors == []
    with pytest.raises(BrokenBuiltinRuleError, match="built-in rule 'ghost-rule'.*failed to load: ModuleNotFoundError"):
        registry.rules["ghost-rule"]


def test_a_broken_builtin_rule_is_named_once_and_the_other_rules_still_run(tmp_path: Path) -> None:
    """A broken install (a built-in rule that does not import) must not stop the run with a
    traceback: the rule is named once, the others lint every draft, and the run fails."""
    from importlib import metadata

    from declint.engine.run import ExitCode, run
    from declint.ruleapi.registry import load_registry

    own = metadata.distribution("declint")
    ghost = metadata.EntryPoint("ghost-rule", "declint.rules.no_such_module:Nope", "declint.rules")
    salutation = next(ep for ep in metadata.entry_points(group="declint.rules") if ep.name == "salutation")
    registry = load_registry([ghost._for(own), salutation])  # type: ignore[attr-defined]
    drafts = []
    for name in ("one.txt", "two.txt"):
        draft = tmp_path / name
        draft.write_text("Hey Sam,\n\nI must decline the interview.\n\nKind regards,\nAlex\n", encoding="utf-8")
        drafts.append(str(draft))
    report = run(drafts, registry=registry)
    assert len(report.broken_rules) == 1
    assert "ghost-rule" in report.broken_rules[0] and "ModuleNotFoundError" in report.broken_rules[0]
    assert [[f.rule for f in r.findings] for r in report.results] == [["salutation"], ["salutation"]]
    assert report.exit_code() == ExitCode.ERROR
    # The reports are still written: the rule that ran is described in full, the broken
    # one only by its id.
    from declint.reporters.html import render_html
    from declint.reporters.sarif import build_sarif

    described = {r["id"]: r for r in build_sarif(report)["runs"][0]["tool"]["driver"]["rules"]}
    assert "fullDescription" in described["salutation"] and "fullDescription" not in described["ghost-rule"]
    assert "salutation" in render_html(report)


def test_the_api_raises_for_a_broken_builtin_rule() -> None:
    """A caller of lint_text must not get a quiet answer from a draft some rule never read."""
    from importlib import metadata

    import declint
    from declint.ruleapi.registry import load_registry

    ghost = metadata.EntryPoint("ghost-rule", "declint.rules.no_such_module:Nope", "declint.rules")
    salutation = next(ep for ep in metadata.entry_points(group="declint.rules") if ep.name == "salutation")
    entry_points = [ghost._for(metadata.distribution("declint")), salutation]  # type: ignore[attr-defined]
    linter = declint.DeclintLinter(registry=load_registry(entry_points))
    with pytest.raises(declint.LintError, match="ghost-rule"):
        linter.lint_text("Hey Sam,\n\nI must decline the interview.\n\nKind regards,\nAlex\n")
