"""Idioms as spaCy Matcher patterns, read from data files and compiled once per pipeline.

Knowledge that is a fixed phrase ("stay on your radar", "keep the conversation going")
lives in data beside the code that reasons about it, as spaCy's own token patterns
(``{LEMMA = "keep"}``, ``{LOWER = {IN = ["the", "our"]}}``). Each idiom carries an example
sentence that the tests parse and match, as LanguageTool's rules carry theirs. A group's
patterns are compiled into one Matcher per vocabulary (per pipeline) and run once per
document; what a match means (whose door, negated or not) is the caller's reasoning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab


@dataclass(frozen=True)
class Idiom:
    group: str
    name: str
    pattern: tuple[Mapping[str, Any], ...]
    example: str


def idioms_from(entries: Sequence[Mapping[str, Any]]) -> tuple[Idiom, ...]:
    """Idioms from a data file's ``[[idiom]]`` tables; ValueError names a malformed one."""
    out = []
    for entry in entries:
        try:
            out.append(
                Idiom(str(entry["group"]), str(entry["name"]), tuple(entry["pattern"]), str(entry["example"]))
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"idiom {entry.get('name', '?')!r} needs group, name, pattern and example") from exc
    return tuple(out)


#: One compiled Matcher per (vocabulary, idiom set, group), holding the vocabulary so its id
#: is never reused while the entry lives.
_COMPILED: dict[tuple[int, int, str], tuple[Vocab, Matcher, dict[int, str]]] = {}


def _matcher(vocab: Vocab, idioms: tuple[Idiom, ...], group: str) -> tuple[Matcher, dict[int, str]]:
    """The group's compiled Matcher, and its match ids' names. The names are kept here, not
    looked up in the vocabulary's strings: the language server lints inside a spaCy memory
    zone, which forgets strings first added there, an idiom's name among them."""
    key = (id(vocab), id(idioms), group)
    cached = _COMPILED.get(key)
    if cached is None or cached[0] is not vocab:
        from spacy.matcher import Matcher

        matcher = Matcher(vocab)
        names: dict[int, str] = {}
        for idiom in idioms:
            if idiom.group == group:
                matcher.add(idiom.name, [[dict(token) for token in idiom.pattern]])
                # The id is the name's hash; only the hash is taken from the store.
                names[vocab.strings.add(idiom.name)] = idiom.name
        cached = _COMPILED[key] = (vocab, matcher, names)
    return cached[1], cached[2]


def find(doc: Doc | Span, idioms: tuple[Idiom, ...], group: str) -> list[tuple[str, int, int]]:
    """Every match of ``group``'s idioms in ``doc``: (idiom name, first token, end token)."""
    target = doc if not hasattr(doc, "doc") or doc.doc is doc else doc.doc
    matcher, names = _matcher(target.vocab, idioms, group)
    return [(names[key], start, end) for key, start, end in matcher(target)]
