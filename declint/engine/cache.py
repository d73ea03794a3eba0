"""A content-hash cache of lint results, so a library of unchanged templates is not parsed again.

An entry's key hashes everything that can change a draft's findings: the draft's bytes, its
name (format and per-file ignores follow from it), the whole config in canonical form, every
rule's id, each plugin rule's version, the built-in rules' data files and code (so an edited
word list or rule is never served from an old entry, and no rule is imported to make a
key), declint's version, the spaCy pipeline's name and installed version, and the send date
rules read. An entry holds exactly what the reporters need (text and findings).

Entries are written atomically (temp file, then ``os.replace``), so concurrent runs never see
half an entry; an entry that cannot be read or decoded is a miss, never an error. Reading the
cache never imports spaCy: a warm run stays fast.

A cloned repository can commit ``.declint_cache`` (or a folder inside it) as a symlink, say to
``..``: declint would then write markers and draft text wherever it points. A cache folder that
is a symlink is never used, read or written, and the run says so once.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import json
import os
import stat
from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from declint.core.findings import Finding, Fix, Severity
from declint.core.reading import read_limited
from declint.core.spans import CharSpan, StoredOffsets
from declint.engine.atomic import write_atomically
from declint.engine.config import Config
from declint.engine.result import FileResult
from declint.nlp.pipeline import model_version
from declint.ruleapi.base import Rule
from declint.ruleapi.registry import RuleTable

try:
    # hashlib's import loads OpenSSL (a few ms of a run from the cache); BLAKE2 is built into
    # CPython and hashes as safely for a key.
    from _blake2 import blake2b
except ImportError:  # an interpreter built without it
    from hashlib import blake2b


def _hasher() -> Any:
    return blake2b(digest_size=32)

CACHE_DIR = ".declint_cache"
#: Bumped when the entry layout changes, or what a draft's entry holds for the same bytes
#: (2: fixes carry ``safe``, an .eml stored 8bit is read in place, front matter is YAML;
#: 3: entries keep the stored text's offsets and the quoted and signature spans).
LAYOUT = 3
#: An entry holds a draft (at most max-bytes) and its findings, JSON-escaped: far below this.
ENTRY_LIMIT = 64 << 20


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


@functools.lru_cache(maxsize=1)
def knowledge_fingerprint() -> str:
    """A hash of what the built-in rules know and how they reason: the data files beside
    the code (vocabulary, moves, each rule's phrase bank and patterns), the built-in rules'
    and the document layer's own source, and the code that reads drafts and settles
    findings (formats, engine). Editing a word list or a rule changes every
    key, with no version number to remember to bump. The shipped word lists are keyed by the
    package versions they were built from (their first line), not hashed whole."""
    digest = _hasher()
    for package, suffixes in (
        # How a draft is read (formats: front matter, directives, parts) and how findings
        # are settled (engine: suppressions, ignores) decide the answer as much as rules do.
        ("declint.core", (".py",)),
        ("declint.formats", (".py",)),
        ("declint.engine", (".py",)),
        ("declint.text", (".toml", ".py")),
        ("declint.document", (".toml", ".py")),
        ("declint.nlp", (".py",)),
        ("declint.ruleapi", (".py",)),
        ("declint.rules", (".toml", ".py")),
    ):
        root = _package_folder(package)
        for suffix in suffixes:
            for name in sorted(n for n in os.listdir(root) if n.endswith(suffix)):
                with open(os.path.join(root, name), "rb") as handle:
                    digest.update(name.encode() + b"\0" + handle.read() + b"\0")
    data = os.path.join(_package_folder("declint.nlp"), "data")
    for name in sorted(n for n in os.listdir(data) if n.endswith(".txt")):
        with open(os.path.join(data, name), "rb") as handle:
            digest.update(name.encode() + b"\0" + handle.readline())
    return str(digest.hexdigest())


def _package_folder(package: str) -> str:
    """Where ``package``'s files are, without importing it (nor importlib.resources)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"no package {package!r}")
    return str(next(iter(spec.submodule_search_locations)))


def rule_versions(rules: Mapping[str, type[Rule]]) -> list[tuple[str, int | str]]:  # type: ignore[type-arg]
    """Each rule's id and version, sorted. A built-in rule stands for its source and data,
    which :func:`knowledge_fingerprint` hashes (a stricter version than a number someone must
    remember to bump); asking its class for ``version`` would import it, and a run answered
    from the cache imports no rule. A plugin's own ``version`` says when it changed."""
    table = rules if isinstance(rules, RuleTable) else RuleTable(rules)
    return sorted(
        (rule_id, "built-in" if table.is_builtin(rule_id) else table[rule_id].version) for rule_id in table
    )


class ResultCache:
    """Lint results by content hash, under ``folder`` (a ``.declint_cache`` directory)."""

    def __init__(
        self,
        folder: Path,
        rules: Mapping[str, type[Rule]],  # type: ignore[type-arg]
        declint_version: str,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.folder = folder
        self._warn = warn
        self._refused = False
        self._salt = json.dumps(
            {
                "layout": LAYOUT,
                "declint": declint_version,
                "rules": rule_versions(rules),
                "knowledge": knowledge_fingerprint(),
            },
            sort_keys=True,
        )
        self._configs: dict[int, tuple[Config, Any]] = {}
        self._created = False
        #: Folders found not to be symlinks: checked once a run, not once per entry.
        self._checked: set[str] = set()
        self._root = str(folder)

    def _config_digest(self, config: Config) -> Any:
        """The hash so far of the salt and ``config``: configs are shared between drafts of one
        folder, so each is fingerprinted once and each key starts from a copy."""
        cached = self._configs.get(id(config))
        if cached is None or cached[0] is not config:
            digest = _hasher()
            for part in (self._salt, config_fingerprint(config) + "\0" + model_version(config.model)):
                digest.update(part.encode("utf-8", "surrogatepass"))
                digest.update(b"\0")
            cached = (config, digest)
            self._configs[id(config)] = cached
        return cached[1].copy()

    def key(self, data: bytes, name: str, config: Config, now: datetime | None) -> str:
        # Without an explicit send date, rules that read dates compare against today.
        when = now.isoformat() if now is not None else f"today:{date.today().isoformat()}"
        digest = self._config_digest(config)
        for part in (name, when):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        digest.update(data)
        return str(digest.hexdigest())

    def _entry(self, key: str) -> tuple[str, str]:
        """The key's folder and entry file, as strings: a thousand Path joins cost more than
        reading the entries."""
        folder = os.path.join(self._root, key[:2])
        return folder, os.path.join(folder, f"{key}.json")

    def _usable(self, folder: str) -> bool:
        """Whether ``folder`` (the cache or one of its key folders) is not a symlink."""
        if self._refused:
            return False
        if folder in self._checked:
            return True
        try:
            mode = os.lstat(folder).st_mode
        except OSError:
            return True  # not made yet: nothing to follow, and it is checked again once made
        if not stat.S_ISLNK(mode):
            if stat.S_ISDIR(mode):
                self._checked.add(folder)
            return True
        self._refused = True
        if self._warn is not None:
            self._warn(f"{folder}: the cache folder is a symlink; not using it (delete it, or pass --no-cache)")
        return False

    def get(self, key: str, path: str) -> FileResult | None:
        """The cached result for ``key`` (shown as ``path``), or None on any problem."""
        parent, entry = self._entry(key)
        if not (self._usable(self._root) and self._usable(parent)):
            return None
        try:
            data = json.loads(read_limited(entry, ENTRY_LIMIT, follow_symlinks=False))
            if not isinstance(data, dict) or data.get("key") != key:
                return None
            text = data["text"]
            note = data.get("location_note")
            if not isinstance(text, str) or not (note is None or isinstance(note, str)):
                return None
            size = len(text)
            findings = [_finding(item, size) for item in data["findings"]]
            stored = _stored(data.get("stored"), size)
            quoted = tuple(CharSpan(_offset(a, size), _offset(b, size)) for a, b in data["quoted"])
            signature = (
                CharSpan(_offset(data["signature"][0], size), _offset(data["signature"][1], size))
                if data["signature"]
                else None
            )
            return FileResult(
                path=path, text=text, findings=findings, location_note=note, stored=stored,
                quoted=quoted, signature=signature,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError):
            # RecursionError: an entry nested thousands deep; OverflowError: 1e400.
            return None

    def put(self, key: str, result: FileResult) -> None:
        """Store ``result``; a cache that cannot be written is silently skipped."""
        entry = {
            "key": key,
            "text": result.text,
            "location_note": result.location_note,
            "quoted": [[q.start, q.end] for q in result.quoted],
            "signature": [result.signature.start, result.signature.end] if result.signature else None,
            "stored": [result.stored.bom, list(result.stored.crlf)] if result.stored else None,
            "findings": [_finding_data(f) for f in result.findings],
        }
        parent, target = self._entry(key)
        try:
            if not self._prepare():
                return
            os.makedirs(parent, exist_ok=True)
            if not self._usable(parent):
                return
            write_atomically(
                Path(target), lambda handle: json.dump(entry, handle, ensure_ascii=False, separators=(",", ":"))
            )
        except OSError:
            pass

    def _prepare(self) -> bool:
        """Create the folder and its markers; False when the folder must not be used."""
        if self._created:
            return True
        if not self._usable(self._root):
            return False
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self._usable(self._root):
            return False
        # Keep the cache out of version control and backups without touching the user's files.
        for name, content in (
            (".gitignore", "# Created by declint.\n*\n"),
            ("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n# declint's result cache.\n"),
        ):
            _create_marker(self.folder / name, content)
        self._created = True
        return True


def _create_marker(marker: Path, content: str) -> None:
    """Write ``marker`` only if nothing (not even a dangling symlink) is there yet."""
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError:
        return
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)


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


def _offset(value: Any, size: int) -> int:
    """An offset into a text of ``size`` characters; ValueError for anything else."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= size:
        raise ValueError(f"offset {value!r} is not in 0..{size}")
    return value


def _stored(value: Any, size: int) -> StoredOffsets | None:
    if value is None:
        return None
    bom, crlf = value
    if bom not in (0, 1) or isinstance(bom, bool):
        raise ValueError("malformed stored offsets")
    return StoredOffsets(bom, tuple(_offset(p, size) for p in crlf))


def _fix(fix: Mapping[str, Any], size: int) -> Fix:
    safe = fix.get("safe", True)
    if not isinstance(safe, bool):
        raise ValueError("malformed fix")
    return Fix(_offset(fix["start"], size), _offset(fix["end"], size), str(fix["replacement"]), safe)


#: Severity by value: a dict lookup, where calling the enum costs a thousand entries' worth.
_SEVERITIES = {severity.value: severity for severity in Severity}


def _severity(value: Any) -> Severity:
    if isinstance(value, str) and value in _SEVERITIES:
        return _SEVERITIES[value]
    return Severity(value)  # raises ValueError, as before


def _finding(item: Mapping[str, Any], size: int) -> Finding:
    fix = item.get("fix")
    start, end = _offset(item["start"], size), _offset(item["end"], size)
    suggestion = item.get("suggestion")
    if start > end or not (suggestion is None or isinstance(suggestion, str)):
        raise ValueError("malformed finding")
    return Finding(
        rule=str(item["rule"]),
        severity=_severity(item["severity"]),
        message=str(item["message"]),
        start=start,
        end=end,
        suggestion=suggestion,
        fix=_fix(fix, size) if fix else None,
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
        self._by_config: dict[int, tuple[Config, ResultCache]] = {}
        #: Problems to show once (a symlinked cache folder), in the order they happened.
        self.warnings: list[str] = []

    def for_config(self, config: Config) -> ResultCache:
        # Asked twice a draft with the folder's one config: remember the answer per config.
        known = self._by_config.get(id(config))
        if known is not None and known[0] is config:
            return known[1]
        folder = self._folder or (config.root or Path.cwd()) / CACHE_DIR
        if folder not in self._by_folder:
            self._by_folder[folder] = ResultCache(folder, self._rules, self._version, self.warnings.append)
        self._by_config[id(config)] = (config, self._by_folder[folder])
        return self._by_folder[folder]
