"""Agreement between the held-out set's labels and a second reader's, for the two rules the
second reader labelled again (negative-remarks, company-mismatch).

    python tools/agreement.py

The second reader had not read the rule code, saw neither the first labels nor declint's
output, and judged each draft by reading it (the brief is in tests/heldout/README.md). Prints,
per rule, how many drafts each reader labelled, how many both did, and Cohen's kappa.
"""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "heldout"
#: Rule id, and its key in the second reader's tables.
RULES = {"negative-remarks": "negative_remarks", "company-mismatch": "company_mismatch"}


def kappa(first: list[bool], second: list[bool]) -> float:
    """Cohen's kappa of two readers' yes/no labels on the same drafts."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    p1, p2 = sum(first) / n, sum(second) / n
    expected = p1 * p2 + (1 - p1) * (1 - p2)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def main() -> int:
    first: dict[str, list[bool]] = {rule: [] for rule in RULES}
    second: dict[str, list[bool]] = {rule: [] for rule in RULES}
    for reader in sorted((HELDOUT / "second-reader").glob("*.toml")):
        with (HELDOUT / reader.stem / "labels.toml").open("rb") as handle:
            labels = tomllib.load(handle)
        with reader.open("rb") as handle:
            again = tomllib.load(handle)
        for draft, label in labels.items():
            for rule, key in RULES.items():
                first[rule].append(rule in label.get("problems", []))
                second[rule].append(bool(again[draft][key]))
    for rule in RULES:
        a, b = first[rule], second[rule]
        both = sum(x and y for x, y in zip(a, b, strict=True))
        print(f"{rule}: {len(a)} drafts; first reader {sum(a)}, second {sum(b)}, both {both}; kappa {kappa(a, b):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
