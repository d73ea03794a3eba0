"""The shipped pre-commit hook, run by pre-commit itself from the README's recipe.

The README's ``.pre-commit-config.yaml`` block, with only the repository and commit filled
in, is run by ``pre-commit run`` on a throwaway repository: pre-commit clones the commit,
pip-installs it into a fresh environment exactly as a user's would, and runs the hook. It
takes about half a minute.
"""

from __future__ import annotations

import os
import shutil
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
    assert hook["id"] == "declint" and hook["entry"] == "declint --force-exclude" and hook["language"] == "python"


def readme_block(after: str) -> str:
    """The first fenced YAML block after ``after`` in the README."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("```yaml\n", text.index(after)) + len("```yaml\n")
    return text[start : text.index("```", start)]


def snapshot(tmp_path: Path) -> tuple[Path, str]:
    """This checkout as pre-commit would fetch it: a repository whose commit holds the working
    tree (tracked and new files), so the test covers uncommitted work too."""
    repo = tmp_path / "declint-src"
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True, timeout=60,
    ).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / name)
    git(repo, "init", "-q", ".")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "snapshot")
    sha = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True, check=True)
    return repo, sha.stdout.strip()


def test_readme_pre_commit_recipe_runs_as_written(tmp_path: Path) -> None:
    source, sha = snapshot(tmp_path)
    recipe = readme_block("**pre-commit.**")
    assert "https://github.com/OWNER/declint" in recipe and "rev: COMMIT_SHA" in recipe
    # Only the two placeholders a user fills in are replaced.
    config = recipe.replace("https://github.com/OWNER/declint", str(source)).replace("COMMIT_SHA", sha)
    repo = tmp_path / "mail"
    (repo / "templates" / "archive").mkdir(parents=True)
    (repo / "notes").mkdir()
    (repo / "templates" / "curt.txt").write_text(CURT, encoding="utf-8")
    (repo / "templates" / "good.txt").write_text(GOOD, encoding="utf-8")
    (repo / "notes" / "todo.txt").write_text(CURT, encoding="utf-8")  # outside files: never linted
    (repo / "notes.py").write_text("Hey = 1\n", encoding="utf-8")
    # The hook's defaults keep a repository's documents out, and --force-exclude applies the
    # config's exclude to the files pre-commit names.
    (repo / "templates" / "README.md").write_text("Hey, these are our templates.\n", encoding="utf-8")
    (repo / "templates" / "requirements.txt").write_text("declint\n", encoding="utf-8")
    (repo / "templates" / "archive" / "old.txt").write_text(CURT, encoding="utf-8")
    (repo / ".declint.toml").write_text('exclude = ["templates/archive/"]\n', encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    git(repo, "init", "-q", ".")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "templates")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
    env.pop("PIP_NO_CACHE_DIR", None)  # let the hook's pip reuse the machine's download cache

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--all-files"],
            cwd=repo, env=env, capture_output=True, text=True, timeout=900, check=False,
        )

    failing = run()
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "declint" in failing.stdout and "Failed" in failing.stdout
    assert "templates/curt.txt" in failing.stdout and "salutation" in failing.stdout
    for skipped in ("todo.txt", "notes.py", "README.md", "requirements.txt", "old.txt"):
        assert skipped not in failing.stdout, failing.stdout

    (repo / "templates" / "curt.txt").write_text(GOOD, encoding="utf-8")
    git(repo, "add", ".")
    passing = run()
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
