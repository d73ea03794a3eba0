"""The date and name readers the timing and proofreading rules share (no parse needed)."""

from __future__ import annotations

from datetime import datetime

import pytest

from declint.core.spans import CharSpan
from declint.text.dates import find_dates, sending_time
from declint.text.names import header_recipients, person_name, quoted_senders

THURSDAY = datetime(2026, 3, 12, 9, 0)


@pytest.mark.parametrize(
    ("text", "moments"),
    [
        ("tomorrow at 10:30 am", ["2026-03-13T10:30"]),
        ("this afternoon", ["2026-03-12T13:00"]),
        ("on Friday", ["2026-03-13T00:00"]),
        ("on Thursday", ["2026-03-19T00:00"]),
        ("this Thursday", ["2026-03-12T00:00"]),
        ("Monday, March 16 at 2pm", ["2026-03-16T14:00"]),
        ("the 14th of March", ["2026-03-14T00:00"]),
        ("3/14", ["2026-03-14T00:00"]),
        ("14/3", ["2026-03-14T00:00"]),
        ("4/3", ["2026-03-04T00:00", "2026-04-03T00:00"]),
        ("2026-03-14T09:30", ["2026-03-14T09:30"]),
        ("January 5", ["2027-01-05T00:00"]),
        ("in two hours", ["2026-03-12T11:00"]),
        ("the interview tmrw", ["2026-03-13T00:00"]),
        ("in about 90 minutes", ["2026-03-12T10:30"]),
        ("in a couple of hours", ["2026-03-12T11:00"]),
        ("less than a day away", ["2026-03-13T08:00"]),
        ("first thing in the morning", ["2026-03-13T09:00"]),
        ("at lunchtime", ["2026-03-12T12:30"]),
        ("my Weds interview", ["2026-03-18T00:00"]),
        ("on Sat", ["2026-03-14T00:00"]),
        ("on 13.03.2026", ["2026-03-13T00:00"]),
        ("2026/03/13", ["2026-03-13T00:00"]),
        ("13-Mar-26", ["2026-03-13T00:00"]),
        ("our 3:30", ["2026-03-12T15:30"]),
        ("the 8:15 call", ["2026-03-13T08:15"]),
        ("the 11:30 next week", []),
        ("the day after tomorrow at 8am", ["2026-03-14T08:00"]),
        ("earlier today", []),
        ("your call last Wednesday", []),
        ("our meeting at 3", ["2026-03-12T15:00"]),
        ("I sat the exam", []),
        ("the 3 of us", []),
        ("next Friday", []),
        ("on Fridays", []),
        ("version 2.5", []),
    ],
)
def test_find_dates(text: str, moments: list[str]) -> None:
    found = [sorted(w.isoformat(timespec="minutes") for w, _ in m.moments) for m in find_dates(text, THURSDAY)]
    assert found == ([moments] if moments else [])


def test_the_quick_check_for_date_words_never_hides_a_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates skips texts with no digit, weekday or time word; over texts built from
    every kind of date and many near-misses, skipping changes nothing."""
    import itertools
    import re

    import declint.text.dates as dates

    pieces = [
        "TOMORROW Morning", "later today", "tonight", "This Evening", "in two hours", "in 45 minutes",
        "in half an hour", "on FRIDAY", "next Monday", "Sundays", "March 16th", "16 of Sept, 2026",
        "the 17th", "the 2nd round", "3/14", "14/3/26", "2026-03-14 09:30", "at noon", "at 9.30pm",
        "the team", "this week", "a month", "Thanks", "\u0663/\u0664", "tmrw", "Weds", "on Sat", "13.03.2026",
        "2026/03/13", "13-Mar-26", "our 3:30", "at lunchtime", "less than a day", "day after tomorrow", "meeting at 3", "",
    ]
    texts = [f"{a} and {b}." for a, b in itertools.product(pieces, repeat=2)]
    quick = [find_dates(text, THURSDAY) for text in texts]
    monkeypatch.setattr(dates, "_MAY_HOLD_A_DATE", re.compile(""))
    assert quick == [find_dates(text, THURSDAY) for text in texts]
    assert sum(bool(found) for found in quick) > len(texts) // 2


def test_sending_time_prefers_the_date_header() -> None:
    headers = {"Date": "Fri, 13 Mar 2026 18:45:00 +0100"}
    assert sending_time(headers, THURSDAY) == datetime(2026, 3, 13, 18, 45)
    assert sending_time({"Date": "not a date"}, THURSDAY) == THURSDAY
    assert sending_time({}, THURSDAY) == THURSDAY


@pytest.mark.parametrize(
    ("greeting", "recipient", "same"),
    [
        ("Ms. Lee", "Ana Lee", True),
        ("Ana", "Ana Lee", True),
        ("Zoe", "Zoë Martín", True),
        ("Sam", "Samantha Reyes", True),
        ("Ms. L.", "Ana Lee", True),
        ("Tom", "Ana Lee", False),
        ("Mr. Lim", "Ana Lee", False),
    ],
)
def test_names_match_leniently(greeting: str, recipient: str, same: bool) -> None:
    a, b = person_name(greeting), person_name(recipient)
    assert a is not None and b is not None
    assert a.matches(b) is same


@pytest.mark.parametrize("role", ["Hiring Manager", "Sir or Madam", "Recruitment Team", "[Name]", "there"])
def test_roles_are_not_people(role: str) -> None:
    assert person_name(role) is None


def test_ma_alone_is_a_courtesy_and_a_titled_ma_a_surname() -> None:
    # "Good morning Ma,": madam, in West African and Indian English; "Mr. Ma" is a person.
    assert person_name("Ma") is None
    mr_ma = person_name("Mr. Ma")
    assert mr_ma is not None and mr_ma.words == ("ma",)


def test_header_recipients_skip_companies() -> None:
    headers = {"To": '"Lee, Ana" <ana@x.example>, Globex <jobs@globex.example>, Ana <a.b@x.example>'}
    assert [n.text for n in header_recipients(headers)] == ["Ana Lee"]


def test_quoted_senders_read_attribution_and_signature() -> None:
    text = (
        "Dear Ms. Park,\n\nThanks.\n\n"
        "On Mon, Mar 9, 2026 at 10:02 AM Helen Park <hp@x.example> wrote:\n"
        "> Hi Jo,\n> Come in on Friday.\n> Best,\n> Helen P.\n> Talent Partner, Initech\n"
    )
    start = text.index("On Mon")
    names = quoted_senders(text, [CharSpan(start, len(text))])
    assert [n.words for n in names] == [("helen", "park"), ("helen", "p")]
