"""The client half of ``declint server --daemon``: hand this run to the resident server.

Imported by the ``declint`` command before anything else, so it imports only the standard
library and never spaCy or Rich: with a warm server the whole process is an interpreter
start, a connect and a wait. Any doubt (no server, a dead one's stale socket, a server of
another install or pipeline, a folder others could reach) means None: the caller lints in
its own process, with the same output, never an error.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys

from declint.cli import rundir
from declint.cli.wire import Channel

# typing stays unimported on the client path (about 2 ms); mypy reads this as typing's.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

#: How long to wait for the server to take the run before linting here instead.
ACCEPT_TIMEOUT = 5.0
#: The server never takes these: they start, stop or query it, or are the LSP on stdio.
LOCAL_COMMANDS = ("server",)


def wanted(argv: list[str], environ: os._Environ[str] | dict[str, str] = os.environ) -> bool:
    if environ.get("DECLINT_NO_DAEMON", "") not in ("", "0"):
        return False
    if argv and argv[0] in LOCAL_COMMANDS:
        return False
    options = argv[: argv.index("--")] if "--" in argv else argv
    return "--no-daemon" not in options and os.name == "posix" and hasattr(socket, "send_fds")


def model_of(argv: list[str]) -> str:
    """The pipeline ``--model`` names, else the default; a config file's choice is the server's
    to honour (its worker loads that pipeline like an in-process run would)."""
    from declint.nlp.model import DEFAULT_MODEL

    model = DEFAULT_MODEL
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--model" and i + 1 < len(argv):
            model = argv[i + 1]
        elif arg.startswith("--model="):
            model = arg.split("=", 1)[1]
    return model


def _streams() -> dict[str, Any]:
    return {
        name: [getattr(stream, "encoding", None), getattr(stream, "errors", None)]
        for name, stream in (("stdin", sys.stdin), ("stdout", sys.stdout), ("stderr", sys.stderr))
    }


def connect() -> socket.socket | None:
    try:
        where = rundir.private_folder(create=False)
    except (rundir.UnsafeRunDir, OSError):
        return None
    if where is None:
        return None
    path = rundir.socket_path(where)
    if not os.path.exists(path):
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(ACCEPT_TIMEOUT)
    try:
        sock.connect(path)
    except OSError:  # refused: a dead server's socket; or gone since the check
        sock.close()
        return None
    return sock


def run_on_server(argv: list[str]) -> int | None:
    """The exit code of this run done by the server, or None to run it here."""
    if not wanted(argv):
        return None
    sock = connect()
    if sock is None:
        return None
    with sock:
        channel = Channel(sock)
        from declint.cli.identity import identity

        request = {
            "op": "run",
            "identity": identity(model_of(argv)),
            "argv0": sys.argv[0] if sys.argv else "declint",
            "argv": argv,
            "env": dict(os.environ),
            "streams": _streams(),
        }
        try:
            request["cwd"] = os.getcwd()
            channel.send(request, fds=(0, 1, 2))
            reply, _ = channel.receive()
        except (OSError, ValueError):
            return None
        if not reply or not reply.get("ok"):
            return None
        sock.settimeout(None)
        return _wait(channel, int(reply["pid"]))


def _wait(channel: Channel, worker: int) -> int:
    """Wait for the worker's exit code; Ctrl-C here is Ctrl-C there, as in a local run."""
    while True:
        try:
            message, _ = channel.receive()
            break
        except KeyboardInterrupt:
            with contextlib.suppress(OSError):
                os.kill(worker, signal.SIGINT)
        except (OSError, ValueError):
            message = None
            break
    if message is None or "exit" not in message:
        sys.stderr.write("declint: the server's worker stopped before the run finished\n")
        return 2
    return int(message["exit"])
