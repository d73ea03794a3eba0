"""A lint result as LSP diagnostics and quick fixes."""

from __future__ import annotations

from lsprotocol import types

from declint.core.findings import Finding, Severity
from declint.core.links import rule_url
from declint.core.spans import LineIndex
from declint.engine.result import UNUSED_SUPPRESSION
from declint.lsp.drafts import Checked

SOURCE = "declint"

_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}

_TOP = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0))


def _message(finding: Finding) -> str:
    if finding.suggestion:
        return f"{finding.message} (suggestion: {finding.suggestion})"
    return finding.message


def finding_range(checked: Checked, index: int) -> types.Range:
    span = checked.spans[index] if index < len(checked.spans) else None
    if checked.positions is None or span is None:
        return _TOP
    return checked.positions.range(*span)


def to_diagnostics(checked: Checked) -> list[types.Diagnostic]:
    if checked.problem is not None:
        return [
            types.Diagnostic(
                range=_TOP,
                message=f"declint could not lint this draft: {checked.problem}",
                severity=types.DiagnosticSeverity.Error,
                source=SOURCE,
            )
        ]
    lines = LineIndex(checked.text)
    out: list[types.Diagnostic] = []
    for index, finding in enumerate(checked.findings):
        message = _message(finding)
        if finding_range(checked, index) is _TOP and checked.shift is None:
            # Not found in the buffer as it stands: say where in the decoded text it is.
            line, column = lines.position(finding.start)
            where = checked.location_note or "the decoded text"
            message = f"{message} [{where}, line {line}, column {column}]"
        out.append(
            types.Diagnostic(
                range=finding_range(checked, index),
                message=message,
                severity=_SEVERITY[finding.severity],
                code=finding.rule,
                code_description=types.CodeDescription(href=rule_url(finding.rule)),
                source=SOURCE,
            )
        )
    return out


def _overlaps(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return p.line, p.character

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def quick_fixes(uri: str, checked: Checked, wanted: types.Range) -> list[types.CodeAction]:
    """For each finding whose range touches ``wanted``: its Fix, when it has one, and (where
    the format reads a directive) "disable RULE for this draft"."""
    if checked.positions is None:
        return []
    actions: list[types.CodeAction] = []
    disabled: set[str] = set()
    for diagnostic, finding in zip(to_diagnostics(checked), checked.findings, strict=True):
        if not _overlaps(diagnostic.range, wanted):
            continue
        if checked.directive_at is not None and finding.rule not in disabled and finding.rule != UNUSED_SUPPRESSION:
            disabled.add(finding.rule)
            actions.append(_disable(uri, checked, diagnostic, finding.rule))
        fix = finding.fix
        if fix is None or checked.shift is None:
            continue
        replacement = fix.replacement.replace("\n", checked.newline)
        title = finding.suggestion or f"Replace with {fix.replacement!r}"
        if not fix.safe:
            title += " (may change the meaning)"
        start, end = fix.start + checked.shift, fix.end + checked.shift
        edit = types.TextEdit(range=checked.positions.range(start, end), new_text=replacement)
        actions.append(
            types.CodeAction(
                title=f"declint ({finding.rule}): {title}",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                is_preferred=True,
                edit=types.WorkspaceEdit(changes={uri: [edit]}),
            )
        )
    return actions


def _disable(uri: str, checked: Checked, diagnostic: types.Diagnostic, rule: str) -> types.CodeAction:
    assert checked.positions is not None and checked.directive_at is not None
    at = checked.positions.range(checked.directive_at, checked.directive_at)
    line = f"<!-- declint: disable={rule} -->{checked.newline}"
    return types.CodeAction(
        title=f"declint: disable {rule} for this draft",
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=False,
        edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(range=at, new_text=line)]}),
    )
