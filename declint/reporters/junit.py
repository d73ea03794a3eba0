"""``--format junit``: JUnit XML, which most CI servers show as a test report.

Each draft is one test case; each finding is one ``<failure>`` in it, and a draft that could
not be linted is an ``<error>``. The suite's ``failures`` counts failed test cases (drafts
with findings), as JUnit readers expect beside ``tests``, not findings. Text from drafts is
shown with control characters escaped (XML 1.0 cannot carry them) and XML-escaped by
ElementTree.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from rich.console import Console

from declint.engine.run import RunReport
from declint.reporters.common import locate, visible


def report_junit(report: RunReport, console: Console) -> None:
    failures = sum(1 for r in report.linted if r.findings)
    errors = len(report.results) - len(report.linted)
    counts = {"tests": str(len(report.results)), "failures": str(failures), "errors": str(errors)}
    root = ET.Element("testsuites", {"name": "declint", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "declint", **counts})
    for result in report.results:
        path = visible(result.path)
        case = ET.SubElement(suite, "testcase", {"classname": "declint", "name": path, "file": path})
        if result.error is not None:
            error = ET.SubElement(case, "error", {"message": visible(result.error), "type": "input"})
            error.text = f"{path}: {visible(result.error)}"
            continue
        for finding in result.findings:
            where = locate(result, finding)
            span = result.lines.line_span(where.line)
            body = [
                f"{path}:{where.line}:{where.column}: {finding.severity.value} {visible(finding.rule)}",
                visible(finding.message),
                f"  {visible(result.text[span.start : span.end])}",
            ]
            if finding.suggestion:
                body.append(f"help: {visible(finding.suggestion)}")
            failure = ET.SubElement(
                case,
                "failure",
                {"message": f"{visible(finding.rule)}: {visible(finding.message)}", "type": visible(finding.rule)},
            )
            failure.text = "\n".join(body)
    ET.indent(root)
    console.file.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    console.file.write(ET.tostring(root, encoding="unicode") + "\n")
