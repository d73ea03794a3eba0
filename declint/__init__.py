"""declint: a linter for emails that decline a job-interview invitation."""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# Not ``from typing import TYPE_CHECKING``: importing typing costs the resident server's client
# about 2 ms of its start, and mypy reads a module-level TYPE_CHECKING as typing's.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from declint.api import DeclintLinter, Diagnostic, FileReport, LintError, lint_file, lint_paths, lint_text
    from declint.core.findings import Finding, Fix, Severity
    from declint.core.source import Source
    from declint.core.spans import CharSpan, LineIndex
    from declint.document.email import EmailDocument
    from declint.engine.config import Config, ConfigError
    from declint.engine.linter import FileResult, Linter
    from declint.ruleapi.base import Rule, RuleOptions
    from declint.ruleapi.registry import Registry, load_registry

# The public names load on first use (PEP 562): the command-line client that hands a run to a
# resident server imports ``declint`` too, and must start in milliseconds, not load the engine.
_HOMES = {
    "DeclintLinter": "declint.api",
    "Diagnostic": "declint.api",
    "FileReport": "declint.api",
    "LintError": "declint.api",
    "lint_file": "declint.api",
    "lint_paths": "declint.api",
    "lint_text": "declint.api",
    "CharSpan": "declint.core.spans",
    "Config": "declint.engine.config",
    "ConfigError": "declint.engine.config",
    "EmailDocument": "declint.document.email",
    "FileResult": "declint.engine.linter",
    "Finding": "declint.core.findings",
    "Fix": "declint.core.findings",
    "LineIndex": "declint.core.spans",
    "Linter": "declint.engine.linter",
    "Registry": "declint.ruleapi.registry",
    "Rule": "declint.ruleapi.base",
    "RuleOptions": "declint.ruleapi.base",
    "Severity": "declint.core.findings",
    "Source": "declint.core.source",
    "load_registry": "declint.ruleapi.registry",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'declint' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])


__all__ = [
    "CharSpan",
    "Config",
    "ConfigError",
    "DeclintLinter",
    "Diagnostic",
    "EmailDocument",
    "FileReport",
    "FileResult",
    "Finding",
    "Fix",
    "LineIndex",
    "LintError",
    "Linter",
    "Registry",
    "Rule",
    "RuleOptions",
    "Severity",
    "Source",
    "__version__",
    "lint_file",
    "lint_paths",
    "lint_text",
    "load_registry",
]
