"""A content-hash cache of lint results, so a library of unchanged templates is not parsed again.

An entry's key hashes everything that can change a draft's findings: the draft's bytes, its
name (format and per-file ignores follow from it), the whole config in canonical form, every
rule's id and version, declint's version, the spaCy pipeline's name and installed version, and
the send date rules read. An entry holds exactly what the reporters need (text and findings).

Entries are written atomically (temp file, then ``os.replace``), so concurrent runs never see
half an entry; an entry that cannot be read or decoded is a miss, never an error. Reading the
cache never imports spaCy: a warm run stays fast.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from declint.core.findings import Finding, Fix, Severity
from declint.core.spans import CharSpan
from declint.engine.atomic import write_atomically
from declint.engine.config import Config
from declint.engine.linter import FileResult
from declint.nlp.pipeline import model_version
from declint.ruleapi.base import Rule

CACHE_DIR = ".declint_cache"
#: Bumped when the entry layout changes, or what a draft's entry holds for the same bytes
#: (2: fixes carry ``safe``; an .eml stored 8bit is read in place; front matter is YAML).
LAYOUT = 2


def _canonical(value: Any) -> Any:
    """Plain JSON-able data with a stable order, for hashing."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if isinstance(value, Severity):
        return value.value
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def config_fingerprint(config: Config) -> str:
    return json.dumps(_canonical(config), sort_keys=True, separators=(",", ":"))


class ResultCache:
    """Lint results by content hash, under ``folder`` (a ``.declint_cache`` directory)."""

    def __init__(
        self,
        folder: Path,
        rules: Mapping[str, type[Rule]],  # type: ignore[type-arg]
        declint_version: str,
    ) -> None:
        self.folder = folder
        self._salt = json.dumps(
            {
                "layout": LAYOUT,
                "declint": declint_version,
                "rules": sorted((rule_id, cls.version) for rule_id, cls in rules.items()),
            },
            sort_keys=True,
        )
        self._configs: dict[int, tuple[Config, str]] = {}
        self._created = False

    def _config_part(self, config: Config) -> str:
        # Configs are shared between drafts of one folder; hash each once.
        cached = self._configs.get(id(config))
        if cached is None or cached[0] is not config:
            cached = (config, config_fingerprint(config) + "\0" + model_version(config.model))
            self._configs[id(config)] = cached
        return cached[1]

    def key(self, data: bytes, name: str, config: Config, now: datetime | None) -> str:
        # Without an explicit send date, rules that read dates compare against today.
        when = now.isoformat() if now is not None else f"today:{date.today().isoformat()}"
        digest = hashlib.sha256()
        for part in (self._salt, self._config_part(config), name, when):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> FileResult | None:
        """The cached result for ``key`` (shown as ``path``), or None on any problem."""
        try:
            data = json.loads(self._entry(key).read_bytes())
            if data.get("key") != key:
                return None
            return FileResult(
                path=path,
                text=str(data["text"]),
                findings=[_finding(item) for item in data["findings"]],
                location_note=data.get("location_note"),
                quoted=tuple(CharSpan(int(a), int(b)) for a, b in data["quoted"]),
                signature=CharSpan(*map(int, data["signature"])) if data["signature"] else None,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, key: str, result: FileResult) -> None:
        """Store ``result``; a cache that cannot be written is silently skipped."""
        entry = {
            "key": key,
            "text": result.text,
            "location_note": result.location_note,
            "quoted": [[q.start, q.end] for q in result.quoted],
            "signature": [result.signature.start, result.signature.end] if result.signature else None,
            "findings": [_finding_data(f) for f in result.findings],
        }
        target = self._entry(key)
        try:
            self._prepare()
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(
                target, lambda handle: json.dump(entry, handle, ensure_ascii=False, separators=(",", ":"))
            )
        except OSError:
            pass

    def _prepare(self) -> None:
        if self._created:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        # Keep the cache out of version control and backups without touching the user's files.
        for name, content in (
            (".gitignore", "# Created by declint.\n*\n"),
            ("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n# declint's result cache.\n"),
        ):
            marker = self.folder / name
            if not marker.exists():
                with contextlib.suppress(OSError):
                    marker.write_text(content, encoding="utf-8")
        self._created = True


def _finding_data(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "start": finding.start,
        "end": finding.end,
        "suggestion": finding.suggestion,
        "fix": dataclasses.asdict(finding.fix) if finding.fix is not None else None,
    }


def _finding(item: Mapping[str, Any]) -> Finding:
    fix = item.get("fix")
    return Finding(
        rule=str(item["rule"]),
        severity=Severity(item["severity"]),
        message=str(item["message"]),
        start=int(item["start"]),
        end=int(item["end"]),
        suggestion=item.get("suggestion"),
        fix=Fix(int(fix["start"]), int(fix["end"]), str(fix["replacement"]), bool(fix.get("safe", True)))
        if fix
        else None,
    )


class CacheSet:
    """One :class:`ResultCache` per folder: each config's root, or the working directory.

    ``folder``, when given (``--cache-dir`` or ``DECLINT_CACHE_DIR``), holds every entry
    instead: a CI job restores one folder, and the project tree stays untouched. Keys
    include the config, so libraries sharing it never see each other's results.
    """

    def __init__(
        self,
        rules: Mapping[str, type[Rule]],  # type: ignore[type-arg]
        declint_version: str,
        folder: Path | None = None,
    ) -> None:
        self._rules = rules
        self._version = declint_version
        self._folder = folder
        self._by_folder: dict[Path, ResultCache] = {}

    def for_config(self, config: Config) -> ResultCache:
        folder = self._folder or (config.root or Path.cwd()) / CACHE_DIR
        if folder not in self._by_folder:
            self._by_folder[folder] = ResultCache(folder, self._rules, self._version)
        return self._by_folder[folder]
