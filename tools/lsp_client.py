"""A small LSP client for driving ``declint server`` as a real process over stdio.

JSON-RPC with Content-Length framing, written out here rather than taken from pygls so the
test checks the wire format an editor sees. A reader thread collects messages; every wait
has a timeout so a misbehaving server fails a test instead of hanging it.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

Message = dict[str, Any]


class ServerError(Exception):
    """The server died, answered with an error, or did not answer in time."""


class LspClient:
    def __init__(
        self,
        command: Sequence[str] | None = None,
        cwd: str | Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        cmd = list(command or [sys.executable, "-m", "declint", "server"])
        # ``env`` replaces the inherited environment (tests use it to block sockets).
        env = dict(os.environ if env is None else env, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env
        )
        self._next_id = 0
        self._inbox: queue.Queue[tuple[float, Message] | None] = queue.Queue()
        #: Messages read but not yet claimed by a wait, in arrival order.
        self.backlog: list[tuple[float, Message]] = []
        self.stderr_lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    # --- wire -------------------------------------------------------------------------
    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        try:
            while True:
                length = None
                while True:
                    line = out.readline()
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.decode("ascii").partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                if length is None:
                    raise ServerError("a message without Content-Length")
                body = out.read(length)
                self._inbox.put((time.perf_counter(), json.loads(body)))
        finally:
            self._inbox.put(None)

    def _drain_stderr(self) -> None:
        assert self.proc.stderr is not None
        for raw in self.proc.stderr:
            self.stderr_lines.append(raw.decode("utf-8", "replace"))

    def send(self, message: Message) -> float:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.proc.stdin is not None
        sent = time.perf_counter()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()
        return sent

    def notify(self, method: str, params: Any) -> float:
        return self.send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = 30) -> Any:
        self._next_id += 1
        rid = self._next_id
        self.send({"id": rid, "method": method, "params": params})
        _, reply = self.wait_for(lambda m: m.get("id") == rid and "method" not in m, timeout)
        if "error" in reply:
            raise ServerError(f"{method} failed: {reply['error']}")
        return reply.get("result")

    # --- waiting ----------------------------------------------------------------------
    def wait_for(self, match: Callable[[Message], bool], timeout: float) -> tuple[float, Message]:
        """The first message (backlog first) that ``match``es, with the time it arrived."""
        for i, (at, message) in enumerate(self.backlog):
            if match(message):
                del self.backlog[i]
                return at, message
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ServerError(f"timed out after {timeout}s; stderr: {''.join(self.stderr_lines)[-2000:]}")
            try:
                item = self._inbox.get(timeout=left)
            except queue.Empty:
                continue
            if item is None:
                raise ServerError(f"server closed its output; stderr: {''.join(self.stderr_lines)[-2000:]}")
            at, message = item
            if message.get("method") in _SERVER_REQUESTS and "id" in message:
                # Registration requests and the like: answer so the server is not kept waiting.
                self.send({"id": message["id"], "result": None})
            if match(message):
                return at, message
            self.backlog.append(item)

    def drain(self) -> list[tuple[float, Message]]:
        """Move every message that has arrived into the backlog, without waiting; return it."""
        while True:
            try:
                item = self._inbox.get_nowait()
            except queue.Empty:
                return self.backlog
            if item is None:
                self._inbox.put(None)  # Keep the end-of-stream marker for later waits.
                return self.backlog
            self.backlog.append(item)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 60) -> tuple[float, Message]:
        """The next publishDiagnostics for ``uri`` (for ``version`` when given)."""

        def match(m: Message) -> bool:
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            return version is None or m["params"].get("version") == version

        return self.wait_for(match, timeout)

    # --- lifecycle --------------------------------------------------------------------
    def initialize(self, root: Path | None = None, capabilities: Message | None = None) -> Any:
        result = self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri() if root else None,
                "capabilities": capabilities or {},
            },
        )
        self.notify("initialized", {})
        return result

    def shutdown(self, timeout: float = 15) -> int:
        try:
            self.request("shutdown", None, timeout)
            self.notify("exit", None)
            return self.proc.wait(timeout)
        finally:
            self.close()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


_SERVER_REQUESTS = {"client/registerCapability", "window/workDoneProgress/create", "workspace/configuration"}
