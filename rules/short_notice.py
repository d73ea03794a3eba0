"""Rule ``short-notice``: an interview declined on the day, or the day before."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.document.moves import Move, moves_of
from declint.nlp.present import span_text
from declint.ruleapi.base import Finding, Rule, RuleOptions
from declint.ruleapi.data import rule_data
from declint.text.dates import DateMention, find_dates, sending_time

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Word lists, from short_notice.toml beside this module.
_DATA = rule_data("short_notice")

# What a date must belong to: the interview, or a word standing for it.
_MEETING_NOUNS = frozenset(_DATA["meeting_nouns"])
# Verbs that take the interview as given: "I can't attend tomorrow", "I must cancel today".
_MEETING_VERBS = frozenset(_DATA["meeting_verbs"])
_CANCEL_VERBS = frozenset(_DATA["cancel_verbs"])
# Planning verbs may be past: "the interview you scheduled for tomorrow".
_PLANNING_VERBS = frozenset(_DATA["planning_verbs"])
# Prepositions that place the interview in the verb's event: "come in for the interview".
_TIE_PREPOSITIONS = frozenset({"for", "to", "at", "of", "from", "with", "on", "in"})
# Nouns that are another event when they come with "a"/"another": "a meeting tomorrow at work".
_OTHER_EVENT_DETS = frozenset(_DATA["other_event_determiners"])
# Mentions that already say how soon ("tomorrow morning", "in two hours"): quoted as written.
_SAYS_WHEN = tuple(_DATA["says_when"])
# Words of a day that may stand as an owner: "tonight's call", "Friday's panel".
_DATE_WORDS = frozenset(_DATA["date_words"])
# Words that reach the meeting through "of": "pull out of", "ahead of", "instead of".
_OUT_OF = frozenset(_DATA["out_of"])
#: An interview is weeks away at most: of two readings of "11/03", one within this many
#: days of sending and one beyond it, the near one is meant.
_NEAR_DAYS = 60


@dataclass(frozen=True)
class ShortNoticeOptions(RuleOptions):
    #: An interview fewer than this many hours after sending is short notice.
    min_hours: int = 24
    #: An interview on the sending day or up to this many calendar days later is short notice.
    calendar_days: int = 1


def _is_the_interview(token: Token) -> bool:
    named = token.lemma_.lower() in _MEETING_NOUNS or token.lower_ in _MEETING_NOUNS
    if not named and not any(
        c.dep_ == "compound" and c.lemma_.lower() in _MEETING_NOUNS for c in token.children
    ):
        return False  # "the assessment centre", "the interview slot" name it too
    if token.pos_ not in ("NOUN", "PROPN") and token.lemma_.lower() != "interview":
        return False
    dets = {c.lower_ for c in token.children if c.dep_ in ("det", "amod", "poss")}
    other = dets & _OTHER_EVENT_DETS
    if other == {"second"} and dets & {"the", "your", "our", "this"}:
        other = set()  # "the second interview" is this employer's next round; "a second" may not be
    if other:
        return False
    if token.lemma_.lower() == "interview":
        return True
    # "a meeting tomorrow", "my dentist's appointment" are other events; "our call" is theirs.
    if dets & {"a", "an", "my"}:
        return False
    # "my dentist's appointment" is another event; "tonight's call" is only dated.
    return not any(
        c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and c.lower_ not in _DATE_WORDS for c in token.children
    )


def _clause_mentions_interview(verb: Token) -> bool:
    """The interview is the verb's subject or object, or a noun the verb's clause describes."""
    near = list(verb.children)
    for child in verb.children:
        if child.dep_ in ("prep", "advmod", "prt") and child.lower_ in _OUT_OF:
            # "pull out of the interview", "ahead of our meeting": the meeting one step on.
            near.extend(g for p in child.children if p.dep_ == "prep" for g in p.children)
        if child.dep_ == "prep" and child.lower_ not in _TIE_PREPOSITIONS:
            continue  # "hear from you tomorrow about the interview": the interview is a topic
        if child.dep_ in ("prep", "xcomp", "acomp", "agent", "dative"):
            near.extend(child.children)
            if child.dep_ in ("xcomp", "acomp"):
                near.extend(g for c in child.children if c.dep_ == "prep" for g in c.children)
    if any(_is_the_interview(t) for t in near if t.dep_ not in ("conj", "advcl", "ccomp")):
        return True
    # "the interview (that) you scheduled for tomorrow"
    return verb.dep_ in ("relcl", "acl") and _is_the_interview(verb.head)


def _refers_to_it(verb: Token, sent: Span) -> bool:
    """ "It is tomorrow at 10" / "I can't make it tomorrow" after the interview is named."""
    if not any(c.lower_ == "it" and c.dep_ in ("nsubj", "dobj") for c in verb.children):
        return False
    if verb.lemma_.lower() == "make":
        return True
    doc = sent.doc
    before = doc[max(0, sent.start - 40) : sent.end]
    return any(_is_the_interview(t) for t in before)


def _planned_for_me(verb: Token) -> bool:
    """ "Thank you for scheduling me for tomorrow at 10am": the sender booked in, which is
    the interview; and "the second interview ..., now set for tomorrow", a participle with
    no subject after the interview it sets."""
    if any(c.dep_ == "dobj" and c.lower_ == "me" for c in verb.children):
        return True
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(_is_the_interview(t) for t in verb.sent if t.i < verb.i)


def _names_something_else(document: EmailDocument, span: Span | None) -> bool:
    """ "The 4:30 a.m. start is the part I can't make work": a time before a noun that is no
    meeting names the job's hours, not the interview ("our 9:30 call" names the call)."""
    if span is None or span.end >= len(document.doc):
        return False
    after = document.doc[span.end]
    return after.pos_ == "NOUN" and after.lemma_.lower() not in _MEETING_NOUNS


def tied_to_interview(root: Token) -> bool:
    """Does the date at ``root`` say when the interview is?"""
    node = root
    for _ in range(8):
        if node is not root and _is_the_interview(node):
            return True
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            break
        node = node.head
    verb = node
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # "the interview, which I know is in about 90 minutes": said in a clause of its own.
    if any(a.dep_ in ("relcl", "acl") and _is_the_interview(a.head) for a in (verb, *list(verb.ancestors)[:3])):
        return True
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBD" and lemma not in _PLANNING_VERBS and verb.dep_ not in ("relcl", "acl"):
        return False  # "I had an interview today" tells a story, it is not this one
    if lemma in _CANCEL_VERBS and root.i < verb.i and root.dep_ in ("npadvmod", "advmod"):
        return False  # "Today I must cancel the interview" dates the cancelling, not the interview
    if _clause_mentions_interview(verb):
        return True
    if lemma in _MEETING_VERBS:
        return True
    if lemma in _PLANNING_VERBS and _planned_for_me(verb):
        return True
    # "I won't be able to attend tomorrow": the date hangs on "be", the meeting verb below it.
    for child in verb.children:
        if child.dep_ in ("xcomp", "acomp") and (
            child.lemma_.lower() in _MEETING_VERBS or _clause_mentions_interview(child)
        ):
            return True
        if child.dep_ == "acomp":
            for grandchild in child.children:
                if grandchild.dep_ == "xcomp" and (
                    grandchild.lemma_.lower() in _MEETING_VERBS or _clause_mentions_interview(grandchild)
                ):
                    return True
    return _refers_to_it(verb, root.sent)


# In a quoted line, the words that make a date about the interview.
_INTERVIEW_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, _DATA["quoted_interview_words"])) + r")s?\b", re.I)


def _meant(readings: list[datetime], now: datetime) -> list[datetime]:
    """The readings of a date that can be the interview: not before the sending day, and of
    an ambiguous "11/03" the one within weeks, if the other is months away."""
    ahead = [w for w in readings if w.date() >= now.date()]
    near = [w for w in ahead if (w.date() - now.date()).days <= _NEAR_DAYS]
    return near or ahead


def _describe(mention: DateMention, when: datetime, now: datetime) -> str:
    days = (when.date() - now.date()).days
    words = " ".join(mention.text.lower().split())
    if words.startswith(_SAYS_WHEN):
        return words
    if days in (0, 1):
        return f"{mention.text} ({'today' if days == 0 else 'tomorrow'})"
    hours = (when - now).total_seconds() / 3600
    return f"{mention.text} (in about {max(1, round(hours))} hours)"


class ShortNotice(Rule[ShortNoticeOptions]):
    """Decline well before the interview, not on the day.

    ## What it does
    Flags a decline whose interview is today, tomorrow or less than `min_hours` after the
    email is sent. Dates are read from the text: "today", "tonight", "this afternoon",
    "tomorrow", "in two hours", weekday names ("on Friday" is the next Friday), "March
    14", "14 March", "3/14", "2026-03-14", with a time such as "at 10:30 am". They are read
    relative to the `Date:` header of an .eml file, else the `--date` given on the command
    line, else the clock. Only a date that says when the interview (meeting, call,
    appointment, or "it") is counts: "I start my new job tomorrow" does not.

    When it fires, phone them as well, so they hear in time, and keep to one apology for
    the late notice.

    ## Why is this bad?
    The article's section "Timing Your Communication Appropriately" says to avoid
    "last-minute cancellations": "try not to cancel on the day of the interview", since
    they "disrupt schedules and reflect poorly on professionalism". An email read after the
    interviewer has already set the time aside is read too late.

    ## Example
    ```text
    Dear Ms. Lee,

    Thank you for inviting me to interview for the analyst role. I am sorry to tell you at
    such short notice that I cannot attend the interview tomorrow, as I have accepted
    another offer. I hope our paths cross again.

    Best regards,
    Jordan Avery
    ```

    Flags: "tomorrow".

    ## Use instead
    ```text
    Dear Ms. Lee,

    Thank you for inviting me to interview for the analyst role. I have accepted another
    offer, so I must withdraw from the interview we arranged. I hope our paths cross again.

    Best regards,
    Jordan Avery
    ```

    ## Options
    - `min_hours` (integer, default 24): an interview fewer than this many hours after
      sending is short notice.
    - `calendar_days` (integer, default 1): an interview on the sending day or up to this
      many calendar days later is short notice, whatever the hour (0: the same day only).

    ## Known problems
    "next Friday" is never read (it may mean this week's Friday or the one after), nor is
    "the 14th" without a month. "3/4" is read both ways and fires only when both readings
    are short notice. Without a `Date:` header or `--date`, dates are read against the
    moment declint runs, which may not be when the email is sent.
    """

    id = "short-notice"
    category = "timing"
    article_section = "Timing Your Communication Appropriately"
    reads_entities = False
    options_type = ShortNoticeOptions

    def _short(self, when: datetime, now: datetime) -> bool:
        days = (when.date() - now.date()).days
        if days < 0:
            return False
        if days <= self.options.calendar_days:
            return True
        return (when - now).total_seconds() < self.options.min_hours * 3600

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        now = sending_time(document.headers, document.now)
        for sent in document.sentences():
            for mention in find_dates(span_text(sent), now):
                start = sent.start_char + mention.start
                end = sent.start_char + mention.end
                if document.overlaps_placeholder(start, end):
                    continue
                # A moment before the sending day cannot be the interview being declined.
                moments = _meant([w for w, _ in mention.moments], now)
                if not moments or not all(self._short(w, now) for w in moments):
                    continue
                span = document.doc.char_span(start, end, alignment_mode="expand")
                named = mention.names_meeting and not _names_something_else(document, span)
                if not named and (span is None or not tied_to_interview(span.root)):
                    continue  # ("our 9:30" names the meeting: no tie to look for)
                yield self.finding(
                    f"the interview is {_describe(mention, min(moments), now)}: declining this late "
                    "disrupts their schedule",
                    start,
                    end,
                    suggestion="Phone them as well so they hear in time, and apologise once for the "
                    "late notice.",
                )
                return
        yield from self._quoted_date(document, now)

    def _quoted_date(self, document: EmailDocument, now: datetime) -> Iterator[Finding]:
        """A reply that declines "the interview" while the quoted invitation gives its date
        ("Your interview is on Tuesday 17 March at 10:00"). Only a written-out date in the
        quote counts ("tomorrow" there is relative to a day the reply does not know), and the
        finding points at the sender's own decision."""
        decision = next(
            (s for s in moves_of(document) if s.has(Move.DECISION)), None
        )
        if decision is None or not document.parts.quoted:
            return
        for span in document.parts.quoted:
            for line in document.text[span.start : span.end].split("\n"):
                if not _INTERVIEW_WORDS.search(line):
                    continue
                for mention in find_dates(line, now):
                    if not mention.written_out:
                        continue
                    moments = _meant([w for w, _ in mention.moments], now)
                    if moments and all(self._short(w, now) for w in moments):
                        yield self.finding(
                            f"the interview the invitation gives is {_describe(mention, min(moments), now)}: "
                            "declining this late disrupts their schedule",
                            decision.start,
                            decision.end,
                            suggestion="Phone them as well so they hear in time, and apologise once for "
                            "the late notice.",
                        )
                        return
