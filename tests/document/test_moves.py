"""The moves analysis on the real pipeline: what each sentence of a draft does, and the
outline that ``declint outline`` prints."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from declint.cli.entry import main
from declint.document.email import EmailDocument
from declint.document.moves import moves_of, outline

FRAME = "Dear Ms. Lee,\n\n{body}\n\nBest regards,\nJordan Avery\n"

# (sentence, the moves a reader sees in it), written from the sentences, not from declint.
SENTENCES = [
    ("Thank you for inviting me to interview for the analyst role.", ("thanks",)),
    ("I was sorry to hear that your office move has been delayed.", ("sympathy",)),
    ("I am sorry for the short notice.", ("apology",)),
    ("I must withdraw my application.", ("decision",)),
    ("I might not be able to attend.", ("decision",)),
    ("I have accepted another offer.", ("decision", "reason")),
    ("I enjoyed learning about your team's work.", ("praise",)),
    ("I came away from Marlowe Dental genuinely impressed.", ("praise",)),
    ("I loved hearing how the Ashdown Trust runs its outreach days.", ("praise",)),
    ("Touring the new imaging suite was a real highlight.", ("praise",)),
    ("Your lab's work on soil microbes was one of the reasons I applied.", ("praise",)),
    ("I have a great deal of respect for the work your midwives do.", ("praise",)),
    ("I have heard excellent things about your apprenticeship scheme.", ("praise",)),
    ("My cousin has nursed on your stroke unit for years and speaks very highly of it.", ("praise",)),
    ("Lunch in your canteen was one of the best meals I have had all year.", ("praise",)),
    ("My brother drives for your depot and has only good things to say about the managers.", ("praise",)),
    ("The lunch rush was chaos from start to finish, and I loved every minute of it.", ("praise",)),
    ("I hope our paths cross again.", ("door opened",)),
    ("I hope there will be a chance to work with your team after I finish my course.", ("door opened",)),
    ("I'm afraid I won't be taking it up.", ("decision",)),
    ("I'm going to say no to the interview this time.", ("decision",)),
    ("Please do not contact me again.", ("door shut",)),
    ("I wish you every success with the search.", ("well-wishes",)),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES, ids=[s for s, _ in SENTENCES])
def test_a_sentence_makes_the_moves_a_reader_sees(
    make_document: Callable[..., EmailDocument], sentence: str, expected: tuple[str, ...]
) -> None:
    (moves,) = moves_of(make_document(FRAME.format(body=sentence)))
    assert tuple(m.value for m in moves.moves) == expected


def test_a_decision_is_plain_hedged_or_implied(make_document: Callable[..., EmailDocument]) -> None:
    body = "I must withdraw. I might not be able to attend. I have accepted another offer."
    details = [s.cue(s.moves[0]).detail for s in moves_of(make_document(FRAME.format(body=body)))]  # type: ignore[union-attr]
    assert details == ["plain", "hedged", "implied"]


def test_thanks_for_their_understanding_is_marked_as_not_for_the_opportunity(
    make_document: Callable[..., EmailDocument],
) -> None:
    (moves,) = moves_of(make_document(FRAME.format(body="Thank you for your understanding.")))
    cue = moves.cue(moves.moves[0])
    assert cue is not None and cue.detail == "for understanding, not the opportunity"


def test_a_causal_clause_is_the_reason_not_its_whole_sentence(make_document: Callable[..., EmailDocument]) -> None:
    body = "After much thought I have decided to stay in my current post, as my employer has matched the offer."
    (moves,) = moves_of(make_document(FRAME.format(body=body)))
    assert moves.reason is not None
    text = make_document(FRAME.format(body=body)).text
    assert text[moves.reason[0] : moves.reason[1]] == "as my employer has matched the offer"
    assert moves.reason[2] == 7


def test_the_outline_reads_in_order(make_document: Callable[..., EmailDocument]) -> None:
    body = (
        "Thank you for inviting me to interview for the analyst role. I must withdraw. My partner has "
        "taken a job in Perth, so we are moving in May. The commute from there would take three hours. "
        "I hope our paths cross again."
    )
    assert outline(make_document(FRAME.format(body=body))) == [
        "greeting", "thanks", "decision (plain)", "reason (2 sentences, 22 words)", "door opened", "sign-off",
    ]


def test_declint_outline_prints_the_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text(FRAME.format(body="Thank you for the invitation. I must withdraw."), encoding="utf-8")
    assert main(["outline", str(draft)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [str(draft), "  greeting → thanks → decision (plain) → sign-off"]


def test_declint_outline_reports_a_missing_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("declint: ") and "nope.txt" in err and "Traceback" not in err
