"""Where the resident server's socket lives: a folder only this user can open.

``$XDG_RUNTIME_DIR/declint`` where the session has one (per user, mode 0700, cleared at
logout), else ``declint-UID`` in the temporary folder. Either way the folder must be ours, a
real folder (not a link) and closed to everyone else; anything else is refused, since whoever
can reach the socket can run a lint with our rights.
"""

from __future__ import annotations

import contextlib
import os
import stat

# Paths are plain strings here: pathlib costs the client a few milliseconds to import.


class UnsafeRunDir(Exception):
    """The folder exists but another user could reach it, or it is not a folder."""


def folder(environ: os._Environ[str] | dict[str, str] = os.environ) -> str:
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        return os.path.join(runtime, "declint")
    return os.path.join(environ.get("TMPDIR") or "/tmp", f"declint-{os.getuid()}")


def private_folder(*, create: bool) -> str | None:
    """The checked folder; None when it does not exist and ``create`` is false."""
    where = folder()
    if create:
        with contextlib.suppress(FileExistsError):
            os.mkdir(where, 0o700)
    try:
        info = os.lstat(where)
    except FileNotFoundError:
        return None
    if not stat.S_ISDIR(info.st_mode):
        raise UnsafeRunDir(f"{where} is not a folder")
    if info.st_uid != os.getuid():
        raise UnsafeRunDir(f"{where} belongs to another user")
    if info.st_mode & 0o077:
        raise UnsafeRunDir(f"{where} is open to other users (mode {stat.S_IMODE(info.st_mode):o}; it must be 700)")
    return where


def socket_path(where: str) -> str:
    return os.path.join(where, "server.sock")


def lock_path(where: str) -> str:
    return os.path.join(where, "server.lock")


def log_path(where: str) -> str:
    return os.path.join(where, "server.log")

#: How long a resident server waits for a run before it exits, in seconds.
DEFAULT_IDLE = 1800.0
