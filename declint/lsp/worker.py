"""The process that lints slow buffers for the language server: ``python -m declint.lsp.worker PID ROOT``.

It reads :class:`~declint.lsp.jobs.Job` frames on stdin and answers each with a
:class:`~declint.lsp.jobs.Done` frame on stdout, one at a time, loading the pipeline once
(as it starts). It ends when its stdin ends (the server closed it, or died) and, on
Linux, the moment the server dies however it dies, even in the middle of a lint.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
from pathlib import Path
from typing import IO, Any

from declint.engine.parallel import die_with_parent
from declint.lsp.jobs import Job, JobRunner

#: Each frame: its length as 4 bytes (big-endian), then a pickle.
HEADER = struct.Struct("!I")


def frame(obj: Any) -> bytes:
    body = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(body)) + body


def _read_exactly(stream: IO[bytes], n: int) -> bytes | None:
    data = b""
    while len(data) < n:
        more = stream.read(n - len(data))
        if not more:
            return None
        data += more
    return data


def read_frame(stream: IO[bytes]) -> Any:
    """The next object on ``stream``; None at its end."""
    header = _read_exactly(stream, HEADER.size)
    if header is None:
        return None
    body = _read_exactly(stream, HEADER.unpack(header)[0])
    # Only the server that started this process writes here.
    return None if body is None else pickle.loads(body)  # noqa: S301


def main(argv: list[str]) -> int:
    parent, root = int(argv[0]), argv[1] if len(argv) > 1 and argv[1] else None
    die_with_parent(parent)
    # Ctrl-C in the terminal that runs the server reaches its whole process group: the server
    # decides, and ends this process.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Results get their own copy of stdout; anything a library prints goes to stderr (the
    # editor's log) instead of into a frame.
    results = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    runner = JobRunner(Path(root) if root else None)
    # Load now, not inside the first job: its lint time would count the loading and mark
    # its buffer slow.
    runner.warm()
    while True:
        job = read_frame(sys.stdin.buffer)
        if not isinstance(job, Job):
            return 0
        try:
            results.write(frame(runner.run(job)))
            results.flush()
        except BrokenPipeError:  # the server is gone
            return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
