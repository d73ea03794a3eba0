"""Score the development sentence banks (tests/devset/banks).

Each sentence is put into one decline draft and linted on the real pipeline; the script
prints how many of each bank the rule got right:

    python tools/bank_scores.py [RULE ...] [--show]

The banks are development data, written for tuning (like tests/devset); the held-out set in
tests/heldout is scored only whole, with `declint eval`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from declint.api import DeclintLinter, Diagnostic

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

BANKS = Path(__file__).resolve().parents[1] / "tests" / "devset" / "banks"
TEMPLATE = (
    "Dear Ms. Achterberg,\n\nThank you for inviting me to interview for the coordinator post. "
    "I have decided to withdraw my application. {x}\n\n{door}Kind regards,\nPriya Ramaswamy\n"
)
DOOR = "I hope our paths cross again.\n\n"

Judge = Callable[[list[Diagnostic]], bool]


def _bank(name: str) -> dict[str, list[str]]:
    with (BANKS / f"{name}.toml").open("rb") as handle:
        data: dict[str, list[str]] = tomllib.load(handle)
    return data


def score(
    linter: DeclintLinter,
    rule: str,
    sentences: Sequence[str],
    expect: bool,
    *,
    door: str = DOOR,
    judge: Judge | None = None,
    show: bool = False,
) -> None:
    wrong = []
    for sentence in sentences:
        found = [d for d in linter.lint_text(TEMPLATE.format(x=sentence, door=door)) if d.rule == rule]
        fired = judge(found) if judge else bool(found)
        if fired != expect:
            wrong.append(sentence)
    label = "fire" if expect else "quiet"
    print(f"{rule:18} expect={label}: {len(sentences) - len(wrong)}/{len(sentences)}")
    if show:
        for sentence in wrong:
            print("    ", sentence)


def main(argv: list[str]) -> None:
    show = "--show" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    linter = DeclintLinter()

    def want(rule: str) -> bool:
        return not wanted or rule in wanted

    if want("negative-remarks"):
        bank = _bank("negative_remarks")
        score(linter, "negative-remarks", bank["positive"], True, show=show)
        score(linter, "negative-remarks", bank["negative"], False, show=show)
    if want("oversharing"):
        bank = _bank("oversharing")
        score(linter, "oversharing", bank["positive"], True, show=show)
        score(linter, "oversharing", bank["negative"], False, show=show)
    if want("door-open"):
        bank = _bank("door_open")
        score(linter, "door-open", bank["opens"], False, door="", show=show)
        score(linter, "door-open", bank["shuts"], True, door="", show=show,
              judge=lambda found: any("shuts" in d.message for d in found))
        score(linter, "door-open", bank["neither"], True, door="", show=show,
              judge=lambda found: any("nothing leaves" in d.message for d in found))
    if want("spelling"):
        bank = _bank("spelling")
        real = [f"My current work involves {w} every day." for w in bank["real"]]
        slips = [f"My current work involves the {m.split('=')[0]} every day." for m in bank["misspelled"]]
        score(linter, "spelling", real, False, show=show)
        score(linter, "spelling", slips, True, show=show)


if __name__ == "__main__":
    main(sys.argv[1:])
