"""The CI formats: GitHub annotations, SARIF (checked against the official schema), JUnit XML,
per-rule statistics and --exit-zero."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from jsonschema import Draft4Validator
from rich.console import Console

from declint.cli.entry import main
from declint.core.findings import Finding, Severity
from declint.engine.linter import FileResult
from declint.engine.run import RunReport
from declint.reporters.github import escape_data, escape_property, report_github
from declint.reporters.junit import report_junit
from declint.reporters.sarif import build_sarif

# OASIS SARIF 2.1.0 (errata 01), a JSON Schema draft-04 document: the same constraints as the
# official sarif-schema-2.1.0.json, key for key (descriptions included).
SCHEMA = json.loads((Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VALIDATOR = Draft4Validator(SCHEMA, format_checker=Draft4Validator.FORMAT_CHECKER)

CURT = "Hey,\n\nNot coming to the interview.\n\nCheers\n"
GOOD = (
    "Dear Ms. Lee,\n\nThank you for inviting me to interview for the analyst role. I have accepted another\n"
    "offer, so I must withdraw my application. I hope our paths cross again. I enjoyed learning about your team and the work you do, and I wish you every success with the search.\n\nBest regards,\nJordan Avery\n"
)


def render(reporter, report: RunReport) -> str:  # type: ignore[no-untyped-def]
    buffer = io.StringIO()
    reporter(report, Console(file=buffer, width=80))
    return buffer.getvalue()


@pytest.fixture()
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "curt.txt").write_text(CURT, encoding="utf-8")
    (tmp_path / "lib" / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--no-cache", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_github_escapes_data_and_properties() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotation_line_exactly() -> None:
    text = "Hey Sam,\n\nNo.\n"
    result = FileResult(
        path="lib/a,b:c.txt",
        text=text,
        findings=[Finding("salutation", Severity.WARNING, 'use "Dear", 100% better', 0, 3, suggestion="Dear Sam,")],
    )
    result_info = FileResult(path="x.txt", text=text, findings=[Finding("closing", Severity.INFO, "m", 10, 13)])
    out = render(report_github, RunReport(results=[result, result_info, FileResult(path="bad.txt", error="is empty")]))
    assert out.splitlines() == [
        (
            "::warning file=lib/a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=4,title=declint salutation::"
            'use "Dear", 100%25 better%0Ahelp: Dear Sam,'
        ),
        "::notice file=x.txt,line=3,col=1,endLine=3,endColumn=4,title=declint closing::m",
        "::error file=bad.txt,title=declint::could not be linted: is empty",
    ]


def test_github_format_is_picked_on_actions(library: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = cli(["lib"], capsys)
    assert code == 1
    lines = out.splitlines()
    assert lines and all(line.startswith(("::warning ", "::error ", "::notice ")) for line in lines)
    assert any("file=lib/curt.txt,line=1,col=1," in line and "title=declint salutation::" in line for line in lines)
    # An explicit --format still wins.
    _, out, _ = cli(["--format", "concise", "lib"], capsys)
    assert out.startswith("lib/curt.txt:1:1: warning salutation")


def test_sarif_validates_against_the_official_schema(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (library / "lib" / "empty.txt").write_text("  \n", encoding="utf-8")
    code, out, _ = cli(["--format", "sarif", "lib"], capsys)
    assert code == 2  # the empty draft could not be linted
    log = json.loads(out)
    errors = sorted(VALIDATOR.iter_errors(log), key=str)
    assert not errors, [e.message for e in errors]
    run = log["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert {"salutation", "closing", "gratitude"} <= set(rules)
    assert rules["salutation"]["shortDescription"]["text"]
    assert "## Why is this bad?" in rules["salutation"]["help"]["markdown"]
    greeting = next(r for r in run["results"] if r["ruleId"] == "salutation")
    assert greeting["level"] == "warning"
    assert run["tool"]["driver"]["rules"][greeting["ruleIndex"]]["id"] == "salutation"
    location = greeting["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "lib/curt.txt", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {
        "startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 4, "snippet": {"text": "Hey"}
    }
    assert run["invocations"][0]["executionSuccessful"] is False
    assert "empty" in run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]


def test_sarif_schema_check_is_not_vacuous() -> None:
    log = build_sarif(RunReport(results=[FileResult(path="a.txt", text="Hey\n",
                                                    findings=[Finding("salutation", Severity.ERROR, "m", 0, 3)])]))
    log["runs"][0]["results"][0]["level"] = "fatal"
    del log["runs"][0]["tool"]["driver"]["name"]
    # A region must say where it starts (the errata's anyOf on startLine/charOffset/byteOffset).
    del log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"]
    assert len(list(VALIDATOR.iter_errors(log))) == 3


def test_sarif_paths_are_relative_and_encoded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = RunReport(results=[
        FileResult(path=str(tmp_path / "my drafts" / "a#1.txt"), text="x", findings=[Finding("r", Severity.INFO, "m", 0, 1)]),
    ])
    location = build_sarif(report)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "my%20drafts/a%231.txt", "uriBaseId": "%SRCROOT%"}
    assert build_sarif(report)["runs"][0]["results"][0]["level"] == "note"


def test_junit_one_testcase_per_file_one_failure_per_finding(library: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    (library / "lib" / "odd.txt").write_text('Hey <you> & "co",\n\nNo.\x07\n\nCheers\n', encoding="utf-8")
    code, out, _ = cli(["--format", "junit", "lib"], capsys)
    assert code == 1
    root = ET.fromstring(out)
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert set(cases) == {"lib/curt.txt", "lib/good.txt", "lib/odd.txt"}
    assert cases["lib/good.txt"].findall("failure") == []
    curt_rules = {f.get("type") for f in cases["lib/curt.txt"].findall("failure")}
    assert {"salutation", "gratitude", "closing"} <= curt_rules
    odd = cases["lib/odd.txt"].findall("failure")
    assert any("Hey <you> & \"co\"," in (f.text or "") for f in odd)
    assert "\x07" not in out and "\\x07" in out
    suite = root.find("testsuite")
    assert suite is not None and suite.get("tests") == "3"
    # Two of three drafts failed, whatever their number of findings.
    assert suite.get("failures") == "2" and suite.get("errors") == "0"
    assert root.get("failures") == "2"


def test_junit_reports_unreadable_drafts_as_errors() -> None:
    out = render(report_junit, RunReport(results=[FileResult(path="a.txt", error="is empty")]))
    case = ET.fromstring(out).find("testsuite/testcase")
    assert case is not None
    error = case.find("error")
    assert error is not None and error.get("message") == "is empty"


def test_statistics_after_the_report_and_alone(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, json_out, _ = cli(["--format", "json", "lib"], capsys)
    expected: dict[str, int] = {}
    for item in json.loads(json_out):
        expected[item["rule"]] = expected.get(item["rule"], 0) + 1
    code, out, _ = cli(["--statistics", "lib"], capsys)
    assert code == 1
    tail = out.strip().splitlines()[-len(expected):]
    assert {line.split()[1]: int(line.split()[0]) for line in tail} == expected
    _, alone, _ = cli(["--format", "statistics", "lib"], capsys)
    assert {line.split()[1]: int(line.split()[0]) for line in alone.splitlines()} == expected
    # With a machine format the counts go to stderr, so stdout stays parseable.
    _, out, err = cli(["--format", "sarif", "--statistics", "lib"], capsys)
    json.loads(out)
    assert {line.split()[1] for line in err.splitlines()} == set(expected)


def test_exit_zero_never_fails_on_findings(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["lib"], capsys)[0] == 1
    assert cli(["--exit-zero", "lib"], capsys)[0] == 0
    # ... but a draft that cannot be linted is still an error.
    (library / "lib" / "empty.txt").write_text("", encoding="utf-8")
    assert cli(["--exit-zero", "lib"], capsys)[0] == 2


def test_every_ci_format_is_registered() -> None:
    from declint.reporters import REPORTERS

    assert {"github", "sarif", "junit", "statistics"} <= set(REPORTERS)


SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.mark.parametrize("sample", ["a-hedged.txt", "a-buried.txt", "bridge-burning.txt"])
def test_regions_and_annotations_end_at_the_last_flagged_character(
    sample: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each has a sentence-level finding (clear-decline, door-open) on a sentence that ends
    # its paragraph: the sentence's span takes in the blank line after it.
    monkeypatch.chdir(SAMPLES)
    text = (SAMPLES / sample).read_text(encoding="utf-8")
    lines = text.split("\n")
    _, out, _ = cli(["--format", "sarif", sample], capsys)
    results = json.loads(out)["runs"][0]["results"]
    assert any(r["ruleId"] in ("clear-decline", "door-open") for r in results)
    for result in results:
        region = result["locations"][0]["physicalLocation"]["region"]
        snippet = region["snippet"]["text"]
        assert snippet == snippet.rstrip(), (result["ruleId"], snippet)
        last_line = lines[region["endLine"] - 1]
        # endColumn is one past the last flagged character, which is on endLine.
        assert 1 < region["endColumn"] <= len(last_line) + 1, (result["ruleId"], region)
        assert last_line[region["endColumn"] - 2] == snippet[-1]
    _, out, _ = cli(["--format", "github", sample], capsys)
    for command in out.splitlines():
        props = dict(p.split("=", 1) for p in command.split(" ", 1)[1].split("::")[0].split(","))
        last_line = lines[int(props["endLine"]) - 1]
        assert last_line.strip() and int(props["endColumn"]) > 1, command
