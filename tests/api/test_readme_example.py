"""The README's Python API example runs as written."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import sys
import textwrap
from pathlib import Path

import pytest
from api_drafts import write_drafts

from conftest import ROOT
from declint.core.links import rule_url


def example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python API\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n(.*?)\n```", section, re.S)
    assert match, "the Python API section has no python example"
    return match.group(1)


def test_the_example_is_ten_lines_or_fewer() -> None:
    assert len([line for line in example().splitlines() if line.strip()]) <= 10


def test_the_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "reply.txt").write_text("Hey,\n\nI cant come to the the interview lol.\n\nthx\n", encoding="utf-8")
    write_drafts(tmp_path / "templates", 4)
    (tmp_path / "templates" / "fine.txt").write_text(
        "Dear Ms. Lee,\n\nThank you for inviting me to interview for the analyst role. I have accepted another "
        "offer, so I must withdraw my application. I enjoyed learning about your team and the work you do, and "
        "I wish you every success with the search. I hope our paths cross again.\n\nBest regards,\nJordan Avery\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(example(), "README.md", "exec"), {})
    lines = out.getvalue().splitlines()
    # "the the" starts at line 3, column 16 of reply.txt.
    assert "3:16 warning repeated-word: 'the' is repeated (" + rule_url("repeated-word") + ")" in lines
    assert not any(" length:" in line for line in lines), "ignore=['length'] was honoured"
    reports = [line for line in lines if line.startswith("templates/")]
    assert len(reports) == 5 and "templates/fine.txt passes 0" in reports


def test_the_dask_recipe_without_the_helper_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dask.dataframe")
    import dask
    import dask.bag as db

    import declint

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Past one machine\n", 1)[1].split("\n## ", 1)[0]
    recipe = re.findall(r"```python\n(.*?)\n\s*```", section, re.S)[1]
    pairs = [("a.txt", "Hey,\n\nI cant come lol.\n\nthx\n"), ("b.md", "Dear Sam,\n\nNo thanks.\n\nJo\n")]
    # Run as a user's module: Dask hashes a function by its source, which exec'd text lacks.
    module_file = tmp_path / "recipe.py"
    module_file.write_text(textwrap.dedent(recipe), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("readme_recipe", module_file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "readme_recipe", module)
    module.drafts = db.from_sequence(pairs, npartitions=2)  # type: ignore[attr-defined]
    with dask.config.set(scheduler="sync"):
        spec.loader.exec_module(module)
    found = module.findings
    linter = declint.DeclintLinter(template=True)
    expected = [(path, d.rule, d.line) for path, text in pairs for d in linter.lint_text(text, path=path)]
    assert list(zip(found["path"], found["rule"], found["line"], strict=True)) == expected
