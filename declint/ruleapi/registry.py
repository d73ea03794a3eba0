"""Finding rules through the ``declint.rules`` entry-point group.

The built-in rules register through the same group a plugin uses, so there is one way in.
Plugins load only from installed distributions, never from a path named in a config file.

A built-in rule (an entry point of declint's own distribution) is imported only when
something asks for its class: a run answered wholly from the result cache needs the rules'
ids, not their code, and importing all of them costs tens of milliseconds (their modules
compile patterns and load the document layer). Plugins load at once, as before, so a broken
one is named at the start of the run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata
from typing import Any

from declint.ruleapi.base import Rule

ENTRY_POINT_GROUP = "declint.rules"
_RULE_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
#: The distribution whose entry points are the built-in rules.
_OWN_DISTRIBUTION = "declint"

RuleClass = type[Rule]  # type: ignore[type-arg]


class BrokenBuiltinRuleError(RuntimeError):
    """A built-in rule that does not import or is not a valid rule: a broken install."""


class RuleTable(Mapping[str, RuleClass]):
    """Rule classes by id. Built-in rules are known by id from their entry point and imported
    on first access to their class; iterating, ``in`` and ``len`` never import anything."""

    def __init__(self, loaded: Mapping[str, RuleClass] | None = None) -> None:
        self._order: list[str] = []
        self._loaded: dict[str, RuleClass] = {}
        #: Built-in rules that failed to import when first asked for through get().
        self.broken: list[str] = []
        self._pending: dict[str, metadata.EntryPoint] = {}
        for rule_id, cls in (loaded or {}).items():
            self.add(rule_id, cls)

    def add(self, rule_id: str, cls: RuleClass) -> None:
        if rule_id not in self._loaded and rule_id not in self._pending:
            self._order.append(rule_id)
        self._pending.pop(rule_id, None)
        self._loaded[rule_id] = cls

    def add_builtin(self, ep: metadata.EntryPoint) -> None:
        """Know ``ep.name`` as a rule id; import its class on first access."""
        if ep.name not in self._loaded and ep.name not in self._pending:
            self._order.append(ep.name)
        self._pending[ep.name] = ep

    def is_builtin(self, rule_id: str) -> bool:
        """Is ``rule_id`` one of declint's own rules (whose source the result cache hashes)?"""
        if rule_id in self._pending:
            return True
        cls = self._loaded.get(rule_id)
        return cls is not None and cls.__module__.startswith("declint.rules.")

    def loaded(self, rule_id: str) -> bool:
        """Has ``rule_id``'s class been imported (or was it given as a class)?"""
        return rule_id in self._loaded

    def __getitem__(self, rule_id: str) -> RuleClass:
        cls = self._loaded.get(rule_id)
        if cls is not None:
            return cls
        ep = self._pending[rule_id]  # KeyError for an unknown id, as a dict raises
        try:
            obj: RuleClass = ep.load()
        except Exception as exc:
            raise BrokenBuiltinRuleError(
                f"built-in rule {ep.name!r} ({ep.value}) failed to load: {type(exc).__name__}: {exc}"
            ) from exc
        problem = _problem(ep.name, obj)
        if problem:
            raise BrokenBuiltinRuleError(f"built-in rule {ep.name!r} ({ep.value}) is broken: {problem}")
        del self._pending[rule_id]
        self._loaded[rule_id] = obj
        return obj

    def get(self, rule_id: str, default: RuleClass | None = None) -> RuleClass | None:  # type: ignore[override]
        """As a mapping's get, but a built-in rule that fails to import is named once in
        ``broken`` and read as absent, so reporters and the run go on without it."""
        if rule_id not in self:
            return default
        try:
            return self[rule_id]
        except BrokenBuiltinRuleError as exc:
            if str(exc) not in self.broken:
                self.broken.append(str(exc))
            return default

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._loaded or rule_id in self._pending

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._order))

    def __len__(self) -> int:
        return len(self._order)

    def __repr__(self) -> str:
        return f"RuleTable({self._order!r})"


def _table(rules: Mapping[str, RuleClass] | None) -> RuleTable:
    return rules if isinstance(rules, RuleTable) else RuleTable(rules)


class Registry:
    """The rules that loaded, by id, and one message per plugin that did not."""

    def __init__(self, rules: Mapping[str, RuleClass] | None = None, errors: list[str] | None = None) -> None:
        self.rules = _table(rules)
        self.errors = errors if errors is not None else []

    def ids(self) -> list[str]:
        return sorted(self.rules)

    def get(self, rule_id: str) -> RuleClass | None:
        """The rule's class; None for an unknown id, and for a built-in rule that fails to
        import (a broken install), which is named once in ``broken``."""
        return self.rules.get(rule_id)

    @property
    def broken(self) -> list[str]:
        """Built-in rules that failed to import when first asked for: the run goes on with
        the others, and fails."""
        return self.rules.broken


def _is_builtin(ep: metadata.EntryPoint) -> bool:
    dist: Any = getattr(ep, "dist", None)
    return dist is not None and dist.name == _OWN_DISTRIBUTION and ep.value.startswith("declint.rules.")


def load_registry(entry_points: Iterable[metadata.EntryPoint] | None = None) -> Registry:
    registry = Registry()
    eps = entry_points if entry_points is not None else metadata.entry_points(group=ENTRY_POINT_GROUP)
    for ep in sorted(eps, key=lambda e: e.name):
        if _is_builtin(ep) and ep.name not in registry.rules:
            registry.rules.add_builtin(ep)
            continue
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
        # A plugin claiming a built-in's id imports that built-in, to see whether they are one class.
        if obj.id in registry.rules and registry.rules[obj.id] is not obj:
            registry.errors.append(
                f"plugin rule {ep.name!r} ({ep.value}) skipped: id {obj.id!r} is already taken"
            )
            continue
        registry.rules.add(obj.id, obj)
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
