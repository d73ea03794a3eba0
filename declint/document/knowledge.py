"""The moves analysis's word lists, read once from ``moves.toml`` beside this module."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from declint.nlp.idioms import Idiom, idioms_from

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class Knowledge:
    thanks_for_accepting: frozenset[str]
    courtesy_predicates: frozenset[str]
    attention_verbs: frozenset[str]
    their_things: frozenset[str]
    grovel_words: frozenset[str]
    pleasantries: frozenset[str]
    #: The door's word lists, by name (see the [door] table).
    door: dict[str, frozenset[str]]
    #: Fixed phrases as spaCy Matcher patterns, each with its group and an example.
    idioms: tuple[Idiom, ...]


@cache
def knowledge() -> Knowledge:
    data = tomllib.loads(resources.files("declint.document").joinpath("moves.toml").read_text(encoding="utf-8"))
    lists = {name: frozenset(data[name]) for name in Knowledge.__dataclass_fields__ if name not in ("door", "idioms")}
    return Knowledge(
        **lists,
        door={name: frozenset(words) for name, words in data["door"].items()},
        idioms=idioms_from(data.get("idiom", [])),
    )


@cache
def data_file(name: str) -> dict[str, Any]:
    """Another of this package's data files (``decision.toml`` ...), parsed once."""
    data: dict[str, Any] = tomllib.loads(
        resources.files("declint.document").joinpath(name).read_text(encoding="utf-8")
    )
    return data
