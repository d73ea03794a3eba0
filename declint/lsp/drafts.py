"""Linting one editor buffer: which format it is, which config applies, where findings land.

Everything here works on the text the editor sent. The draft's file is never opened: its
path only names the format and anchors the config lookup.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from declint.core.findings import Finding
from declint.core.source import Source
from declint.document.email import EmailDocument
from declint.document.moves import moves_of
from declint.engine.baseline import BaselineError, apply_baseline, config_baseline, load_baseline_cached
from declint.engine.config import Config, ConfigError, find_config_file
from declint.engine.discovery import is_draft_name
from declint.engine.linter import Linter
from declint.engine.resolve import ConfigResolver
from declint.formats import InputError, read_source
from declint.lsp.positions import BOM, PositionMap, buffer_map
from declint.nlp.pipeline import ModelNotFoundError, entity_recogniser, load_pipeline
from declint.ruleapi.registry import Registry

#: Editor language ids declint lints, and the suffix that picks the reader.
LANGUAGE_SUFFIXES = {
    "plaintext": ".txt",
    "text": ".txt",
    "markdown": ".md",
    "html": ".html",
    "email": ".eml",
    "mail": ".eml",
}

# A header line such as "Subject: ..." opening a mail buffer; bounded, so linear-time.
_HEADER_LINE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,75}:")


def draft_name(path: str, language_id: str | None, text: str) -> str | None:
    """The name declint reads the buffer as, or None when it is not a draft.

    A known suffix wins; otherwise the editor's language id picks one. A ``mail`` buffer
    (a message being composed in mutt) is read as an email only when it starts with
    headers: without them it is a bare body, which is plain text.
    """
    name = PurePath(path).name
    if is_draft_name(name):
        return path
    suffix = LANGUAGE_SUFFIXES.get((language_id or "").lower())
    if suffix is None:
        return None
    if suffix == ".eml" and not _HEADER_LINE.match(text.lstrip(BOM)):
        suffix = ".txt"
    return path + suffix


@dataclass(frozen=True)
class Checked:
    """One lint of one buffer version.

    ``spans`` gives, for each finding, where it sits in the buffer (offsets into its decoded
    text), or None where it cannot be placed (a quoted-printable email body, text taken from
    HTML): those findings are shown at the top, their place in the decoded text named in the
    message. ``shift`` is set when declint's whole text sits in the buffer at that offset,
    which is what a fix needs to be applied.
    """

    findings: tuple[Finding, ...] = ()
    spans: tuple[tuple[int, int] | None, ...] = ()
    positions: PositionMap | None = None
    shift: int | None = None
    #: The text findings index (for naming where unplaced findings are).
    text: str = ""
    location_note: str | None = None
    #: Why the buffer could not be linted at all (a config or input error).
    problem: str | None = None
    rule_errors: tuple[str, ...] = field(default_factory=tuple)
    #: The buffer's own line end, for fixes that insert lines.
    newline: str = "\n"
    #: Each body sentence's moves ("thanks", "decision (plain)", ...), with where the
    #: sentence sits in the buffer (None where it cannot be placed): document symbols.
    moves: tuple[tuple[str, tuple[int, int] | None], ...] = ()
    #: Where a ``<!-- declint: disable=RULE -->`` line can go in the buffer (offset into its
    #: decoded text), in formats that read one (Markdown, HTML); None in the others.
    directive_at: int | None = None


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


class DraftChecker:
    """Lints buffers with each one's nearest config, noticing when a config file changes.

    Not thread-safe: the server calls it from one worker thread.
    """

    def __init__(self, registry: Registry, fallback_dir: Path | None = None) -> None:
        self.registry = registry
        self.fallback_dir = fallback_dir or Path.cwd()
        self._stamps: dict[Path, tuple[int, int] | None] = {}
        self.reload()

    def reload(self) -> None:
        """Forget every config read so far (a config file changed)."""
        self._resolver = ConfigResolver(self.registry, None, {})
        # The linter caches selected rules per config object; new configs, new linter.
        self._linter = Linter(self.registry)
        self._stamps.clear()

    def config_for(self, anchor: Path) -> Config:
        file = find_config_file(anchor)
        if file is not None:
            stamp = _stamp(file)
            if file in self._stamps and self._stamps[file] != stamp:
                self.reload()
            self._stamps[file] = stamp
        return self._resolver(anchor)

    def check(self, path: str | None, language_id: str | None, buffer: str, encoding: str) -> Checked | None:
        """Lint ``buffer``; None when it is not a draft declint reads."""
        anchor = Path(path) if path else self.fallback_dir / "untitled"
        name = draft_name(str(anchor), language_id, buffer)
        if name is None:
            return None
        newline = "\r\n" if "\r\n" in buffer else "\n"
        if not buffer.strip(BOM + " \t\r\n"):
            return Checked(newline=newline)
        try:
            config = self.config_for(anchor)
        except ConfigError as exc:
            return Checked(problem=f"config error: {exc}", newline=newline)
        data = buffer.encode("utf-8", errors="surrogatepass")
        if len(data) > config.max_bytes:
            return Checked(problem=f"the draft is over the {config.max_bytes:,}-byte limit (max-bytes)")
        try:
            source = read_source(name, data)
        except InputError as exc:
            return Checked(problem=f"the draft {exc}", newline=newline)
        try:
            nlp = load_pipeline(config.model)
            # Loaded now, outside the memory zone: the labels it adds must outlive the lint.
            entity_recogniser(nlp)
            # spaCy interns every string it meets (each half-typed word) for the life of the
            # process; a long editing session would grow without bound. A memory zone frees
            # what this lint added. Results are plain data, so no Doc or Token outlives it.
            sentences: list[tuple[str, int, int]] = []

            def keep_moves(_: int, document: EmailDocument) -> None:
                # Plain data only: nothing from the parse may outlive the memory zone.
                for sentence in moves_of(document):
                    names = ", ".join(sentence.label(move) for move in sentence.moves)
                    sentences.append((names, sentence.start, sentence.end))

            with nlp.memory_zone():
                (result,) = self._linter.lint([(source, config)], on_document=keep_moves)
        except ModelNotFoundError as exc:
            return Checked(problem=str(exc), newline=newline)
        # The engine's policy, as a CLI run applies it: findings the config's baseline records
        # are not shown.
        baseline = config_baseline(config.root, config.baseline)
        if baseline is not None:
            try:
                apply_baseline([result], load_baseline_cached(baseline), baseline)
            except BaselineError as exc:
                return Checked(problem=str(exc), newline=newline)
        positions = buffer_map(buffer, encoding)
        shift = align(positions.text, source)
        findings = tuple(result.findings)
        return Checked(
            findings=findings,
            spans=tuple(place(positions.text, source.text, f.start, f.end, shift) for f in findings),
            positions=positions,
            shift=shift,
            text=source.text,
            location_note=source.location_note,
            rule_errors=tuple(result.rule_errors),
            newline=newline,
            moves=tuple(
                (name, place(positions.text, source.text, start, end, shift))
                for name, start, end in sentences
            ),
            directive_at=directive_place(source.format, positions.text),
        )


_FRONT_MATTER = re.compile(r"\ufeff?---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)
_DOCTYPE = re.compile(r"\ufeff?\s*<!doctype[^>]*>[ \t]*\n?", re.I)


def directive_place(fmt: str, buffer: str) -> int | None:
    """Where a disable comment may be inserted: after Markdown front matter (a comment above
    it would end the front matter), after an HTML doctype, else at the top."""
    if fmt == "markdown":
        front = _FRONT_MATTER.match(buffer)
        return front.end() if front else 0
    if fmt == "html":
        doctype = _DOCTYPE.match(buffer)
        return doctype.end() if doctype else 0
    return None


def align(plain: str, source: Source) -> int | None:
    """Where ``source.text`` starts in the decoded buffer ``plain``; None if it is not there."""
    if source.location_note is None:
        return 0  # The text is the buffer's own (markup at most blanked, never moved).
    # The text was decoded from the buffer (an email's body): when it appears verbatim
    # after the headers, offsets only need shifting.
    header_end = plain.find("\n\n")
    start = header_end + 2 if header_end >= 0 and (source.headers or source.format == "email") else 0
    core = source.text.strip()
    if not core:
        return None
    found = plain.find(core, start)
    return None if found < 0 else found - source.text.index(core)


#: A snippet shorter than this matches too easily by chance to place a finding by.
_MIN_SNIPPET = 4
#: How much of the finding's line either side is used to tell repeated words apart.
_CONTEXT = 24


def place(plain: str, text: str, start: int, end: int, shift: int | None) -> tuple[int, int] | None:
    """Where ``text[start:end]`` (a finding's words, a sentence) sits in ``plain``: shifted
    when the texts align, else found by its words (with some of their line around them)
    when those occur exactly once."""
    if shift is not None:
        return start + shift, end + shift
    snippet = text[start:end]
    if "\n" in snippet:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - _CONTEXT) : start]
    after = text[end : min(line_end, end + _CONTEXT)]
    for left, right in ((before, after), (before, ""), ("", after), ("", "")):
        probe = left + snippet + right
        if len(probe.strip()) < _MIN_SNIPPET:
            continue
        first = plain.find(probe)
        if first >= 0 and plain.find(probe, first + 1) < 0:
            return first + len(left), first + len(left) + len(snippet)
    return None
