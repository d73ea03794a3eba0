"""Calls of the API that are wrong: ``mypy --strict`` must reject every line marked
``# error``, which shows the API's types are precise, not Any (test_typing.py checks it)."""

from __future__ import annotations

import declint

found = declint.lint_text("Dear Sam,\n\nI decline.\n", select=["clear-decline"])
line: str = found[0].line  # error
declint.lint_text(b"bytes are not a draft")  # error
declint.lint_text("text", template="yes")  # error
declint.DeclintLinter(select=3)  # error
replacement: str = found[0].fix.replacement  # error
for report in declint.lint_paths(["drafts/"]):
    report.diagnostics.append(found[0])  # error
