"""Reading a file a repository controls: only a regular file, and never past a limit.

A cloned repository decides what ``.gitignore``, a config's ``baseline = "bl.json"`` or a cache
entry is: a FIFO (opening it for reading blocks until a writer comes), a symlink to
``/dev/zero`` (endless) or to a huge file. Opening with ``O_NONBLOCK`` never blocks on a FIFO;
``fstat`` on the opened handle (not on the name, which could change in between) says whether it
is a regular file; the read stops one byte past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

#: Config files, ``.gitignore`` files and eval labels are small; 1 MiB is far past any real one.
SMALL_FILE_LIMIT = 1 << 20


class NotRegularFileError(OSError):
    """The path is a FIFO, a socket, a device or a folder."""


class TooLargeError(OSError):
    """The file is over the limit given."""


def read_limited(path: str | os.PathLike[str], limit: int, *, follow_symlinks: bool = True) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Raises NotRegularFileError or TooLargeError (both ``OSError``, with a ``strerror`` fit to
    show), or the ``OSError`` that opening raised. ``follow_symlinks=False`` refuses a symlink.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            what = "a folder" if stat.S_ISDIR(info.st_mode) else "a pipe, socket or device"
            raise NotRegularFileError(0, f"is not a regular file ({what})", str(path))
        if info.st_size > limit:
            raise TooLargeError(0, f"is {info.st_size:,} bytes, over the {limit:,}-byte limit", str(path))
        # The size on disk can grow between fstat and read: read at most one byte more.
        data = read_fd(fd, limit + 1, info.st_size)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise TooLargeError(0, f"is over the {limit:,}-byte limit", str(path))
    return data


def read_fd(fd: int, count: int, size: int) -> bytes:
    """At most ``count`` bytes from ``fd``, to its end. ``size`` (what fstat said) sizes the
    first read: ``os.read`` and ``file.read(n)`` allocate all ``n`` bytes asked for, and asking
    for a limit of a megabyte or more made reading a thousand small drafts or cache entries
    several times slower than the reading itself."""
    chunks = []
    left = count
    want = min(left, size + 1)  # one byte more, to see the end without a second call
    while left > 0:
        chunk = os.read(fd, want)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
        want = min(left, 1 << 16)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_at_most(path: str | os.PathLike[str], count: int, size: int) -> bytes:
    """:func:`read_fd` on ``path``, opened for reading; raises what opening raises."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        return read_fd(fd, count, size)
    finally:
        os.close(fd)


def read_limited_text(path: Path, limit: int = SMALL_FILE_LIMIT, errors: str = "strict") -> str:
    """:func:`read_limited` decoded as UTF-8."""
    return read_limited(path, limit).decode("utf-8", errors)
