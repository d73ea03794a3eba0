"""Suppressions written in a draft: HTML comments in .md and .html (and on a line of their
own in .txt), front matter in .md.

Each draft apologises three times (over-apology fires without a suppression); a
suppression of a rule that finds nothing is reported as ``unused-suppression`` on the
line of the directive.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from declint.engine.config import Config
from declint.engine.linter import UNUSED_SUPPRESSION, FileResult, Linter
from declint.formats import read_source

APOLOGETIC = """Dear Ms. Lee,

Thank you for the invitation. I am so sorry, but I must decline. I apologise for the
trouble, and sorry again for the late reply. I hope our paths cross again. I enjoyed learning about your team and the work you do, and I wish you every success with the search.

Best regards,
Jordan Avery
"""


def lint(linter: Linter, name: str, text: str | bytes) -> FileResult:
    data = text.encode("utf-8") if isinstance(text, str) else text
    (result,) = linter.lint([(read_source(name, data), Config())])
    assert result.error is None and not result.rule_errors
    return result


def found(result: FileResult) -> list[tuple[str, int]]:
    return sorted((f.rule, result.lines.position(f.start)[0]) for f in result.findings)


def test_control_without_suppression(linter: Linter) -> None:
    assert {r for r, _ in found(lint(linter, "a.md", APOLOGETIC))} == {"over-apology"}


@pytest.mark.parametrize(
    "directive",
    [
        "<!-- declint: disable=over-apology -->",
        "<!--declint: disable = over-apology, door-open-->",
        "<!-- declint: disable=all -->",
    ],
)
def test_markdown_comment_suppresses(linter: Linter, directive: str) -> None:
    result = lint(linter, "a.md", f"{directive}\n{APOLOGETIC}")
    rules = {r for r, _ in found(result)}
    assert "over-apology" not in rules
    if "door-open" in directive:  # door-open finds nothing here: that part is unused
        assert found(result) == [(UNUSED_SUPPRESSION, 1)]
    else:
        assert found(result) == []


def test_markdown_unused_suppression_points_at_the_comment(linter: Linter) -> None:
    text = APOLOGETIC.replace("Best regards,", "<!-- declint: disable=closing -->\nBest regards,")
    result = lint(linter, "a.md", text)
    line = text.splitlines().index("<!-- declint: disable=closing -->") + 1
    assert (UNUSED_SUPPRESSION, line) in found(result)
    assert "over-apology" in {r for r, _ in found(result)}
    unused = next(f for f in result.findings if f.rule == UNUSED_SUPPRESSION)
    assert "'closing'" in unused.message


def test_markdown_directive_inside_code_is_not_a_directive(linter: Linter) -> None:
    text = APOLOGETIC + "\n```\n<!-- declint: disable=over-apology -->\n```\n"
    result = lint(linter, "a.md", text)
    assert {r for r, _ in found(result)} == {"over-apology"}


@pytest.mark.parametrize(
    "front",
    [
        "---\ntitle: Decline\ndeclint: {disable: [over-apology]}\n---\n",
        "---\ndeclint:\n  disable: [over-apology]\n---\n",
        "---\ndeclint:\n  disable:\n    - over-apology\n---\n",
    ],
    ids=["inline", "block-list", "block-items"],
)
def test_front_matter_suppresses(linter: Linter, front: str) -> None:
    assert found(lint(linter, "a.md", front + APOLOGETIC)) == []


def test_front_matter_unused_suppression_points_at_the_key(linter: Linter) -> None:
    front = "---\ntitle: Decline\ndeclint:\n  disable: [over-apology, gratitude]\n---\n"
    result = lint(linter, "a.md", front + APOLOGETIC)
    assert found(result) == [(UNUSED_SUPPRESSION, 3)]


def test_front_matter_is_never_prose(linter: Linter) -> None:
    # Without front-matter handling "Hey" would read as the greeting.
    result = lint(linter, "a.md", "---\nnote: Hey there, sorry sorry sorry\n---\n" + APOLOGETIC)
    assert {r for r, _ in found(result)} == {"over-apology"}
    assert all(line > 3 for _, line in found(result))


def test_html_comment_suppresses(linter: Linter) -> None:
    html = "<html><body><!-- declint: disable=over-apology -->" + "".join(
        f"<div>{line or '<br>'}</div>" for line in APOLOGETIC.splitlines()
    ) + "</body></html>"
    assert found(lint(linter, "a.html", html)) == []
    control = lint(linter, "a.html", html.replace("<!-- declint: disable=over-apology -->", ""))
    assert {r for r, _ in found(control)} == {"over-apology"}


def test_html_unused_suppression_points_at_the_following_text(linter: Linter) -> None:
    html = "".join(f"<p>{p}</p>" for p in APOLOGETIC.split("\n\n")).replace(
        "<p>Best regards,", "<!-- declint: disable=closing --><p>Best regards,"
    )
    result = lint(linter, "a.html", html)
    unused = [f for f in result.findings if f.rule == UNUSED_SUPPRESSION]
    assert len(unused) == 1
    assert result.text[unused[0].start : unused[0].end].startswith("Best regards,")


def test_html_comment_inside_the_quote_is_ignored(linter: Linter) -> None:
    html = "".join(f"<p>{p}</p>" for p in APOLOGETIC.split("\n\n")) + (
        "<blockquote><!-- declint: disable=over-apology --><p>Hi Jordan</p></blockquote>"
    )
    assert "over-apology" in {r for r, _ in found(lint(linter, "a.html", html))}


def test_eml_html_part_comment_suppresses(linter: Linter) -> None:
    msg = EmailMessage()
    msg.set_content(
        "<!-- declint: disable=over-apology -->" + "".join(f"<p>{p}</p>" for p in APOLOGETIC.split("\n\n")),
        subtype="html",
    )
    assert found(lint(linter, "a.eml", msg.as_bytes())) == []


def test_plain_text_honours_a_suppression_comment_on_its_own_line(linter: Linter) -> None:
    """Template libraries keep plain-text drafts too; the comment line is hidden from the
    parse, so it is neither the greeting nor a misspelt word."""
    result = lint(linter, "a.txt", "<!-- declint: disable=over-apology -->\n" + APOLOGETIC)
    assert found(result) == []
    unused = lint(linter, "a.txt", "<!-- declint: disable=salutation -->\n" + APOLOGETIC)
    assert {r for r, _ in found(unused)} == {"over-apology", UNUSED_SUPPRESSION}
    assert (UNUSED_SUPPRESSION, 1) in found(unused)


def test_plain_text_comment_inside_a_line_is_text(linter: Linter) -> None:
    text = APOLOGETIC.replace("I hope our paths", "See <!-- declint: disable=over-apology --> here. I hope our paths")
    assert "over-apology" in {r for r, _ in found(lint(linter, "a.txt", text))}


def test_suppression_of_an_unknown_rule_is_reported(linter: Linter) -> None:
    result = lint(linter, "a.md", "<!-- declint: disable=over-apologies -->\n" + APOLOGETIC)
    assert {r for r, _ in found(result)} == {UNUSED_SUPPRESSION, "over-apology"}
    (unknown,) = [f for f in result.findings if f.rule == UNUSED_SUPPRESSION]
    assert result.lines.position(unknown.start)[0] == 1
    assert "'over-apologies'" in unknown.message and "not a rule" in unknown.message


def test_suppression_of_a_rule_switched_off_by_config_is_not_reported(linter: Linter) -> None:
    source = read_source("a.md", ("<!-- declint: disable=closing -->\n" + APOLOGETIC).encode())
    (result,) = linter.lint([(source, Config(ignore=("closing",)))])
    assert {f.rule for f in result.findings} == {"over-apology"}
