"""Code actions: every finding's fix as a quick fix, and "disable RULE for this draft"
where the format reads a directive, each applied to the buffer and linted again."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from declint.lsp.diagnostics import quick_fixes, to_diagnostics
from declint.lsp.drafts import DraftChecker
from declint.ruleapi.registry import Registry

WHOLE = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=99, character=0))
FRONT = "---\ntitle: Decline\n---\n"
BODY = (
    "Hey Ms. Lee,\n\nThx for the invitation to interview for the analyst role. I have accepted another offer, "
    "so I must withdraw my application. I enjoyed learning about your team, and I wish you every success "
    "with the search. I hope our paths cross again.\n\nCheers,\nJordan Avery\n"
)


def apply(text: str, edit: types.TextEdit) -> str:
    lines = text.split("\n")

    def offset(p: types.Position) -> int:
        return sum(len(line) + 1 for line in lines[: p.line]) + p.character

    return text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]


def actions(checker: DraftChecker, path: str, text: str) -> tuple[set[str], list[types.CodeAction]]:
    checked = checker.check(path, "markdown", text, "utf-16")
    assert checked is not None
    rules = {str(d.code) for d in to_diagnostics(checked)}
    return rules, quick_fixes(Path(path).as_uri(), checked, WHOLE)


def test_named_replacements_are_quick_fixes(registry: Registry, tmp_path: Path) -> None:
    path = str(tmp_path / "reply.md")
    text = FRONT + BODY
    rules, offered = actions(DraftChecker(registry, tmp_path), path, text)
    assert {"salutation", "informal-tone", "closing"} <= rules
    fixes = [a for a in offered if not a.title.startswith("declint: disable")]
    fixed = text
    # Applied from the end, so earlier offsets stay put.
    for action in sorted(fixes, key=lambda a: _start(a), reverse=True):
        assert action.edit is not None and action.edit.changes is not None
        (edit,) = action.edit.changes[Path(path).as_uri()]
        fixed = apply(fixed, edit)
    assert "Dear Ms. Lee," in fixed and "Thank you for the invitation" in fixed and "Best regards," in fixed
    rules, _ = actions(DraftChecker(registry, tmp_path), path, fixed)
    assert not {"salutation", "informal-tone", "closing"} & rules


def _start(action: types.CodeAction) -> tuple[int, int]:
    assert action.edit is not None and action.edit.changes is not None
    (edit,) = next(iter(action.edit.changes.values()))
    return edit.range.start.line, edit.range.start.character


def test_disable_rule_for_this_draft_goes_below_the_front_matter(registry: Registry, tmp_path: Path) -> None:
    path = str(tmp_path / "reply.md")
    text = FRONT + BODY
    checker = DraftChecker(registry, tmp_path)
    _, offered = actions(checker, path, text)
    disables = [a for a in offered if a.title == "declint: disable closing for this draft"]
    assert len(disables) == 1
    assert disables[0].edit is not None and disables[0].edit.changes is not None
    (edit,) = disables[0].edit.changes[Path(path).as_uri()]
    disabled = apply(text, edit)
    assert disabled.startswith(FRONT + "<!-- declint: disable=closing -->\n")
    rules, _ = actions(checker, path, disabled)
    assert "closing" not in rules and "salutation" in rules


def test_no_disable_action_where_the_format_has_no_directive(registry: Registry, tmp_path: Path) -> None:
    checked = DraftChecker(registry, tmp_path).check(str(tmp_path / "reply.txt"), "plaintext", BODY, "utf-16")
    assert checked is not None
    titles = [a.title for a in quick_fixes((tmp_path / "reply.txt").as_uri(), checked, WHOLE)]
    assert titles and not any(t.startswith("declint: disable") for t in titles)
