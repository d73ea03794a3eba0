"""The shipped pre-commit hook, run by pre-commit itself, and the GitHub Action's shape.

``pre-commit try-repo`` clones this repository at HEAD (plus uncommitted changes to tracked
files), pip-installs it into a fresh environment exactly as a user's pre-commit would, and
runs the hook on a throwaway git repository. It takes about half a minute.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]

CURT = "Hey,\n\nNot coming to the interview.\n\nCheers\n"
GOOD = (
    "Dear Ms. Lee,\n\nThank you for inviting me to interview for the analyst role. I have accepted\n"
    "another offer, so I must withdraw my application. I hope our paths cross again. I enjoyed learning about your team and the work you do, and I wish you every success with the search.\n\n"
    "Best regards,\nJordan Avery\n"
)


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=declint test", "-c", "user.email=test@example.invalid", *args],
        cwd=repo, check=True, capture_output=True, timeout=60,
    )


def test_hook_manifest_ships_a_python_hook() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "declint" and hook["entry"] == "declint" and hook["language"] == "python"


def test_pre_commit_runs_the_hook_from_this_repository(tmp_path: Path) -> None:
    repo = tmp_path / "templates"
    repo.mkdir()
    (repo / "curt.txt").write_text(CURT, encoding="utf-8")
    (repo / "good.txt").write_text(GOOD, encoding="utf-8")
    (repo / "notes.py").write_text("Hey = 1\n", encoding="utf-8")  # not a draft: never linted
    # A repository's usual documents match the draft extensions; the hook's defaults keep
    # them out, and --force-exclude applies the config's exclude to the files pre-commit names.
    (repo / "README.md").write_text("Hey, these are our templates.\n", encoding="utf-8")
    (repo / "requirements.txt").write_text("declint\n", encoding="utf-8")
    (repo / "archive").mkdir()
    (repo / "archive" / "old.txt").write_text(CURT, encoding="utf-8")
    (repo / ".declint.toml").write_text('exclude = ["archive/"]\n', encoding="utf-8")
    git(repo, "init", "-q", ".")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "templates")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
    env.pop("PIP_NO_CACHE_DIR", None)  # let the hook's pip reuse the machine's download cache

    def try_repo() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "declint", "--all-files"],
            cwd=repo, env=env, capture_output=True, text=True, timeout=900, check=False,
        )

    failing = try_repo()
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "declint" in failing.stdout and "Failed" in failing.stdout
    assert "curt.txt" in failing.stdout and "salutation" in failing.stdout
    for skipped in ("notes.py", "README.md", "requirements.txt", "old.txt"):
        assert skipped not in failing.stdout, failing.stdout

    (repo / "curt.txt").write_text(GOOD, encoding="utf-8")
    git(repo, "add", ".")
    passing = try_repo()
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout


def test_action_installs_lints_and_reports_both_ways() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert {"path", "report"} <= set(action["inputs"])
    steps = action["runs"]["steps"]
    runs = " ".join(step.get("run", "") for step in steps)
    assert "pip install" in runs
    assert "--format github" in runs and "--format sarif" in runs
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif@") for step in steps)
    # Inputs reach the shell through the environment, never spliced into the script.
    assert "${{" not in runs
