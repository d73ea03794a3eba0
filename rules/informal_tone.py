"""Rule ``informal-tone``: no slang, text-speak, emoji, "!!" or shouting."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from declint.document.email import EmailDocument
from declint.nlp.idioms import find, idioms_from
from declint.nlp.lexicon import listed
from declint.nlp.slang import SLANG as _SLANG
from declint.nlp.usage import usage
from declint.ruleapi.base import Finding, Fix, Rule, RuleOptions
from declint.ruleapi.data import rule_data

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that are only text-speak in lower case: "U" and "TY" may be initials, "OK" a state.
# Multi-word slang as spaCy patterns, from informal_tone.toml beside this module.
_DATA = rule_data("informal_tone")
_IDIOMS = idioms_from(_DATA.get("idiom", []))

_LOWER_ONLY = frozenset(_DATA["lower_only"])
# "ok" and "awesome" are casual but common in polite mail; they count only when options say so.
_CASUAL = frozenset(_DATA["casual"])
_EMOTICONS = frozenset(_DATA["emoticons"])
_EMOJI = re.compile("[\U0001f300-\U0001faff\U00002600-\U000026ff\U00002764\U0001f1e6-\U0001f1ff]")
# Caps that are no shout: conventional abbreviations spaCy may read as words.
_ABBREVIATIONS = frozenset(_DATA["abbreviations"])
_NOT_SHOUT_POS = frozenset(_DATA["not_shout_pos"])
#: How common (Zipf) a word in capitals before a noun must be to be shouted rather than an
#: acronym that happens to spell a word ("MAS" 3.5, "CAD" 3.4; "WORST" 5.0).
_SHOUTED_USE = 4.0
# URLs and addresses, found on the text because the tokenizer may split them.
_LINKS = re.compile(
    r"(?:[a-z][a-z0-9+.-]{0,20}://|www\.)[^\s<>\"]{1,2000}|[^\s<>@\"]{1,200}@[^\s<>@\"]{1,200}",
    re.IGNORECASE,
)
# Variation selectors, joiners and skin tones that ride on an emoji as tokens of their own.
_JOINERS = re.compile("[\ufe0e\ufe0f\u200d\U0001f3fb-\U0001f3ff]{1,16}")
_HEADING = re.compile(r"^\s{0,8}(re|subject|ref|fw|fwd)\s{0,3}:", re.IGNORECASE)


@dataclass(frozen=True)
class InformalToneOptions(RuleOptions):
    #: Also flag casual words that many still find polite enough ("ok", "awesome", "yeah").
    flag_casual: bool = False
    #: Shortest all-capitals word read as shouting.
    min_shout_length: int = 2
    #: More slang: word = "the formal word" ("" when it should just go). Usually set for
    #: every rule at once in ``[tool.declint.vocabulary] slang``.
    slang: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    message: str
    suggestion: str
    fix: Fix | None = None


def _among_acronyms(token: Token) -> bool:
    """Next to a capitalised token that is no English word, or listed with another
    capitalised token ("FAR and REG"): acronyms, not a shouted word."""
    doc = token.doc

    def caps(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text.isupper() and len(doc[i].text) >= 2

    for step in (-1, 1):
        if caps(token.i + step) and not listed(doc[token.i + step].lower_):
            return True  # "post-CABG care", "11 AM IST"
        joint = token.i + step
        if 0 <= joint < len(doc) and doc[joint].lower_ in ("and", "or", "&", "/", ",") and caps(token.i + 2 * step):
            return True  # "FAR and REG": named things listed, not words shouted
    return False


def _in_a_name(group: list[Token]) -> bool:
    """ "Ysgol Gymraeg Bro Taf": a capitalised word among capitalised words mid-sentence is
    part of a name, whatever it means on its own."""
    first, last = group[0], group[-1]
    if not first.text[:1].isupper() or first.is_sent_start:
        return False
    doc = first.doc
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return any(n is not None and n.is_alpha and n.text[:1].isupper() and not n.is_sent_start for n in (before, after))


def _words(tokens: list[Token]) -> Iterator[tuple[list[Token], str]]:
    """Tokens rejoined into the words the writer typed ("gon" + "na" is "gonna")."""
    i = 0
    while i < len(tokens):
        group = [tokens[i]]
        while (
            group[-1].whitespace_ == ""
            and i + len(group) < len(tokens)
            and tokens[i + len(group)].i == group[-1].i + 1
            and group[-1].text[-1:].isalnum()
            and (
                tokens[i + len(group)].text[:1].isalpha()
                or tokens[i + len(group)].text[:1] == "'"
                or tokens[i + len(group)].lower_ == "n't"
            )
        ):
            group.append(tokens[i + len(group)])
        yield group, group[0].text if len(group) == 1 else "".join(t.text for t in group)
        i += len(group)


class InformalTone(Rule[InformalToneOptions]):
    """No slang, text-speak, emoji, "!!" or shouting.

    ## What it does
    Flags slang and text-speak ("gonna", "wanna", "lol", "tbh", "u", "thx", "btw", "omg",
    "ya"), emoji and emoticons, runs of "!!" or "??", and shouting in capitals ("I will
    NOT be attending", "THANK YOU SO MUCH"). Acronyms such as HR, NYC, CEO or AAMC are
    not shouting (a capitalised word only counts when it is an ordinary word of the
    sentence, such as "NOT", "VERY" or "PLEASE"), and nothing inside a placeholder
    ("[NAME]"), a URL or an email address is read. Where one word plainly replaces
    another, the finding carries the fix.

    ## Why is this bad?
    The article's "Writing a Polite and Professional Email" asks for a tone that is
    "respectful and appreciative", since it "reflects one's professionalism". Chat-style
    writing reads as careless in a decline, and capitals read as anger.

    ## Example
    ```text
    Dear Ms. Duarte,

    Thx so much for the invite!! Tbh I'm gonna pass on the interview, since I took another
    job. Hope we stay in touch :)

    Best regards,
    Kai Brenner
    ```

    Flags: "Thx", "!!", "Tbh", "gonna", ":)".

    ## Use instead
    ```text
    Dear Ms. Duarte,

    Thank you for the invitation. I must decline the interview, as I have accepted another
    position. I hope we stay in touch.

    Best regards,
    Kai Brenner
    ```

    ## Options
    - `flag_casual` (bool, default false): also flag "ok", "okay", "yeah" and "awesome".
    - `min_shout_length` (int, default 2): the shortest all-capitals word read as shouting;
      two-letter words count only when they are ordinary words ("SO", "NO"), never
      abbreviations such as IT, US or HR.
    - `slang` (table of word = "replacement", default empty): more slang, with the formal
      word that replaces it ("" for none). Usually set for every rule in
      `[tool.declint.vocabulary] slang`, which also stops spelling from reporting the words.

    ## Known problems
    A capitalised word that spaCy tags as a noun ("URGENT" may be one) is taken for an
    acronym and passes; an acronym that is also a common word and tagged as one passes
    only if it is listed (WHO, REST).
    """

    id = "informal-tone"
    version = 2  # more slang words
    category = "tone"
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = InformalToneOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        message = document.message
        links = [m.span() for m in _LINKS.finditer(document.text, message.start, message.end)]
        tokens = [t for t in document.tokens() if not self._hidden(document, t, links)]
        hits = [
            *self._slang(tokens),
            *self._slang_idioms(document, tokens),
            *self._marks(tokens),
            *self._emoji(document, tokens),
            *self._shouting(document, tokens),
        ]
        for hit in sorted(hits, key=lambda h: h.start):
            yield self.finding(
                hit.message, hit.start, hit.end, suggestion=hit.suggestion, fix=hit.fix
            )

    @staticmethod
    def _hidden(document: EmailDocument, token: Token, links: list[tuple[int, int]]) -> bool:
        end = token.idx + len(token.text)
        return bool(
            token.like_url
            or token.like_email
            or (bool(document.placeholders) and document.overlaps_placeholder(token.idx, end))
            or (links and any(a < end and token.idx < b for a, b in links))
        )

    @staticmethod
    def _slang_idioms(document: EmailDocument, tokens: list[Token]) -> Iterator[_Hit]:
        """Slang of more than one word ("hit me up"), from the rule's spaCy patterns."""
        allowed = {t.i for t in tokens}
        for _name, start, end in find(document.doc, _IDIOMS, "slang"):
            if not all(i in allowed for i in range(start, end)):
                continue
            span = document.doc[start:end]
            words = span.text.rstrip(".,;:!?")
            yield _Hit(
                span.start_char,
                span.start_char + len(words),
                f"{words!r} is slang; say it in full words",
                "Say the same thing in full words.",
            )

    @functools.cached_property
    def _slang_words(self) -> Mapping[str, str | None]:
        """The shipped list and the team's own, whose entries win."""
        extra = {k.lower(): (v or None) for k, v in self.options.slang.items()}
        return {**_SLANG, **extra} if extra else _SLANG

    def _slang(self, tokens: list[Token]) -> Iterator[_Hit]:
        slang = self._slang_words
        for group, word in _words(tokens):
            low = word.lower()
            if low not in slang or _in_a_name(group):
                continue
            if low in _LOWER_ONLY and word != low:
                continue
            if low in _CASUAL and not self.options.flag_casual:
                continue
            if low in ("k", "ok") and not self.options.flag_casual:
                continue
            start, end = group[0].idx, group[-1].idx + len(group[-1].text)
            formal = slang[low]
            if formal is not None:
                if word[:1].isupper():
                    formal = formal[:1].upper() + formal[1:]
                yield _Hit(
                    start,
                    end,
                    f"{word!r} is slang or text-speak; write {formal!r}",
                    f"Write {formal!r}.",
                    Fix(start, end, formal),
                )
            else:
                yield _Hit(
                    start,
                    end,
                    f"{word!r} is slang or text-speak; leave it out",
                    "Remove it, or say the same thing in full words.",
                )

    @staticmethod
    def _marks(tokens: list[Token]) -> Iterator[_Hit]:
        run: list[Token] = []
        for token in [*tokens, None]:
            mark = token is not None and token.text.strip("!?") == ""
            is_mark = mark and token is not None and (
                not run or (run[-1].whitespace_ == "" and run[-1].i + 1 == token.i)
            )
            if is_mark and token is not None:
                run.append(token)
                continue
            text = "".join(t.text for t in run) if run else ""
            if len(text) >= 2:
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                single = "?" if "?" in text else "!"
                yield _Hit(
                    start,
                    end,
                    f"{text!r}: one mark is enough in a professional email",
                    f"Write a single {single!r}, or a full stop.",
                    Fix(start, end, single),
                )
            run = [token] if mark and token is not None else []

    @staticmethod
    def _emoji(document: EmailDocument, tokens: list[Token]) -> Iterator[_Hit]:
        clusters: list[list[Token]] = []
        for token in tokens:
            text = token.text
            # Emoji and joiners are never ASCII: most words skip both expressions.
            if not (
                text in _EMOTICONS
                or (not text.isascii() and (_EMOJI.search(text) or _JOINERS.fullmatch(text)))
            ):
                continue
            if clusters and token.idx - (clusters[-1][-1].idx + len(clusters[-1][-1].text)) <= 1:
                clusters[-1].append(token)
            elif not _JOINERS.fullmatch(token.text):
                clusters.append([token])
        for cluster in clusters:
            start, end = cluster[0].idx, cluster[-1].idx + len(cluster[-1].text)
            cut = start - 1 if start > 0 and document.text[start - 1] == " " else start
            shown = document.text[start:end]
            yield _Hit(
                start,
                end,
                f"{shown!r}: emoji and emoticons read as chat, not as a professional email",
                "Remove it.",
                Fix(cut, end, ""),
            )

    def _shouting(self, document: EmailDocument, tokens: list[Token]) -> Iterator[_Hit]:
        # Only the prose: a job title or company name in capitals under the name is a
        # signature convention, not a raised voice.
        prose = [(p.start, p.end) for p in (document.parts.greeting, document.body) if p is not None]
        tokens = [t for t in tokens if _inside(t.idx, prose)]
        run: list[Token] = []
        for token in [*tokens, None]:
            if token is not None and (
                self._shouted(document, token)
                or run
                and token.is_alpha
                and token.text.isupper()
                and token.i == run[-1].i + 1
            ):
                # Short capitals ("SO", "I") carry a shout on but never start one.
                run.append(token)
                continue
            while run and not self._shouted(document, run[-1]):
                run.pop()
            if run:
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                words = " ".join(t.text for t in run)
                yield _Hit(
                    start,
                    end,
                    f"{words!r} in capitals reads as shouting",
                    "Write it in lower case; use plain words for emphasis.",
                    Fix(start, end, _calm(document.text[start:end], run[0])),
                )
            run = []

    def _shouted(self, document: EmailDocument, token: Token) -> bool:
        text = token.text
        if not (token.is_alpha and text.isupper() and len(text) >= self.options.min_shout_length):
            return False
        low = text.lower()
        if low in _ABBREVIATIONS or low in self._slang_words:
            return False
        line_start = document.text.rfind("\n", 0, token.idx) + 1
        if _HEADING.match(document.text, line_start):
            return False
        if len(text) < 3:
            # Two letters are mostly abbreviations (IT, US, HR); only a plain word is a shout.
            return token.pos_ in ("ADV", "ADJ", "VERB", "AUX", "PART", "INTJ", "DET", "PRON") and (
                token.is_stop and low not in ("it", "us", "am", "me", "do", "or", "in", "on", "re")
            )
        if not listed(low) or _among_acronyms(token):
            # "CABG", "IST": no English word, so an acronym; "FAR and REG": exam papers.
            return False
        if token.dep_ == "compound" and usage().zipf(low) < _SHOUTED_USE:
            # "our MAS inspection work": a rare word naming a thing is an acronym; a shout
            # is a common word ("the WORST process").
            return False
        return token.pos_ not in _NOT_SHOUT_POS or token.is_stop


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _calm(text: str, first: Token) -> str:
    """Lower case, keeping "I" and a capital where the sentence starts."""
    words = [w if w == "I" else w.lower() for w in text.split(" ")]
    out = " ".join(words)
    if first.is_sent_start:
        out = out[:1].upper() + out[1:]
    return out
