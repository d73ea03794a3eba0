"""Linting slow buffers in a worker process, so they never hold up the others.

The server lints on one thread (the spaCy pipeline is not shared between threads), so a
buffer that takes a second or two (a draft near the 5,000-token limit) used to delay every
other buffer's diagnostics by as long. Buffers that are big, or whose last lint was slow,
go to one worker process instead (:mod:`declint.lsp.worker`): started on the first such
buffer, loading the pipeline once, and stopped after :data:`IDLE_SECONDS` without one, on
``shutdown``, ``exit`` and the end of input. On Linux the kernel kills it when the server
dies (``PR_SET_PDEATHSIG``); elsewhere it ends when its stdin does.

Slow buffers take turns in the worker, one job each at most: a new version of a buffer
replaces its job still waiting. A job already running whose buffer has moved on (or closed)
is let finish, its result dropped, for up to :data:`STALE_GRACE` seconds from its start;
past that the worker is killed and a new one started, since a restart costs a pipeline load
(1.5 to 3.5 s measured) and a lint under the token limit usually ends sooner.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import pickle
import sys
from pathlib import Path

from declint.lsp.drafts import Checked
from declint.lsp.jobs import Done, Job
from declint.lsp.worker import HEADER, frame

logger = logging.getLogger(__name__)

#: A worker with nothing to do for this long is stopped, giving back its memory (about as
#: much as the server's own); the next slow buffer starts a new one.
IDLE_SECONDS = 300.0
#: How long a job whose buffer has moved on may keep the worker (see above).
STALE_GRACE = 3.0


class WorkerDied(Exception):
    pass


class LintWorker:
    """One worker process and the slow buffers' jobs waiting for it. Event-loop thread only."""

    def __init__(self, root: Path | None, idle: float = IDLE_SECONDS, grace: float = STALE_GRACE) -> None:
        self._root = root
        self._idle = idle
        self._grace = grace
        self._process: asyncio.subprocess.Process | None = None
        #: Per buffer, its one waiting job, in the order they came.
        self._waiting: dict[str, tuple[Job, asyncio.Future[Done]]] = {}
        self._pump: asyncio.Task[None] | None = None
        self._idle_timer: asyncio.TimerHandle | None = None
        self._stopped = False
        #: The buffer whose job the worker has now.
        self.running: str | None = None

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None and process.returncode is None else None

    def submit(self, key: str, job: Job) -> asyncio.Future[Done]:
        """Lint ``job`` in the worker; it replaces ``key``'s job if that has not started."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Done] = loop.create_future()
        if self._stopped:
            future.cancel()
            return future
        old = self._waiting.pop(key, None)
        if old is not None:
            old[1].cancel()
        self._waiting[key] = (job, future)
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None
        if self._pump is None or self._pump.done():
            self._pump = loop.create_task(self._run())
        return future

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while self._waiting:
            key = next(iter(self._waiting))
            job, future = self._waiting.pop(key)
            if future.done():  # its buffer moved on or closed while it waited
                continue
            self.running = key
            started = loop.time()
            roundtrip = loop.create_task(self._roundtrip(job))
            try:
                await asyncio.wait({roundtrip, future}, return_when=asyncio.FIRST_COMPLETED)
                if not roundtrip.done():  # the buffer moved on: nobody wants this answer
                    await asyncio.wait({roundtrip}, timeout=max(0.0, self._grace - (loop.time() - started)))
                if not roundtrip.done():
                    logger.info("restarting the lint worker: the buffer it was linting has moved on")
                    self._kill(self._process)
                    self._process = None
                    with contextlib.suppress(WorkerDied):
                        await roundtrip
                    continue
                done = await roundtrip
            except WorkerDied as exc:
                logger.error("the lint worker stopped: %s", exc)
                self._process = None
                done = Done(Checked(problem=f"internal error: the lint worker stopped ({exc})"), 0.0)
            finally:
                self.running = None
                roundtrip.cancel()  # stopped while waiting: a no-op once it is done
            if not future.done():
                future.set_result(done)
        if not self._stopped:
            self._idle_timer = asyncio.get_running_loop().call_later(self._idle, self._stop_idle)

    async def _roundtrip(self, job: Job) -> Done:
        process = await self._started()
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(frame(job))
            await process.stdin.drain()
            header = await process.stdout.readexactly(HEADER.size)
            body = await process.stdout.readexactly(HEADER.unpack(header)[0])
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            self._kill(process)
            raise WorkerDied(f"{type(exc).__name__} on its pipes") from exc
        done = pickle.loads(body)  # noqa: S301 - our own child's answer
        assert isinstance(done, Done)
        return done

    async def _started(self) -> asyncio.subprocess.Process:
        if self._process is not None and self._process.returncode is None:
            return self._process
        # Started from the event loop's thread, the main one: the kernel's parent-death signal
        # is tied to the thread that forked, and this one lives as long as the server.
        self._process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "declint.lsp.worker",
            str(os.getpid()),
            str(self._root or ""),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        logger.info("started lint worker %d", self._process.pid)
        return self._process

    def _stop_idle(self) -> None:
        self._idle_timer = None
        if self._waiting or (self._pump is not None and not self._pump.done()):
            return
        process, self._process = self._process, None
        if process is not None and process.stdin is not None:
            process.stdin.close()  # the worker's stdin ends: it exits by itself

    @staticmethod
    def _kill(process: asyncio.subprocess.Process | None) -> None:
        if process is None:
            return
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
        if process.stdin is not None:
            with contextlib.suppress(RuntimeError):  # the event loop has ended
                process.stdin.close()

    def stop(self) -> None:
        """End the worker now and drop every job (shutdown, exit, end of input)."""
        self._stopped = True
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        for _, future in self._waiting.values():
            future.cancel()
        self._waiting.clear()
        if self._pump is not None:
            self._pump.cancel()
        self._kill(self._process)

    async def aclose(self) -> None:
        """:meth:`stop`, then wait for the worker to be gone."""
        self.stop()
        process, self._process = self._process, None
        if process is not None:
            await process.wait()
