"""The language server does not keep the words of every draft it has linted.

spaCy interns each string it meets for the life of the process; in an editor that is every
half-typed word. The server lints inside a spaCy memory zone so those strings are freed.
"""

from __future__ import annotations

from declint.lsp.drafts import DraftChecker
from declint.nlp.pipeline import DEFAULT_MODEL, load_pipeline
from declint.ruleapi.registry import Registry

# Written for this test: a stiff greeting is fine; three apologies are one too many.
DRAFT = (
    "Dear Ms. Okonjo,\n\nThank you for the interview invitation for the courier dispatcher post. "
    "I have accepted another offer. Sorry, sorry, I am sorry about the timing. {word}\n\n"
    "Best regards,\nPat Linde\n"
)


def test_linting_new_words_leaves_the_string_store_as_it_was(registry: Registry) -> None:
    checker = DraftChecker(registry)
    first = checker.check(None, "plaintext", DRAFT.format(word=""), "utf-16")
    assert first is not None
    nlp = load_pipeline(DEFAULT_MODEL)
    before = len(nlp.vocab.strings)
    for i in range(25):
        checked = checker.check(None, "plaintext", DRAFT.format(word=f"Zarquonel{i} ref {i * 97}"), "utf-16")
        assert checked is not None and checked.problem is None
    assert len(nlp.vocab.strings) == before
    assert "Zarquonel3" not in nlp.vocab.strings
    # The zones freed only transient entries: the same draft still gets the same findings.
    again = checker.check(None, "plaintext", DRAFT.format(word=""), "utf-16")
    assert again is not None
    assert [(f.rule, f.start, f.end) for f in again.findings] == [(f.rule, f.start, f.end) for f in first.findings]
    assert "over-apology" in {f.rule for f in again.findings}
