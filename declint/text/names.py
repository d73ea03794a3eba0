"""People's names in an email: folding, lenient matching, and who a draft is meant for.

The recipient is read from facts around the draft, never from what the sender wrote: the
``To:`` header's display name, the name under the quoted invitation, and the name in the
quoted reply's attribution ("On ..., Ana Lee <ana@x.com> wrote:"). All regexes here are
bounded so that no input makes them backtrack far.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.utils import getaddresses
from functools import lru_cache

from declint.core.spans import CharSpan
from declint.text.parts import ATTRIBUTION_LINE, is_valediction, looks_like_name
from declint.text.vocabulary import vocabulary

TITLES = vocabulary().titles
# Words that make a greeting or a display name a role, a team or a company rather than a person.
NOT_A_PERSON = vocabulary().not_a_person
COURTESIES = vocabulary().courtesies
# Words of a date and time: an attribution's name never runs into them.
_MONTHS_AND_DAYS = (
    frozenset(vocabulary().months)
    | frozenset(vocabulary().weekdays)
    | vocabulary().weekday_abbreviations
    | {"am", "pm", "utc", "gmt", "at", "on"}
)
# Short forms that are not a prefix of the full name, so a greeting to "Bob" is not flagged
# against "Robert". Prefixes ("Sam", "Alex") and short forms from inside match anyway.
_NICKNAMES = {
    "bob": "robert", "rob": "robert", "bobby": "robert", "bill": "william", "will": "william",
    "billy": "william", "liam": "william", "liz": "elizabeth", "beth": "elizabeth",
    "betty": "elizabeth", "lisa": "elizabeth", "peggy": "margaret", "maggie": "margaret",
    "meg": "margaret", "dick": "richard", "rick": "richard", "jim": "james", "jimmy": "james",
    "jack": "john", "johnny": "john", "ted": "edward", "ed": "edward", "ned": "edward",
    "tony": "anthony", "chuck": "charles", "charlie": "charles", "kate": "katherine",
    "katie": "katherine", "kathy": "katherine", "sandy": "alexandra", "sasha": "alexander",
    "hank": "henry", "harry": "henry", "polly": "mary", "molly": "mary", "sally": "sarah",
    "nancy": "ann", "jenny": "jennifer", "jen": "jennifer", "mike": "michael", "mick": "michael",
    "andy": "andrew", "drew": "andrew", "matt": "matthew", "nick": "nicholas", "dan": "daniel",
    "danny": "daniel", "joe": "joseph", "steve": "stephen", "chris": "christopher",
    "greg": "gregory", "larry": "lawrence", "tom": "thomas", "tommy": "thomas", "pat": "patricia",
    "trish": "patricia", "becky": "rebecca", "sue": "susan", "vicky": "victoria", "abby": "abigail",
}
_WORD = re.compile(r"[^\W\d_][\w'’\-]{0,40}\.?")
_QUOTE_PREFIX = re.compile(r"^[ \t]{0,8}(?:>[ \t]{0,4}){1,12}")
_ADDRESS = re.compile(r"\(?<[^<>\n]{1,200}>\)?|\[mailto:[^\]\n]{1,200}\]|\(?\b[\w.+\-]{1,64}@[\w\-.]{1,200}\)?")
_FROM_LINE = re.compile(r"^[ \t>*]{0,20}From:\*?[ \t]{1,10}(?P<who>[^\n]{1,200})$", re.MULTILINE)


def is_name_word(word: str) -> bool:
    """Capitalised letters ("Lee", "O'Neil", "Zoë", "McKay") or an initial ("L.")."""
    bare = word.rstrip(".")
    if not bare or len(bare) > 40 or not bare[0].isupper():
        return False
    if len(bare) == 1:
        return bare.isalpha()
    # ALL CAPS reads as an acronym (HR, ACME), not a name.
    return all(c.isalpha() or c in "'’-" for c in bare) and not bare.isupper()


@lru_cache(maxsize=8192)  # names are compared word by word, many times per draft
def fold(word: str) -> str:
    """Lower case without accents or edge punctuation: "Zoë," and "zoe" compare equal."""
    decomposed = unicodedata.normalize("NFKD", word)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.strip(" \t.,;:!?'’\"()").lower().replace("’", "'")


@dataclass(frozen=True)
class PersonName:
    """A name as written, and the folded words that identify the person (titles dropped)."""

    text: str
    words: tuple[str, ...]
    #: Written with a title ("Ms. Lee"), so its one word is a surname.
    titled: bool = False

    def matches(self, other: PersonName) -> bool:
        """Lenient: any shared first or last name, a nickname prefix or a matching initial.

        A titled surname and a bare given name ("Ms. Lee" and "Ana") cannot be compared,
        so they count as a match: precision first.
        """
        for a, b in ((self, other), (other, self)):
            if a.titled and len(a.words) == 1 and not b.titled and len(b.words) == 1:
                return True
        for mine in self.words:
            for theirs in other.words:
                if mine == theirs:
                    return True
                if len(mine) == 1 or len(theirs) == 1:
                    if mine[0] == theirs[0]:
                        return True
                    continue
                short, long = sorted((mine, theirs), key=len)
                if len(short) >= 3 and long.startswith(short):
                    return True
                if _NICKNAMES.get(mine) == theirs or _NICKNAMES.get(theirs) == mine:
                    return True
                # "Beth" in "Elizabeth", "Lexi" for "Alexandra": a short form from inside.
                if len(short) >= 4 and short[:4] in long:
                    return True
        return False


def person_name(text: str) -> PersonName | None:
    """The person a short phrase names, or None when it names a role, a team or nobody.

    "Ms. Lee" -> lee; "Ana Lee" -> ana, lee; "Hiring Manager" -> None; "Sir" -> None.
    """
    raw_words = _WORD.findall(text)
    if not raw_words or len(raw_words) > 5 or len(text) > 60:
        return None
    words: list[str] = []
    titled = False
    for raw in raw_words:
        folded = fold(raw)
        if folded in NOT_A_PERSON:
            return None
        if folded in TITLES and not words:
            titled = True
            continue
        if not is_name_word(raw):
            return None
        for part in folded.split("-"):
            if part:
                words.append(part)
    if not words:
        return None
    if not titled and len(words) == 1 and words[0] in COURTESIES:
        return None  # "Good morning Ma,": the West African and Indian "madam", not Mr. Ma
    return PersonName(text.strip(), tuple(words), titled)


def split_names(text: str) -> list[str]:
    """ "Ana and Tom" -> ["Ana", "Tom"]: a greeting may address more than one person."""
    return [p for p in re.split(r"\s{1,5}(?:and|&)\s{1,5}|\s{0,5}[,/]\s{0,5}", text) if p.strip()]


def _display_names(value: str) -> list[tuple[str, str]]:
    return [(name.strip(), addr) for name, addr in getaddresses([value]) if name.strip()]


def header_recipients(headers: Mapping[str, str]) -> list[PersonName]:
    """People named in ``To:`` and ``Cc:``. A one-word display name counts only when the address
    carries it too ("Ana" <ana@x.com>), since "Globex" <jobs@...> is a company."""
    value = ", ".join(v for k, v in headers.items() if k.lower() in ("to", "cc"))
    out: list[PersonName] = []
    for display, addr in _display_names(value):
        if "," in display:  # "Lee, Ana"
            last, _, first = display.partition(",")
            display = f"{first.strip()} {last.strip()}"
        name = person_name(display)
        if name is None:
            continue
        local = fold(addr.partition("@")[0])
        if len(name.words) == 1 and name.words[0] not in local:
            continue
        out.append(name)
    return out


def _unquote(line: str) -> tuple[int, str]:
    """(quote depth, the line without its ">" markers)."""
    match = _QUOTE_PREFIX.match(line)
    if not match:
        return 0, line
    return match.group(0).count(">"), line[match.end() :]


def _trailing_name(text: str) -> PersonName | None:
    """The run of capitalised words that ends ``text``: "... 10:02 AM Ana Lee" -> Ana Lee."""
    words = text.split()
    run: list[str] = []
    for word in reversed(words):
        if word.endswith(",") or fold(word) in _MONTHS_AND_DAYS or not is_name_word(word):
            break
        run.insert(0, word)
        if len(run) == 4:
            break
    return person_name(" ".join(run)) if run else None


def _who(text: str) -> PersonName | None:
    """The name in "Ana Lee <ana@x.com>" or "Lee, Ana [mailto:...]"."""
    display = _ADDRESS.sub(" ", text).strip(" \t\"'")
    if "," in display and len(display.split(",")) == 2 and len(display) < 60:
        last, _, first = display.partition(",")
        if person_name(first) and person_name(last):
            display = f"{first.strip()} {last.strip()}"
    return person_name(display)


def quoted_senders(text: str, quoted: Iterable[CharSpan]) -> list[PersonName]:
    """Who wrote the quoted message(s): the attribution, an Outlook "From:" line, and the
    name signed under the text (after a valediction, else the last name-like line)."""
    out: list[PersonName] = []
    for span in quoted:
        block = span.text(text)
        for match in ATTRIBUTION_LINE.finditer(block):
            name = _trailing_name(_ADDRESS.sub(" ", match.group("mid") + " " + match.group("after")))
            if name is not None:
                out.append(name)
            break
        from_line = _FROM_LINE.search(block)
        if from_line:
            name = _who(from_line.group("who"))
            if name is not None:
                out.append(name)
        signed = _signed_name(block)
        if signed is not None:
            out.append(signed)
    return out


def _signed_name(block: str) -> PersonName | None:
    raw = block.split("\n")
    # The attribution above the quote is not part of the quoted text.
    while raw and (not raw[0].strip() or ATTRIBUTION_LINE.match(raw[0])):
        raw.pop(0)
    lines = [_unquote(line) for line in raw]
    depths = [d for d, body in lines if body.strip()]
    if not depths:
        return None
    top = min(depths)
    own = [body.strip() for depth, body in lines if depth == top and body.strip()]
    # Stop at a deeper message's attribution: only the invitation's own lines count.
    for i, body in enumerate(own):
        if i and (ATTRIBUTION_LINE.match(body) or _FROM_LINE.match(body)):
            own = own[:i]
            break
    for i in range(len(own) - 2, -1, -1):
        if is_valediction(own[i]):
            return person_name(own[i + 1]) if looks_like_name(own[i + 1]) else None
    for body in reversed(own[-6:]):
        if looks_like_name(body) and not is_valediction(body) and 2 <= len(body.split()) <= 3:
            return person_name(body)
    return None


def mentioned_in(name: PersonName, text: str, spans: Iterable[CharSpan]) -> bool:
    """Does any word of ``name`` (beyond an initial) appear in the quoted text? The
    invitation may name the interviewer the reply rightly greets."""
    wanted = {w for w in name.words if len(w) > 1}
    if not wanted:
        return False
    return any(wanted & {fold(w) for w in _WORD.findall(span.text(text))} for span in spans)
