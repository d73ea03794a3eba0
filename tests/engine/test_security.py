"""Security: no network at run time, no terminal injection, plugins only from installed
entry points, and declint never writes to a draft."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import ROOT, Ran

BLOCK_NETWORK = textwrap.dedent(
    """
    import socket

    def _refuse(*args, **kwargs):
        raise RuntimeError("declint tried to use the network")

    socket.socket.connect = _refuse
    socket.socket.connect_ex = _refuse
    socket.socket.sendto = _refuse
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    """
)


@pytest.fixture()
def offline_env(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "offline"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCK_NETWORK, encoding="utf-8")
    return {**os.environ, "PYTHONPATH": str(site)}


def run(args: list[str], env: dict[str, str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "declint", *args], capture_output=True, text=True, env=env, timeout=180, **kwargs  # type: ignore[arg-type]
    )


def test_network_block_is_effective(offline_env: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
        capture_output=True,
        text=True,
        env=offline_env,
        timeout=60,
    )
    assert "declint tried to use the network" in proc.stderr


def test_cli_runs_every_rule_with_sockets_blocked(offline_env: dict[str, str]) -> None:
    proc = run(["--format", "json", str(ROOT / "samples")], offline_env)
    assert proc.returncode == 1, proc.stderr
    assert "network" not in proc.stderr and "Traceback" not in proc.stderr
    for command in (["rules"], ["explain", "door-open"]):
        assert run(command, offline_env).returncode == 0


def test_drafts_are_never_written(tmp_path: Path, run_declint: Callable[..., Ran]) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Hey Sam,\n\nNo.\n\nCheers\n", encoding="utf-8")
    before = (hashlib.sha256(draft.read_bytes()).hexdigest(), draft.stat().st_mtime_ns)
    proc = run_declint("--format", "json", str(draft))
    assert proc.returncode == 1
    assert (hashlib.sha256(draft.read_bytes()).hexdigest(), draft.stat().st_mtime_ns) == before


def test_config_cannot_name_a_plugin_path(tmp_path: Path) -> None:
    """Config files are data: a key that would load code from a path is rejected, and no
    module beside the config is imported."""
    (tmp_path / "evil.py").write_text("raise SystemExit('evil plugin ran')\n", encoding="utf-8")
    (tmp_path / ".declint.toml").write_text('plugins = ["evil"]\n', encoding="utf-8")
    (tmp_path / "draft.txt").write_text("Dear Sam,\n\nI must decline.\n\nBest regards,\nJo\n", encoding="utf-8")
    proc = run(["draft.txt"], dict(os.environ), cwd=tmp_path)
    assert proc.returncode == 2
    assert "unknown key plugins" in proc.stderr
    assert "evil plugin ran" not in proc.stderr + proc.stdout


def test_terminal_escapes_in_a_draft_are_shown_not_obeyed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_declint: Callable[..., Ran]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Hey \x1b[2J\x1b]0;pwned\x07[bold red]Sam[/],\n\nNo.\n", encoding="utf-8")
    monkeypatch.delenv("NO_COLOR", raising=False)
    proc = run_declint(str(draft), env={"FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert "\x1b[" in proc.stdout  # a colour report, where escapes could do harm
    assert "\x1b[2J" not in proc.stdout and "\x1b]0;" not in proc.stdout
    assert "\\x1b[2J" in proc.stdout
    assert "[bold red]Sam[/]" in proc.stdout
