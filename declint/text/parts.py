"""The parts of a plain-text email: greeting, body, sign-off, signer, signature, quoted reply.

Works on text alone, before any parse, so every input format shares it. The rules only
read what the sender wrote, so the quoted reply and the signature are found first and
set aside; the greeting and sign-off are then looked for at the edges of what is left.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from declint.core.spans import CharSpan
from declint.text.placeholders import mask_placeholders
from declint.text.vocabulary import vocabulary

# Where a quoted or forwarded message starts, everything below it is someone else's.
_QUOTE_LINE = re.compile(r"^[ \t]*>")
# "On <date>, <name> wrote:", optionally wrapped over up to three lines, in each language of
# the shared vocabulary ("Am ... schrieb ...:", "Le ... a écrit :").
_ATTRIBUTION_HEAD = r"^[ \t]*[*_]?(?:" + "|".join(a.opens for a in vocabulary().attributions) + r")\b"
_ATTRIBUTION_TAIL = r"(?:" + "|".join(r"\b" + a.wrote for a in vocabulary().attributions) + r")[ \t]?:[*_]?[ \t]*$"
_ATTRIBUTION = re.compile(_ATTRIBUTION_HEAD + r"[^\n]{0,300}" + _ATTRIBUTION_TAIL, re.I)
_ATTRIBUTION_START = re.compile(_ATTRIBUTION_HEAD + r"[^\n]{0,200}$", re.I)
_ATTRIBUTION_END = re.compile(r"^[^\n]{0,200}" + _ATTRIBUTION_TAIL, re.I)
#: One whole attribution line, with what stands between its opening word and its colon
#: (``mid``, the verb taken out): where the quoted message's sender is named, in any
#: language listed. The sender stands before the verb in English ("..., Ana Lee wrote:")
#: and after it in German ("... schrieb Ana Lee:").
ATTRIBUTION_LINE = re.compile(
    r"^[ \t>]{0,40}[*_]?(?:" + "|".join(a.opens for a in vocabulary().attributions) + r")\b"
    r"(?P<mid>[^\n]{1,300}?)\b(?:" + "|".join(a.verb for a in vocabulary().attributions) + r")"
    r"(?P<after>[^\n]{0,200}?)[ \t]?:[*_]?[ \t]*$",
    re.I | re.M,
)
_TAIL_MARKERS = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}"
    r"|Begin forwarded message:"
    r"|_{10,})[ \t]*$",
    re.I,
)
_OUTLOOK_FROM = re.compile(r"^[ \t]*\*?From:\*?[ \t]+\S")
_OUTLOOK_NEXT = re.compile(r"^[ \t]*\*?(?:Sent|Date|To|Subject):\*?[ \t]")
_SIGNATURE_DELIMITER = re.compile(r"^-- ?$")

GREETING_WORDS = vocabulary().greetings
_GREETING = re.compile(
    r"^[ \t]*(?P<word>" + "|".join(re.escape(w) for w in GREETING_WORDS) + r")\b",
    re.I,
)
# A greeting made of a name alone: "Ms. Lee," or "[First name],".
_NAME_GREETING = re.compile(r"^[ \t]*(?=\S)(?P<name>[^\n,.!?;:]{1,40}(?:\.[^\n,!?;:]{0,30})?),[ \t]*$")

VALEDICTIONS = vocabulary().sign_offs
_VALEDICTION_AT_START = re.compile(
    r"^[ \t]*(?P<word>"
    + "|".join(re.escape(v) for v in sorted(VALEDICTIONS, key=len, reverse=True))
    + r")(?P<punct>[ \t]*[,.!]*)[ \t]*(?P<rest>[^\n]*)$",
    re.I,
)
#: What may follow a sign-off on its line, to whom or from where it is sent: "to you and the
#: team,", "from all of us in Lagos,".
_DEDICATION = re.compile(r"^(?:to|from|for)\b[^\n]{1,60},$", re.I)
_ALTERNATIVES = re.compile(r"\s[/|]\s")
_POSTSCRIPT = re.compile(r"^[ \t]*P\.?[ \t]?P?\.?[ \t]?S\b", re.I)
_DEGREE_PART = re.compile(r"^[a-z]{2,6}\.$")
_NAME_TOKEN = re.compile(
    r"^(?:[A-Z][\w'’\-]*\.?|[A-Z]\.|\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>|\{\{?[^}\n]{1,40}\}?\}|"
    r"\$\{[^}\n]{1,40}\}|_+|(?:de|van|von|der|da|di|la|le|bin|al)|[A-Z][\w'’\-]*\[\.\])$"
)


@dataclass(frozen=True)
class EmailParts:
    """Where each part of an email lies in its text. Spans exclude trailing newlines."""

    message: CharSpan
    body: CharSpan
    greeting: CharSpan | None
    greeting_word: CharSpan | None
    sign_off: CharSpan | None
    signer: CharSpan | None
    signature: CharSpan | None
    quoted: tuple[CharSpan, ...]
    #: "P.S. ..." after the sign-off: the sender's own words, read with the body.
    postscript: CharSpan | None = None

    @property
    def excluded(self) -> tuple[CharSpan, ...]:
        """What the sender did not write in this message: quotes and the signature."""
        spans = list(self.quoted)
        if self.signature is not None:
            spans.append(self.signature)
        return tuple(sorted(spans))


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # without the newline
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        out.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _find_quoted(lines: list[_Line], text_end: int) -> list[CharSpan]:
    spans: list[CharSpan] = []
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        if _TAIL_MARKERS.match(line.text) or (
            _OUTLOOK_FROM.match(line.text)
            and any(_OUTLOOK_NEXT.match(lines[j].text) for j in range(i + 1, min(i + 5, n)))
        ):
            spans.append(CharSpan(line.start, text_end))
            break
        if _QUOTE_LINE.match(line.text):
            start = i
            while i + 1 < n and (_QUOTE_LINE.match(lines[i + 1].text)):
                i += 1
            # The attribution line(s) just above a quote belong to it.
            k = start - 1
            while k >= 0 and lines[k].blank and start - k < 3:
                k -= 1
            head = _attribution_start(lines, k)
            spans.append(CharSpan(lines[head if head is not None else start].start, lines[i].end))
        elif (head := _attribution_start(lines, i)) is not None and not _quote_follows(lines, i):
            # An attribution with no ">" lines under it: the client pasted the original
            # message below it unmarked, so all of the rest is someone else's.
            spans.append(CharSpan(lines[head].start, text_end))
            break
        i += 1
    return _merge(spans)


def _attribution_start(lines: list[_Line], k: int) -> int | None:
    """The first line of an attribution that ends on line ``k``, if one does."""
    if k < 0:
        return None
    if _ATTRIBUTION.match(lines[k].text):
        return k
    if not _ATTRIBUTION_END.match(lines[k].text):
        return None
    for first in (k - 1, k - 2):
        if first >= 0 and _ATTRIBUTION_START.match(lines[first].text):
            return first
    return None


def _quote_follows(lines: list[_Line], i: int) -> bool:
    for j in range(i + 1, len(lines)):  # indexes, not a slice: no copy per attribution
        if not lines[j].blank:
            return bool(_QUOTE_LINE.match(lines[j].text))
    return False


def _merge(spans: list[CharSpan]) -> list[CharSpan]:
    merged: list[CharSpan] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end + 1:
            merged[-1] = CharSpan(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def _inside(offset: int, spans: list[CharSpan]) -> bool:
    return any(offset in s for s in spans)


def is_valediction(phrase: str) -> bool:
    # "Mit freundlichen Grüßen / Kind regards,": the same sign-off in two languages.
    return any(normalise_valediction(part) in VALEDICTIONS for part in _ALTERNATIVES.split(phrase))


def normalise_valediction(phrase: str) -> str:
    phrase = re.sub(r"[\s]+", " ", phrase.replace("’", "'")).strip(" \t,.!;:-—").lower()
    return phrase


def looks_like_name(line: str) -> bool:
    """A signer line: a few capitalised words, initials or a placeholder."""
    # "[Your Name]" or "{{ first_name }}" is one name however many words it holds.
    words = mask_placeholders(line).strip().split()
    if not 1 <= len(words) <= 6:
        return False
    # "Dr. rer. nat. Jonas Albrecht": lowercase parts of a degree, beside a capitalised name.
    named = [w for w in words if not _DEGREE_PART.match(w.strip(","))]
    # Accents read as their letters: "Seán Ó Briain", "Zoë Ångström".
    return bool(named) and len(named) <= 5 and all(_NAME_TOKEN.match(_unaccented(w.strip(","))) for w in named)


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def split_email(text: str) -> EmailParts:
    """Find the parts of a plain-text email. Never fails: unknown parts are None."""
    lines = _lines(text)
    end = len(text)
    quoted = _find_quoted(lines, end)

    signature: CharSpan | None = None
    for line in lines:
        if _SIGNATURE_DELIMITER.match(line.text) and not _inside(line.start, quoted):
            sig_end = next((q.start for q in quoted if q.start > line.start), end)
            signature = CharSpan(line.start, max(line.start, sig_end))
            break
    excluded = quoted + ([signature] if signature else [])
    own = [ln for ln in lines if not _inside(ln.start, excluded) and not ln.blank]
    if signature is not None:
        own = [ln for ln in own if ln.start < signature.start]
    if not own:
        empty = CharSpan(0, 0)
        return EmailParts(empty, empty, None, None, None, None, signature, tuple(quoted))

    message = CharSpan(own[0].start, own[-1].end)
    greeting, greeting_word, body_start = _find_greeting(own[0])

    sign_off, signer, body_end = _find_sign_off(own, greeting)
    # A postscript after the sign-off ("P.S. Please thank the panel at ...") is the sender's
    # too: from its first line to the last line of their own.
    after = signer.end if signer is not None else (sign_off.end if sign_off is not None else body_end)
    ps_lines = [ln for ln in own if ln.start >= after]
    first_ps = next((i for i, ln in enumerate(ps_lines) if _POSTSCRIPT.match(ln.text)), None)
    postscript = CharSpan(ps_lines[first_ps].start, ps_lines[-1].end) if first_ps is not None else None
    # The body starts at its first word, not on the greeting's trailing newline.
    while body_start < body_end and text[body_start].isspace():
        body_start += 1
    # ...and ends at its last one.
    while body_end > body_start and text[body_end - 1].isspace():
        body_end -= 1
    body_start = min(body_start, body_end)
    return EmailParts(
        message=message,
        body=CharSpan(body_start, body_end),
        greeting=greeting,
        greeting_word=greeting_word,
        sign_off=sign_off,
        signer=signer,
        signature=signature,
        quoted=tuple(quoted),
        postscript=postscript,
    )


def _find_greeting(first: _Line) -> tuple[CharSpan | None, CharSpan | None, int]:
    text = first.text
    match = _GREETING.match(text)
    if match:
        word = CharSpan(first.start + match.start("word"), first.start + match.end("word"))
        # The greeting runs to its first comma, colon or exclamation mark, or the line's end.
        stop = re.search(r"[,:!—]|\s[-–]\s", text[match.end("word") :])
        if stop:
            g_end = match.end("word") + stop.end()
            rest = text[g_end:]
            body_start = first.start + g_end + (len(rest) - len(rest.lstrip()))
            if not rest.strip():
                body_start = first.end
        else:
            g_end = len(text.rstrip())
            body_start = first.end
        return CharSpan(first.start + match.start("word"), first.start + g_end), word, body_start
    name = _NAME_GREETING.match(text)
    if name and len(name.group("name").split()) <= 6 and not is_valediction(name.group("name")):
        lead = len(text) - len(text.lstrip())
        return CharSpan(first.start + lead, first.start + len(text.rstrip())), None, first.end
    return None, None, first.start


def _find_sign_off(
    own: list[_Line], greeting: CharSpan | None
) -> tuple[CharSpan | None, CharSpan | None, int]:
    """Look in the last few lines for a valediction and the name under it."""
    first_body = 1 if greeting is not None and greeting.end >= own[0].end - 1 else 0
    candidates = own[first_body:]
    tail = candidates[-6:]
    for idx in range(len(tail) - 1, -1, -1):
        line = tail[idx]
        match = _VALEDICTION_AT_START.match(line.text)
        if not match:
            continue
        rest = match.group("rest").strip()
        after = tail[idx + 1 :]
        # "With best wishes to you and the team," above a name: the sign-off said to someone.
        dedicated = (
            bool(rest) and _DEDICATION.match(rest) is not None and bool(after) and looks_like_name(after[0].text)
        )
        # "Thank you for your time." is a sentence, not a sign-off: a sign-off stands alone
        # on its line or is followed by a name only.
        if rest and not looks_like_name(rest) and not dedicated:
            continue
        if len(after) > 4:
            continue
        bare = not rest and not match.group("punct").strip(" \t") and after and idx < len(tail) - 1
        if bare and not looks_like_name(after[0].text):
            continue  # a bare "Best" line must be followed by a name-like line to count
        word_end = line.start + match.end("word") + len(match.group("punct").rstrip())
        if dedicated:
            word_end = line.start + len(line.text.rstrip())
            rest = ""
        sign_off = CharSpan(line.start + match.start("word"), word_end)
        if rest:
            rest_start = line.start + match.start("rest")
            signer: CharSpan | None = CharSpan(rest_start, rest_start + len(rest))
        elif after:
            signer = _trimmed(after[0])
        else:
            signer = None
        return sign_off, signer, line.start
    # No valediction: a last line that is only a name still signs the message, a postscript
    # after it ("P.S. If a role opens up ...") left aside.
    while len(candidates) > 2 and _POSTSCRIPT.match(candidates[-1].text):
        candidates = candidates[:-1]
    last = candidates[-1] if candidates else None
    if last is not None and len(candidates) > 1 and looks_like_name(last.text):
        signer = _trimmed(last)
        # Contact lines may follow the name: walk up over name-like lines.
        return None, signer, last.start
    # A closing line of words no list holds ("Very respectfully,", "Diolch yn fawr,"): a
    # short line ending in a comma, a name under it, and a line or two of rank, title or
    # firm after the name.
    for k in (2, 3):
        if len(candidates) <= k:
            break
        closing, name = candidates[-k - 1], candidates[-k]
        if closing_formula(closing.text.strip()) and looks_like_name(name.text):
            # Unlisted, it is the line above the signer, which closing judges as it is.
            return None, _trimmed(name), closing.start
    return None, None, candidates[-1].end if candidates else own[-1].end


def _trimmed(line: _Line) -> CharSpan:
    """The line's text without the space around it."""
    lead = len(line.text) - len(line.text.lstrip())
    return CharSpan(line.start + lead, line.start + len(line.text.rstrip()))


def closing_formula(text: str) -> bool:
    """A line that may be a sign-off no list holds, in any language: a short formula ending
    in a comma ("Very respectfully,", "Ngā mihi nui,"). ``text`` is the line, trimmed."""
    return text.endswith(",") and len(text.split()) <= 4
