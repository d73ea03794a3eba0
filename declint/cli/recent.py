"""The drafts a run named, which the resident server's next worker reads before it is needed.

Each run is done by a fresh copy of the server (see declint/cli/daemon.py), so what a run
learns about its draft's words (spaCy's tokenizer and lemmatizer caches, new vocabulary
entries, the spelling lexicon's neighbours of a name) is gone when it ends, and the next run
of the same draft, the usual edit-and-lint loop, works it all out again. The server's spare
worker lints the last few drafts runs named, quietly, while nobody waits, so those caches
are warm when the next run arrives. Nothing is reused but caches keyed on the words themselves:
every run still reads its draft afresh, parses it and runs every rule.
"""

from __future__ import annotations

import os
import stat

#: At most this many recent drafts are read ahead, each at most this large: the edit-and-lint
#: loop names one or two at a time, and a folder's library is the result cache's job.
LIMIT = 3
MAX_BYTES = 64 * 1024
#: The lint command's options that take a value (tests/cli/test_recent.py holds this to the parser).
VALUED = frozenset(
    {"--format", "--output", "-o", "--select", "--ignore", "--config", "--model", "--fail-level",
     "--stdin-filename", "--date", "--jobs", "-j", "--cache-dir", "--baseline", "--write-baseline"}
)


def named_drafts(argv: list[str], cwd: str, subcommands: tuple[str, ...]) -> tuple[str, ...]:
    """The paths (absolute) a lint command names, first ones first. Only the arguments are
    read: the server's own process never touches the files (a stalled mount must not stall
    it); the spare reads them, and skips any that is not a small regular file."""
    if argv and argv[0] in subcommands:
        return ()
    found: list[str] = []
    skip = only_paths = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if not only_paths:
            if arg == "--":
                only_paths = True
                continue
            if arg in VALUED:
                skip = True
                continue
            if arg.startswith("-"):
                continue
        path = os.path.join(cwd, arg)
        if path not in found:
            found.append(path)
            if len(found) == LIMIT:
                break
    return tuple(found)


def recent_drafts(named: tuple[str, ...], before: tuple[str, ...]) -> tuple[str, ...]:
    """The drafts to read ahead after a run that named ``named``: those first, then the
    ones read ahead before, at most :data:`LIMIT`."""
    merged = list(named)
    merged += [path for path in before if path not in merged]
    return tuple(merged[:LIMIT])


def read_draft(path: str) -> bytes | None:
    """The draft's bytes, or None if it is gone, not a regular file (a folder, a FIFO), too
    large or unreadable now."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except (OSError, ValueError):
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        data = os.read(fd, MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) <= MAX_BYTES else None
