"""Precision and recall per rule against hand labels: the one scorer behind ``declint eval``.

Three kinds of labelled folder are read, each the way its labels were written:

- **Findings** (``samples/``): each draft ``NAME.txt`` has ``NAME.expected.json`` beside it,
  a list of ``{"rule": id, "line": n, "text": words}``, one per finding it should get. A
  finding counts when rule and line match (and, where given, it covers ``text``).
- **Drafts** (``tests/heldout/``): one or more ``labels.toml`` files, a table per draft
  naming the rules that should report on it (``problems``) and when it is sent (``sent``).
  Counted per draft: did the rule report at all?
- **Corpus** (``../shared/corpus/dev``): a ``LABELS.tsv`` of one reader's answers to
  questions about each email; each rule is compared with the column that covers it.
  Counted per draft; ``?`` answers are skipped.

Nothing here prints; :func:`evaluate` returns the scores and the misses.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from declint.core.reading import read_limited_text
from declint.engine.config import Config
from declint.engine.linter import UNUSED_SUPPRESSION, FileResult, Linter
from declint.formats import InputError
from declint.ruleapi.registry import Registry

#: Label files are small; a link to /dev/zero must not be read to the end.
LABEL_LIMIT = 64 << 20

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DRAFT_SUFFIXES = (".txt", ".md", ".eml", ".html", ".htm")


class LabelError(Exception):
    """A labelled folder that cannot be read."""


@dataclass
class RuleScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass(frozen=True)
class Expected:
    """What one draft should get: per-finding keys, or per-rule verdicts."""

    #: (rule, line, words or "") for each expected finding; None when labels are per draft.
    findings: Counter[tuple[str, int, str]] | None = None
    #: Rule id -> should it report on this draft? Rules absent here are not scored.
    verdicts: dict[str, bool] = field(default_factory=dict)
    sent: datetime | None = None


@dataclass(frozen=True)
class Labelled:
    path: Path
    expected: Expected


@dataclass
class Evaluation:
    scores: dict[str, RuleScore]
    #: Drafts that could not be read, as "path: problem".
    errors: list[str]
    #: How the labels count: "findings" or "drafts".
    unit: str


# -- reading labels ---------------------------------------------------------------------


def load_labelled(folder: Path, rule_ids: Iterable[str]) -> list[Labelled]:
    """Every labelled draft under ``folder``, whichever kind of labels it has."""
    if not folder.is_dir():
        raise LabelError(f"{folder}: not a folder")
    if (folder / "LABELS.tsv").is_file():
        return _corpus(folder)
    tables = sorted(folder.rglob("labels.toml"))
    if tables:
        return [item for table in tables for item in _draft_labels(table, set(rule_ids))]
    return _finding_labels(folder)


def _finding_labels(folder: Path) -> list[Labelled]:
    out = []
    for draft in sorted(p for p in folder.iterdir() if p.suffix.lower() in DRAFT_SUFFIXES):
        label = draft.with_name(draft.stem + ".expected.json")
        if not label.exists():
            continue
        try:
            items = json.loads(read_limited_text(label, LABEL_LIMIT))
            expected = Counter((str(i["rule"]), int(i["line"]), str(i.get("text", ""))) for i in items)
        except (OSError, ValueError, KeyError, TypeError, RecursionError, OverflowError) as exc:
            # OverflowError: "line": 1e400 is infinity, which int() refuses.
            raise LabelError(
                f'{label}: expected a JSON list of {{"rule": id, "line": n, "text": words}} ({exc})'
            ) from None
        out.append(Labelled(draft, Expected(findings=expected)))
    if not out:
        raise LabelError(f"{folder}: no drafts with a NAME.expected.json, a labels.toml or a LABELS.tsv")
    return out


def _draft_labels(table: Path, rule_ids: set[str]) -> list[Labelled]:
    try:
        data = tomllib.loads(read_limited_text(table, LABEL_LIMIT))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LabelError(f"{table}: {(exc.strerror or exc) if isinstance(exc, OSError) else exc}") from None
    except RecursionError:
        raise LabelError(f"{table}: nested too deeply") from None
    out = []
    for name, entry in sorted(data.items()):
        if not isinstance(entry, dict) or not isinstance(entry.get("problems"), list):
            raise LabelError(f"{table}: [{name!r}] needs a list `problems`")
        unknown = set(entry["problems"]) - rule_ids
        if unknown:
            raise LabelError(f"{table}: [{name!r}] names unknown rules {sorted(unknown)}")
        sent = entry.get("sent")
        if isinstance(sent, str):
            try:
                sent = datetime.fromisoformat(sent)
            except ValueError:
                raise LabelError(f"{table}: [{name!r}] sent {sent!r} is not an ISO date") from None
        verdicts = {rule_id: rule_id in entry["problems"] for rule_id in rule_ids}
        out.append(Labelled(table.parent / name, Expected(verdicts=verdicts, sent=sent)))
    return out


def _yn(value: str, wanted: str) -> bool | None:
    return None if value.strip() not in ("y", "n") else value.strip() == wanted


def _int(value: str) -> int | None:
    try:
        return int(value)
    except ValueError:
        return None


_INFORMAL_GREETING = ("hey", "yo", "sup", "hiya", "howdy")
_INFORMAL_CLOSING = ("cheers", "xoxo", "later", "love")

Row = dict[str, str]


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


def _length(row: Row) -> bool | None:
    # word_count counts the whole email, greeting to name: what `length` counts.
    n = _int(row["word_count"])
    return None if n is None else not 40 <= n <= 200


#: Which corpus column says a rule should report on an email.
CORPUS_COLUMNS: dict[str, Callable[[Row], bool | None]] = {
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
    "length": _length,
}


def _corpus(folder: Path) -> list[Labelled]:
    table = folder / "LABELS.tsv"
    try:
        rows = list(csv.DictReader(read_limited_text(table, LABEL_LIMIT).splitlines(), delimiter="\t"))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise LabelError(f"{table}: {(exc.strerror or exc) if isinstance(exc, OSError) else exc}") from None
    out = []
    for row in rows:
        verdicts = {}
        for rule_id, column in CORPUS_COLUMNS.items():
            want = column(row)
            if want is not None:
                verdicts[rule_id] = want
        out.append(Labelled(folder / row["file"], Expected(verdicts=verdicts)))
    return out


# -- scoring ----------------------------------------------------------------------------


#: When a labelled draft with no sending time of its own is taken to be sent. Without one,
#: "on Thursday" would be tomorrow on a Wednesday and short notice, and a set's figures
#: would change with the day they were scored on. A Tuesday: the day the held-out sets'
#: published figures were measured.
UNLABELLED_SENT = datetime(2026, 12, 1, 12, 0)


def evaluate(
    folder: Path,
    config: Config,
    registry: Registry,
    read: Callable[[str, Config], object],
    linter: Linter | None = None,
) -> Evaluation:
    """Lint every labelled draft under ``folder`` with ``config`` and score each rule.

    ``read`` turns a path into a Source (the run's own reader, so limits and formats are
    the CLI's); it raises InputError for a draft that cannot be read. A draft labelled with
    no sending time is linted as sent at :data:`UNLABELLED_SENT`.
    """
    linter = linter or Linter(registry, now=UNLABELLED_SENT)
    # The engine's own check of suppressions is scored beside the rules: writers label it.
    active = sorted([*(r.id for r in linter.rules_for(config)), UNUSED_SUPPRESSION])
    labelled = load_labelled(folder, [*registry.ids(), UNUSED_SUPPRESSION])
    errors: list[str] = []
    readable: list[tuple[Labelled, object]] = []
    for item in labelled:
        try:
            readable.append((item, read(str(item.path), config)))
        except InputError as exc:
            errors.append(f"{item.path}: {exc}")
    # A sending time belongs to the Linter: drafts sent at different times lint apart.
    by_time: dict[datetime | None, list[int]] = {}
    for index, (item, _) in enumerate(readable):
        by_time.setdefault(item.expected.sent, []).append(index)
    results: dict[int, FileResult] = {}
    for sent, indexes in by_time.items():
        engine = linter if sent is None else Linter(registry, now=sent)
        batch = engine.lint([(readable[i][1], config) for i in indexes])  # type: ignore[misc]
        results.update(zip(indexes, batch, strict=True))
    scores = {rule_id: RuleScore() for rule_id in active}
    unit = "findings" if labelled and labelled[0].expected.findings is not None else "drafts"
    for index, (item, _) in enumerate(readable):
        result = results[index]
        if item.expected.findings is not None:
            _score_findings(scores, item, result)
        else:
            _score_verdicts(scores, item, result)
    return Evaluation(scores, errors, unit)


def _score_verdicts(scores: dict[str, RuleScore], item: Labelled, result: FileResult) -> None:
    for rule_id, want in item.expected.verdicts.items():
        if rule_id not in scores:
            continue
        score = scores[rule_id]
        got = any(f.rule == rule_id for f in result.findings)
        score.tp += got and want
        score.fp += got and not want
        score.fn += (not got) and want
        score.tn += (not got) and (not want)
        if got != want:
            said = "; ".join(f.message for f in result.findings if f.rule == rule_id)
            kind = "false alarm" if got else "missed"
            score.misses.append(f"{kind}: {item.path.name}" + (f" ({said})" if said else ""))


def _score_findings(scores: dict[str, RuleScore], item: Labelled, result: FileResult) -> None:
    expected = item.expected.findings or Counter()
    got: Counter[tuple[str, int, str]] = Counter()
    for f in result.findings:
        line = result.lines.position(f.start)[0]
        words = " ".join(result.text[f.start : f.end].split())
        # An expected entry names words the finding must cover; match on them when given.
        named = (
            k for k in expected if k[:2] == (f.rule, line) and k[2] and covers(k[2], words) and got[k] < expected[k]
        )
        key = next(named, (f.rule, line, ""))
        got[key] += 1
    for key in got.keys() | expected.keys():
        rule_id, line, _ = key
        if rule_id not in scores:
            continue
        score = scores[rule_id]
        hit = min(got[key], expected[key])
        score.tp += hit
        score.fp += got[key] - hit
        score.fn += expected[key] - hit
        if got[key] > hit:
            score.misses.append(f"false alarm: {item.path.name}:{line}")
        if expected[key] > hit:
            score.misses.append(f"missed: {item.path.name}:{line}")


def covers(expected: str, words: str) -> bool:
    """Does a finding over ``words`` point at the ``expected`` words? One lies inside the
    other: a finding may cover the whole sentence a person marked a phrase of, or only the
    word that decides it."""
    return bool(words) and (expected in words or words in expected)


def micro(scores: dict[str, RuleScore]) -> RuleScore:
    """All rules together."""
    total = RuleScore()
    for s in scores.values():
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
        total.tn += s.tn
    return total
