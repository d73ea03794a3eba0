"""Placeholders: found in linear time, flagged in drafts, read as the words they stand for."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from declint.core.findings import Finding
from declint.document.email import EmailDocument
from declint.text.parts import split_email
from declint.text.placeholders import find_placeholders, placeholder_kind, stand_in

TEMPLATE = """Dear {{ first_name }},

Thank you for inviting me to interview for the [Job Title] role at [Company Name]. I have
accepted another offer, so I must withdraw my application. I enjoyed learning about your team and the work you do, and I wish you every success with the search. I hope our paths cross again.

Best regards,
[Your Name]
"""


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("[Hiring Manager Name]", "person"),
        ("{{ first_name }}", "person"),
        ("<SIGNATURE>", "person"),
        ("[Company Name]", "org"),
        ("${program}", "org"),
        ("[Job Title]", "role"),
        ("[name of position]", "role"),
        ("[Date and Time]", "date"),
        ("[location]", "place"),
        ("<OPTIONAL-ADDITIONAL-TEXT>", "other"),
    ],
)
def test_kind_is_read_from_the_words_inside(written: str, kind: str) -> None:
    assert placeholder_kind(written) == kind


@pytest.mark.parametrize("written", ["_", "__", "[.]", "[Your Name]", "{{ first_name }}", "<SIGNATURE>"])
def test_stand_in_keeps_the_length(written: str) -> None:
    word = stand_in(written)
    assert len(word) == len(written)
    assert word.strip() and word.strip()[0].isupper()


def test_parse_reads_placeholders_as_names_with_offsets_unchanged(
    make_document: Callable[..., EmailDocument],
) -> None:
    document = make_document(TEMPLATE, template=True)
    assert len(document.analysis.parse_text) == len(document.text)
    greeting_name = next(t for t in document.doc if t.idx == document.text.index("{{"))
    assert greeting_name.text.isalpha() and greeting_name.text[0].isupper()
    assert greeting_name.pos_ == "PROPN"
    outside = [
        i for i, (a, b) in enumerate(zip(document.text, document.analysis.parse_text, strict=True))
        if a != b and not document.in_placeholder(i, i + 1)
    ]
    assert outside == []


def test_structure_treats_placeholders_as_names() -> None:
    parts = split_email(TEMPLATE)
    assert parts.greeting is not None and TEMPLATE[parts.greeting.start : parts.greeting.end] == "Dear {{ first_name }},"
    assert parts.signer is not None and TEMPLATE[parts.signer.start : parts.signer.end] == "[Your Name]"
    text = "Hi,\n\nI must decline the interview.\n\nThanks\n<SIGNATURE>\n"
    parts = split_email(text)
    assert parts.signer is not None and text[parts.signer.start : parts.signer.end] == "<SIGNATURE>"


def test_a_draft_with_placeholders_is_flagged_once_each(lint_text: Callable[..., list[Finding]]) -> None:
    found = lint_text(TEMPLATE, "placeholder")
    assert [TEMPLATE[f.start : f.end] for f in found] == [
        "{{ first_name }}", "[Job Title]", "[Company Name]", "[Your Name]",
    ]


def test_template_mode_expects_placeholders_and_other_rules_read_them_as_names(
    lint_text: Callable[..., list[Finding]],
) -> None:
    findings = lint_text(TEMPLATE, template=True)
    assert [f.rule for f in findings] == []


def test_without_stand_ins_the_template_would_lack_a_signer(lint_text: Callable[..., list[Finding]]) -> None:
    # The same draft with its signer left blank: closing must notice, so the silence above
    # comes from reading "[Your Name]" as a name, not from closing never firing.
    unsigned = TEMPLATE.replace("[Your Name]\n", "")
    assert [f.rule for f in lint_text(unsigned, "closing", template=True)] == ["closing"]


@pytest.mark.parametrize(
    "attack",
    ["<" * 20000, "[" * 20000, "{" * 20000, "_(" * 10000, "<a" * 10000 + "@", "[a" * 10000 + "](", "%a" * 10000],
)
def test_search_survives_hostile_input(attack: str) -> None:
    # Its speed is measured in benchmarks/bench_pathological.py; here, that what is found
    # lies in the text, in order, without overlaps.
    spans = find_placeholders(attack)
    assert all(0 <= a.start < a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert all(span.end <= len(attack) for span in spans)
