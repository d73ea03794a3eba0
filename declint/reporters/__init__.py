"""Reporters turn a finished run into output. They never compute findings.

Each reporter is a function that receives the run and a Rich ``Console``; the machine
formats write to ``console.file`` directly so that nothing is wrapped or styled.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console

from declint.engine.run import RunReport
from declint.reporters.concise import report_concise
from declint.reporters.github import report_github
from declint.reporters.html import report_html
from declint.reporters.json import report_json
from declint.reporters.jsonl import report_jsonl
from declint.reporters.junit import report_junit
from declint.reporters.sarif import report_sarif
from declint.reporters.statistics import report_statistics
from declint.reporters.text import report_text

Reporter = Callable[[RunReport, Console], None]

REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "jsonl": report_jsonl,
    "concise": report_concise,
    "github": report_github,
    "sarif": report_sarif,
    "junit": report_junit,
    "html": report_html,
    "statistics": report_statistics,
}

__all__ = ["REPORTERS", "Reporter"]
