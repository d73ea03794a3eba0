"""``--statistics``: how many findings each rule produced, most frequent first."""

from __future__ import annotations

from collections import Counter

from rich.console import Console

from declint.engine.run import RunReport
from declint.reporters.common import visible


def rule_counts(report: RunReport) -> list[tuple[str, int]]:
    counts = Counter(f.rule for r in report.linted for f in r.findings)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def report_statistics(report: RunReport, console: Console) -> None:
    counts = rule_counts(report)
    width = max((len(str(n)) for _, n in counts), default=1)
    for rule_id, n in counts:
        console.file.write(f"{n:>{width}}  {visible(rule_id)}\n")
