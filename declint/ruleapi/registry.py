"""Finding rules through the ``declint.rules`` entry-point group.

The built-in rules register through the same group a plugin uses, so there is one way in.
Plugins load only from installed distributions, never from a path named in a config file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata

from declint.ruleapi.base import Rule

ENTRY_POINT_GROUP = "declint.rules"
_RULE_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass
class Registry:
    """The rules that loaded, by id, and one message per plugin that did not."""

    rules: dict[str, type[Rule]] = field(default_factory=dict)  # type: ignore[type-arg]
    errors: list[str] = field(default_factory=list)

    def ids(self) -> list[str]:
        return sorted(self.rules)

    def get(self, rule_id: str) -> type[Rule] | None:  # type: ignore[type-arg]
        return self.rules.get(rule_id)


def load_registry(entry_points: Iterable[metadata.EntryPoint] | None = None) -> Registry:
    registry = Registry()
    eps = entry_points if entry_points is not None else metadata.entry_points(group=ENTRY_POINT_GROUP)
    for ep in sorted(eps, key=lambda e: e.name):
        try:
            obj = ep.load()
        except Exception as exc:  # A broken plugin is named and skipped, never fatal.
            registry.errors.append(
                f"plugin rule {ep.name!r} ({ep.value}) failed to load: {type(exc).__name__}: {exc}"
            )
            continue
        problem = _problem(ep.name, obj)
        if problem:
            registry.errors.append(f"plugin rule {ep.name!r} ({ep.value}) skipped: {problem}")
            continue
        if obj.id in registry.rules and registry.rules[obj.id] is not obj:
            registry.errors.append(
                f"plugin rule {ep.name!r} ({ep.value}) skipped: id {obj.id!r} is already taken"
            )
            continue
        registry.rules[obj.id] = obj
    return registry


def _problem(name: str, obj: object) -> str | None:
    if not (isinstance(obj, type) and issubclass(obj, Rule)):
        return "not a subclass of declint.Rule"
    rule_id = getattr(obj, "id", None)
    if not isinstance(rule_id, str) or not _RULE_ID.match(rule_id):
        return f"id {rule_id!r} is not kebab-case"
    if rule_id != name:
        return f"entry point name {name!r} differs from the rule id {rule_id!r}"
    for attr in ("category", "article_section"):
        if not isinstance(getattr(obj, attr, None), str):
            return f"missing class attribute {attr!r}"
    return None
