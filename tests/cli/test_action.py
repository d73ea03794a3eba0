"""The README's GitHub Action recipe, run through action.yml's steps as the runner runs them.

A composite action's ``run:`` steps are bash scripts whose inputs arrive through ``env:``
(``${{ inputs.x }}`` and ``${{ steps.id.outputs.k }}`` filled in), each step gated by its
``if:``, outputs written to ``$GITHUB_OUTPUT``. This replays that for the recipe's inputs.
Steps that call other actions (setup-python, cache, the SARIF upload) are only checked to be
reached, and "Install declint" is not run: this environment already has declint installed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
CURT = "Hey,\n\nNot coming to the interview.\n\nCheers\n"


def recipe_inputs() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("```yaml\n", text.index("**GitHub Action.**")) + len("```yaml\n")
    workflow = yaml.safe_load(text[start : text.index("```", start)])
    (step,) = [s for s in workflow["steps"] if s.get("uses", "").startswith("OWNER/declint@")]
    assert step["uses"] == "OWNER/declint@COMMIT_SHA"
    # The runner passes every input as a string; YAML's true arrives as "true".
    return {k: str(v).lower() if isinstance(v, bool) else str(v) for k, v in step["with"].items()}


def _value(expression: str, context: dict[str, Any]) -> str:
    for option in (part.strip() for part in expression.split("||")):
        if option.startswith("'"):
            return option.strip("'")
        value: Any = context
        for key in option.split("."):
            value = value.get(key, "") if isinstance(value, dict) else ""
        if value:
            return str(value)
    return ""


def _substitute(text: str, context: dict[str, Any]) -> str:
    return re.sub(r"\$\{\{\s*(.*?)\s*\}\}", lambda m: _value(m.group(1), context), text)


def _condition(expression: str, context: dict[str, Any]) -> bool:
    for term in (t.strip() for t in expression.split("&&")):
        if term == "always()":
            continue
        left, right = (side.strip() for side in term.split("=="))
        if _value(left, context) != right.strip("'"):
            return False
    return True


def run_action(
    inputs: dict[str, str], workspace: Path
) -> tuple[list[str], dict[str, subprocess.CompletedProcess[str]]]:
    """Run the action; returns the names of the steps reached and each run step's result."""
    defaults = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    context: dict[str, Any] = {"inputs": {**defaults, **inputs}, "steps": {}, "runner": {"os": "Linux"}}
    reached: list[str] = []
    results: dict[str, subprocess.CompletedProcess[str]] = {}
    for step in ACTION["runs"]["steps"]:
        name = step.get("name", step.get("uses", ""))
        if "if" in step and not _condition(step["if"], context):
            continue
        reached.append(name)
        if "run" not in step or name == "Install declint":
            continue
        output = workspace / f".output-{len(reached)}"
        output.write_text("", encoding="utf-8")
        env = {k: _substitute(str(v), context) for k, v in step.get("env", {}).items()}
        env = {**os.environ, **env, "GITHUB_OUTPUT": str(output), "GITHUB_ACTION_PATH": str(ROOT)}
        proc = subprocess.run(
            ["bash", "-e", "-c", step["run"]], cwd=workspace, env=env, capture_output=True, text=True, check=False
        )
        results[name] = proc
        outputs = dict(line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines() if "=" in line)
        if "id" in step:
            context["steps"][step["id"]] = {
                "outputs": outputs,
                "outcome": "success" if proc.returncode == 0 else "failure",
            }
        if proc.returncode != 0:
            # A failed step ends the job; only steps with always() still run.
            remaining = ACTION["runs"]["steps"][ACTION["runs"]["steps"].index(step) + 1 :]
            for later in remaining:
                if "always()" in later.get("if", "") and _condition(later["if"], context):
                    reached.append(later.get("name", later.get("uses", "")))
            break
    return reached, results


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "curt.txt").write_text(CURT, encoding="utf-8")
    return tmp_path


def test_readme_recipe_uploads_sarif_and_fails_on_findings(workspace: Path) -> None:
    inputs = recipe_inputs()
    assert inputs["report"] == "sarif" and inputs["fail-on-findings"] == "true"
    reached, results = run_action(inputs, workspace)
    lint = results["Lint (SARIF)"]
    assert lint.returncode == 1, lint.stderr
    log = json.loads((workspace / "declint.sarif").read_text(encoding="utf-8"))
    assert {r["ruleId"] for r in log["runs"][0]["results"]} >= {"salutation", "closing"}
    assert "Cache pip downloads" in reached and reached[-1] == "Upload SARIF"


def test_sarif_mode_reports_without_failing_by_default(workspace: Path) -> None:
    inputs = {**recipe_inputs(), "fail-on-findings": ""}
    reached, results = run_action(inputs, workspace)
    assert results["Lint (SARIF)"].returncode == 0
    assert reached[-1] == "Upload SARIF"


def test_annotations_fail_on_findings_by_default(workspace: Path) -> None:
    reached, results = run_action({"path": "templates"}, workspace)
    lint = results["Lint (annotations)"]
    assert lint.returncode == 1
    assert "::warning file=templates/curt.txt,line=1" in lint.stdout
    assert "Upload SARIF" not in reached


@pytest.mark.parametrize(("name", "value"), [("report", "sarfi"), ("fail-on-findings", "yes")])
def test_a_mistyped_input_stops_the_job(workspace: Path, name: str, value: str) -> None:
    reached, results = run_action({"path": "templates", name: value}, workspace)
    check = results["Check inputs"]
    assert check.returncode == 2
    assert f"::error title=declint::{name}: '{value}'" in check.stdout
    assert reached == ["Check inputs"]
