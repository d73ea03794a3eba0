"""declint: a linter for emails that decline a job-interview invitation."""

from __future__ import annotations

from declint.api import (
    DeclintLinter,
    Diagnostic,
    FileReport,
    LintError,
    lint_file,
    lint_paths,
    lint_text,
)
from declint.core.findings import Finding, Fix, Severity
from declint.core.source import Source
from declint.core.spans import CharSpan, LineIndex
from declint.document.email import EmailDocument
from declint.engine.config import Config, ConfigError
from declint.engine.linter import FileResult, Linter
from declint.ruleapi.base import Rule, RuleOptions
from declint.ruleapi.registry import Registry, load_registry

__version__ = "0.1.0"

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
