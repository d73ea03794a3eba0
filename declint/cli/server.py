"""``declint server``: the language server for editors, over stdio; with ``--daemon``, the
resident server that answers ``declint PATH`` runs (see declint/cli/daemon.py)."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys

from declint.core.exitcodes import ExitCode


def server_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="declint server",
        description="Run the declint language server on stdin and stdout (LSP). "
        "Editors start it; see docs/editors.md. With --daemon, start a resident server in the "
        "background that 'declint PATH' runs hand their work to, so they skip loading spaCy.",
    )
    resident = parser.add_mutually_exclusive_group()
    resident.add_argument(
        "--daemon",
        action="store_true",
        help="start the resident server in the background (replacing one of another version)",
    )
    resident.add_argument("--stop", action="store_true", help="stop the resident server")
    resident.add_argument(
        "--status",
        action="store_true",
        help="say whether a resident server runs; exit 1 when there is none this declint can use",
    )
    parser.add_argument(
        "--idle-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="with --daemon: exit after this long without a run (default: 1800)",
    )
    parser.add_argument("--model", default=None, help="with --daemon: the spaCy pipeline to keep loaded")
    parser.add_argument(
        "--debounce",
        type=int,
        default=200,
        metavar="MS",
        help="wait this long after the last keystroke before linting (default: 200)",
    )
    # For tests and benchmarks: buffers of more words and marks than this are linted in the
    # worker process (0: all of them); the default is declint.lsp.app.WORKER_TOKENS.
    parser.add_argument("--worker-above", type=int, default=None, metavar="TOKENS", help=argparse.SUPPRESS)
    # Some clients always pass --stdio; stdio is the only transport, so it is accepted and ignored.
    parser.add_argument("--stdio", action="store_true", help=argparse.SUPPRESS)
    return parser


def server_command(argv: list[str]) -> ExitCode:
    parser = server_parser()
    args = parser.parse_args(argv)
    if args.debounce < 0:
        parser.error("--debounce must be 0 or more")
    if (args.idle_timeout is not None or args.model is not None) and not args.daemon:
        parser.error("--idle-timeout and --model go with --daemon")
    if args.idle_timeout is not None and args.idle_timeout <= 0:
        parser.error("--idle-timeout must be more than 0")
    if (args.daemon or args.stop or args.status) and os.name != "posix":
        parser.error("--daemon, --stop and --status need Unix sockets; on this system every run is in-process")
    if args.daemon or args.stop or args.status:
        from declint.cli import daemon_control
        from declint.nlp.pipeline import DEFAULT_MODEL

        if args.stop:
            return daemon_control.stop()
        if args.status:
            return daemon_control.status(DEFAULT_MODEL)
        from declint.cli.rundir import DEFAULT_IDLE

        idle = DEFAULT_IDLE if args.idle_timeout is None else args.idle_timeout
        return daemon_control.start(args.model or DEFAULT_MODEL, idle)
    # A draft's matrices are small: BLAS worker threads only add wake-up latency after each
    # pause in typing (measured: median 68 -> 55 ms per lint on 2 cores), and they compete
    # with the editor. Set before numpy loads; the user's own setting wins.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    from declint.lsp.app import WORKER_TOKENS, build_server

    if args.worker_above is not None and args.worker_above < 0:
        parser.error("--worker-above must be 0 or more")
    server = build_server(args.debounce / 1000, WORKER_TOKENS if args.worker_above is None else args.worker_above)
    def terminated(signum: int, frame: object) -> None:
        # Not unwound through the event loop, whose cleanup may wait on a busy thread: the
        # worker process goes, then this one, at once.
        with contextlib.suppress(Exception):
            server.stop_worker()
        os._exit(int(ExitCode.TERMINATED))

    signal.signal(signal.SIGTERM, terminated)
    server.start_io()
    # The protocol: exit (or the end of input) without shutdown first is an error, exit 1.
    code = ExitCode.OK if server.shut_down else ExitCode.FINDINGS
    # Leave now. After "exit" or a SIGTERM the client may keep our stdin open, and the
    # thread blocked reading it would hold a normal interpreter exit forever; the worker
    # process is already stopped (start_io's finally).
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(int(code))
