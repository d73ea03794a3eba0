"""Suppression directives written inside a draft: an HTML comment, or a front-matter key.

``<!-- declint: disable=over-apology,closing -->`` in Markdown and HTML; YAML front matter's
``declint: {disable: [...]}`` is read in frontmatter.py. A suppression switches a rule off
for the whole draft.
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
