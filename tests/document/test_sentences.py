"""Where the draft's sentences start, as every rule reads them (the real pipeline)."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from declint.document.email import EmailDocument

FRAME = "Dear Ms. Lee,\n\n{body}\n\nBest regards,\nJordan Avery\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A company suffix's full stop ends the sentence when a new one plainly opens after it.
        (
            "Thank you for the invitation to interview for the Payroll Lead position at Harlow Freight Ltd. I have "
            "decided to withdraw my application.",
            [
                "Thank you for the invitation to interview for the Payroll Lead position at Harlow Freight Ltd.",
                "I have decided to withdraw my application.",
            ],
        ),
        (
            "Thank you for the interview at Ostrander Inc. The team was very kind.",
            ["Thank you for the interview at Ostrander Inc.", "The team was very kind."],
        ),
        # A suffix inside the sentence keeps it whole.
        (
            "I have accepted an offer from Harlow Freight Ltd. in Leeds, so I must withdraw.",
            ["I have accepted an offer from Harlow Freight Ltd. in Leeds, so I must withdraw."],
        ),
    ],
)
def test_sentences_start_where_a_reader_sees_them(
    make_document: Callable[..., EmailDocument], body: str, expected: list[str]
) -> None:
    document = make_document(FRAME.format(body=body))
    got = [s.text for s in document.sentences() if s.start_char >= document.text.index(body[:12])]
    assert got[: len(expected)] == expected
