"""``declint server --daemon``: a run the resident server answers prints exactly what a run in
the user's own process prints, with the same exit code; without a usable server the run
happens in-process, never an error.

Every comparison runs the same command twice, once through the server and once with
``DECLINT_NO_DAEMON=1``, and checks the server's run counter, so a silent fallback cannot
pass for a served run.
"""

from __future__ import annotations

import fcntl
import os
import pty
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import termios
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import Ran, wait_for_exit
from declint.cli import launch, rundir
from declint.cli.daemon_control import ask
from declint.cli.entry import main
from declint.cli.identity import identity
from declint.nlp.pipeline import DEFAULT_MODEL
from declint.reporters import REPORTERS

DRAFT = (
    "Hi Mr. Castellanos,\n\n"
    "Thanks so much for the invite to interview for the Staff Data Engineer role at Norrland Freight. "
    "Unfortunatly I have signed with Quillfeather Labs, so I wont be continuing. Your Airflow setup and "
    "the dbt models your team showed me were great great fun to hear about.\n\n"
    "Cheers,\nAnneliese Van der Berg\n"
)
CLEANER = (
    "Dear Dr. Abernathy,\n\n"
    "Thank you for inviting me to interview for the Payroll Analyst position at Kestrel & Finch. "
    "After careful thought I have accepted another offer, so I must withdraw my application. "
    "I enjoyed learning about your reconciliation work and hope our paths cross again.\n\n"
    "Best regards,\nTomasz Wierzbicki\n"
)
COMMAND = [sys.executable, "-m", "declint"]


def _runtime_dir() -> Path:
    # Short, under /tmp: a Unix socket's path must stay under about 100 bytes.
    where = Path(tempfile.mkdtemp(prefix="dlt", dir="/tmp"))
    where.chmod(0o700)
    return where


def declint(*args: str, stdin: bytes = b"", cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    proc = subprocess.run(
        [*COMMAND, *args], input=stdin, capture_output=True, timeout=180, cwd=cwd, env=env or dict(os.environ)
    )
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def server_dir() -> Iterator[Path]:
    where = _runtime_dir()
    env = {**os.environ, "XDG_RUNTIME_DIR": str(where)}
    started = subprocess.run(
        [*COMMAND, "server", "--daemon", "--idle-timeout", "600"], capture_output=True, text=True, env=env, timeout=240
    )
    assert started.returncode == 0, started.stderr
    yield where
    stopped = subprocess.run([*COMMAND, "server", "--stop"], capture_output=True, text=True, env=env, timeout=60)
    assert stopped.stdout.startswith("declint server stopped"), stopped
    shutil.rmtree(where, ignore_errors=True)


@pytest.fixture
def served(server_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(server_dir))
    monkeypatch.delenv("DECLINT_NO_DAEMON", raising=False)
    yield


def _runs() -> int:
    reply = ask("status")
    assert reply is not None, "the server is not running"
    return int(reply["served"])


def both(*args: str, cwd: Path, stdin: bytes = b"", env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """The run through the server, checked identical to an in-process run of the command."""
    env = {**os.environ, **(env or {})}
    before = _runs()
    remote = declint(*args, stdin=stdin, cwd=cwd, env=env)
    assert _runs() == before + 1, "the server did not take the run"
    local = declint(*args, stdin=stdin, cwd=cwd, env={**env, "DECLINT_NO_DAEMON": "1"})
    assert _runs() == before + 1, "DECLINT_NO_DAEMON=1 still used the server"
    assert remote == local
    return local


@pytest.fixture
def same(run_declint: Callable[..., Ran]) -> Callable[..., tuple[int, str, str]]:
    """Like ``both``, with the in-process side run by ``main`` in this process (its pipeline is
    already loaded, so the many cases below cost one process each, not two)."""

    def compare(*args: str, cwd: Path, stdin: bytes = b"", env: dict[str, str] | None = None) -> tuple[int, str, str]:
        before = _runs()
        remote = declint(*args, stdin=stdin, cwd=cwd, env={**os.environ, **(env or {})})
        assert _runs() == before + 1, "the server did not take the run"
        local = run_declint(*args, cwd=cwd, stdin=stdin, env=env)
        assert _runs() == before + 1
        assert remote == (local.returncode, local.stdout, local.stderr)
        return remote

    return compare


@pytest.fixture
def launch_here(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """The ``declint`` command's own entry point (ask the server, else lint here) run in this
    process: for runs the server must not take, whose lint then happens here, where the
    pipeline is loaded already. (Where a server is up, ``_served_from_here`` shows first that
    it would take a run from this process, so a refusal is about the case under test.)"""

    def run(*args: str, cwd: Path) -> tuple[int, str, str]:
        with monkeypatch.context() as patch:
            patch.chdir(cwd)
            patch.setattr(sys, "argv", ["declint", *args])
            capsys.readouterr()
            code = launch.main()
            out, err = capsys.readouterr()
        return code, out, err

    return run


def _served_from_here() -> None:
    """The running server sees this process's install and pipeline as a fresh ``declint``'s."""
    running = ask("status")
    assert running is not None and running["identity"] == identity(DEFAULT_MODEL)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEANER, encoding="utf-8")
    return tmp_path


@pytest.mark.usefixtures("served")
@pytest.mark.parametrize("fmt", sorted(REPORTERS))
def test_every_format_is_identical(same: Callable[..., tuple[int, str, str]], folder: Path, fmt: str) -> None:
    code, out, _ = same("--no-cache", "--format", fmt, "draft.txt", cwd=folder)
    assert code == 1 and "spelling" in out


@pytest.mark.usefixtures("served")
@pytest.mark.parametrize(
    "args",
    [
        ("--exit-zero", "--statistics", "draft.txt", "clean.txt"),
        ("--template", "--format", "json", "."),
        ("--jobs", "2", "--format", "concise", "draft.txt", "clean.txt"),
    ],
    ids=["exit-zero-statistics", "folder", "jobs"],
)
def test_options_are_identical(same: Callable[..., tuple[int, str, str]], folder: Path, args: tuple[str, ...]) -> None:
    same("--no-cache", *args, cwd=folder)


@pytest.mark.usefixtures("served")
def test_cached_runs_are_identical(same: Callable[..., tuple[int, str, str]], folder: Path) -> None:
    first = same("--format", "concise", "draft.txt", cwd=folder)
    assert first[0] == 1 and "draft.txt:" in first[1]


@pytest.mark.usefixtures("served")
def test_stdin_is_identical(same: Callable[..., tuple[int, str, str]], folder: Path) -> None:
    code, out, _ = same(
        "--no-cache", "-", "--stdin-filename", "reply.md", "--format", "concise", cwd=folder, stdin=DRAFT.encode()
    )
    assert code == 1 and out.startswith("reply.md:")


@pytest.mark.usefixtures("served")
def test_config_file_and_working_folder_are_the_clients(same: Callable[..., tuple[int, str, str]], folder: Path) -> None:
    (folder / ".declint.toml").write_text('[rules.closing]\nseverity = "error"\n', encoding="utf-8")
    (folder / "other.toml").write_text('[rules.spelling]\nseverity = "info"\n', encoding="utf-8")
    found = same("--no-cache", "--format", "json", "draft.txt", cwd=folder)
    assert '"severity": "error"' in found[1]
    named = same("--no-cache", "--format", "json", "--config", "other.toml", "draft.txt", cwd=folder)
    assert '"severity": "info"' in named[1] and named[1] != found[1]


@pytest.mark.usefixtures("served")
@pytest.mark.parametrize(
    "env",
    [{"GITHUB_ACTIONS": "true"}, {"FORCE_COLOR": "1", "COLUMNS": "60"}, {"NO_COLOR": "1", "FORCE_COLOR": "1"}],
    ids=["github-actions", "force-color", "no-color"],
)
def test_the_clients_environment_decides(same: Callable[..., tuple[int, str, str]], folder: Path, env: dict[str, str]) -> None:
    code, out, _ = same("--no-cache", "draft.txt", cwd=folder, env=env)
    assert code == 1
    if "GITHUB_ACTIONS" in env:
        assert out.startswith("::warning ")
    else:
        # NO_COLOR drops colours (yellow warnings), not bold or dim.
        assert ("\x1b[33m" in out) == ("NO_COLOR" not in env)


@pytest.mark.usefixtures("served")
def test_bad_input_is_identical(same: Callable[..., tuple[int, str, str]], folder: Path) -> None:
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    missing = same("--no-cache", "nope.txt", cwd=folder)
    assert missing[0] == 2 and "nope.txt" in missing[2]
    binary = same("--no-cache", "image.txt", "draft.txt", cwd=folder)
    assert binary[0] == 2 and "image.txt" in binary[2] and "draft.txt" in binary[1]
    assert same("--select", "no-such-rule", "draft.txt", cwd=folder)[0] == 2
    # No drafts named, stdin an empty pipe on both sides: "is empty", exit 2.
    assert both(cwd=folder)[0] == 2
    assert same("--no-such-option", cwd=folder)[0] == 2


@pytest.mark.usefixtures("served")
@pytest.mark.parametrize("args", [("--help",), ("--version",), ("rules",), ("explain", "closing")])
def test_help_version_and_subcommands_are_identical(folder: Path, args: tuple[str, ...]) -> None:
    assert both(*args, cwd=folder)[0] == 0


def _on_a_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> tuple[int, bytes]:
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    proc = subprocess.Popen([*COMMAND, *args], stdin=follower, stdout=follower, stderr=follower, cwd=cwd, env=env)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: every writer has closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(leader)
    return proc.wait(timeout=180), out


@pytest.mark.usefixtures("served")
def test_a_terminal_gets_the_same_colours_and_width(folder: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "COLUMNS")}
    env["TERM"] = "xterm-256color"
    before = _runs()
    remote = _on_a_terminal(["--no-cache", "draft.txt"], folder, env)
    assert _runs() == before + 1
    local = _on_a_terminal(["--no-cache", "draft.txt"], folder, {**env, "DECLINT_NO_DAEMON": "1"})
    assert remote == local
    assert remote[0] == 1 and b"\x1b[" in remote[1]


@pytest.mark.usefixtures("served")
def test_no_daemon_flag_lints_in_process(folder: Path, launch_here: Callable[..., tuple[int, str, str]]) -> None:
    _served_from_here()
    before = _runs()
    code, out, _ = launch_here("--no-daemon", "--no-cache", "--format", "concise", "draft.txt", cwd=folder)
    assert _runs() == before and code == 1 and "spelling" in out


@pytest.mark.usefixtures("served")
def test_another_pipeline_is_not_served(folder: Path, launch_here: Callable[..., tuple[int, str, str]]) -> None:
    _served_from_here()
    before = _runs()
    code, _, err = launch_here("--model", "no_such_pipeline", "draft.txt", cwd=folder)
    assert _runs() == before, "a server of another pipeline took the run"
    assert code == 2 and "no_such_pipeline" in err


@pytest.mark.usefixtures("served")
def test_a_server_older_than_an_install_is_not_served(
    folder: Path, launch_here: Callable[..., tuple[int, str, str]]
) -> None:
    # Installing or removing any distribution changes its site-packages folder's mtime; the
    # server, started before, could be running code or plugins that are no longer there.
    site = next(p for p in sys.path if p.endswith(("site-packages", "dist-packages")) and os.path.isdir(p))
    stamp = os.stat(site)
    _served_from_here()
    before = _runs()
    try:
        os.utime(site, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000_000))
        stale = launch_here("--no-cache", "--format", "concise", "draft.txt", cwd=folder)
        assert _runs() == before, "a server older than the install took the run"
    finally:
        os.utime(site, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert stale[0] == 1 and "spelling" in stale[1]
    declint("--no-cache", "--format", "concise", "draft.txt", cwd=folder)
    assert _runs() == before + 1, "the server was not used again once the install matched"


@pytest.mark.usefixtures("served")
def test_the_client_imports_neither_spacy_nor_rich(folder: Path, tmp_path: Path) -> None:
    report = tmp_path / "modules.txt"
    script = (
        "import sys\n"
        "from declint.cli.client import run_on_server\n"
        "code = run_on_server(['--no-cache', '--format', 'concise', 'draft.txt'])\n"
        f"open({str(report)!r}, 'w').write(repr((code, sorted(m for m in ('spacy', 'rich', 'thinc', 'numpy') "
        "if m in sys.modules))))\n"
    )
    before = _runs()
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=folder, timeout=60)
    assert _runs() == before + 1
    assert report.read_text() == "(1, [])"
    assert "spelling" in proc.stdout


def test_a_dead_servers_socket_means_an_in_process_run(
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    run_declint: Callable[..., Ran],
    launch_here: Callable[..., tuple[int, str, str]],
) -> None:
    where = _runtime_dir()
    try:
        (where / "declint").mkdir(mode=0o700)
        stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        stale.bind(str(where / "declint" / "server.sock"))
        stale.close()  # the file stays, nobody listens: a server killed with -9
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(where))
        monkeypatch.delenv("DECLINT_NO_DAEMON", raising=False)
        assert ask("status") is None
        served = launch_here("--no-cache", "--format", "concise", "draft.txt", cwd=folder)
        here = run_declint("--no-cache", "--format", "concise", "draft.txt", cwd=folder)
        assert served == (here.returncode, here.stdout, here.stderr)
        assert served[0] == 1 and "spelling" in served[1]
    finally:
        shutil.rmtree(where, ignore_errors=True)


def test_a_folder_others_can_open_is_refused(
    folder: Path, monkeypatch: pytest.MonkeyPatch, launch_here: Callable[..., tuple[int, str, str]]
) -> None:
    where = _runtime_dir()
    try:
        (where / "declint").mkdir(mode=0o755)
        (where / "declint").chmod(0o755)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(where))
        with pytest.raises(rundir.UnsafeRunDir, match="open to other users"):
            rundir.private_folder(create=False)
        code, out, err = declint("server", "--daemon", cwd=folder)
        assert (code, out) == (2, "") and err.count("\n") == 1 and "open to other users" in err
        code, out, err = launch_here("--no-cache", "--format", "concise", "draft.txt", cwd=folder)
        assert code == 1 and "spelling" in out and err == ""
    finally:
        shutil.rmtree(where, ignore_errors=True)


def test_replaced_by_another_and_exits_when_idle(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    where = _runtime_dir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(where))
    try:
        assert declint("server", "--daemon", "--idle-timeout", "120", cwd=folder)[0] == 0
        first = ask("status")
        assert first is not None
        code, out, _ = declint("server", "--daemon", "--idle-timeout", "2", cwd=folder)
        second = ask("status")
        assert code == 0 and second is not None and second["pid"] != first["pid"] and second["idle_timeout"] == 2
        wait_for_exit(int(second["pid"]))
        assert ask("status") is None
        assert not (where / "declint" / "server.sock").exists()
        assert declint("server", "--status", cwd=folder)[:2] == (1, "no declint server running\n")
        assert declint("server", "--stop", cwd=folder)[:2] == (0, "no declint server running\n")
    finally:
        declint("server", "--stop", cwd=folder)
        shutil.rmtree(where, ignore_errors=True)


@pytest.mark.usefixtures("served")
def test_runs_side_by_side_each_get_their_own_output(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    (folder / "other.txt").write_text(CLEANER.replace("Dr. Abernathy", "Mr. Quennell"), encoding="utf-8")
    names = ["draft.txt", "clean.txt", "other.txt", "draft.txt"]
    before = _runs()
    procs = [
        subprocess.Popen([*COMMAND, "--no-cache", "--format", "concise", name], cwd=folder, stdout=subprocess.PIPE)
        for name in names
    ]
    served = [(proc.returncode, out.decode()) for proc in procs for out in [proc.communicate(timeout=180)[0]]]
    assert _runs() == before + len(names)
    monkeypatch.chdir(folder)
    local = []
    for name in names:
        capfd.readouterr()
        code = main(["--no-cache", "--format", "concise", name])
        local.append((code, capfd.readouterr().out))
    assert served == local
    assert served[0][1].startswith("draft.txt:") and not served[1][1].startswith("draft.txt:")
