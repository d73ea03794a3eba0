"""declint: a linter for emails that decline a job-interview invitation."""

from __future__ import annotations

from declint.config import Config, ConfigError
from declint.document import EmailDocument
from declint.linter import FileResult, Linter
from declint.registry import Registry, load_registry
from declint.rule import Finding, Fix, Rule, RuleOptions, Severity
from declint.source import Source
from declint.spans import CharSpan, LineIndex

__version__ = "0.1.0"

__all__ = [
    "CharSpan",
    "Config",
    "ConfigError",
    "EmailDocument",
    "FileResult",
    "Finding",
    "Fix",
    "LineIndex",
    "Linter",
    "Registry",
    "Rule",
    "RuleOptions",
    "Severity",
    "Source",
    "__version__",
    "load_registry",
]
