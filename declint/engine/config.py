"""Configuration: ``[tool.declint]`` in pyproject.toml or a ``.declint.toml``, found by walking
up from the linted file, checked strictly, then overridden by command-line flags."""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from declint.core.findings import Severity
from declint.core.reading import read_limited_text
from declint.nlp.pipeline import DEFAULT_MODEL
from declint.ruleapi.base import Rule, RuleOptions

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

CONFIG_FILES = (".declint.toml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.eml", "*.html", "*.htm")


#: max-bytes beyond this would let one draft take minutes and gigabytes (and a value near
#: 2**63 overflowed the read).
MAX_BYTES_CEILING = 10_000_000
#: Rule options are counts and thresholds; no sane one is near this.
OPTION_CEILING = 1_000_000_000


class ConfigError(Exception):
    """A config file, key or value that declint cannot use."""


@dataclass(frozen=True)
class Config:
    """Every setting, as one frozen value. ``None`` for ``select`` means every rule."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    model: str = DEFAULT_MODEL
    template: bool = False
    fail_level: Severity = Severity.WARNING
    max_bytes: int = 1_000_000
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True
    #: Apply ``exclude`` to files named on the command line too (pre-commit names each file).
    force_exclude: bool = False
    baseline: str | None = None
    #: The file this came from, and the folder its globs are relative to.
    path: Path | None = None

    @property
    def root(self) -> Path | None:
        return self.path.parent if self.path is not None else None


_KEYS: dict[str, str] = {
    "select": "a list of rule ids",
    "ignore": "a list of rule ids",
    "rules": "a table of rule tables, e.g. [tool.declint.rules.reason-length]",
    "per-file-ignores": "a table of glob = [rule ids]",
    "model": "the name of an installed spaCy pipeline",
    "template": "true or false",
    "fail-level": "one of info, warning, error",
    "max-bytes": "a whole number from 1 to 10000000",
    "include": "a list of globs",
    "exclude": "a list of globs",
    "respect-gitignore": "true or false",
    "force-exclude": "true or false",
    "baseline": "a path to a baseline file",
    "vocabulary": "a table of word lists, e.g. [tool.declint.vocabulary] words = [\"Kubernetes\"]",
}

#: ``[tool.declint.vocabulary]``: words a team adds once, the way Vale users add a vocabulary
#: to a style, and the rule options each key extends. A key feeds every rule that reads that
#: kind of word, so a team's sign-off is accepted by closing and its slang is reported by
#: informal-tone and never again by spelling.
VOCABULARY_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    "words": (("spelling", "words"),),
    "slang": (("informal-tone", "slang"), ("spelling", "words")),
    "sign-offs": (("closing", "sign_offs"),),
    "casual-sign-offs": (("closing", "informal"),),
    "employer-terms": (("negative-remarks", "employer_terms"),),
}


def find_config_file(start: Path) -> Path | None:
    """The nearest .declint.toml, or pyproject.toml with a [tool.declint] table."""
    here = start if start.is_dir() else start.parent
    for folder in (here.resolve(), *here.resolve().parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.exists() or candidate.is_dir():
                continue
            # A FIFO or a device named .declint.toml is found and refused by load_config with
            # one line, rather than passed over in silence.
            if name == "pyproject.toml" and not _has_tool_table(candidate):
                continue
            return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    # A pyproject.toml that cannot be parsed is an error, not a file without declint's
    # table: skipping it would lint with the defaults and lose a team's config in silence.
    data = _read_toml(path)
    return isinstance(data.get("tool"), dict) and "declint" in data["tool"]


def _read_toml(path: Path) -> dict[str, Any]:
    """The parsed file; raises ConfigError naming the file (and the line, for bad TOML)."""
    try:
        text = read_limited_text(path)
        data: dict[str, Any] = tomllib.loads(text)
        return data
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: config is not valid UTF-8") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: line {_toml_line(exc, text)}: invalid TOML: {exc}") from exc
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None


def _toml_line(exc: Exception, text: str) -> int:
    """Where the parser stopped: "(at line N, column M)", or the last line for
    "(at end of document)" (an unclosed bracket or string)."""
    match = re.search(r"at line (\d+)", str(exc))
    if match:
        return int(match.group(1))
    return max(1, len(text.splitlines()))


def load_config(path: Path, rules: Mapping[str, type[Rule]]) -> Config:  # type: ignore[type-arg]
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("declint", {})
        prefix = "tool.declint."
    else:
        table = data
        prefix = ""
    return parse_config(table, rules, path=path, prefix=prefix)


def parse_config(
    table: Mapping[str, Any],
    rules: Mapping[str, type[Rule]],  # type: ignore[type-arg]
    *,
    path: Path | None = None,
    prefix: str = "",
) -> Config:
    where = str(path) if path else "config"

    def fail(key: str, allowed: str) -> typing.NoReturn:
        raise ConfigError(f"{where}: {prefix}{key}: expected {allowed}")

    for key in table:
        if key not in _KEYS:
            raise ConfigError(
                f"{where}: unknown key {prefix}{key!s}; allowed keys: {', '.join(sorted(_KEYS))}"
            )
    values: dict[str, Any] = {"path": path}
    for key in ("select", "ignore"):
        if key in table:
            values[key] = tuple(
                _rule_ids(table[key], rules, functools.partial(fail, key, _KEYS[key]), where, prefix + key)
            )
    if "per-file-ignores" in table:
        pfi = table["per-file-ignores"]
        if not isinstance(pfi, dict):
            fail("per-file-ignores", _KEYS["per-file-ignores"])
        import pathspec  # Imported here: only configs with per-file ignores need it.

        for glob in pfi:
            try:
                pathspec.GitIgnoreSpec.from_lines([str(glob)])
            except (ValueError, TypeError):
                fail(f"per-file-ignores.{glob}", "a .gitignore-style glob as the key, e.g. \"drafts/*.md\"")
        values["per_file_ignores"] = {
            str(glob): tuple(
                _rule_ids(ids, rules, functools.partial(fail, f"per-file-ignores.{glob}", "a list of rule ids"),
                          where, f"{prefix}per-file-ignores.{glob}")
            )
            for glob, ids in pfi.items()
        }
    for key, attr in (("template", "template"), ("respect-gitignore", "respect_gitignore"),
                      ("force-exclude", "force_exclude")):
        if key in table:
            if not isinstance(table[key], bool):
                fail(key, _KEYS[key])
            values[attr] = table[key]
    if "model" in table:
        if not isinstance(table["model"], str) or not table["model"]:
            fail("model", _KEYS["model"])
        values["model"] = table["model"]
    if "baseline" in table:
        if not isinstance(table["baseline"], str):
            fail("baseline", _KEYS["baseline"])
        values["baseline"] = table["baseline"]
    if "fail-level" in table:
        values["fail_level"] = parse_severity(table["fail-level"], lambda: fail("fail-level", _KEYS["fail-level"]))
    if "max-bytes" in table:
        mb = table["max-bytes"]
        if not isinstance(mb, int) or isinstance(mb, bool) or not 0 < mb <= MAX_BYTES_CEILING:
            fail("max-bytes", _KEYS["max-bytes"])
        values["max_bytes"] = mb
    for key in ("include", "exclude"):
        if key in table:
            globs = table[key]
            if not isinstance(globs, list) or not all(isinstance(g, str) for g in globs):
                fail(key, _KEYS[key])
            values[key] = tuple(globs)
    if "rules" in table:
        severity, options = _parse_rule_tables(table["rules"], rules, where, prefix)
        values["severity"] = severity
        values["rule_options"] = options
    if "vocabulary" in table:
        values["rule_options"] = _fold_vocabulary(
            table["vocabulary"], values.get("rule_options", {}), rules, where, prefix
        )
    return Config(**values)


def _fold_vocabulary(
    table: object,
    rule_options: Mapping[str, Mapping[str, Any]],
    rules: Mapping[str, type[Rule]],  # type: ignore[type-arg]
    where: str,
    prefix: str,
) -> dict[str, dict[str, Any]]:
    """Each vocabulary list added to the options of the rules that read it (after what the
    rule's own table or its defaults hold: a vocabulary extends, it never replaces)."""
    key = f"{prefix}vocabulary"
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: {key}: expected {_KEYS['vocabulary']}")
    merged = {rule_id: dict(values) for rule_id, values in rule_options.items()}
    for name, words in table.items():
        if name not in VOCABULARY_KEYS:
            raise ConfigError(
                f"{where}: {key}: unknown key {name!s}; allowed keys: {', '.join(sorted(VOCABULARY_KEYS))}"
            )
        if name == "slang" and isinstance(words, list):
            words = {str(w): "" for w in words} if all(isinstance(w, str) for w in words) else words
        for rule_id, option in VOCABULARY_KEYS[name]:
            rule = rules.get(rule_id)
            if rule is None:
                continue  # a selection without that rule (a plugin-only registry)
            values = merged.setdefault(rule_id, {})
            current = values.get(option, getattr(rule.options_type(), option))
            hint = typing.get_type_hints(rule.options_type)[option]
            # Slang is a table for informal-tone (word -> replacement) but a list of accepted
            # words for spelling, which leaves slang to informal-tone.
            given = list(words) if isinstance(words, dict) and typing.get_origin(hint) is tuple else words
            added = _coerce(given, hint, f"{where}: {key}.{name}")
            # Stored as the config file would hold it (a list, a table): the options are
            # checked again, from these values, when the rules are built.
            values[option] = {**current, **added} if isinstance(added, dict) else [*current, *added]
    return merged


def parse_severity(value: object, on_error: typing.Callable[[], typing.NoReturn]) -> Severity:
    try:
        return Severity(str(value).lower()) if isinstance(value, str) else on_error()
    except ValueError:
        on_error()


def _rule_ids(
    value: object,
    rules: Mapping[str, type[Rule]],  # type: ignore[type-arg]
    on_type_error: typing.Callable[[], typing.NoReturn],
    where: str,
    key: str,
) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        on_type_error()
    for rule_id in value:
        if rule_id not in rules:
            raise ConfigError(f"{where}: {key}: unknown rule {rule_id!r}; known rules: {', '.join(sorted(rules))}")
    return list(value)


def _parse_rule_tables(
    tables: object,
    rules: Mapping[str, type[Rule]],  # type: ignore[type-arg]
    where: str,
    prefix: str,
) -> tuple[dict[str, Severity], dict[str, dict[str, Any]]]:
    if not isinstance(tables, dict):
        raise ConfigError(f"{where}: {prefix}rules: expected {_KEYS['rules']}")
    severity: dict[str, Severity] = {}
    options: dict[str, dict[str, Any]] = {}
    for rule_id, table in tables.items():
        key = f"{prefix}rules.{rule_id}"
        rule = rules.get(rule_id)
        if rule is None:
            raise ConfigError(f"{where}: {key}: unknown rule {rule_id!r}; known rules: {', '.join(sorted(rules))}")
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: {key}: expected a table of options")
        table = dict(table)
        if "severity" in table:
            severity[rule_id] = parse_severity(
                table.pop("severity"),
                functools.partial(_raise, f"{where}: {key}.severity: expected one of info, warning, error"),
            )
        build_options(rule, table, where=f"{where}: {key}")
        options[rule_id] = table
    return severity, options


def _raise(message: str) -> typing.NoReturn:
    raise ConfigError(message)


def build_options(rule: type[Rule], values: Mapping[str, Any], *, where: str = "config") -> RuleOptions:  # type: ignore[type-arg]
    """The rule's options dataclass from ``values``, each checked against its declared type."""
    options_type = rule.options_type
    hints = typing.get_type_hints(options_type)
    fields = {f.name: f for f in dataclasses.fields(options_type)}
    converted: dict[str, Any] = {}
    for name, value in values.items():
        if name not in fields:
            allowed = ", ".join(["severity", *sorted(fields)])
            raise ConfigError(f"{where}: unknown option {name!r}; allowed: {allowed}")
        converted[name] = _coerce(value, hints[name], f"{where}.{name}")
    return options_type(**converted)


def _coerce(value: Any, hint: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    if hint is bool:
        if isinstance(value, bool):
            return value
        raise ConfigError(f"{where}: expected true or false, got {value!r}")
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= OPTION_CEILING:
            return value
        raise ConfigError(f"{where}: expected a whole number from 0 to {OPTION_CEILING}, got {value!r}")
    if hint is float:
        # nan compares false with everything, so it silently turned a rule's threshold off;
        # the comparison below is false for nan and inf (and never converts a huge int).
        if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) <= OPTION_CEILING:
            return float(value)
        raise ConfigError(f"{where}: expected a finite number, got {value!r}")
    if hint is str:
        if isinstance(value, str):
            return value
        raise ConfigError(f"{where}: expected a string, got {value!r}")
    if origin is tuple:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
    if origin in (Mapping, dict):
        if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            return dict(value)
        raise ConfigError(f"{where}: expected a table of word = \"replacement\" (\"\" for none), got {value!r}")
    return value


def merge(base: Config, **overrides: Any) -> Config:
    """``base`` with every override that is not None (command-line flags beat the file)."""
    return dataclasses.replace(base, **{k: v for k, v in overrides.items() if v is not None})
