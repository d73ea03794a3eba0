"""A slow buffer never holds up another buffer's diagnostics.

Big buffers, and those whose last lint was slow, are linted in a worker process; ordinary
drafts stay on the server's lint thread. These tests drive the real server over stdio and a
real worker process; none of them times anything: they check the order diagnostics arrive in,
which process linted, and which processes are left.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from processes import alive, children, lsp_client

from declint.formats import MAX_TOKENS, count_tokens
from declint.lsp.app import WORKER_TOKENS
from declint.lsp.jobs import Done, Job
from declint.lsp.offload import LintWorker

LspClient = lsp_client().LspClient

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

# Written for these tests. A casual greeting and stacked apologies give every path findings.
SMALL = (
    "Hey Ms. Moreau,\n\nThank you for inviting me to interview for the logistics planner role. "
    "I have accepted another offer, so I must withdraw. Sorry, sorry, I am so sorry about the timing. "
    "I hope our paths cross again.\n\nBest regards,\nRobin Castell\n"
)
_PARAGRAPH = (
    "In week {n} I compared the commute, the salary band and the team's plans for the warehouse "
    "software, and I kept coming back to the same answer, which is that the other offer suits my "
    "family better this year. "
)
# Near the token limit: a second or two to lint, where SMALL takes a few hundredths.
BIG = "Dear Ms. Moreau,\n\n" + "".join(_PARAGRAPH.format(n=n) for n in range(105)) + "\n\nBest regards,\nRobin\n"


def _open(client: Any, uri: str, text: str, language: str = "plaintext") -> None:
    client.notify(
        "textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}
    )


def _append(client: Any, uri: str, version: int, text: str, words: str) -> None:
    """Type ``words`` at the end of the buffer whose text is ``text``."""
    lines = text.split("\n")
    end = {"line": len(lines) - 1, "character": len(lines[-1])}
    client.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": {"start": end, "end": end}, "text": words}]},
    )


def _is_diagnostics(uri: str, version: int) -> Any:
    def match(m: dict[str, Any]) -> bool:
        return (
            m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri
            and m["params"].get("version") == version
        )

    return match


def _gone(pids: set[int]) -> list[int]:
    """The pids still alive after up to 15 s of waiting for them to end."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(alive(pid) for pid in pids):
        time.sleep(0.1)
    return [pid for pid in pids if alive(pid)]


def test_the_test_drafts_are_on_either_side_of_the_worker_bound() -> None:
    assert count_tokens(SMALL, 10**6) < WORKER_TOKENS < count_tokens(BIG, 10**6) < MAX_TOKENS - 100


def test_big_buffers_and_those_slow_last_time_go_to_the_worker() -> None:
    from declint.lsp.app import WORKER_SECONDS, DeclintServer

    def job(name: str, text: str, language: str = "plaintext") -> Job:
        return Job(f"/drafts/{name}", language, text, "utf-16")

    server = DeclintServer()
    assert not server.slow("file:///drafts/small.txt", job("small.txt", SMALL))
    assert server.slow("file:///drafts/big.txt", job("big.txt", BIG))
    # Not a draft: turned away at once in the server, never worth a worker.
    assert not server.slow("file:///drafts/big.py", job("big.py", BIG, "python"))
    # Small but slow to lint (a markup- or punctuation-dense shape): the worker from now on,
    # until a lint there is quick again.
    server.lint_seconds["file:///drafts/small.txt"] = WORKER_SECONDS
    assert server.slow("file:///drafts/small.txt", job("small.txt", SMALL))
    server.lint_seconds["file:///drafts/small.txt"] = WORKER_SECONDS / 10
    assert not server.slow("file:///drafts/small.txt", job("small.txt", SMALL))


def test_a_big_buffer_never_holds_up_a_small_one(tmp_path: Path) -> None:
    """Both buffers change, the big one first: the small one's new diagnostics come first.

    On one lint thread the big buffer's lint (queued first) had to finish before the small
    one's could start, so its diagnostics always came first.
    """
    client = LspClient(cwd=tmp_path)
    try:
        client.initialize(tmp_path)
        big, small = (tmp_path / "long.txt").as_uri(), (tmp_path / "short.txt").as_uri()
        _open(client, big, BIG)
        _open(client, small, SMALL)
        client.diagnostics(small, 1, timeout=120)
        client.diagnostics(big, 1, timeout=120)
        _append(client, big, 2, BIG, "One more line.")
        _append(client, small, 2, SMALL, "P.S. Thanks again.")
        _, big_after = client.wait_for(_is_diagnostics(big, 2), 120)
        # Every message read before the big buffer's diagnostics is in the backlog.
        assert any(_is_diagnostics(small, 2)(m) for _, m in client.backlog), "the small buffer waited for the big one"
        assert big_after["params"]["diagnostics"]
        client.wait_for(_is_diagnostics(small, 2), 60)

        # A burst of edits to the big buffer: the first is linted at once, in the worker; the
        # others replace each other, and only the newest version is published.
        text = BIG + "One more line."
        for version in range(3, 8):
            _append(client, big, version, text, " More")
            text += " More"
        _, last = client.wait_for(_is_diagnostics(big, 7), 120)
        assert last["params"]["diagnostics"]
        published = [
            m["params"].get("version")
            for _, m in client.drain()
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == big
        ]
        assert published == []  # nothing for versions 3 to 6 came before version 7's
        assert client.shutdown() == 0
    finally:
        client.close()


DRAFTS = {
    "notes.txt": ("plaintext", SMALL),
    "crlf.txt": ("plaintext", SMALL.replace("\n", "\r\n")),
    "reply.md": ("markdown", "---\nto: Ms. Moreau\n---\n\n" + SMALL.replace("Sorry, sorry", "**Sorry**, sorry")),
    "reply.eml": ("email", "Subject: Interview\nTo: hiring@example.com\n\n" + SMALL),
    "reply.html": ("html", "<p>" + SMALL.replace("\n\n", "</p><p>") + "</p>"),
    "notes.py": ("python", "# Hey there\n"),
}


def _session(tmp_path: Path, worker_above: int) -> tuple[list[Any], set[int]]:
    """Each draft's diagnostics and quick fixes from one server; the processes it started."""
    client = LspClient([sys.executable, "-m", "declint", "server", "--worker-above", str(worker_above)], cwd=tmp_path)
    try:
        client.initialize(tmp_path)
        seen: list[Any] = []
        everything = {"start": {"line": 0, "character": 0}, "end": {"line": 99, "character": 0}}
        for name, (language, text) in DRAFTS.items():
            uri = (tmp_path / name).as_uri()
            _open(client, uri, text, language)
            if language == "python":
                continue
            _, published = client.diagnostics(uri, 1, timeout=120)
            diagnostics = published["params"]["diagnostics"]
            actions = client.request(
                "textDocument/codeAction",
                {"textDocument": {"uri": uri}, "range": everything, "context": {"diagnostics": diagnostics}},
            )
            seen.append((name, diagnostics, actions))
        started = children(client.proc.pid)
        # Shutdown ends the worker, before exit.
        client.request("shutdown", None)
        left = _gone(started)
        client.notify("exit", None)
        assert client.proc.wait(30) == 0
        assert left == [], "the worker outlived shutdown"
        # Python files are not drafts, whichever path would lint them.
        assert not any(m.get("params", {}).get("uri", "").endswith(".py") for _, m in client.drain())
        return seen, started
    finally:
        client.close()


@linux_only
def test_diagnostics_are_the_same_from_the_worker_process(tmp_path: Path) -> None:
    on_thread, thread_children = _session(tmp_path, WORKER_TOKENS)
    in_worker, worker_children = _session(tmp_path, 0)
    # Ordinary drafts stay in the server; with --worker-above 0 each went to a worker.
    assert thread_children == set() and len(worker_children) == 1
    assert all(diagnostics for _, diagnostics, _ in on_thread)
    assert any(actions for _, _, actions in on_thread)
    assert in_worker == on_thread


@linux_only
@pytest.mark.parametrize("how", ["exit", "end of input", "SIGTERM", "SIGKILL"])
def test_no_worker_outlives_the_server(tmp_path: Path, how: str) -> None:
    client = LspClient([sys.executable, "-m", "declint", "server", "--worker-above", "0"], cwd=tmp_path)
    try:
        client.initialize(tmp_path)
        uri = (tmp_path / "draft.txt").as_uri()
        _open(client, uri, BIG)
        client.diagnostics(uri, 1, timeout=120)
        workers = children(client.proc.pid)
        assert len(workers) == 1
        # The worker may be busy with a new version when the server goes.
        _append(client, uri, 2, BIG, " And one more.")
        if how == "exit":
            client.notify("exit", None)
            assert client.proc.wait(30) == 1  # no shutdown first: an error, as the protocol says
        elif how == "end of input":
            client.proc.stdin.close()
            assert client.proc.wait(30) == 1
        else:
            client.proc.send_signal(signal.SIGTERM if how == "SIGTERM" else signal.SIGKILL)
            client.proc.wait(30)
        assert _gone(workers) == []
    finally:
        client.close()


def test_a_new_version_replaces_its_waiting_job_and_a_dead_worker_is_replaced(tmp_path: Path) -> None:
    def job(text: str) -> Job:
        return Job(str(tmp_path / "draft.txt"), "plaintext", text, "utf-16")

    async def session() -> tuple[list[bool], Done, Done, Done, Done]:
        # Idle for a second after the last job: it stops by itself. A job whose buffer has
        # moved on may not keep it at all.
        worker = LintWorker(tmp_path, idle=1.0, grace=0.0)
        try:
            first = worker.submit("a", job(SMALL.replace("Hey", "Hi")))
            other = worker.submit("b", job(SMALL))
            second = worker.submit("a", job(SMALL.replace("Hey", "Yo")))
            third = worker.submit("a", job(SMALL.replace("Hey", "Dear")))
            latest, kept = await third, await other
            cancelled = [first.cancelled(), second.cancelled()]
            # Killed in the middle of a job: the job's draft says so, and the next job gets
            # a new worker.
            busy = worker.submit("a", job(BIG))
            while worker.running is None:
                await asyncio.sleep(0)
            assert worker.pid is not None
            os.kill(worker.pid, signal.SIGKILL)
            died = await busy
            again = await worker.submit("a", job(SMALL))
            # The buffer moves on while its job runs (the server cancels what it awaits): the
            # worker is restarted rather than kept on a lint nobody will read.
            stale = worker.submit("a", job(BIG))
            while worker.running is None:
                await asyncio.sleep(0)
            busy_pid = worker.pid
            assert busy_pid is not None
            stale.cancel()
            newer = await worker.submit("a", job(SMALL.replace("Hey", "Dear")))
            assert worker.pid != busy_pid and not alive(busy_pid)
            assert newer.checked is not None and "salutation" not in {f.rule for f in newer.checked.findings}
            idle = worker.pid
            assert idle is not None
            await asyncio.sleep(1.0)
            for _ in range(150):
                if not alive(idle):
                    break
                await asyncio.sleep(0.1)
            assert worker.pid is None and not alive(idle)
            return cancelled, latest, kept, died, again
        finally:
            await worker.aclose()

    cancelled, latest, kept, died, again = asyncio.run(session())
    assert cancelled == [True, True]
    assert latest.checked is not None and kept.checked is not None
    # The job that ran is the newest version's: "Dear" is a greeting salutation accepts.
    assert "salutation" not in {f.rule for f in latest.checked.findings}
    assert "salutation" in {f.rule for f in kept.checked.findings}
    assert died.checked is not None and died.checked.problem is not None
    assert "lint worker stopped" in died.checked.problem
    assert again.checked is not None and again.checked.problem is None
    assert {f.rule for f in again.checked.findings} == {f.rule for f in kept.checked.findings}
