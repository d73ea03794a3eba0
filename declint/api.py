"""declint as a library: lint a string, a file or many, with the command line's options.

This module is the stable public API (re-exported from :mod:`declint`)::

    import declint

    for d in declint.lint_text(draft, select=["clear-decline", "gratitude"]):
        print(d.line, d.column, d.rule, d.message)

    linter = declint.DeclintLinter(template=True).load()  # pipeline loaded once, now
    for report in linter.lint_paths(["templates/"]):       # a stream, in input order
        ...

Loading the spaCy pipeline takes a second or two and happens once per process: the first
lint (or :meth:`DeclintLinter.load`) pays it, every later lint reuses it, whichever
:class:`DeclintLinter` or module function asks. Nothing here prints or reads the network.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from declint.core.findings import Finding, Fix, Severity
from declint.core.links import rule_url
from declint.core.source import Source
from declint.engine.config import Config, ConfigError, load_config, merge, parse_config
from declint.engine.linter import FileResult, Linter
from declint.engine.stream import RunStream
from declint.formats import InputError, read_source
from declint.nlp.pipeline import entity_recogniser, load_pipeline
from declint.reporters.common import locate
from declint.ruleapi.registry import Registry, load_registry

#: A config file's path, or a table of the keys a ``.declint.toml`` holds (``"fail-level"``,
#: ``"rules": {"reason-length": {"max_words": 40}}``, ...).
ConfigInput = str | os.PathLike[str] | Mapping[str, Any]


class LintError(Exception):
    """A draft that could not be linted, or a rule that failed on it; the message says which."""


@dataclass(frozen=True)
class Diagnostic:
    """One finding, located. Lines and columns are 1-based; the end is exclusive.

    ``start`` and ``end`` are character offsets into the draft's text (for .eml and
    .html, the decoded body or visible text, as the CLI reports them).
    """

    path: str
    rule: str
    severity: Severity
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    #: What to write instead, in words; None when the message says it all.
    suggestion: str | None
    #: A replacement of ``text[fix.start:fix.end]`` that resolves the finding, if one is sure.
    fix: Fix | None
    #: Where the rule is documented: the rule's own ``url`` if a plugin declares one, else
    #: its page in docs/rules (the same link every output format gives).
    link: str
    #: Set when lines count something other than the file's own lines (an .eml's decoded
    #: body), as ``--format json`` says.
    location_note: str | None = None


@dataclass(frozen=True)
class FileReport:
    """What linting one file produced: its diagnostics, or why it could not be linted."""

    path: str
    diagnostics: tuple[Diagnostic, ...]
    #: Set when the file could not be read or linted (missing, binary, over max-bytes, ...).
    error: str | None = None
    #: Rules that raised on this draft (their findings are missing; the others are kept).
    rule_errors: tuple[str, ...] = ()
    #: True when the CLI would fail on this file: an error, or a diagnostic at or above the
    #: config's fail level.
    failed: bool = False


@functools.lru_cache(maxsize=1)
def _default_registry() -> Registry:
    return load_registry()


def _link(registry: Registry, rule_id: str) -> str:
    url = getattr(registry.get(rule_id), "url", None)
    return url if isinstance(url, str) and url else rule_url(rule_id)


class DeclintLinter:
    """A reusable linter: options fixed once, the pipeline loaded once per process.

    The options are the command line's:

    - ``select``, ``ignore``: rule ids to run only, or to skip (unknown ids raise ConfigError);
    - ``template``: the drafts are templates, placeholders such as ``{{name}}`` are expected;
    - ``date``: when the email is sent (short-notice reads it); default: now, at each lint;
    - ``config``: a config file's path, or a dict of its keys; flags given here beat it.
      Without one, :meth:`lint_file` and :meth:`lint_paths` use the nearest
      ``.declint.toml`` or ``pyproject.toml`` walking up from each file, as the CLI does,
      and :meth:`lint_text` uses the defaults;
    - ``fail_level``: lowest severity that makes :attr:`FileReport.failed` true;
    - ``model``: another installed spaCy pipeline.

    Raises ConfigError for a bad option or config. Safe to share between calls; not meant
    to be shared between threads (spaCy's parse is not).
    """

    def __init__(
        self,
        *,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        template: bool | None = None,
        date: datetime | None = None,
        config: ConfigInput | None = None,
        fail_level: Severity | str | None = None,
        model: str | None = None,
        registry: Registry | None = None,
    ) -> None:
        self.registry = registry or _default_registry()
        self.date = date
        self._overrides: dict[str, Any] = {
            "select": _rule_ids(select, self.registry),
            "ignore": _rule_ids(ignore, self.registry),
            "template": template,
            "model": model,
            "fail_level": _severity(fail_level),
        }
        self._config_file: str | None = None
        base = Config()
        if isinstance(config, Mapping):
            base = parse_config(config, self.registry.rules)
        elif config is not None:
            self._config_file = os.fspath(config)
            if not Path(self._config_file).is_file():
                raise ConfigError(f"{self._config_file}: config file not found")
            base = load_config(Path(self._config_file), self.registry.rules)
        self._explicit = isinstance(config, Mapping)
        #: The config :meth:`lint_text` uses (and every file, when ``config`` is a dict).
        self.config: Config = merge(base, **self._overrides)
        self._linter = Linter(self.registry, now=date)

    def load(self) -> DeclintLinter:
        """Load the spaCy pipeline (and the entity recogniser if a selected rule reads
        entities) now rather than at the first lint; returns the linter, for chaining.

        Raises ``declint.nlp.pipeline.ModelNotFoundError`` (whose message says how to
        install it) when ``model`` names a pipeline that is not installed; so does the
        first lint without ``load()``."""
        nlp = load_pipeline(self.config.model)
        if any(rule.reads_entities for rule in self._linter.rules_for(self.config)):
            entity_recogniser(nlp)
        return self

    def lint_text(self, text: str, *, path: str = "draft.txt", date: datetime | None = None) -> list[Diagnostic]:
        """Diagnostics for one draft given as a string, in text order.

        ``path`` names the draft in diagnostics, and its suffix picks the format (``.eml``,
        ``.html``, ``.md``; anything else is plain text); nothing is read from it. ``date``
        overrides the linter's send date for this draft. Raises LintError when the text
        cannot be linted (empty, binary) or a rule fails on it.
        """
        try:
            source = read_source(path, text.encode("utf-8", "replace"))
        except InputError as exc:
            raise LintError(f"{path}: {exc}") from None
        return self.lint_source(source, date=date)

    def lint_source(self, source: Source, *, date: datetime | None = None) -> list[Diagnostic]:
        """As :meth:`lint_text`, for a :class:`~declint.Source` built by the caller."""
        linter = self._linter if date is None or date == self.date else Linter(self.registry, now=date)
        (result,) = linter.lint([(source, self.config)])
        if result.rule_errors or self.registry.broken:
            # A built-in rule that failed to import (a broken install) is an error too: the
            # draft was not linted by every rule asked for.
            raise LintError("; ".join([*self.registry.broken, *result.rule_errors]))
        return self._diagnostics(result)

    def lint_texts(self, drafts: Iterable[tuple[str, str]], *, batch: int = 64) -> Iterator[FileReport]:
        """A :class:`FileReport` per ``(path, text)`` draft, in input order, for drafts held
        in memory (a queue, a database); ``path`` is as in :meth:`lint_text`.

        Drafts are parsed ``batch`` at a time (spaCy is faster on batches) and never all
        held at once. A draft that cannot be linted is reported (``error``), never raised.
        """
        window: list[tuple[str, Source | str]] = []
        for path, text in drafts:
            try:
                window.append((path, read_source(path, text.encode("utf-8", "replace"))))
            except InputError as exc:
                window.append((path, str(exc)))
            if len(window) >= batch:
                yield from self._lint_window(window)
                window = []
        yield from self._lint_window(window)

    def _lint_window(self, window: list[tuple[str, Source | str]]) -> Iterator[FileReport]:
        sources = [(item, self.config) for _, item in window if isinstance(item, Source)]
        results = iter(self._linter.lint(sources)) if sources else iter(())
        for path, item in window:
            if not isinstance(item, Source):
                yield FileReport(path=path, diagnostics=(), error=item, failed=True)
                continue
            result = next(results)
            yield FileReport(
                path=result.path,
                diagnostics=tuple(self._diagnostics(result)),
                rule_errors=tuple(result.rule_errors),
                failed=result.failed,
            )

    def lint_file(self, path: str | os.PathLike[str]) -> list[Diagnostic]:
        """Diagnostics for one draft on disk, with the config the CLI would use for it.

        Raises LintError when the file cannot be read or linted, or a rule fails on it.
        """
        if Path(path).is_dir():
            raise LintError(f"{os.fspath(path)}: is a folder; lint_paths lints every draft beneath one")
        (report,) = self.lint_paths([path])
        if report.error is not None:
            raise LintError(f"{report.path}: {report.error}")
        if report.rule_errors:
            raise LintError("; ".join(report.rule_errors))
        return list(report.diagnostics)

    def lint_paths(self, paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1) -> Iterator[FileReport]:
        """A :class:`FileReport` per draft of ``paths`` (files, or folders walked as the CLI
        walks them), yielded in input order as each is done, in bounded memory.

        A file that cannot be read is reported (``error``), never raised; a config file
        found on the way that is invalid raises ConfigError when the first draft it governs
        is reached. ``jobs`` > 1 parses large windows of drafts in that many worker processes.
        """
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]  # one path, not the characters of one
        run = RunStream(
            [os.fspath(p) for p in paths],
            config_file=self._config_file,
            overrides=self._overrides,
            config=self.config if self._explicit else None,
            now=self.date,
            registry=self.registry,
            linter=self._linter if jobs == 1 else None,
            jobs=jobs,
        )
        for result in run:
            yield FileReport(
                path=result.path,
                diagnostics=tuple(self._diagnostics(result)),
                error=result.error,
                rule_errors=tuple(result.rule_errors),
                failed=result.failed,
            )

    def _diagnostics(self, result: FileResult) -> list[Diagnostic]:
        if result.error is not None:
            return []
        return [self._diagnostic(result, f) for f in result.findings]

    def _diagnostic(self, result: FileResult, finding: Finding) -> Diagnostic:
        # Placed as every output format places it: lines end at the last flagged character,
        # offsets count the file as stored (BOM, CR LF), so a fix applies to the file.
        where = locate(result, finding)
        line, column, end_line, end_column = where.line, where.column, where.end_line, where.end_column
        return Diagnostic(
            path=result.path,
            rule=finding.rule,
            severity=finding.severity,
            message=finding.message,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            start=result.stored_offset(finding.start),
            end=result.stored_offset(finding.end),
            suggestion=finding.suggestion,
            fix=Fix(
                result.stored_offset(finding.fix.start),
                result.stored_offset(finding.fix.end),
                finding.fix.replacement,
                finding.fix.safe,
            )
            if finding.fix
            else None,
            link=_link(self.registry, finding.rule),
            location_note=result.location_note,
        )


def _rule_ids(ids: Iterable[str] | None, registry: Registry) -> tuple[str, ...] | None:
    if ids is None:
        return None
    if isinstance(ids, str):
        ids = [part.strip() for part in ids.split(",") if part.strip()]
    chosen = tuple(ids)
    for rule_id in chosen:
        if rule_id not in registry.rules:
            raise ConfigError(f"unknown rule {rule_id!r}; known rules: {', '.join(registry.ids())}")
    return chosen


def _severity(value: Severity | str | None) -> Severity | None:
    if value is None or isinstance(value, Severity):
        return value
    try:
        return Severity(value.lower())
    except ValueError:
        raise ConfigError(f"fail_level: expected one of info, warning, error, got {value!r}") from None


def lint_text(
    text: str,
    *,
    path: str = "draft.txt",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    template: bool | None = None,
    date: datetime | None = None,
    config: ConfigInput | None = None,
) -> list[Diagnostic]:
    """Lint one draft given as a string; see :class:`DeclintLinter` for the options and
    :meth:`DeclintLinter.lint_text` for ``path`` and errors. The pipeline loads on the first
    call in a process and is reused after."""
    linter = DeclintLinter(select=select, ignore=ignore, template=template, date=date, config=config)
    return linter.lint_text(text, path=path)


def lint_file(
    path: str | os.PathLike[str],
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    template: bool | None = None,
    date: datetime | None = None,
    config: ConfigInput | None = None,
) -> list[Diagnostic]:
    """Lint one draft on disk; see :class:`DeclintLinter` and :meth:`DeclintLinter.lint_file`."""
    linter = DeclintLinter(select=select, ignore=ignore, template=template, date=date, config=config)
    return linter.lint_file(path)


def lint_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    template: bool | None = None,
    date: datetime | None = None,
    config: ConfigInput | None = None,
    jobs: int = 1,
) -> Iterator[FileReport]:
    """Lint files and folders, yielding a :class:`FileReport` per draft in input order;
    see :class:`DeclintLinter` and :meth:`DeclintLinter.lint_paths`."""
    linter = DeclintLinter(select=select, ignore=ignore, template=template, date=date, config=config)
    return linter.lint_paths(paths, jobs=jobs)
