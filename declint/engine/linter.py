"""The engine: from sources and config to findings. It never prints."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import traceback
from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import datetime
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from declint.core.findings import Finding, Severity
from declint.core.source import Source
from declint.core.spans import CharSpan
from declint.document.email import EmailDocument, analyse
from declint.engine.config import Config, build_options
from declint.engine.result import UNUSED_SUPPRESSION as UNUSED_SUPPRESSION  # re-exported: its old home
from declint.engine.result import FileResult as FileResult  # re-exported: its old home
from declint.nlp.pipeline import deferrable_entities, entity_recogniser, load_pipeline, parse, prepare
from declint.ruleapi.base import Rule
from declint.ruleapi.registry import Registry

if TYPE_CHECKING:
    import pathspec
    from spacy.language import Language


def select_rules(registry: Registry, config: Config) -> list[Rule]:  # type: ignore[type-arg]
    ids = config.select if config.select is not None else registry.ids()
    rules: list[Rule] = []  # type: ignore[type-arg]
    for rule_id in sorted(set(ids) - set(config.ignore)):
        cls = registry.get(rule_id)
        if cls is None:
            continue
        options = build_options(cls, config.rule_options.get(rule_id, {}), where=f"rules.{rule_id}")
        rules.append(cls(options, config.severity.get(rule_id)))
    return rules


@functools.lru_cache(maxsize=256)
def _glob(pattern: str) -> pathspec.GitIgnoreSpec:
    import pathspec  # Imported here: most runs have no per-file ignores.

    return pathspec.GitIgnoreSpec.from_lines([pattern])


def _ignored_for(path: str, config: Config) -> set[str]:
    """Rule ids that ``per-file-ignores`` switches off for ``path``.

    Globs use .gitignore rules (as include and exclude do) and are relative to the config
    file's folder: ``drafts/*.md`` means that folder's drafts/, ``*.md`` any Markdown file.
    """
    ignored: set[str] = set()
    if not config.per_file_ignores:
        return ignored
    target = Path(path)
    rel = PurePath(target.name)
    if config.root is not None:
        with contextlib.suppress(ValueError, OSError):  # outside the root: match on the name
            rel = target.resolve().relative_to(config.root.resolve())
    for glob, ids in config.per_file_ignores.items():
        if _glob(glob).match_file(rel.as_posix()):
            ignored.update(ids)
    return ignored


def _fix_outside_protected(finding: Finding, protected: Sequence[CharSpan]) -> Finding:
    fix = finding.fix
    if fix is None or not any(span.overlaps(fix.start, fix.end) for span in protected):
        return finding
    return dataclasses.replace(finding, fix=None)


def run_rules(
    document: EmailDocument,
    rules: Sequence[Rule],  # type: ignore[type-arg]
    config: Config,
    known: Collection[str] | None = None,
) -> tuple[list[Finding], list[str]]:
    """Every rule's findings, with suppressions applied; a rule that raises is reported.

    ``known`` is every installed rule id: a suppression naming none of them is a typo and
    is reported, while one naming a rule the config switched off is left alone.
    """
    findings: list[Finding] = []
    errors: list[str] = []
    directives = document.source.directives
    used: set[int] = set()
    # A fix never edits what the sender did not write (the quoted reply, the signature) or
    # what is not prose (headers, markup): a finding keeps its place, its fix is dropped.
    protected = (*document.parts.excluded, *document.source.hidden)
    for rule in rules:
        try:
            produced = list(rule.check(document))
        except Exception as exc:  # One broken rule must not hide the others' findings.
            where = traceback.extract_tb(exc.__traceback__)[-1]
            errors.append(
                f"rule {rule.id!r} failed on {document.path}: {type(exc).__name__}: {exc} "
                f"({PurePath(where.filename).name}:{where.lineno})"
            )
            continue
        for finding in produced:
            if not 0 <= finding.start <= finding.end <= len(document.text):
                errors.append(f"rule {rule.id!r} produced a span outside {document.path}; dropped")
                continue
            hit = [i for i, (rid, _) in enumerate(directives) if rid in (rule.id, "all")]
            if hit:
                used.update(hit)
                continue
            findings.append(_fix_outside_protected(finding, protected))
    active = {r.id for r in rules}
    for i, (rule_id, span) in enumerate(directives):
        if known is not None and rule_id not in known and rule_id != "all":
            message = f"this suppression names {rule_id!r}, which is not a rule; 'declint rules' lists them"
        elif i not in used and (rule_id in active or rule_id == "all"):
            message = f"this suppression of {rule_id!r} suppresses nothing; remove it"
        else:
            continue
        findings.append(Finding(UNUSED_SUPPRESSION, Severity.WARNING, message, span.start, span.end))
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings, errors


class Linter:
    """Parses drafts in batches (one parse each) and runs the selected rules over them."""

    def __init__(
        self,
        registry: Registry,
        *,
        pipeline_loader: Callable[[str], Language] = load_pipeline,
        now: datetime | None = None,
    ) -> None:
        self.registry = registry
        self._load = pipeline_loader
        self.now = now
        # By id(config), holding the config too: while it is held its id cannot be reused by
        # another config (a freed one's id can, which once ran a rule the new config ignored).
        self._rules_cache: dict[int, tuple[Config, list[Rule]]] = {}  # type: ignore[type-arg]

    def rules_for(self, config: Config, path: str | None = None) -> list[Rule]:  # type: ignore[type-arg]
        """The rules that run on a draft: the config's selection, less its per-file ignores
        for ``path``. The one place rules are chosen, for every caller."""
        cached = self._rules_cache.get(id(config))
        if cached is None or cached[0] is not config:
            cached = self._rules_cache[id(config)] = (config, select_rules(self.registry, config))
        if path is None or not config.per_file_ignores:
            return cached[1]
        ignored = _ignored_for(path, config)
        return [rule for rule in cached[1] if rule.id not in ignored]

    def documents(
        self, items: Sequence[tuple[Source, Config]]
    ) -> Iterator[tuple[int, EmailDocument, Config]]:
        """Parse every source once, batching those that share a pipeline.

        Yields ``(index, document, config)`` as parses finish, so callers can report
        progress; the index is the source's position in ``items``.
        """
        by_model: dict[str, list[int]] = {}
        for i, (_, config) in enumerate(items):
            by_model.setdefault(config.model, []).append(i)
        for model, indexes in by_model.items():
            nlp = self._load(model)
            # Leave NER out of the parse unless an active rule reads entities without asking.
            recognise = deferrable_entities(nlp)
            if any(rule.reads_entities for i in indexes for rule in self.rules_for(items[i][1])):
                entity_recogniser(nlp)  # into the pipeline, so the parse runs it
                recognise = None
            analyses = {i: analyse(items[i][0]) for i in indexes}
            prepared = (prepare(nlp, analyses[i].parse_text, analyses[i].boundaries) for i in indexes)
            for i, doc in zip(indexes, parse(nlp, prepared, defer_entities=recognise is not None), strict=True):
                config = items[i][1]
                yield i, EmailDocument(
                    analyses[i], doc, template=config.template, now=self.now, recognise_entities=recognise
                ), config

    def lint(
        self,
        items: Sequence[tuple[Source, Config]],
        on_progress: Callable[[int, int], None] | None = None,
        on_document: Callable[[int, EmailDocument], None] | None = None,
    ) -> list[FileResult]:
        """Lint every draft; ``on_document`` sees each parsed draft (to take what else it
        needs from the same parse, such as the moves) before its findings are made."""
        results: dict[int, FileResult] = {}
        for i, document, config in self.documents(items):
            if on_document is not None:
                on_document(i, document)
            rules = self.rules_for(config, document.path)
            findings, errors = run_rules(document, rules, config, self.registry.rules)
            results[i] = FileResult(
                path=document.path,
                text=document.text,
                findings=findings,
                rule_errors=errors,
                location_note=document.source.location_note,
                stored=document.source.stored,
                fail_level=config.fail_level,
                quoted=document.parts.quoted,
                signature=document.parts.signature,
                _lines=document.lines,
            )
            if on_progress is not None:
                on_progress(len(results), len(items))
        return [results[i] for i in range(len(items))]
