"""Arbitrary text through the document, every rule and every reporter: no exception, every
span inside the text, line and column consistent with the offsets."""

from __future__ import annotations

import io
import json
from xml.etree import ElementTree

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from declint.core.source import Source
from declint.engine.config import Config
from declint.engine.linter import Linter
from declint.engine.run import RunReport
from declint.reporters import REPORTERS
from declint.text.parts import split_email
from declint.text.placeholders import find_placeholders

ODD = st.sampled_from(
    [
        "\x1b[31m", "\u202e", "\u200f", "\u0301", "\u0000", "\x7f", "🙂", "👍🏽", "[Name]", "{{ company }}",
        "${x}", "<Name>", "____", "*****", "{", "[", "<", "> ", "-- \n", "On Mon, Ana wrote:\n", "Dear ",
        "Hey ", "Best regards,\n", "Cheers\n", "sorry ", "!!", "??", "\r\n", "\t", "x" * 300, "LOL ",
        "-----Original Message-----\n", "From: a\nSent: b\n",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), ODD), max_size=30).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@given(TEXT)
@settings(max_examples=300, deadline=None)
def test_structure_spans_stay_inside_the_text(text: str) -> None:
    parts = split_email(text)
    spans = [parts.message, parts.body, *parts.quoted]
    spans += [s for s in (parts.greeting, parts.greeting_word, parts.sign_off, parts.signer, parts.signature) if s]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
    for span in find_placeholders(text):
        assert 0 <= span.start < span.end <= len(text)


def _check_result(result, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not result.rule_errors, result.rule_errors
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        line, column = result.lines.position(finding.start)
        assert result.lines.offset(line, column) == finding.start
        end_line, end_column = result.lines.position(finding.end)
        assert result.lines.offset(end_line, end_column) == finding.end
        if finding.fix is not None:
            assert 0 <= finding.fix.start <= finding.fix.end <= len(text)


@given(TEXT, st.booleans())
@SETTINGS
def test_every_rule_and_reporter_survive_arbitrary_text(linter: Linter, text: str, template: bool) -> None:
    if not text.strip():
        return
    (result,) = linter.lint([(Source(path="fuzz.txt", text=text), Config(template=template))])
    _check_result(result, text)
    report = RunReport(results=[result])
    for name, reporter in REPORTERS.items():
        buffer = io.StringIO()
        reporter(report, Console(file=buffer, width=80))
        out = buffer.getvalue()
        if name == "json":
            assert len(json.loads(out)) == len(result.findings)
        elif name == "sarif":
            assert len(json.loads(out)["runs"][0]["results"]) == len(result.findings)
        elif name == "junit":
            ElementTree.fromstring(out)
        else:
            # No styling is asked for, so any escape or bidi control would have come from
            # the draft: none may reach the terminal.
            assert not any(ch in out for ch in ("\x1b", "\u202e", "\u200f", "\x00", "\x7f")), out


@given(st.lists(st.sampled_from(["Dear Ana,", "I must decline.", "Thank you!", "Best regards,", "Jo", "", "> quoted",
                                 "-- ", "sorry", "[Name]", "🙂🙂", "HEY THERE"]), max_size=25))
@SETTINGS
def test_email_shaped_text(linter: Linter, lines: list[str]) -> None:
    text = "\n".join(lines)
    if not text.strip():
        return
    (result,) = linter.lint([(Source(path="fuzz.txt", text=text), Config())])
    _check_result(result, text)
