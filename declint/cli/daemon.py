"""The resident server behind ``declint server --daemon``.

One background process loads the pipeline, lints a warm-up draft (so that the spelling list,
entity recognition and every reporter are in memory) and then waits on a Unix socket in a
folder only its user can open. Each run a client hands over is done in a child forked for
it: the child takes the client's stdin, stdout and stderr, working folder and environment,
and calls the same ``declint.cli.entry.main`` an in-process run calls. Forking keeps every
run apart (streams, ``os.environ``, the working folder, a crash) while sharing the warm
pipeline copy-on-write, and lets runs from several terminals go side by side.

The server exits after ``idle`` seconds without a run, on ``declint server --stop``, or when
its lock is taken over by a newer server of another identity.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import io
import os
import select
import signal
import socket
import struct
import sys
import time
import traceback
from typing import Any

from declint import __version__
from declint.cli import rundir
from declint.cli.identity import identity
from declint.cli.wire import Channel

# A draft of our own (names, companies, trade words, a misspelling) for the warm-up lint: it
# walks the paths a real draft walks, entity recognition and the full spelling list included.
_WARM_UP = (
    "Dear Ms. Okonkwo,\n\n"
    "Thank you for inviting me to interview for the Senior DevOps Engineer role at Halvorsen "
    "Logistics. After a lot of thougth I have accepted an offer from Brightwater Analytics in "
    "Tromsø, so I must withdraw from the process. I enjoyed hearing about your Kubernetes "
    "migration and the on-call rota Mr. Vasquez-Thorne and your SRE team have built.\n\n"
    "I wish you and the team every success with the search.\n\n"
    "Kind regards,\nPriya Raghunathan\n"
)


class _Stop(Exception):
    """A client asked the server to stop."""


def _peer_is_us(conn: socket.socket) -> bool:
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:  # no peer credentials here; the 0700 folder is the guard
        return True
    creds = conn.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    uid: int = struct.unpack("3i", creds)[1]
    return uid == os.getuid()


def _text_stream(fd: int, writing: bool, spec: list[Any] | None) -> io.TextIOWrapper:
    """A stream over the client's descriptor, made the way Python makes sys.stdout."""
    encoding, errors = (spec or [None, None])[:2]
    raw = io.FileIO(fd, "w" if writing else "r", closefd=False)
    buffered: Any = io.BufferedWriter(raw) if writing else io.BufferedReader(raw)
    line_buffering = fd == 2 or (fd == 1 and raw.isatty())
    return io.TextIOWrapper(
        buffered,
        encoding=encoding or "utf-8",
        errors=errors or ("backslashreplace" if fd == 2 else "strict"),
        newline="\n",
        line_buffering=line_buffering,
    )


def _exit_status(code: object) -> int:
    """What the interpreter makes of ``sys.exit(code)``."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")
    return 1


def _lint(argv: list[str]) -> int:
    from declint.cli.entry import main

    try:
        return main(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return _exit_status(exc.code)


class Server:
    def __init__(self, model: str, idle: float) -> None:
        self.model = model
        self.idle = idle
        self.identity: dict[str, str] = {}
        self.started = time.time()
        self.served = 0
        self.children: set[int] = set()
        self.listener: socket.socket | None = None
        #: A worker forked ahead of the next run, with its pid and the link it takes the run on.
        self.spare: tuple[int, socket.socket] | None = None
        #: The lock file's descriptor, which workers must not keep: a new server waits for it.
        self.lock_fd: int | None = None
        #: The drafts the last runs named, latest first, which the next spare lints ahead
        #: (declint/cli/recent.py).
        self.recent: tuple[str, ...] = ()
        #: ``DECLINT_READ_AHEAD=0`` where the server starts turns the read-ahead off.
        self.read_ahead = os.environ.get("DECLINT_READ_AHEAD", "1") != "0"

    def warm_up(self) -> None:
        """Load here what runs load lazily, so that every forked worker starts warm."""
        from declint.nlp.pipeline import entity_recogniser, load_pipeline
        from declint.nlp.preload import load_word_lists

        # What the warm-up draft should reach anyway, and what only some drafts need; named,
        # so that a change to the rules or the draft cannot quietly leave every run cold.
        load_word_lists()
        entity_recogniser(load_pipeline(self.model))
        self._lint_quietly(("text", "json"))
        from declint.cli import entry
        from declint.ruleapi.registry import load_registry

        registry = load_registry()
        # Built-in rules resolve to their classes on first use: here, once, not in every worker.
        for rule_id in registry.rules:
            registry.rules.get(rule_id)
        entry.preloaded_registry = registry

    def _lint_quietly(self, formats: tuple[str, ...], text: bytes = _WARM_UP.encode("utf-8"), name: str = "") -> None:
        saved = sys.stdin, sys.stdout, sys.stderr
        sys.stdin = io.TextIOWrapper(io.BytesIO(text))
        sys.stdout = sys.stderr = io.StringIO()
        named = ["--stdin-filename", name] if name else []
        try:
            for fmt in formats:
                sys.stdin.seek(0)
                _lint(["--no-cache", "--jobs", "1", "--model", self.model, "--format", fmt, *named, "-"])
        finally:
            sys.stdin, sys.stdout, sys.stderr = saved

    def _lint_recent(self) -> None:
        """In a spare: lint the last run's drafts, unseen, so that the caches keyed on their
        words are warm for the edit-and-lint loop's next run (declint/cli/recent.py)."""
        from declint.cli.recent import read_draft

        for path in self.recent:
            data = read_draft(path)
            if data is None:
                continue
            try:
                self._lint_quietly(("text",), data, os.path.basename(path))
            except Exception:  # a draft that breaks a run breaks the run itself, not the spare
                continue

    def status(self) -> dict[str, Any]:
        return {
            "ok": True,
            "pid": os.getpid(),
            "version": __version__,
            "model": self.model,
            "identity": self.identity,
            "started": self.started,
            "idle_timeout": self.idle,
            "served": self.served,
            "running": len(self.children),
            "spare": self._spare_state(),
        }

    def _spare_state(self) -> str:
        """"ready" once the next run's worker has warmed up (and read ahead), "warming"
        before, "none" between a run's end and the next fork."""
        if self.spare is None:
            return "none"
        ready, _, _ = select.select([self.spare[1]], [], [], 0)
        return "ready" if ready else "warming"

    def serve(self, where: str) -> None:
        self.identity = identity(self.model)
        path = rundir.socket_path(where)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)
        try:
            listener.bind(path)
        finally:
            os.umask(old)
        listener.listen(64)
        self.listener = listener
        mine = os.stat(path).st_ino
        last = time.monotonic()
        try:
            while True:
                self._reap()
                if self.children:
                    last = time.monotonic()
                elif self.spare is None:
                    self._fork_spare()
                left = self.idle - (time.monotonic() - last)
                if left <= 0:
                    break
                # While runs go on, look often: a finished one is reaped and a spare forked soon.
                listener.settimeout(min(left, 0.05 if self.children else 1.0))
                try:
                    conn, _ = listener.accept()
                except TimeoutError:
                    continue
                try:
                    if self._handle(conn):
                        last = time.monotonic()
                except _Stop:
                    break
                except (OSError, ValueError):
                    pass
                finally:
                    conn.close()
        finally:
            listener.close()
            if self.spare is not None:
                self.spare[1].close()  # the spare sees the link close and exits
            # Only our own socket: a newer server may already have bound a new one there.
            with contextlib.suppress(OSError):
                if os.stat(path).st_ino == mine:
                    os.unlink(path)

    def _reap(self) -> None:
        for pid in list(self.children):
            with contextlib.suppress(ChildProcessError):
                done, _ = os.waitpid(pid, os.WNOHANG)
                if not done:
                    continue
            self.children.discard(pid)

    def _handle(self, conn: socket.socket) -> bool:
        """Answer one connection; True when it was a run (a status check keeps nobody's server alive)."""
        conn.settimeout(5.0)
        if not _peer_is_us(conn):
            return False
        channel = Channel(conn)
        request, fds = channel.receive(maxfds=3)
        try:
            if request is None:
                return False
            op = request.get("op")
            if op == "status":
                channel.send(self.status())
            elif op == "stop":
                channel.send({"ok": True, "pid": os.getpid()})
                raise _Stop
            elif op == "run":
                if request.get("identity") != self.identity:
                    channel.send({"ok": False, "why": "another declint install or pipeline"})
                elif len(fds) != 3:
                    channel.send({"ok": False, "why": "stdin, stdout and stderr did not arrive"})
                else:
                    from declint.cli.entry import SUBCOMMANDS
                    from declint.cli.recent import named_drafts, recent_drafts

                    if self.read_ahead:
                        named = named_drafts(list(request["argv"]), str(request["cwd"]), SUBCOMMANDS)
                        self.recent = recent_drafts(named, self.recent)
                    pid = self._hand_to_spare(conn, request, fds)
                    if pid is None:
                        pid = os.fork()
                        if pid == 0:
                            self._worker(channel, request, fds)  # never returns
                    self.children.add(pid)
                    self.served += 1
                    return True
            else:
                channel.send({"ok": False, "why": f"unknown request {op!r}"})
            return False
        finally:
            for fd in fds:
                os.close(fd)

    def _drop_inherited(self) -> None:
        """In a forked worker: let go of the server's listening socket and lock."""
        if self.listener is not None:
            self.listener.close()
        if self.lock_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.lock_fd)
            self.lock_fd = None
        if self.spare is not None:
            self.spare[1].close()
            self.spare = None

    def _fork_spare(self) -> None:
        """Fork the next run's worker now, while nobody waits.

        Forking a process with the pipeline loaded takes tens of milliseconds, and its first
        lint copies the thousands of shared pages it writes to. The spare pays both before a
        client arrives: it lints the warm-up draft once, then waits for a run.
        """
        link, far = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        pid = os.fork()
        if pid == 0:
            link.close()
            try:
                self._drop_inherited()
                self._lint_quietly(("text",))
                self._lint_recent()
                far.sendall(b"r")  # ready
                request, fds = Channel(far).receive(maxfds=4)
            except BaseException:
                os._exit(0)
            if request is None or len(fds) != 4:
                os._exit(0)
            far.close()
            self._worker(Channel(socket.socket(fileno=fds[0])), request, fds[1:])  # never returns
        far.close()
        self.spare = (pid, link)

    def _hand_to_spare(self, conn: socket.socket, request: dict[str, Any], fds: list[int]) -> int | None:
        """The spare's pid once it has the run, or None when there is no spare to take it."""
        if self.spare is None:
            return None
        pid, link = self.spare
        ready, _, _ = select.select([link], [], [], 0)
        if not ready:  # still warming: a fresh fork answers sooner than waiting for it
            return None
        self.spare = None
        try:
            if link.recv(1) != b"r":
                raise OSError("the spare worker closed its link")
            Channel(link).send(request, fds=[conn.fileno(), *fds])
        except OSError:  # the spare died: reap it and fork afresh
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
            return None
        finally:
            link.close()
        return pid

    def _worker(self, channel: Channel, request: dict[str, Any], fds: list[int]) -> None:
        code = 1
        started = False
        try:
            self._drop_inherited()
            channel.sock.settimeout(None)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.chdir(request["cwd"])
            for target, fd in enumerate(fds):
                os.dup2(fd, target)
            for fd in fds:  # keep only the copies on 0, 1 and 2, which the run's end closes
                if fd > 2:
                    os.close(fd)
            streams = request.get("streams") or {}
            for fd, name in enumerate(("stdin", "stdout", "stderr")):
                stream = _text_stream(fd, fd > 0, streams.get(name))
                setattr(sys, name, stream)
                setattr(sys, f"__{name}__", stream)
            os.environ.clear()
            os.environ.update(request["env"])
            sys.argv = [str(request.get("argv0", "declint")), *request["argv"]]
            channel.send({"ok": True, "pid": os.getpid()})
            started = True
            code = _lint(list(request["argv"]))
        except BaseException:
            if started:
                # What an uncaught error in a local run prints; then exit 1, as Python does.
                with contextlib.suppress(Exception):
                    traceback.print_exc()
            else:
                with contextlib.suppress(Exception):
                    channel.send({"ok": False, "why": "the worker could not start"})
        finally:
            for name in ("stdout", "stderr"):
                with contextlib.suppress(Exception):
                    getattr(sys, name).flush()
            # Let go of the client's streams before saying the run is over: a process this size
            # takes milliseconds to exit, and whatever reads the client's output (a pipe, a
            # $(...), a pager) waits until every copy of it is closed, this one included.
            os.closerange(0, 3)
            if started:
                with contextlib.suppress(Exception):
                    channel.send({"exit": code})
            os._exit(0)


def _terminate(signum: int, frame: object) -> None:
    raise SystemExit(0)  # unwinds through serve(), which removes the socket


def run(model: str, idle: float) -> int:
    """The background process's body: take the lock, warm up, serve until idle or stopped."""
    # A draft's matrices are small: BLAS threads only add wake-ups, and a process with
    # threads should not fork. Set before numpy loads; the user's own setting wins.
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    where = rundir.private_folder(create=True)
    assert where is not None
    with open(rundir.lock_path(where), "a", opener=lambda path, flags: os.open(path, flags, 0o600)) as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            sys.stderr.write("declint: another declint server holds the lock\n")
            return 1
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, _terminate)
        server = Server(model, idle)
        server.lock_fd = lock.fileno()
        server.warm_up()
        # Objects that live as long as the server never move again: the collector in each
        # worker skips them instead of touching (and so copying) every page they sit on.
        gc.freeze()
        server.serve(where)
    return 0


def main() -> None:
    """``python -c 'from declint.cli.daemon import main; main()' MODEL IDLE``, started detached."""
    model, idle = sys.argv[1], float(sys.argv[2])
    sys.exit(run(model, idle))
