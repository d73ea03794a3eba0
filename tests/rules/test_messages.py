"""Messages say what is true of the draft, in its own words: no limit reported as exceeded
when the figure shown is within it, no lemma quoted for the writer's words."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from conftest import CASES, FRAME, ROOT
from declint.core.findings import Finding

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def _drafts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    for table in sorted(CASES.glob("*.toml")):
        for case in tomllib.loads(table.read_text(encoding="utf-8"))["case"]:
            out.append(case.get("text") or FRAME.format(body=case["body"].strip()))
    return out


def test_a_hedge_is_quoted_in_the_drafts_own_words(lint_text: Callable[..., list[Finding]]) -> None:
    text = FRAME.format(body="Thank you for the invitation. I don't think I'll be able to make it on Thursday.")
    (finding,) = lint_text(text, "clear-decline")
    quoted = re.search(r'\("(.*?)"\)|\(\'(.*?)\'\)', finding.message)
    assert quoted is not None
    words = quoted.group(1) or quoted.group(2)
    assert words in text and words.startswith("I don't think")


def test_no_readability_message_contradicts_its_limit(lint_text: Callable[..., list[Finding]]) -> None:
    seen = 0
    for text in _drafts():
        for finding in lint_text(text, "readability"):
            seen += 1
            for value, limit in re.findall(r"grade level ([\d.]+) is above ([\d.]+)", finding.message):
                assert float(value) > float(limit), finding.message
            for value, limit in re.findall(r"reading ease ([\d.]+) is below ([\d.]+)", finding.message):
                assert float(value) < float(limit), finding.message
    assert seen >= 3  # the drafts do reach the rule


def test_reason_length_says_which_limit_it_exceeds(lint_text: Callable[..., list[Finding]]) -> None:
    body = (
        "Thank you for the invitation. I must withdraw. My father was taken ill last month and I am now his "
        "main carer. We have had to move him into our home. My hours at work have already been cut to fit "
        "around his appointments. I hope our paths cross again."
    )
    (finding,) = lint_text(FRAME.format(body=body), "reason-length")
    assert "3 sentences (the limit is 2)" in finding.message
    assert "words (the limit is 50)" not in finding.message  # 37 words: within that limit
