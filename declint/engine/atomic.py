"""Atomic file writes: a temporary file beside the target, then ``os.replace``.

Readers (another declint process, a second run over the same folder) see either the old file or
the new one, never half of one. The temporary file's name is chosen *before* it is created, inside
the ``try`` that removes it, so a Ctrl-C arriving at any bytecode between creating and renaming it
cannot leave it behind (``tempfile.mkstemp`` returns the name only after creating the file, which
leaves a window where an interrupt orphans it).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


def write_atomically(target: Path, write: Callable[[TextIO], None], prefix: str = ".tmp-") -> None:
    """Create or replace ``target`` with what ``write`` puts in a text handle, atomically."""
    tmp = target.with_name(f"{prefix}{_token()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            write(handle)
        os.replace(tmp, target)
    except BaseException:
        _discard(tmp)
        raise


def replace_bytes_atomically(target: Path, data: bytes) -> None:
    """Replace an existing file's contents with ``data``, atomically, keeping its permission
    bits; a symbolic link is followed, so the link stays a link."""
    real = Path(os.path.realpath(target))
    mode = stat.S_IMODE(os.stat(real).st_mode)
    tmp = real.with_name(f".{real.name}.{_token()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, mode)  # os.open's mode is filtered by the umask
        os.replace(tmp, real)
    except BaseException:
        _discard(tmp)
        raise


def _token() -> str:
    """Twelve random hex digits for a temporary name (``secrets`` would import hmac and
    OpenSSL, a few ms of a run that writes one file)."""
    return os.urandom(6).hex()


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
