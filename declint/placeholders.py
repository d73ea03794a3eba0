"""Unfilled template placeholders: ``[Name]``, ``{{company}}``, ``{role}``, ``${x}``, ``<Name>``,
``____`` and ``*****``."""

from __future__ import annotations

import re

from declint.spans import CharSpan

# Each alternative is bounded in length so that no input can make the search backtrack
# far; an email address or a URL in angle brackets is an address, not a placeholder.
_PLACEHOLDER = re.compile(
    r"\{\{[^{}\n]{1,80}\}\}"
    r"|\$\{[^{}\n]{1,60}\}"
    r"|\{[^{}\n]{1,60}\}"
    r"|\[[^\[\]\n]{1,80}\]"
    r"|<(?![/!])(?=[^<>\n]{1,60}>)(?![^<>\n]*(?:@|://))[A-Za-z][^<>\n]{0,59}>"
    r"|(?<![\w_])_{1,}(?:\([^()\n]{1,80}\)_*)?(?![\w_])"
    r"|\*{3,}"
)


def find_placeholders(text: str) -> list[CharSpan]:
    return [CharSpan(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
