"""A built-in rule's data file, read from beside its module (``rules/<module>.toml``).

Rules never open files themselves: knowledge such as phrase banks and spaCy patterns is
data installed with the package, and this is the one way a rule reads it."""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@cache
def rule_data(module: str) -> dict[str, Any]:
    """The parsed ``<module>.toml`` beside the built-in rule ``declint.rules.<module>``."""
    text = resources.files("declint.rules").joinpath(f"{module}.toml").read_text(encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    return data
