"""What makes two declint processes lint alike: the client and the server compare this.

A server that started before ``pip install -U declint``, an edit of a rule, a new plugin or
a new pipeline package would answer with yesterday's findings, so the identity covers the
version, the interpreter's prefix, every file of declint and its rules (path, size, mtime),
the mtimes of the site-packages folders (installing or removing any distribution changes
them) and the pipeline package's files. All of it is ``stat`` calls: about a millisecond.
"""

from __future__ import annotations

import importlib.util
import os
import sys

from declint import __version__

try:
    # hashlib's own import loads OpenSSL (2 ms and more of the client's start); BLAKE2 is
    # built into CPython and is all a fingerprint needs.
    from _blake2 import blake2b
except ImportError:  # an interpreter built without it
    from hashlib import blake2b

# typing stays unimported on the client path; mypy reads this as typing's TYPE_CHECKING.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable


def _tree(roots: Iterable[str]) -> str:
    digest = blake2b(digest_size=20)
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                try:
                    info = os.stat(path)
                except OSError:
                    continue
                digest.update(f"{path}\0{info.st_size}\0{info.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _locations(module: str) -> list[str]:
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return []
    if spec is None or spec.submodule_search_locations is None:
        return []
    return sorted(spec.submodule_search_locations)


def _site_packages() -> str:
    stamps = []
    for entry in sys.path:
        if entry.endswith(("site-packages", "dist-packages")):
            try:
                stamps.append(f"{entry}:{os.stat(entry).st_mtime_ns}")
            except OSError:
                continue
    return ";".join(stamps)


def identity(model: str) -> dict[str, str]:
    """The identity of a declint install linting with the pipeline package ``model``."""
    declint_dirs = _locations("declint")
    model_dirs = _locations(model)
    return {
        "version": __version__,
        "prefix": sys.prefix,
        "code": _tree(declint_dirs + _locations("declint.rules")),
        "packages": _site_packages(),
        "model": model,
        "model_files": _tree(model_dirs) if model_dirs else "not installed",
    }
