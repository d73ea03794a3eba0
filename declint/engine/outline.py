"""The shape of each draft: the moves its sentences make, for ``declint outline`` and the
language server's document symbols. It never prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from declint.document.email import EmailDocument
from declint.document.moves import moves_of, outline
from declint.engine.config import Config
from declint.engine.linter import Linter
from declint.engine.resolve import ConfigResolver
from declint.engine.run import read_target
from declint.formats import InputError
from declint.ruleapi.registry import Registry


@dataclass(frozen=True)
class SentenceOutline:
    """One body sentence: where it is (line, column from 1), its words, what it does."""

    line: int
    column: int
    text: str
    moves: tuple[str, ...]


@dataclass(frozen=True)
class Outline:
    path: str
    #: "greeting", "thanks", "decision (plain)", "reason (2 sentences, 31 words)", ...
    shape: tuple[str, ...] = ()
    sentences: tuple[SentenceOutline, ...] = field(default_factory=tuple)
    error: str | None = None


def outline_document(document: EmailDocument) -> Outline:
    sentences = []
    for sentence in moves_of(document):
        line, column = document.lines.position(sentence.start)
        words = " ".join(document.text[sentence.start : sentence.end].split())
        sentences.append(SentenceOutline(line, column, words, tuple(m.value for m in sentence.moves)))
    return Outline(document.path, tuple(outline(document)), tuple(sentences))


def outline_paths(
    paths: list[str],
    registry: Registry,
    *,
    config_file: str | None = None,
    now: datetime | None = None,
    stdin: bytes | None = None,
    stdin_filename: str | None = None,
) -> list[Outline]:
    """An outline per draft, in the order given; a draft that cannot be read has ``error``."""
    resolver = ConfigResolver(registry, config_file, {})
    linter = Linter(registry, now=now)
    out: list[Outline] = []
    for path in paths:
        stdin_anchor = Path(stdin_filename) if stdin_filename else Path.cwd() / "stdin.txt"
        anchor = stdin_anchor if path == "-" else Path(path)
        config: Config = resolver(anchor)
        display = (stdin_filename or "-") if path == "-" else path
        try:
            source = read_target(path, config, stdin, display=display)
        except InputError as exc:
            out.append(Outline(display, error=str(exc)))
            continue
        ((_, document, _),) = list(linter.documents([(source, config)]))
        out.append(outline_document(document))
    return out
