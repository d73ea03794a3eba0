"""``declint --fix`` and ``--diff``: the engine plans each draft's fixes, this writes them."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

from declint.engine.atomic import replace_bytes_atomically
from declint.engine.fixes import plan_fixes
from declint.engine.run import RunReport
from declint.reporters.common import plural, visible


def apply_fixes(report: RunReport, stdin: bytes | None, stdin_name: str | None, *, write: bool, unsafe: bool) -> int:
    """Fix (``write``) or print a unified diff of the fixes for each draft; returns how many
    drafts have changes. ``stdin_name`` is the name stdin's draft was linted under, if any.
    Counts and problems go to stderr; the diff to stdout."""
    changed = fixed = unsafe_left = 0
    for result in report.linted:
        if not any(f.fix for f in result.findings):
            continue
        try:
            from_stdin = stdin is not None and result.path == stdin_name
            data = (stdin or b"") if from_stdin else Path(result.path).read_bytes()
        except OSError as exc:
            sys.stderr.write(f"declint: {visible(result.path)}: not fixed: {exc.strerror or exc}\n")
            continue
        plan = plan_fixes(result, data, unsafe=unsafe)
        unsafe_left += plan.unsafe_skipped
        if plan.problem:
            sys.stderr.write(f"declint: {visible(result.path)}: {plan.problem}\n")
        if plan.fixed is None or plan.fixed == plan.original:
            continue
        changed += 1
        fixed += len(plan.applied)
        if write:
            replace_bytes_atomically(Path(result.path), plan.fixed)
        else:
            sys.stdout.write(_diff(result.path, plan.original, plan.fixed))
    verb = "fixed" if write else "would fix"
    note = f"declint: {verb} {plural(fixed, 'problem')} in {plural(changed, 'file')}"
    if unsafe_left:
        note += f"; {plural(unsafe_left, 'more fix')} may change the meaning (--unsafe-fixes)"
    sys.stderr.write(note + "\n")
    return changed


def _diff(path: str, before: bytes, after: bytes) -> str:
    old = before.decode("utf-8", "replace").splitlines(keepends=True)
    new = after.decode("utf-8", "replace").splitlines(keepends=True)
    lines = difflib.unified_diff(old, new, fromfile=path, tofile=path)
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
