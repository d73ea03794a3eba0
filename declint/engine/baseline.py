"""A baseline: today's findings, recorded so that CI fails only on new ones.

A template library adopting declint has hundreds of findings on day one. The baseline records
each by a fingerprint that survives edits elsewhere in the draft: the path (relative to the
baseline file), the rule, an anchor, and which occurrence of that anchor it is, never a line
number. Entries that no longer match anything are returned so that they can be pruned.

The anchor of a finding about particular words ("'sucess' is misspelled") is those words
(whitespace collapsed). A finding about the email as a whole (too long, never thanks them,
nothing leaves the door open) only points at some sentence to have a place; keyed on that
sentence it would come back as new whenever the sentence changed. Its anchor is the kind of
message instead: the message with its numbers blanked ("kind: the email has only # words").
A finding is about its words when its message quotes them.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from declint.core.findings import Finding
from declint.core.reading import read_limited
from declint.engine.atomic import write_atomically
from declint.engine.result import FileResult

FORMAT = 1
#: A baseline of a large library is a few megabytes; a link to /dev/zero must not be read.
BASELINE_LIMIT = 256 << 20


class BaselineError(Exception):
    """A baseline file that cannot be read."""


@dataclass(frozen=True, order=True)
class Entry:
    path: str
    rule: str
    text: str
    occurrence: int

    def describe(self) -> str:
        words = f' "{self.text}"' if self.text else ""
        if self.text.startswith(KIND):
            words = f" ({self.text[len(KIND):]})"
        nth = f" (occurrence {self.occurrence + 1})" if self.occurrence else ""
        return f"{self.path}: {self.rule}{words}{nth}"


def _relative(path: str, base: Path) -> str:
    if path == "-" or not path:
        return path
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return absolute.as_posix()


#: Numbers in a message (counts, limits, grade levels) change with edits anywhere.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
KIND = "kind: "


def anchor(finding: Finding, text: str) -> str:
    """What a finding's baseline entry is keyed on: its words, or its kind of message."""
    words = " ".join(text[finding.start : finding.end].split())
    if words and words.lower() in finding.message.lower():
        return words
    return KIND + _NUMBER.sub("#", finding.message)


def fingerprints(result: FileResult, base: Path) -> Iterator[tuple[Entry, Finding]]:
    """Each finding of ``result`` with its entry, paths relative to ``base``."""
    path = _relative(result.path, base)
    seen: Counter[tuple[str, str]] = Counter()
    for finding in sorted(result.findings, key=lambda f: (f.start, f.end, f.rule)):
        key = anchor(finding, result.text)
        occurrence = seen[(finding.rule, key)]
        seen[(finding.rule, key)] += 1
        yield Entry(path, finding.rule, key, occurrence), finding


def _base(file: Path) -> Path:
    return Path(os.path.abspath(file)).parent


def write_baseline(results: list[FileResult], file: Path) -> int:
    """Record every finding of ``results`` in ``file`` (atomically); returns how many."""
    base = _base(file)
    entries = sorted(entry for r in results if r.error is None for entry, _ in fingerprints(r, base))
    data = {
        "declint-baseline": FORMAT,
        "entries": [
            {"path": e.path, "rule": e.rule, "text": e.text, "occurrence": e.occurrence} for e in entries
        ],
    }

    def dump(handle: TextIO) -> None:
        json.dump(data, handle, indent=1, ensure_ascii=False)
        handle.write("\n")

    if file.is_dir():
        raise BaselineError(f"{file}: cannot write baseline: is a folder; name a file such as {file / 'baseline.json'}")
    if file.parent.exists() and not file.parent.is_dir():
        raise BaselineError(f"{file}: cannot write baseline: {file.parent} is not a folder")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(file, dump, prefix=f".{file.name}.")
    except OSError as exc:
        raise BaselineError(f"{file}: cannot write baseline: {exc.strerror or exc}") from None
    return len(entries)


def load_baseline(file: Path) -> list[Entry]:
    try:
        data = json.loads(read_limited(file, BASELINE_LIMIT).decode("utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{file}: baseline not found; create it with --write-baseline {file}") from None
    except OSError as exc:
        raise BaselineError(f"{file}: cannot read baseline: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise BaselineError(f"{file}: baseline is not valid JSON: {exc}") from None
    except RecursionError:
        raise BaselineError(f"{file}: baseline is not valid JSON: nested too deeply") from None
    if (
        not isinstance(data, dict)
        or data.get("declint-baseline") != FORMAT
        or not isinstance(data.get("entries"), list)
    ):
        raise BaselineError(f"{file}: not a declint baseline (write one with --write-baseline)")
    entries = []
    for item in data["entries"]:
        try:
            occurrence = item["occurrence"]
            fields = (item["path"], item["rule"], item["text"])
            if isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 0:
                raise ValueError(occurrence)
            if not all(isinstance(value, str) for value in fields):
                raise ValueError(fields)
            entries.append(Entry(*fields, occurrence))
        except (KeyError, TypeError, ValueError):
            # Shown short: a hostile entry could be megabytes (or nested past repr's depth).
            raise BaselineError(f"{file}: malformed baseline entry number {len(entries) + 1}") from None
    return entries


_LOADED: dict[Path, tuple[tuple[int, int], list[Entry]]] = {}


def load_baseline_cached(file: Path) -> list[Entry]:
    """``load_baseline``, read again only when the file changes: the language server asks
    on every keystroke."""
    try:
        info = file.stat()
    except OSError:
        return load_baseline(file)  # raises the usual "not found" error
    stamp = (info.st_mtime_ns, info.st_size)
    cached = _LOADED.get(file)
    if cached is None or cached[0] != stamp:
        cached = _LOADED[file] = (stamp, load_baseline(file))
    return cached[1]


def config_baseline(config_root: Path | None, baseline: str | None) -> Path | None:
    """The baseline file a config names, resolved against the config's folder."""
    return (config_root or Path.cwd()) / baseline if baseline else None


class BaselineMatcher:
    """One baseline file's entries, matched against drafts one at a time (a streaming run
    sees each draft as it finishes); :meth:`stale` then names what matched nothing."""

    def __init__(self, entries: list[Entry], file: Path) -> None:
        self.base = _base(file)
        self.remaining = Counter(entries)
        self.linted: set[str] = set()

    def apply(self, result: FileResult) -> None:
        """Drop the findings of ``result`` that the baseline records."""
        if result.error is not None:
            return
        self.linted.add(_relative(result.path, self.base))
        kept = []
        for entry, finding in fingerprints(result, self.base):
            if self.remaining[entry] > 0:
                self.remaining[entry] -= 1
            else:
                kept.append(finding)
        result.findings = sorted(kept, key=lambda f: (f.start, f.end, f.rule))

    def stale(self) -> list[Entry]:
        """Entries left over, for drafts linted in this run or no longer on disk."""
        return [
            entry
            for entry, count in sorted(self.remaining.items())
            if count > 0 and (entry.path in self.linted or not (self.base / entry.path).exists())
            for _ in range(count)
        ]


def apply_baseline(results: list[FileResult], entries: list[Entry], file: Path) -> list[Entry]:
    """Drop findings the baseline records from ``results``; return the entries that matched
    nothing, for drafts linted in this run or no longer on disk."""
    matcher = BaselineMatcher(entries, file)
    for result in results:
        matcher.apply(result)
    return matcher.stale()
