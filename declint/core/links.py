"""Where each rule's page lives, so every output format links a finding to the same place.

The pages are docs/rules/<id>.md, generated from each rule's docstring
(tools/build_rule_docs.py; tests/rules/test_rule_pages.py keeps them in sync).
"""

from __future__ import annotations

#: The repository's docs/rules folder as published. OWNER is the same placeholder the
#: README's recipes use; set it when the repository is published under its real name.
RULE_DOCS = "https://github.com/OWNER/declint/blob/main/docs/rules/"


def rule_url(rule_id: str) -> str:
    """The page documenting ``rule_id``."""
    return f"{RULE_DOCS}{rule_id}.md"
