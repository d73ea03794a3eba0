"""Measure declint's rules against a labelled corpus (LABELS.tsv, as in ../shared/corpus/dev).

Usage: python tools/corpus_accuracy.py [CORPUS_DIR] [--show]

Each rule is compared with the label column that covers it; `?` labels are skipped.
Prints per-rule precision and recall over documents (did the rule fire at all?).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from declint.config import Config
from declint.formats import read_source
from declint.linter import Linter
from declint.registry import load_registry

Row = dict[str, str]


def _int(value: str) -> int | None:
    try:
        return int(value)
    except ValueError:
        return None


def _yn(value: str, wanted: str) -> bool | None:
    return None if value.strip() not in ("y", "n") else value.strip() == wanted


_INFORMAL_GREETING = ("hey", "yo", "sup", "hiya", "howdy")
_INFORMAL_CLOSING = ("cheers", "xoxo", "later", "love")


def _salutation(row: Row) -> bool | None:
    if row["has_salutation"] == "n":
        return True
    if row["has_salutation"] != "y":
        return None
    return row["salutation_text"].strip().lower().startswith(_INFORMAL_GREETING)


def _closing(row: Row) -> bool | None:
    if row["has_closing"] == "n":
        return True
    if row["has_closing"] != "y":
        return None
    text = row["closing_text"].lower()
    return text.startswith(_INFORMAL_CLOSING) or "no name" in text


def _over_apology(row: Row) -> bool | None:
    n = _int(row["apology_count"])
    return None if n is None else n > 1


def _reason_length(row: Row) -> bool | None:
    n = _int(row["reason_sentences"])
    return None if n is None else n > 2


# Which label says a rule should fire on a document.
EXPECT: dict[str, Callable[[Row], bool | None]] = {
    "salutation": _salutation,
    "closing": _closing,
    "gratitude": lambda r: _yn(r["has_gratitude"], "n"),
    "over-apology": _over_apology,
    "reason-length": _reason_length,
    "door-open": lambda r: _yn(r["door_open"], "n"),
    "clear-decline": lambda r: _yn(r["clear_decline"], "n"),
    "negative-remarks": lambda r: _yn(r["negative_about_company"], "y"),
    "oversharing": lambda r: _yn(r["overshares_personal"], "y"),
    "placeholder": lambda r: _yn(r["has_placeholders"], "y"),
    # word_count counts the whole email, greeting to name: what `length` counts.
    "length": lambda r: None if _int(r["word_count"]) is None else not 40 <= int(r["word_count"]) <= 200,
}


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")


def measure(corpus: Path) -> dict[str, Scores]:
    """Per-rule document-level scores against LABELS.tsv."""
    rows = list(csv.DictReader((corpus / "LABELS.tsv").open(encoding="utf-8"), delimiter="\t"))
    registry = load_registry()
    config = Config()
    items = [(read_source(str(corpus / r["file"]), (corpus / r["file"]).read_bytes()), config) for r in rows]
    results = Linter(registry).lint(items)
    scores: dict[str, Scores] = {}
    for rule_id, expect in EXPECT.items():
        if rule_id not in registry.rules:
            continue
        score = scores[rule_id] = Scores()
        for row, result in zip(rows, results, strict=True):
            want = expect(row)
            if want is None:
                continue
            got = any(f.rule == rule_id for f in result.findings)
            score.tp += got and want
            score.fp += got and not want
            score.fn += (not got) and want
            score.tn += (not got) and (not want)
            if got != want:
                msgs = [f.message for f in result.findings if f.rule == rule_id]
                score.misses.append(f"{'FP' if got else 'FN'} {rule_id} {row['file']} {msgs}")
    return scores


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv and not argv[0].startswith("-") else Path("../shared/corpus/dev")
    scores = measure(corpus)
    print(f"{'rule':18} {'tp':>3} {'fp':>3} {'fn':>3} {'tn':>3} {'precision':>9} {'recall':>7}")
    for rule_id, s in scores.items():
        if "--show" in argv:
            for miss in s.misses:
                print("  " + miss)
        print(f"{rule_id:18} {s.tp:3} {s.fp:3} {s.fn:3} {s.tn:3} {s.precision:9.2f} {s.recall:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
