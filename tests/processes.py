"""Helpers for tests about real processes: who a process's descendants are, whether one
still runs, and the LSP client the server tests drive (tools/lsp_client.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def children(pid: int) -> set[int]:
    """The processes ``pid`` started directly, read from /proc."""
    found: set[int] = set()
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            found.update(int(x) for x in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def descendants(pid: int) -> set[int]:
    """Every process below ``pid``: children, grandchildren and so on."""
    found = children(pid)
    for child in list(found):
        found |= descendants(child)
    return found


def alive(pid: int) -> bool:
    """The process runs: a zombie has exited, only its parent's wait is missing."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    state = next((line.split()[1] for line in status.splitlines() if line.startswith("State:")), "")
    return state not in ("Z", "X")


def lsp_client() -> ModuleType:
    """tools/lsp_client.py, loaded once for every server test (it is a tool, not a package)."""
    if "lsp_client" not in sys.modules:
        spec = importlib.util.spec_from_file_location("lsp_client", ROOT / "tools" / "lsp_client.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["lsp_client"] = module
        spec.loader.exec_module(module)
    return sys.modules["lsp_client"]
