"""Rule ``name-mismatch``: the greeting addresses the person the email goes to."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from declint.core.spans import CharSpan
from declint.document.email import EmailDocument
from declint.nlp.places import is_place
from declint.ruleapi.base import Finding, Rule, RuleOptions
from declint.ruleapi.data import rule_data
from declint.text.names import (
    NOT_A_PERSON,
    PersonName,
    fold,
    header_recipients,
    mentioned_in,
    person_name,
    quoted_senders,
    split_names,
)
from declint.text.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

# Word lists, from name_mismatch.toml beside this module.
_DATA = rule_data("name_mismatch")

# A second greeting further down: a paragraph pasted from another letter.
_LATER_GREETING = re.compile(
    r"^[ \t]{0,8}(?:Dear|Hello|Hi)[ \t]{1,4}(?P<name>[^\n,:!]{1,50})[,:!][ \t]*$", re.MULTILINE
)
# Nouns for people: a name in apposition to one describes that person, it does not address anyone.
_PEOPLE_NOUNS = NOT_A_PERSON | frozenset(_DATA["people_nouns"])
_NAMED_PLACES = frozenset(_DATA["named_places"])
_TITLE_TOKENS = vocabulary().short_titles | {t + "." for t in vocabulary().short_titles}


@dataclass(frozen=True)
class NameMismatchOptions(RuleOptions):
    #: Also compare the greeting with names the body addresses ("Thank you, Tom, ...").
    check_body: bool = True


@dataclass(frozen=True)
class _Addressed:
    name: PersonName
    span: CharSpan


def _greeting_names(document: EmailDocument) -> list[_Addressed]:
    parts = document.parts
    greeting = parts.greeting
    if greeting is None or document.overlaps_placeholder(greeting.start, greeting.end):
        return []
    start = parts.greeting_word.end if parts.greeting_word is not None else greeting.start
    text = document.text[start : greeting.end]
    out: list[_Addressed] = []
    offset = start
    for piece in split_names(text.rstrip(" \t,:!—-")):
        at = document.text.find(piece, offset, greeting.end)
        name = person_name(piece)
        if name is not None and at >= 0:
            lead = len(piece) - len(piece.lstrip())
            out.append(_Addressed(name, CharSpan(at + lead, at + len(piece.rstrip()))))
            offset = at + len(piece)
    return out


def _vocatives(document: EmailDocument) -> Iterator[_Addressed]:
    """Names the body speaks to, set off by commas: "Thank you, Tom, for ..."."""
    for token in document.tokens(document.body):
        if token.pos_ != "PROPN" or token.dep_ not in ("npadvmod", "appos"):
            continue
        run = _name_run(token)
        first, last = run[0], run[-1]
        titled = first.lower_ in _TITLE_TOKENS
        doc = token.doc
        before_ok = first.i == first.sent.start or doc[first.i - 1].text in (",", ";")
        after_ok = last.i + 1 >= last.sent.end or doc[last.i + 1].text in (",", ".", "!", "?", ";")
        if not (before_ok and after_ok):
            continue
        named = doc[first.i - 2] if first.i >= 2 and doc[first.i - 1].text == "," else None
        if named is not None and fold(named.lemma_) in _NAMED_PLACES:
            continue  # "your sister property, Sandcastle Ocho Rios,": the place's own name
        if named is not None and named.pos_ == "PROPN" and not titled and is_place(token.text):
            continue  # "the post at Federal Medical Centre, Abeokuta.": where it is
        if token.dep_ == "appos":
            # "..., Ms. Lee." closing a sentence speaks to her; "my colleague, Tom." names him.
            ends = last.i + 1 >= last.sent.end or doc[last.i + 1].text in (".", "!", "?")
            if not ends or fold(token.head.lemma_) in _PEOPLE_NOUNS:
                continue
        if not any(t.lower_ in ("you", "your", "yours") for t in token.sent):
            continue
        start, end = first.idx, last.idx + len(last.text)
        if document.overlaps_placeholder(start, end):
            continue
        name = person_name(document.text[start:end])
        if name is None:
            continue
        # Entity labels last: most drafts never get this far, and then skip recognition.
        # "Thank you, Acme, ..." speaks to an organisation; the small recogniser also calls
        # some first names places ("Thank you, Marcus, ..." as GPE), which are kept.
        if not titled and document.entity_type(token) not in ("PERSON", "", "GPE", "NORP"):
            continue
        if token.dep_ == "appos" and document.entity_type(token.head) == "PERSON":
            continue  # "my colleague, Tom." names him
        yield _Addressed(name, CharSpan(start, end))


def _name_run(token: Token) -> list[Token]:
    """The token with the compounds ("Ms.", a first name) that lead up to it."""
    run = [token]
    doc = token.doc
    i = token.i - 1
    while i >= token.sent.start and doc[i].dep_ == "compound" and doc[i].head.i == token.i:
        run.insert(0, doc[i])
        i -= 1
    return run


def _later_greetings(document: EmailDocument) -> Iterator[_Addressed]:
    """A "Dear X," line inside the body: a leftover from another letter."""
    body = document.body
    parse_text = document.analysis.parse_text
    for match in _LATER_GREETING.finditer(parse_text, body.start, body.end):
        start, end = match.start("name"), match.end("name")
        if document.overlaps_placeholder(start, end):
            continue
        name = person_name(match.group("name"))
        if name is not None:
            yield _Addressed(name, CharSpan(start, end))


class NameMismatch(Rule[NameMismatchOptions]):
    """Address the person you are writing to, by their right name.

    ## What it does
    Flags a greeting whose name matches none of the people the email is meant for: the
    display name in the `To:` header of an .eml file, and the person who signed the quoted
    invitation (the name under their sign-off, or in the "On ..., NAME <address> wrote:"
    line). It also flags a draft that speaks to two different people: a greeting to one name
    and a later "Dear X," line or a "Thank you, X, ..." addressed to another.

    Names are matched leniently: a first name, a last name, a title with a last name ("Ms.
    Lee" matches "Ana Lee"), an initial, a short form ("Sam" for "Samantha"), ignoring case
    and accents. Greetings to a role ("Dear Hiring Manager") and placeholders never
    mismatch, and the quoted text is read for names only, never flagged.

    ## Why is this bad?
    The article's section "Writing a Polite and Professional Email" asks for "proofreading
    before sending" to "eliminate typographical errors or miscommunications". Greeting the
    wrong person is the slip a reader notices first: it says the email was copied from
    another one, and it undoes the respect the rest of it shows.

    ## Example
    ```text
    Dear Tom,

    Thank you, Ana, for inviting me to interview for the analyst role. I have accepted
    another offer, so I must withdraw my application. I hope our paths cross again.

    Best regards,
    Jordan Avery
    ```

    Flags: "Ana".

    ## Use instead
    ```text
    Dear Ms. Lee,

    Thank you for inviting me to interview for the analyst role. I have accepted another
    offer, so I must withdraw my application. I hope our paths cross again.

    Best regards,
    Jordan Avery
    ```

    ## Options
    - `check_body` (boolean, default true): also compare the greeting with the names the
      body addresses ("Thank you, Tom, ...", a second "Dear X," line).

    ## Known problems
    A vocative is recognised only when the parser tags it as a person set off by commas in
    a sentence that says "you"; a name the parser misses is not compared. A one-word `To:`
    display name counts only when the address carries it too, so "Ana" <a.lee@x.com> is
    not used.
    """

    id = "name-mismatch"
    category = "content"
    article_section = "Writing a Polite and Professional Email"
    reads_entities = False
    options_type = NameMismatchOptions

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        greeted = _greeting_names(document)
        if not greeted:
            return
        signer = person_name(document.span_text(document.parts.signer)) if document.parts.signer else None
        expected = [
            name
            for name in header_recipients(document.headers) + quoted_senders(document.text, document.parts.quoted)
            # A quoted message of the sender's own (an earlier reply) says nothing about the recipient.
            if signer is None or not name.matches(signer)
        ]
        quoted = document.parts.quoted
        if (
            expected
            and not any(g.name.matches(e) for g in greeted for e in expected)
            and not any(mentioned_in(g.name, document.text, quoted) for g in greeted)
        ):
            who = greeted[0]
            target = expected[0].text
            yield self.finding(
                f'the greeting addresses "{who.name.text}", but the email goes to {target}',
                who.span.start,
                who.span.end,
                suggestion=f'Check the name: greet {target} (e.g. "Dear {target},").',
            )
            return
        if not self.options.check_body:
            return
        for other in (*_later_greetings(document), *_vocatives(document)):
            if any(other.name.matches(g.name) for g in greeted):
                continue
            if signer is not None and other.name.matches(signer):
                continue
            if expected and any(other.name.matches(e) for e in expected):
                # The greeting already matched someone expected; a cc'd person may be named too.
                continue
            yield self.finding(
                f'this addresses "{other.name.text}", but the greeting addresses "{greeted[0].name.text}"',
                other.span.start,
                other.span.end,
                suggestion="Use one name throughout; this looks copied from another email.",
            )
            return
