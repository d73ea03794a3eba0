"""Idioms as spaCy Matcher patterns, read from data files and compiled once per pipeline.

Knowledge that is a fixed phrase ("stay on your radar", "keep the conversation going")
lives in data beside the code that reasons about it, as spaCy's own token patterns
(``{LEMMA = "keep"}``, ``{LOWER = {IN = ["the", "our"]}}``). Each idiom carries an example
sentence that the tests parse and match, as LanguageTool's rules carry theirs. A group's
patterns are compiled into one Matcher per vocabulary (per pipeline) and run once per
document; what a match means (whose door, negated or not) is the caller's reasoning.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from declint.nlp.present import present_values

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


#: What one token of a pattern requires of one attribute: (column of present_values, the value
#: hashes it may take).
_Anchor = tuple[int, frozenset[int]]
#: The columns of present_values that anchors are read from.
_COLUMN_OF = {"ORTH": 0, "TEXT": 0, "LOWER": 1, "LEMMA": 2}

#: One compiled Matcher per (vocabulary, idiom set, group), holding the vocabulary so its id
#: is never reused while the entry lives, with each pattern's anchors.
_COMPILED: dict[tuple[int, int, str], tuple[Vocab, Matcher, dict[int, str], tuple[tuple[_Anchor, ...], ...]]] = {}


def _anchors(pattern: tuple[Mapping[str, Any], ...]) -> tuple[_Anchor, ...]:
    """The word values a match of ``pattern`` cannot do without: for each token the pattern
    must match (no operator, or "+"), a LOWER, LEMMA or ORTH it must equal or be IN. A draft
    lacking any one of them cannot match, so the Matcher, whose IN tests run in Python at
    every token, need not run. A pattern with none is always run."""
    from spacy.strings import get_string_id

    out: list[_Anchor] = []
    for spec in pattern:
        if spec.get("OP", "1") not in ("1", "+"):
            continue
        for key, value in spec.items():
            column = _COLUMN_OF.get(str(key).upper())
            if column is None:
                continue
            if isinstance(value, Mapping):
                value = value.get("IN")
                if not isinstance(value, list):
                    continue
            else:
                value = [value]
            if all(isinstance(v, str) and not isinstance(v, bool) for v in value):
                out.append((column, frozenset(get_string_id(v) for v in value)))
    return tuple(out)


def _matcher(
    vocab: Vocab, idioms: tuple[Idiom, ...], group: str
) -> tuple[Matcher, dict[int, str], tuple[tuple[_Anchor, ...], ...]]:
    """The group's compiled Matcher, its match ids' names, and each pattern's anchors. The
    names are kept here, not looked up in the vocabulary's strings: the language server lints
    inside a spaCy memory zone, which forgets strings first added there, an idiom's name
    among them."""
    key = (id(vocab), id(idioms), group)
    cached = _COMPILED.get(key)
    if cached is None or cached[0] is not vocab:
        from spacy.matcher import Matcher

        matcher = Matcher(vocab)
        names: dict[int, str] = {}
        anchors: list[tuple[_Anchor, ...]] = []
        for idiom in idioms:
            if idiom.group == group:
                matcher.add(idiom.name, [[dict(token) for token in idiom.pattern]])
                # The id is the name's hash; only the hash is taken from the store.
                names[vocab.strings.add(idiom.name)] = idiom.name
                anchors.append(_anchors(idiom.pattern))
        cached = _COMPILED[key] = (vocab, matcher, names, tuple(anchors))
    return cached[1], cached[2], cached[3]


def _may_match(doc: Doc, anchors: tuple[tuple[_Anchor, ...], ...]) -> bool:
    """Could any pattern match ``doc``: are all of one pattern's anchors among its words?"""
    if not anchors or not len(doc):
        return False
    if not all(anchors):
        return True
    present = present_values(doc)
    return any(all(not values.isdisjoint(present[column]) for column, values in p) for p in anchors)


#: Each parsed document's matches per (idiom set, group), kept while the document lives:
#: rules ask sentence by sentence, and every ask would otherwise run the Matcher over the
#: whole draft again. The idiom set is held beside its id so that the id is never reused.
_FOUND: weakref.WeakKeyDictionary[Doc, dict[tuple[int, str], tuple[tuple[Idiom, ...], list[tuple[str, int, int]]]]]
_FOUND = weakref.WeakKeyDictionary()


def find(doc: Doc | Span, idioms: tuple[Idiom, ...], group: str) -> list[tuple[str, int, int]]:
    """Every match of ``group``'s idioms in ``doc``: (idiom name, first token, end token)."""
    target = cast("Doc", doc if not hasattr(doc, "doc") or doc.doc is doc else doc.doc)
    per_doc = _FOUND.get(target)
    if per_doc is None:
        per_doc = _FOUND[target] = {}
    cached = per_doc.get((id(idioms), group))
    if cached is None or cached[0] is not idioms:
        cached = per_doc[(id(idioms), group)] = (idioms, _run(target, idioms, group))
    return list(cached[1])


def find_in(span: Span, idioms: tuple[Idiom, ...], group: str) -> list[tuple[str, int, int]]:
    """The matches of ``group``'s idioms that lie wholly inside ``span`` (a sentence): the
    Matcher runs once per draft, and each sentence keeps its own."""
    return [(name, a, b) for name, a, b in find(span, idioms, group) if span.start <= a and b <= span.end]


def _run(target: Doc, idioms: tuple[Idiom, ...], group: str) -> list[tuple[str, int, int]]:
    matcher, names, anchors = _matcher(target.vocab, idioms, group)
    if not _may_match(target, anchors):
        return []
    # Only the patterns whose words are all in the draft: usually one of the group's ten.
    # The Matcher's work grows with its patterns, every pattern tried at every word; one
    # without all its anchors cannot match, and leaving it out changes neither the other
    # patterns' matches nor their order (the Matcher follows each pattern on its own).
    present = present_values(target)
    possible = tuple(
        i for i, p in enumerate(anchors) if all(not values.isdisjoint(present[column]) for column, values in p)
    )
    if len(possible) < len(anchors):
        matcher = _sub_matcher(target.vocab, idioms, group, possible)
    return [(names[key], start, end) for key, start, end in matcher(target)]


#: Matchers of some of a group's patterns, per (vocabulary, idiom set, group, pattern
#: indices), holding the vocabulary and idiom set so their ids are never reused. Drafts
#: bring few distinct sets of possible patterns, so this stays small.
_SUBSETS: dict[tuple[int, int, str, tuple[int, ...]], tuple[Vocab, tuple[Idiom, ...], Matcher]] = {}


def _sub_matcher(vocab: Vocab, idioms: tuple[Idiom, ...], group: str, chosen: tuple[int, ...]) -> Matcher:
    """A Matcher of the group's patterns at ``chosen`` (their positions among the group's
    idioms), added in the group's order."""
    key = (id(vocab), id(idioms), group, chosen)
    cached = _SUBSETS.get(key)
    if cached is None or cached[0] is not vocab or cached[1] is not idioms:
        from spacy.matcher import Matcher

        matcher = Matcher(vocab)
        wanted = set(chosen)
        for index, idiom in enumerate(i for i in idioms if i.group == group):
            if index in wanted:
                matcher.add(idiom.name, [[dict(token) for token in idiom.pattern]])
        cached = _SUBSETS[key] = (vocab, idioms, matcher)
    return cached[2]
