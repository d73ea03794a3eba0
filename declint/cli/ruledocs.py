"""A rule's documentation as one Markdown page, built from its docstring and its options.

``declint explain RULE`` prints it and docs/rules/<id>.md holds the same text
(tools/build_rule_docs.py writes them; tests/rules/test_rule_pages.py keeps them in sync),
so the defaults shown are always the ones in the code.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

from declint.core.links import rule_url
from declint.ruleapi.base import Rule

#: A list default longer than this is counted, not spelled out, in the one-line summary.
_SHORT_LIST = 3


def default_of(field: dataclasses.Field[Any]) -> Any:
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    return None


def toml_value(value: Any) -> str:
    """``value`` as it would be written in the config file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (tuple, list, frozenset, set)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        # A TOML inline table: slang = { deffo = "definitely" }.
        inner = ", ".join(f"{json.dumps(str(k), ensure_ascii=False)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    return json.dumps(str(value))


def options_line(rule: type[Rule]) -> str:  # type: ignore[type-arg]
    """Every option with its default on one line, long lists counted: for ``declint rules``."""
    parts = []
    for field in rule.option_fields():
        value = default_of(field)
        if isinstance(value, (tuple, list)) and len(value) > _SHORT_LIST:
            shown = f"[{len(value)} items]"
        else:
            shown = toml_value(value)
        parts.append(f"{field.name} = {shown}")
    return ", ".join(parts)


def config_block(rule: type[Rule]) -> str:  # type: ignore[type-arg]
    """The rule's config table with every default, ready to paste into pyproject.toml."""
    lines = [f"[tool.declint.rules.{rule.id}]", f"severity = {toml_value(rule.severity.value)}"]
    lines += [f"{field.name} = {toml_value(default_of(field))}" for field in rule.option_fields()]
    return "\n".join(lines)


def rule_page(rule: type[Rule]) -> str:  # type: ignore[type-arg]
    """The whole page: heading, metadata, the docstring, then the defaults as config."""
    return (
        f"# {rule.id}\n\n"
        f"Category: {rule.category} · default severity: {rule.severity.value} · "
        f'article section: "{rule.article_section}"\n\n'
        f"{rule.doc()}\n\n"
        f"## Defaults\n\n"
        f"Every option at its default, as `pyproject.toml` takes it:\n\n"
        f"```toml\n{config_block(rule)}\n```\n\n"
        f"Page: {rule_url(rule.id)}\n"
    )
