"""Dates and times written in prose, read relative to when an email is sent.

"tomorrow", "this afternoon", "on Friday", "March 14", "14 March", "3/14", "2026-03-14",
"at 10:30 am". Every pattern is bounded, so the search is linear in the text's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.utils import parsedate_to_datetime

from declint.text.vocabulary import vocabulary

_MONTHS = vocabulary().months
_WEEKDAYS = vocabulary().weekdays
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?:,?[ \t]{1,3}(?P<year>\d{4}))?"

_RELATIVE = re.compile(
    r"\b(?P<word>(?:the[ \t]{1,3})?day[ \t]{1,3}after[ \t]{1,3}tomorrow|earlier[ \t]{1,3}today"
    r"|(?:later[ \t]{1,3})?today|tonight|(?:tomorrow|tmrw|tmw|tmrrw|2moro|2morrow)"
    r"(?:[ \t]{1,3}(?:morning|afternoon|evening|night))?"
    r"|this[ \t]{1,3}(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
# Shorthand for tomorrow, in text-speak.
_TOMORROWS = ("tomorrow", "tmrw", "tmw", "tmrrw", "2moro", "2morrow")
# "in the morning", "first thing in the morning", "at lunchtime": the next such time after
# sending (the morning after an evening email; today's lunch from a morning one).
_NEXT_PART = re.compile(
    r"\b(?:first[ \t]{1,3}thing[ \t]{1,3})?"
    r"(?:in[ \t]{1,3}the[ \t]{1,3}(?P<part>morning)|at[ \t]{1,3}(?P<lunch>lunch(?:time)?))\b",
    re.IGNORECASE,
)
# "less than a day away", "under a day": within the day.
_WITHIN_A_DAY = re.compile(r"\b(?:less[ \t]{1,3}than|under|within)[ \t]{1,3}a[ \t]{1,3}day\b", re.IGNORECASE)
_IN_HOURS = re.compile(
    r"\bin[ \t]{1,3}(?:(?:about|around|roughly|just[ \t]{1,3}under|under|less[ \t]{1,3}than|some)[ \t]{1,3})?"
    r"(?P<n>an?|one|two|three|four|five|six|a[ \t]few|a[ \t]couple[ \t]of|a[ \t]couple|\d{1,3}|half[ \t]an)"
    r"[ \t]{1,3}"
    r"(?P<unit>hours?|minutes?|mins?|hrs?)(?:'|’)?\b",
    re.IGNORECASE,
)
# Weekdays shortened, capitalised as written ("Thurs 8th", "my Weds interview"). "Sat" and
# "Sun" are words too, so they count only after "on" or before a day's number.
_WEEKDAY_SHORT = re.compile(
    r"\b(?:(?P<which>on|this|coming)[ \t]{1,3})?(?P<day>Mon|Tues?|Weds?|Thur?s?|Fri)\b\.?"
    r"|\bon[ \t]{1,3}(?P<weekend>Sat|Sun)\b\.?|\b(?P<weekend2>Sat|Sun)\.?(?=[ \t]{1,3}\d)"
)
# Words of a later period that a bare clock time may belong to: "the 11:30 next week".
_LATER_PERIOD = re.compile(r"\b(?:week|weeks|month|months|year|fortnight|next|following)\b", re.IGNORECASE)
# "last Wednesday", "this past Monday": a weekday gone by.
_LAST = re.compile(r"\b(?:last|past)[ \t]{1,3}$", re.IGNORECASE)
# A shortened weekday's place in the week, from the full names: "wed" of "wednesday".
_SHORT_DAYS = {day[:3]: index for index, day in enumerate(_WEEKDAYS)}
# Numeric dates with a year and dots or dashes ("19.06.2026", "19-06-26"), and the year
# first with slashes ("2026/06/19").
_NUMERIC_DOTTED = re.compile(
    r"(?<![\d/.:-])(?P<day>\d{1,2})(?P<sep>[.-])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d.-]\d)"
)
_YEAR_FIRST = re.compile(r"\b(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})\b")
# "19-Jun-26", "19 Jun 26".
_DAY_MON_YY = re.compile(r"\b(?P<day>\d{1,2})-" + _MONTH + r"-(?P<year>\d{2}|\d{4})\b", re.IGNORECASE)
# A clock time named as the meeting itself: "our 9:30", "the 8:15 Teams call", "the 3pm".
# "our meeting at 3", "the interview at 10": a bare hour right after the meeting's name.
_MEETING_AT = re.compile(
    r"\b(?:interview|meeting|call|appointment|chat)[ \t]{1,3}at[ \t]{1,3}(?P<h>\d{1,2})\b(?![:.]\d|[ \t]?[ap]\.?m)",
    re.IGNORECASE,
)
_OWN_TIME = re.compile(
    r"\b(?:our|the|my|your)[ \t]{1,3}(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?[ \t]?(?P<ampm>[ap]\.?m\.?)?"
    r"(?=[ \t]|[.,;!?]|$)(?![ \t]{1,3}(?:days?|weeks?|months?|years?|hours?|minutes?|people|of|per)\b)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"\b(?:(?P<which>on|this|next|coming)[ \t]{1,3})?(?P<day>" + "|".join(_WEEKDAYS) + r")\b(?!s)",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"\b" + _MONTH + r"\.?[ \t]{1,3}(?P<day>\d{1,2})(?:st|nd|rd|th)?\b" + _YEAR, re.IGNORECASE
)
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \t]{1,3}(?:of[ \t]{1,3})?" + _MONTH + r"\b\.?" + _YEAR, re.IGNORECASE
)
# "the 17th" with no month (a month after it is _DAY_MONTH's): a day of this month or next.
_ORDINAL_DAY = re.compile(
    r"\bthe[ \t]{1,3}(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b(?![ \t]{1,3}(?:of[ \t]{1,3})?" + _MONTH + r")"
    # "the 2nd interview", "the 3rd round": an ordinal of something, not a day.
    r"(?![ \t]{1,3}(?:interview|round|stage|time|call|floor|year|attempt|meeting|part|step|place|choice|"
    r"candidate|draft|week|day|month|person|one|of[ \t]{1,3}(?:the|my|your|our)\b))",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"(?<![\d/.:])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<year>\d{4}|\d{2}))?(?![\d/])")
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ](?P<h>\d{2}):(?P<m>\d{2}))?\b")
_CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?[ \t]?(?P<ampm>[ap])\.?m\b\.?"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)\b"
    r"|\b(?P<noon>noon|midday)\b",
    re.IGNORECASE,
)
# What every date pattern above needs somewhere in the text: a digit, a word of _RELATIVE
# or _IN_HOURS, or a weekday. Matched with the same flag, so it folds case as they do; a
# text without any (most sentences) has no date, and the nine searches are skipped.
_MAY_HOLD_A_DATE = re.compile(
    r"\d|today|tonight|tomorrow|tmrw|tmw|tmrrw|2mor|morning|afternoon|evening|hour|minute|lunch|a day|"
    r"mon|tue|wed|thu|fri|sat|sun|" + "|".join(_WEEKDAYS),
    re.IGNORECASE,
)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a couple of": 2, "a couple": 2
}
# When a part of the day is over: "this morning" written after noon is the past.
_PART_ENDS = {"morning": time(12), "afternoon": time(18), "evening": time(23, 59)}
# When a part of the day is named without a clock time, its usual start.
_PART_OF_DAY = {"morning": time(9), "afternoon": time(13), "evening": time(18), "night": time(19)}


@dataclass(frozen=True)
class DateMention:
    """A written date: where it is (offsets into the text searched) and what it may mean."""

    start: int
    end: int
    text: str
    #: Every moment the words may mean (a numeric "3/4" has two), each with whether a
    #: time of day is known.
    moments: tuple[tuple[datetime, bool], ...]
    #: A date written out with its month's name or as an ISO date: it means the same day
    #: whenever it was written ("tomorrow", "on Friday", "the 17th" and "3/4" do not).
    written_out: bool = False
    #: The words name the meeting itself ("our 9:30", "the 8:15 call"), not only a time.
    names_meeting: bool = False


def sending_time(headers: Mapping[str, str], now: datetime | None) -> datetime:
    """When the email is sent: its Date: header, else the given time, else the clock."""
    value = next((v for k, v in headers.items() if k.lower() == "date"), "")
    if value:
        try:
            sent = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            sent = None
        if sent is None:
            # Front matter and pasted headers often carry an ISO date ("2026-03-12").
            try:
                sent = datetime.fromisoformat(value.strip().strip("'\""))
            except ValueError:
                sent = None
        if sent is not None:
            # The sender's own wall-clock time is what "tomorrow" is relative to.
            return sent.replace(tzinfo=None)
    if now is not None:
        return now.replace(tzinfo=None) if now.tzinfo else now
    return datetime.now()


def find_times(text: str) -> Iterator[tuple[int, int, time]]:
    for match in _CLOCK.finditer(text):
        if match.group("noon"):
            yield match.start(), match.end(), time(12)
            continue
        if match.group("ampm"):
            hour = int(match.group("h"))
            minute = int(match.group("m") or 0)
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if match.group("ampm").lower() == "p" else 0)
        else:
            hour, minute = int(match.group("h24")), int(match.group("m24"))
        yield match.start(), match.end(), time(hour, minute)


def _nearest_year(month: int, day: int, now: datetime) -> date | None:
    """A date without a year means the next one, or one a few weeks back at most."""
    for year in (now.year - 1, now.year, now.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= now.date() - timedelta(days=60):
            return candidate
    return None


def _on(day: date | None, at: time | None) -> tuple[datetime, bool] | None:
    if day is None:
        return None
    return datetime.combine(day, at or time(0)), at is not None


def _dated(month: int, day: int, year: str | None, now: datetime) -> date | None:
    if year:
        full = int(year) + (2000 if len(year) == 2 else 0)
        try:
            return date(full, month, day)
        except ValueError:
            return None
    return _nearest_year(month, day, now)


def _next_day_numbered(today: date, wanted: int) -> date | None:
    """The first date on or after ``today`` whose day of the month is ``wanted``."""
    year, month = today.year, today.month
    for _ in range(3):
        try:
            candidate = date(year, month, wanted)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= today:
            return candidate
        month += 1
        if month > 12:
            year, month = year + 1, 1
            if year > 9999:
                return None
    return None


def find_dates(text: str, now: datetime) -> list[DateMention]:
    """Every date in ``text``; a clock time in the same text attaches to each of them."""
    if not _MAY_HOLD_A_DATE.search(text):
        return []
    times = list(find_times(text))
    clock = times[0][2] if times else None
    out: list[DateMention] = []

    def add(
        match: re.Match[str], *moments: tuple[datetime, bool] | None, written_out: bool = False, meeting: bool = False
    ) -> None:
        kept = tuple(m for m in moments if m is not None)
        if kept:
            out.append(DateMention(match.start(), match.end(), match.group(0), kept, written_out, meeting))

    for match in _RELATIVE.finditer(text):
        word = " ".join(match.group("word").lower().split())
        if word.startswith("earlier"):
            continue  # "after the first round earlier today": the past
        after = "after tomorrow" in word
        day = now.date() + timedelta(days=2 if after else 1 if word.startswith(_TOMORROWS) else 0)
        part = word.split()[-1]
        at = clock or (_PART_OF_DAY["night"] if word == "tonight" else _PART_OF_DAY.get(part))
        if word.startswith("this") and at is not None and clock is None and now.time() >= _PART_ENDS[part]:
            continue  # "thank you for meeting me this morning", written in the afternoon: the past
        add(match, _on(day, at))
    for match in _IN_HOURS.finditer(text):
        n_text = " ".join(match.group("n").lower().split())
        amount = 0.5 if n_text == "half an" else 3 if n_text == "a few" else _NUMBERS.get(n_text) or int(n_text)
        unit = timedelta(hours=1) if match.group("unit").lower().startswith("hour") else timedelta(minutes=1)
        add(match, (now + unit * amount, True))
    for match in _NEXT_PART.finditer(text):
        at = time(9) if match.group("part") else time(12, 30)
        day = now.date() if now.time() < at else now.date() + timedelta(days=1)
        add(match, _on(day, clock or at))
    for match in _WITHIN_A_DAY.finditer(text):
        add(match, (now + timedelta(hours=23), True))
    for match in _WEEKDAY_SHORT.finditer(text):
        if _LAST.search(text, max(0, match.start() - 6), match.start()):
            continue
        name = (match.group("day") or match.group("weekend") or match.group("weekend2"))[:3].lower()
        ahead = (_SHORT_DAYS[name] - now.weekday()) % 7
        if ahead == 0 and (match.group("which") or "").lower() != "this":
            ahead = 7
        add(match, _on(now.date() + timedelta(days=ahead), clock))
    for match in _NUMERIC_DOTTED.finditer(text):
        add(match, _on(_dated(int(match.group("month")), int(match.group("day")), match.group("year"), now), clock))
    for match in _YEAR_FIRST.finditer(text):
        first = _dated(int(match.group("month")), int(match.group("day")), match.group("year"), now)
        add(match, _on(first, clock), written_out=True)
    for match in _DAY_MON_YY.finditer(text):
        month = _MONTHS[match.group("month")[:3].lower()]
        add(match, _on(_dated(month, int(match.group("day")), match.group("year"), now), clock), written_out=True)
    for match in _WEEKDAY.finditer(text):
        if _LAST.search(text, max(0, match.start() - 6), match.start()):
            continue  # "your call last Wednesday": the past
        which = (match.group("which") or "").lower()
        if which == "next":
            continue  # "next Friday" may mean this week's or the one after: never guess.
        wanted = _WEEKDAYS.index(match.group("day").lower())
        ahead = (wanted - now.weekday()) % 7
        if ahead == 0 and which != "this":
            ahead = 7
        add(match, _on(now.date() + timedelta(days=ahead), clock))
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(text):
            month = _MONTHS[match.group("month")[:3].lower()]
            add(match, _on(_dated(month, int(match.group("day")), match.group("year"), now), clock), written_out=True)
    for match in _ORDINAL_DAY.finditer(text):
        # "on the 17th": the next day of the month with that number, from the sending day.
        numbered = _next_day_numbered(now.date(), int(match.group("day")))
        if numbered is not None:
            add(match, _on(numbered, clock))
    for match in _NUMERIC.finditer(text):
        a, b = int(match.group("a")), int(match.group("b"))
        # 3/14 is March 14 (US), 14/3 is 14 March; 3/4 may be either, so both are kept.
        readings = {(a, b), (b, a)} if a <= 12 and b <= 12 else {(a, b)} if a <= 12 else {(b, a)}
        add(match, *(_on(_dated(m, d, match.group("year"), now), clock) for m, d in readings if 1 <= m <= 12))
    for match in _ISO.finditer(text):
        try:
            day = date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
        except ValueError:
            continue
        hour = match.group("h")
        at = time(int(hour), int(match.group("m"))) if hour and int(hour) < 24 else clock
        add(match, _on(day, at), written_out=True)
    if not out and not _LATER_PERIOD.search(text):
        # "our 9:30", "the 8:15 Teams call": a clock time that names the meeting, with no
        # day, is its next occurrence after sending ("the 11:30 next week" is not).
        for match in _OWN_TIME.finditer(text):
            hour, minute = int(match.group("h")), int(match.group("m") or 0)
            ampm = (match.group("ampm") or "").lower()[:1]
            if not match.group("m") and not ampm:
                continue  # "the 3 of us": a bare number is no time
            if ampm:
                if not 1 <= hour <= 12:
                    continue
                hour = hour % 12 + (12 if ampm == "p" else 0)
            elif hour > 23:
                continue
            elif hour < 7:
                hour += 12  # "our 3:30" in working hours is the afternoon
            at = time(hour, minute)
            day = now.date() if now.time() < at else now.date() + timedelta(days=1)
            add(match, _on(day, at), meeting=True)
        for match in _MEETING_AT.finditer(text):
            hour = int(match.group("h"))
            if not 1 <= hour <= 12:
                continue
            at = time(hour + 12 if hour < 7 else hour)  # "at 3" in working hours is 3 pm
            day = now.date() if now.time() < at else now.date() + timedelta(days=1)
            add(match, _on(day, at))
    # "Friday, March 14": the explicit date decides, so a weekday right beside one is dropped.
    explicit = [m for m in out if not _WEEKDAY.fullmatch(m.text) and not _RELATIVE.fullmatch(m.text)]
    out = [
        m for m in out
        if not _WEEKDAY.fullmatch(m.text)
        or not any(-1 <= e.start - m.end <= 4 or -1 <= m.start - e.end <= 4 for e in explicit)
    ]
    out.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in out:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
