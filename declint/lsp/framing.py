"""Reading JSON-RPC frames from the editor, surviving malformed ones.

pygls's reader trusts every frame: one without ``Content-Length`` (or with a short body)
left the stream out of step, so the server stayed alive but answered nothing again, and
``Content-Length: 99999999999`` asked for that many bytes at once (``MemoryError``). Here a
frame without a length is skipped, one over :data:`MAX_FRAME` is refused, a body that is not
JSON is answered with a parse error, and the reader finds the next ``Content-Length`` header
(even inside a short frame's body) and goes on serving.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
from typing import Any, Protocol

from lsprotocol import types

#: No editor sends a buffer near this; a larger frame is refused, not allocated.
MAX_FRAME = 64 << 20
_HEADER = b"Content-Length:"
#: A header line is a few dozen bytes; a longer one is read in pieces, never whole.
MAX_LINE = 64 << 10
#: A header line inside a body means the body was shorter than it said. Valid JSON cannot
#: hold this: a raw CR LF is never inside a JSON string, and between tokens it is not text.
_NEXT_FRAME = re.compile(rb"Content-Length:[ \t]*\d+\r\n")
_PARTIAL_HEADER = re.compile(rb"Content-Length:[ \t]*\d*\r?")


class AsyncReader(Protocol):
    async def readline(self) -> bytes: ...

    async def readexactly(self, n: int) -> bytes: ...

    async def read_some(self, n: int) -> bytes: ...


class _Pushback:
    """A reader that can be handed back bytes it already gave out."""

    def __init__(self, reader: AsyncReader) -> None:
        self._reader = reader
        self._pending = b""

    def push(self, data: bytes) -> None:
        self._pending = data + self._pending

    async def readline(self) -> bytes:
        end = self._pending.find(b"\n")
        if end >= 0:
            line, self._pending = self._pending[: end + 1], self._pending[end + 1 :]
            return line
        line, self._pending = self._pending + await self._reader.readline(), b""
        return line

    async def body(self, n: int) -> bytes:
        """``n`` bytes, or fewer when the next frame's header turns up first (a short frame):
        then the bytes from that header on are pushed back for the next read."""
        data, self._pending = self._pending[:n], self._pending[n:]
        while True:
            found = _NEXT_FRAME.search(data)
            if found is not None:
                self.push(data[found.start() :])
                return data[: found.start()]
            if len(data) >= n:
                return data
            more = await self._reader.read_some(n - len(data))
            if not more:
                return data
            data += more


def _reply_error(protocol: Any, code: int, message: str) -> None:
    """A JSON-RPC error with a null id: the request it answers could not be read."""
    protocol._send_response(None, error=types.ResponseError(code=code, message=message))  # noqa: SLF001


async def serve(stop: threading.Event, reader: AsyncReader, protocol: Any, logger: logging.Logger) -> None:
    """Read frames until end of input (or ``stop``), handing each message to ``protocol``."""
    source = _Pushback(reader)
    while not stop.is_set():
        length: int | None = None
        seen_header = False
        while True:
            line = await source.readline()
            if not line:
                return
            start = line.find(_HEADER)
            if start > 0:  # the rest of a broken frame, then the next header
                line = line[start:]
            if not line.strip():
                if seen_header:
                    break
                continue
            seen_header = True
            name, sep, value = line.partition(b":")
            if sep and name.strip().lower() == b"content-length":
                try:
                    length = int(value.strip())
                except ValueError:
                    length = None
        if length is None:
            logger.warning("skipped a frame without a valid Content-Length header")
            _reply_error(protocol, -32700, "frame without a valid Content-Length header; skipped")
            continue
        if not 0 <= length <= MAX_FRAME:
            logger.warning("refused a frame of %d bytes", length)
            _reply_error(protocol, -32600, f"frame of {length:,} bytes refused; the limit is {MAX_FRAME:,}")
            continue
        body = await source.body(length)
        try:
            message = json.loads(body, object_hook=protocol.structure_message)
        except Exception as exc:  # noqa: BLE001 - not JSON, too deep, or no message pygls knows
            # A frame shorter than it said swallowed the start of the next one: read that again.
            start = body.find(_HEADER)
            if start < 0:
                # The body may end inside the next frame's header ("...Conte"): read that again.
                start = body.rfind(b"C")
                tail = body[start:] if start >= 0 else b""
                if not (_HEADER.startswith(tail) or _PARTIAL_HEADER.fullmatch(tail)):
                    start = -1
            if start >= 0:
                source.push(body[start:])
            logger.warning("skipped a frame that is not a JSON-RPC message: %s", exc)
            _reply_error(protocol, -32700, "frame body is not a JSON-RPC message; skipped")
            continue
        try:
            protocol.handle_message(message)
        except Exception:  # One bad message must not stop the server.
            logger.exception("unable to handle message")


class StdinReader:
    """Lines (at most :data:`MAX_LINE` bytes each) and bodies from a binary stream, read on
    ``executor`` so the event loop never blocks."""

    def __init__(self, stream: Any, executor: Any) -> None:
        self._stream = stream
        self._executor = executor

    async def readline(self) -> bytes:
        loop = asyncio.get_running_loop()
        return bytes(await loop.run_in_executor(self._executor, self._stream.readline, MAX_LINE))

    async def readexactly(self, n: int) -> bytes:
        loop = asyncio.get_running_loop()
        return bytes(await loop.run_in_executor(self._executor, self._stream.read, n))

    async def read_some(self, n: int) -> bytes:
        """What is there (at least one byte, at most ``n``), or b"" at the end of input."""
        loop = asyncio.get_running_loop()
        read = getattr(self._stream, "read1", self._stream.read)
        return bytes(await loop.run_in_executor(self._executor, read, min(n, MAX_LINE)))
