"""``declint server``: the language server for editors, over stdio."""

from __future__ import annotations

import argparse
import os

from declint.core.exitcodes import ExitCode


def server_command(argv: list[str]) -> ExitCode:
    parser = argparse.ArgumentParser(
        prog="declint server",
        description="Run the declint language server on stdin and stdout (LSP). "
        "Editors start it; see docs/editors.md.",
    )
    parser.add_argument(
        "--debounce",
        type=int,
        default=200,
        metavar="MS",
        help="wait this long after the last keystroke before linting (default: 200)",
    )
    # Some clients always pass --stdio; stdio is the only transport, so it is accepted and ignored.
    parser.add_argument("--stdio", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.debounce < 0:
        parser.error("--debounce must be 0 or more")
    # A draft's matrices are small: BLAS worker threads only add wake-up latency after each
    # pause in typing (measured: median 68 -> 55 ms per lint on 2 cores), and they compete
    # with the editor. Set before numpy loads; the user's own setting wins.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    from declint.lsp.app import build_server

    server = build_server(args.debounce / 1000)
    server.start_io()
    # The protocol: exit (or the end of input) without shutdown first is an error, exit 1.
    return ExitCode.OK if server.shut_down else ExitCode.FINDINGS
