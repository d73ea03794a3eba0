"""Unfilled template placeholders: ``[Name]``, ``{{company}}``, ``{role}``, ``${x}``, ``<Name>``,
``____``, ``*****``, ``XXX``, ``%NAME%`` and instructions such as ``(insert name)``; and the words that stand in
for them in the parse.
"""

from __future__ import annotations

import re

from declint.core.spans import CharSpan

# Each alternative is bounded in length so that no input can make the search backtrack
# far; an email address or a URL in angle brackets is an address, not a placeholder.
_PLACEHOLDER = re.compile(
    r"\{\{[^{}\n]{1,80}\}\}"
    r"|\$\{[^{}\n]{1,60}\}"
    r"|\{[^{}\n]{1,60}\}"
    # Not a footnote "[1]", "[sic]", "[at]", an inline image "[cid:...]", an address or a
    # Markdown link "[text](url)".
    r"|\[(?!\d{1,3}\]|sic\]|at\]|dot\]|\.{3}\]|…\]|cid:|image\d|mailto:)"
    r"(?![^\[\]\n]{0,80}(?:@|://|\]\())[^\[\]\n]{1,80}\]"
    r"|<(?![/!])(?=[^<>\n]{1,60}>)(?![^<>\n]{0,60}(?:@|://))[A-Za-z][^<>\n]{0,59}>"
    r"|(?<![\w_])_{1,}(?:\([^()\n]{1,80}\)_*)?(?![\w_])"
    r"|\*{3,}"
    r"|\bX{3,20}\b"
    r"|%[A-Za-z][A-Za-z_ ]{0,39}%"
    # A writer's note to themselves: "(insert name)", "(or use her name)", "(your name)".
    r"|\((?:insert|enter|add|fill in|or use|use)\b[^()\n]{1,60}\)"
    r"|\((?:your|their|his|her|the)\s(?:first\s|last\s|full\s)?name\)",
    re.IGNORECASE,
)


def find_placeholders(text: str) -> list[CharSpan]:
    return [CharSpan(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]


def mask_placeholders(text: str, mask: str = "X") -> str:
    """``text`` with every placeholder replaced by ``mask`` (lengths change)."""
    return _PLACEHOLDER.sub(mask, text)


# What a placeholder stands for, read from the words inside it; the first kind whose
# cue matches wins, so "[Company Name]" is an organisation, not a person.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("org", re.compile(r"compan|organi[sz]|employer|program|school|universit|firm|business|"
                       r"institut|agency|department|team", re.IGNORECASE)),
    ("role", re.compile(r"role|position|title|job|vacanc|opening", re.IGNORECASE)),
    ("date", re.compile(r"date|day|time|month|year|\bm/d", re.IGNORECASE)),
    ("place", re.compile(r"location|place|city|address|office|venue", re.IGNORECASE)),
    ("person", re.compile(r"name|contact|manager|recruiter|interviewer|person|signature|"
                          r"sender|recipient|coordinator|\b(?:hr|mr|mrs|ms|mx|dr|first|last|you|your)\b",
                          re.IGNORECASE)),
)
# Stand-ins for each kind, longest first: the longest that fits the placeholder is used.
_STAND_INS: dict[str, tuple[str, ...]] = {
    "person": ("Alexandra Morgan", "Alex Morgan", "Morgan", "Alex", "Ann", "Al", "X"),
    "org": ("Northwind Labs", "Northwind", "Acme", "Ace", "X"),
    "role": ("Senior Analyst", "Analyst", "Clerk", "Aide", "X"),
    "date": ("Wednesday", "Monday", "May", "X"),
    "place": ("Boston", "Rome", "X"),
    "other": ("something", "this", "it", "X"),
}


def placeholder_kind(content: str) -> str:
    """``person``, ``org``, ``role``, ``date``, ``place`` or ``other``."""
    for kind, cue in _KINDS:
        if cue.search(content):
            return kind
    return "other"


def stand_in(placeholder: str) -> str:
    """A word the parser reads in the placeholder's place, padded to the same length.

    The same length keeps every offset of the parse equal to the text's; newlines are
    kept where they were.
    """
    length = len(placeholder)
    kind = placeholder_kind(placeholder)
    if not any(ch.isalpha() for ch in placeholder):
        # "____" or "*****": what it stands for is unknown; a name is the commonest.
        kind = "person"
    word = next((w for w in _STAND_INS[kind] if len(w) <= length), "")
    return word + " " * (length - len(word))
