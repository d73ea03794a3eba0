"""Suppression directives written inside a draft: an HTML comment, or a front-matter key.

``<!-- declint: disable=over-apology,closing -->`` in Markdown and HTML, and in YAML front
matter either ``declint: {disable: [over-apology]}`` or a ``declint:`` block with an
indented ``disable:`` list. Only that small subset of YAML is read, by hand, so declint
needs no YAML library; a suppression switches a rule off for the whole draft.
"""

from __future__ import annotations

import re

_RULE_ID = re.compile(r"[a-z0-9][a-z0-9\-]{0,63}|all")
_COMMENT = re.compile(r"^\s{0,20}declint:\s{0,20}disable\s{0,20}=\s{0,20}(?P<ids>[^\n]{0,400}?)\s{0,20}$")


def split_ids(raw: str) -> list[str]:
    """Rule ids from ``a, b`` or ``[a, "b"]``; anything that is not an id is dropped."""
    raw = raw.strip().strip("[]")
    ids = []
    for part in raw.split(","):
        part = part.strip().strip("'\"").strip()
        if _RULE_ID.fullmatch(part):
            ids.append(part)
    return ids


def parse_comment_directive(comment: str) -> list[str]:
    """The rule ids a ``<!-- declint: disable=... -->`` comment's inside names, if it is one."""
    match = _COMMENT.match(comment)
    return split_ids(match.group("ids")) if match else []


_INLINE = re.compile(
    r"^declint:[ \t]{0,20}\{[ \t]{0,20}disable:[ \t]{0,20}(?P<ids>[^\n{}]{0,400}?)[ \t]{0,20}\}[ \t]*$"
)
_BLOCK_HEAD = re.compile(r"^declint:[ \t]*$")
_DISABLE = re.compile(r"^(?P<indent>[ \t]{1,20})disable:[ \t]{0,20}(?P<ids>[^\n]{0,400})$")
_ITEM = re.compile(r"^[ \t]{1,40}-[ \t]{1,20}(?P<id>[^\n]{1,80})$")


def parse_front_matter(lines: list[tuple[int, str]]) -> list[tuple[str, int, int]]:
    """``(rule_id, start, end)`` for each rule a front matter's ``declint:`` key disables.

    ``lines`` are the front matter's lines between the ``---`` fences, each with its
    offset in the file; the span returned is the ``declint:`` key's line(s).
    """
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(lines):
        start, line = lines[i]
        inline = _INLINE.match(line)
        if inline:
            out.extend((rid, start, start + len(line)) for rid in split_ids(inline.group("ids")))
        elif _BLOCK_HEAD.match(line):
            j = i + 1
            ids: list[str] = []
            while j < len(lines) and lines[j][1][:1] in (" ", "\t"):
                disable = _DISABLE.match(lines[j][1])
                if disable and disable.group("ids").strip():
                    ids.extend(split_ids(disable.group("ids")))
                elif disable:
                    k = j + 1
                    while k < len(lines) and (item := _ITEM.match(lines[k][1])):
                        ids.extend(split_ids(item.group("id")))
                        k += 1
                    j = k - 1
                j += 1
            end = lines[j - 1][0] + len(lines[j - 1][1])
            out.extend((rid, start, end) for rid in ids)
            i = j - 1
        i += 1
    return out
