"""Score the development banks (tests/devset/banks).

Sentences, paragraphs, dated paragraphs (short_notice.toml) and whole emails
(employers.toml), each written for tuning by helpers who never read the rule code.

Each sentence is put into one decline draft and linted on the real pipeline; the script
prints how many of each bank the rule got right:

    python tools/bank_scores.py [RULE ...] [--show]

The banks are development data, written for tuning (like tests/devset); the held-out set in
tests/heldout is scored only whole, with `declint eval`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import datetime
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


PARAGRAPH = (
    "Dear Ms. Achterberg,\n\nThank you for inviting me to interview for the coordinator post. "
    "I have decided to withdraw my application.\n\n{x}\n\n{door}Kind regards,\nPriya Ramaswamy\n"
)
OPENING = (
    "Dear Ms. Achterberg,\n\nThank you for inviting me to interview for the coordinator post.\n\n"
    "{x}\n\n{door}Kind regards,\nPriya Ramaswamy\n"
)


def _report(rule: str, label: str, expect: bool, total: int, wrong: list[str], show: bool) -> None:
    print(f"{rule:18} {label:24} expect={'fire' if expect else 'quiet'}: {total - len(wrong)}/{total}")
    if show:
        for item in wrong:
            print("    ", item[:240].replace("\n", " | "))


def _fires(linter: DeclintLinter, rule: str, text: str, judge: Judge | None = None, **kwargs: object) -> bool:
    found = [d for d in linter.lint_text(text, **kwargs) if d.rule == rule]  # type: ignore[arg-type]
    return judge(found) if judge else bool(found)


def score_paragraphs(
    linter: DeclintLinter,
    rule: str,
    items: Sequence[str],
    expect: bool,
    *,
    frame: str = PARAGRAPH,
    door: str = DOOR,
    judge: Judge | None = None,
    label: str = "",
    show: bool = False,
) -> None:
    """Like ``score``, for banks of whole paragraphs (a slip's word after " || " is dropped)."""
    wrong = [i for i in items if _fires(linter, rule, frame.format(x=i.split(" || ")[0], door=door), judge) != expect]
    _report(rule, label, expect, len(items), wrong, show)


def _items(name: str) -> list[dict[str, object]]:
    with (BANKS / f"{name}.toml").open("rb") as handle:
        data: dict[str, list[dict[str, object]]] = tomllib.load(handle)
    return data["item"]


def _sent(item: dict[str, object]) -> datetime:
    return datetime.fromisoformat(str(item["sent"]))


def score_dated(linter: DeclintLinter, *, show: bool = False) -> None:
    """short_notice.toml: each paragraph with its sending time and whether it is short notice."""
    for expect in (True, False):
        items = [i for i in _items("short_notice") if i["short"] is expect]
        wrong = [
            f"{i['sent']} {i['text']}"
            for i in items
            if _fires(linter, "short-notice", OPENING.format(x=i["text"], door=DOOR), date=_sent(i)) != expect
        ]
        _report("short-notice", "short_notice", expect, len(items), wrong, show)


def score_emails(linter: DeclintLinter, *, show: bool = False) -> None:
    """employers*.toml: whole emails, and whether one names a leftover employer."""
    for name in ("employers", "employers2", "employers3", "employers4", "employers5", "employers6", "employers7"):
        if not (BANKS / f"{name}.toml").exists():
            continue
        for expect in (True, False):
            items = [str(i["text"]) for i in _items(name) if i["mismatch"] is expect]
            wrong = [i for i in items if _fires(linter, "company-mismatch", i) != expect]
            _report("company-mismatch", name, expect, len(items), wrong, show)


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
        for name in ("spelling_sentences", "spelling_trades"):
            bank = _bank(name)
            score_paragraphs(linter, "spelling", bank["real"], False, label=name, show=show)
            score_paragraphs(linter, "spelling", bank["misspelled"], True, label=name, show=show)
        if (BANKS / "spelling3.toml").exists():
            bank = _bank("spelling3")
            score_paragraphs(linter, "spelling", bank["quiet"], False, label="spelling3", show=show)
            score_paragraphs(linter, "spelling", bank["fire"], True, label="spelling3", show=show)
    for rule, names in (
        (
            "negative-remarks",
            ("complaints", "complaints2", "complaints3", "complaints4", "complaints5", "irony", "irony2", "quiet2"),
        ),
        ("oversharing", ("oversharing_sentences", "oversharing2", "quiet_private")),
    ):
        for name in names if want(rule) else ():
            if not (BANKS / f"{name}.toml").exists():
                continue
            bank = _bank(name)
            if bank.get("positive"):  # quiet2 and quiet_private hold near-misses only
                score_paragraphs(linter, rule, bank["positive"], True, label=name, show=show)
            score_paragraphs(linter, rule, bank["negative"], False, label=name, show=show)
    if want("door-open"):
        for name in ("door_paragraphs", "closings"):
            bank = _bank(name)
            score_paragraphs(linter, "door-open", bank["opens"], False, door="", label=name, show=show)
            score_paragraphs(
                linter, "door-open", bank["neither"], True, door="", label=name, show=show,
                judge=lambda found: any("nothing leaves" in d.message for d in found),
            )
        bank = _bank("door_paragraphs")
        score_paragraphs(
            linter, "door-open", bank["shuts"], True, door="", label="door_paragraphs", show=show,
            judge=lambda found: bool(found),
        )
    if want("reason-length"):
        for name in ("reason_paragraphs", "reasons2", "reasons3"):
            bank = _bank(name)
            for key, expect in (("short", False), ("long", True)):
                score_paragraphs(linter, "reason-length", bank[key], expect, frame=OPENING, label=name, show=show)
    if want("short-notice"):
        score_dated(linter, show=show)
    if want("company-mismatch"):
        score_emails(linter, show=show)


if __name__ == "__main__":
    main(sys.argv[1:])
