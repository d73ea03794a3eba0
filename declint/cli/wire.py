"""Messages between the client and the resident server: a 4-byte length, then JSON.

The client's stdin, stdout and stderr travel beside its first message as file descriptors
(SCM_RIGHTS), so the server's worker writes to the very terminal or pipe the user sees:
colour, width, tty checks and streaming behave exactly as in a run in the user's process.
"""

from __future__ import annotations

import json
import socket

# Neither typing nor collections.abc is imported on the client path (a few milliseconds of
# its start); mypy reads this as typing's TYPE_CHECKING.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

_HEADER = 4
_MAX = 16 * 1024 * 1024


class Channel:
    """One connection, with the bytes read past the last message kept for the next."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._buffer = b""

    def send(self, message: dict[str, Any], fds: Sequence[int] = ()) -> None:
        body = json.dumps(message).encode("utf-8")
        data = len(body).to_bytes(_HEADER, "big") + body
        if fds:
            sent = socket.send_fds(self.sock, [data], list(fds))
            data = data[sent:]
        if data:
            self.sock.sendall(data)

    def receive(self, maxfds: int = 0) -> tuple[dict[str, Any] | None, list[int]]:
        """The next message (None at end of stream) and any descriptors that came with it."""
        fds: list[int] = []
        while True:
            if len(self._buffer) >= _HEADER:
                size = int.from_bytes(self._buffer[:_HEADER], "big")
                if size > _MAX:
                    raise ValueError(f"message of {size} bytes is too long")
                if len(self._buffer) >= _HEADER + size:
                    body = self._buffer[_HEADER : _HEADER + size]
                    self._buffer = self._buffer[_HEADER + size :]
                    message = json.loads(body)
                    if not isinstance(message, dict):
                        raise ValueError("message is not a JSON object")
                    return message, fds
            if maxfds and not fds:
                chunk, got, _flags, _addr = socket.recv_fds(self.sock, 65536, maxfds)
                fds.extend(got)
            else:
                chunk = self.sock.recv(65536)
            if not chunk:
                return None, fds
            self._buffer += chunk
