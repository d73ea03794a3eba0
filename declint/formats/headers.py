"""A block of mail headers at the top of a plain-text or Markdown draft.

Drafts pasted from a mail client, and mutt's ``edit_headers`` buffers, start with lines
such as ``To: Ana Lee <ana@example.com>`` and ``Subject: Interview``. They are facts about
the email, not its words: the block is hidden from the parse (so it is never read as the
greeting or a paragraph) and its values become the draft's headers, as an .eml file's do.
"""

from __future__ import annotations

import re

from declint.core.spans import CharSpan

#: Only the headers a person writes or a client shows; "Note: ..." or "Re: ..." opening a
#: draft is prose, not a header.
_NAMES = ("to", "cc", "bcc", "from", "subject", "date", "sent", "reply-to")
#: Markdown drafts may set the name in bold or italics: "**Subject:** Re: Interview".
_EMPHASIS = r"(?:\*\*|__|\*|_)?"
_HEADER = re.compile(
    r"^" + _EMPHASIS + r"(?P<name>" + "|".join(_NAMES) + r")[ \t]*:" + _EMPHASIS + r"[ \t]*(?P<value>[^\n]*)$", re.I
)
#: Any other RFC 5322 field (mutt's edit_headers writes In-Reply-To:, References:, Fcc:,
#: X-...): allowed inside a block that holds at least one of the headers above.
_FIELD = re.compile(r"^[A-Za-z][A-Za-z0-9-]{0,75}:(?:[ \t][^\n]*)?$")
_CONTINUATION = re.compile(r"^[ \t]+\S")
#: How many lines a header block may run to before it is taken for prose.
_MAX_LINES = 40


def find_header_block(text: str, start: int = 0) -> tuple[CharSpan, dict[str, str]] | None:
    """The header block that opens ``text`` at ``start`` (after blank lines), and its values.

    A block is one or more header lines (with folded continuation lines), ended by a blank
    line or the end of the text. None when the draft does not open with one.
    """
    pos = start
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    block_start = pos
    headers: dict[str, str] = {}
    last: str | None = None
    for _ in range(_MAX_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            break
        match = _HEADER.match(line)
        if match:
            last = match.group("name").title()
            headers[last] = match.group("value").strip()
        elif last is not None and _CONTINUATION.match(line):
            if last in headers:
                headers[last] = f"{headers[last]} {line.strip()}"
        elif _FIELD.match(line):
            last = ""  # Another field: part of the block, its value not kept.
        else:
            return None
        pos = end + 1
        if end >= len(text):
            break
    else:
        return None
    if not headers:
        return None
    return CharSpan(block_start, min(pos, len(text))), headers
