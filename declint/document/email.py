"""The parsed email: one spaCy parse plus the email's parts, built once per draft."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from declint.core.source import Source
from declint.core.spans import CharSpan, LineIndex
from declint.nlp.present import tokens_in
from declint.text.lists import LIST_ITEM
from declint.text.parts import EmailParts, split_email
from declint.text.placeholders import find_placeholders, stand_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Analysis:
    """Everything known about a draft before the parse: its parts and the text to parse."""

    source: Source
    parts: EmailParts
    placeholders: tuple[CharSpan, ...]
    parse_text: str
    boundaries: tuple[int, ...]


def _blank_out(text: str, spans: list[CharSpan]) -> str:
    """Replace spans with spaces, keeping newlines, so offsets stay the same."""
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        for i in range(span.start, min(span.end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _stand_in(text: str, placeholders: list[CharSpan], excluded: tuple[CharSpan, ...]) -> str:
    out: list[str] = []
    pos = 0
    for span in placeholders:
        if any(e.start <= span.start < e.end for e in excluded):
            continue
        out.append(text[pos : span.start])
        out.append(stand_in(span.text(text)))
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


_LINE_END = re.compile(r"[.!?:;)\]]\s*$")


def analyse(source: Source) -> Analysis:
    text = source.text
    hidden = list(source.hidden)
    # The parts are found on the text with markup blanked, so "<!-- -->" never reads as prose.
    visible = _blank_out(text, hidden)
    parts = split_email(visible)
    placeholders = find_placeholders(visible)
    # The parse reads each placeholder as the name or word it stands for ("Dear Alex,"),
    # so every rule sees a template as the email it will become; offsets are unchanged.
    parse_text = _stand_in(_blank_out(visible, list(parts.excluded)), placeholders, parts.excluded)
    boundaries: list[int] = []
    for span in (parts.body, parts.sign_off, parts.signer):
        if span is not None:
            boundaries.append(span.start)
    if parts.sign_off is not None:
        boundaries.append(parts.sign_off.end)
    if parts.greeting is not None:
        boundaries.append(parts.greeting.end)
    pos = 0
    for line in parse_text.split("\n"):
        nxt = pos + len(line) + 1
        if _LINE_END.search(line) and nxt < len(parse_text):
            boundaries.append(nxt)
        item = LIST_ITEM.match(line)
        if item is not None and line[item.end() :].strip():
            # "- my employer has offered me ...": each item of a list is a sentence of its
            # own, whatever punctuation it lacks.
            boundaries.append(pos + item.start("marker"))
        pos = nxt
    return Analysis(
        source=source,
        parts=parts,
        placeholders=tuple(placeholders),
        parse_text=parse_text,
        boundaries=tuple(boundaries),
    )


class EmailDocument:
    """A draft as rules see it. Offsets everywhere index :attr:`text`."""

    def __init__(self, analysis: Analysis, doc: Doc, *, template: bool = False,
                 now: datetime | None = None,
                 recognise_entities: Callable[[Doc], object] | None = None) -> None:
        self.analysis = analysis
        self.source = analysis.source
        self.text = analysis.source.text
        self.parts = analysis.parts
        self.placeholders = analysis.placeholders
        self.doc = doc
        self.template = template
        #: The moment the email is (to be) sent; short-notice reads dates against it.
        self.now = now
        self.lines = LineIndex(self.text)
        # The parse skipped named-entity recognition (see nlp.parse); run on first use.
        self._recognise_entities = recognise_entities
        #: Analyses built on the parse (the moves), made once and shared by every rule.
        self.memo: dict[str, object] = {}

    def entity_type(self, token: Token) -> str:
        """``token``'s entity label ("PERSON", "ORG", ..., or ""), recognising entities once.

        Most drafts never need a label, so the parse leaves entities out and the first rule
        that asks pays for them; ask last, after the cheap tests.
        """
        if self._recognise_entities is not None:
            recognise, self._recognise_entities = self._recognise_entities, None
            recognise(self.doc)
        return token.ent_type_

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def headers(self) -> Mapping[str, str]:
        return self.source.headers

    def header(self, name: str) -> str:
        """One header's value, whatever case the draft writes its name in ("To:", "to:"),
        or "" when there is none."""
        return next((v for k, v in self.headers.items() if k.lower() == name.lower()), "")

    @property
    def body(self) -> CharSpan:
        return self.parts.body

    @property
    def message(self) -> CharSpan:
        return self.parts.message

    def span_text(self, span: CharSpan | None) -> str:
        return span.text(self.text) if span is not None else ""

    def _near_placeholders(self, start: int, end: int) -> list[CharSpan]:
        """The placeholders that could touch ``start..end``, found by bisection: a template
        of a thousand "[Name]"s is asked about every word, so a scan would be quadratic.
        Placeholders never overlap one another, so their starts and ends rise together."""
        starts = self._placeholder_starts
        first = max(0, bisect.bisect_right(starts, start) - 1)
        last = bisect.bisect_left(starts, max(end, start + 1))
        return list(self.placeholders[first:last])

    @cached_property
    def _placeholder_starts(self) -> list[int]:
        return [p.start for p in self.placeholders]

    def in_placeholder(self, start: int, end: int) -> bool:
        return any(p.start <= start and end <= p.end for p in self._near_placeholders(start, end))

    def overlaps_placeholder(self, start: int, end: int) -> bool:
        # Asked of every word by spelling and informal-tone: the same bisection as
        # _near_placeholders, without copying the slice.
        starts = self._placeholder_starts
        first = max(0, bisect.bisect_right(starts, start) - 1)
        last = bisect.bisect_left(starts, max(end, start + 1))
        placeholders = self.placeholders
        return any(placeholders[i].overlaps(start, end) for i in range(first, last))

    @cached_property
    def line_above_signer(self) -> CharSpan | None:
        """The line right above the signer's name, trimmed, when no listed sign-off was
        found: where an unlisted one stands ("Ngā mihi nui,", "Cheers mate,"). closing
        judges it; spelling leaves its words alone."""
        parts = self.parts
        if parts.signer is None or parts.sign_off is not None:
            return None
        row = self.lines.position(parts.signer.start)[0] - 1
        if row < 1:
            return None
        span = self.lines.line_span(row)
        if span.start < parts.message.start:
            return None
        raw = self.span_text(span)
        lead = len(raw) - len(raw.lstrip())
        return CharSpan(span.start + lead, span.start + lead + len(raw.strip()))

    def tokens(self, region: CharSpan | None = None) -> Iterator[Token]:
        """Non-space tokens of the message (or of ``region``)."""
        region = region or self.message
        # Built once per draft and cut by bisection: every rule asks, and making spaCy Token
        # objects for the whole doc on each call was a third of the rules' own time.
        tokens, starts = self._word_tokens
        first = bisect.bisect_left(starts, region.start)
        last = bisect.bisect_left(starts, region.end)
        return iter(tokens[first:last])

    @cached_property
    def _word_tokens(self) -> tuple[tuple[Token, ...], list[int]]:
        tokens = tuple(t for t in tokens_in(self.doc) if not t.is_space)
        return tokens, [t.idx for t in tokens]

    def sentences(self, region: CharSpan | None = None) -> list[Span]:
        """Sentences that start inside ``region`` (default: the body and any postscript),
        trimmed of space."""
        if region is not None:
            return [s for s in self._all_sentences if s.start_char in region]
        ps = self.parts.postscript
        return [s for s in self._all_sentences if s.start_char in self.body or (ps is not None and s.start_char in ps)]

    @cached_property
    def _all_sentences(self) -> list[Span]:
        out = []
        for sent in self.doc.sents:
            start, end = sent.start, sent.end
            while start < end and self.doc[start].is_space:
                start += 1
            while end > start and self.doc[end - 1].is_space:
                end -= 1
            if start < end:
                out.append(self.doc[start:end])
        return out

    @cached_property
    def paragraphs(self) -> list[CharSpan]:
        """Blank-line-separated blocks of the body."""
        out: list[CharSpan] = []
        body = self.body
        start: int | None = None
        last_end = body.start
        pos = body.start
        for line in self.analysis.parse_text[body.start : body.end].split("\n"):
            if line.strip():
                if start is None:
                    start = pos
                last_end = pos + len(line)
            elif start is not None:
                out.append(CharSpan(start, last_end))
                start = None
            pos += len(line) + 1
        if start is not None:
            out.append(CharSpan(start, last_end))
        return out
