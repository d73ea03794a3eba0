"""``declint server --daemon``, ``--stop`` and ``--status``: start, stop and ask the server."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from typing import Any

from declint.cli import rundir
from declint.cli.client import connect
from declint.cli.identity import identity
from declint.cli.wire import Channel
from declint.core.exitcodes import ExitCode

#: How long the first load of the pipeline may take before --daemon gives up waiting.
READY_TIMEOUT = 180.0


def ask(op: str) -> dict[str, Any] | None:
    """The running server's answer to ``op``, or None when none answers."""
    sock = connect()
    if sock is None:
        return None
    with sock:
        channel = Channel(sock)
        try:
            channel.send({"op": op})
            reply, _ = channel.receive()
        except (OSError, ValueError):
            return None
    return reply


def _wait_gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ask("status") is None:
            return True
        time.sleep(0.05)
    return False


def start(model: str, idle: float) -> ExitCode:
    try:
        where = rundir.private_folder(create=True)
    except (rundir.UnsafeRunDir, OSError) as exc:
        sys.stderr.write(f"declint: cannot start a server: {exc}\n")
        return ExitCode.ERROR
    assert where is not None
    wanted = identity(model)
    running = ask("status")
    if running is not None:
        if running.get("identity") == wanted and running.get("idle_timeout") == idle:
            print(f"declint server already running (pid {running['pid']}, {rundir.socket_path(where)})")
            return ExitCode.OK
        # Another version, install, pipeline or idle time: replace it.
        ask("stop")
        if not _wait_gone(int(running["pid"])):
            sys.stderr.write(f"declint: the running server (pid {running['pid']}) did not stop\n")
            return ExitCode.ERROR
    log = rundir.log_path(where)
    with open(log, "w", opener=_private_open) as out:
        process = subprocess.Popen(
            [sys.executable, "-c", "from declint.cli.daemon import main; main()", model, repr(float(idle))],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=out,
            cwd="/",
            start_new_session=True,
            close_fds=True,
        )
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        reply = ask("status")
        if reply is not None and reply.get("pid") == process.pid:
            print(f"declint server running (pid {process.pid}, {rundir.socket_path(where)})")
            return ExitCode.OK
        if process.poll() is not None:
            with open(log, encoding="utf-8", errors="replace") as written:
                detail = written.read().strip().splitlines()
            reason = detail[-1] if detail else f"exit status {process.returncode}"
            sys.stderr.write(f"declint: the server did not start: {reason} (log: {log})\n")
            return ExitCode.ERROR
        time.sleep(0.05)
    sys.stderr.write(f"declint: the server did not answer within {READY_TIMEOUT:.0f} s (log: {log})\n")
    return ExitCode.ERROR


def _private_open(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


def stop() -> ExitCode:
    reply = ask("stop")
    if reply is None:
        print("no declint server running")
        return ExitCode.OK
    _wait_gone(int(reply["pid"]))
    print(f"declint server stopped (pid {reply['pid']})")
    return ExitCode.OK


def status(model: str) -> ExitCode:
    """Exit 0 when a server this declint would use is running, 1 otherwise."""
    reply = ask("status")
    if reply is None:
        print("no declint server running")
        return ExitCode.FINDINGS
    uptime = time.time() - float(reply["started"])
    usable = reply.get("identity") == identity(model)
    print(
        f"declint server running (pid {reply['pid']}): declint {reply['version']}, pipeline {reply['model']}, "
        f"up {uptime:.0f} s, {reply['served']} runs, exits after {reply['idle_timeout']:.0f} s idle"
    )
    if not usable:
        print("it is another declint install, version or pipeline than this one: runs here do not use it")
        return ExitCode.FINDINGS
    return ExitCode.OK
