"""declint's shared vocabulary, read once from ``vocabulary.toml`` beside this module.

Knowledge lives in that data file; this module only loads it and hands out typed,
immutable views, so every part of declint that needs "the sender's own words" or "a
sign-off" reads the same list. Nothing here imports spaCy.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class Attribution:
    """How one language's mail clients write "On <date>, <name> wrote:"."""

    language: str
    opens: str
    #: A regular expression for the verb and what may follow it before the colon.
    wrote: str

    @property
    def verb(self) -> str:
        """The verb alone ("schrieb" of "schrieb\\b[^\\n]{0,200}")."""
        return self.wrote.split("\\b")[0]


@dataclass(frozen=True)
class Vocabulary:
    first_person: frozenset[str]
    titles: frozenset[str]
    short_titles: frozenset[str]
    weekdays: tuple[str, ...]
    weekday_abbreviations: frozenset[str]
    months: MappingProxyType[str, int]
    #: The months' full names ("january", "may"), without the short forms.
    month_names: frozenset[str]
    employer_nouns: frozenset[str]
    job_nouns: frozenset[str]
    company_suffixes: frozenset[str]
    greetings: tuple[str, ...]
    casual_greetings: tuple[str, ...]
    sign_offs: frozenset[str]
    casual_sign_offs: tuple[str, ...]
    sign_off_words: frozenset[str]
    attributions: tuple[Attribution, ...]
    #: Slang and text-speak -> the formal word that replaces it, or None.
    slang: MappingProxyType[str, str | None]
    #: Words that make a greeting or a display name a role, a team or a company.
    not_a_person: frozenset[str]
    #: Words that address a reader courteously when they stand alone, but are names after a
    #: title: "Good morning Ma," (madam), "Mr. Ma".
    courtesies: frozenset[str]
    #: Words of hiring and email that the spelling lists lack ("onboarding", "webinar").
    hiring_words: frozenset[str]


def _words(data: dict[str, Any], key: str) -> list[str]:
    value = data[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"vocabulary.toml: {key} must be a list of strings")
    return value


@cache
def vocabulary() -> Vocabulary:
    """The shipped vocabulary (read on first use, then shared)."""
    text = resources.files("declint.text").joinpath("vocabulary.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return Vocabulary(
        first_person=frozenset(_words(data, "first_person")),
        titles=frozenset(_words(data, "titles")),
        short_titles=frozenset(_words(data, "short_titles")),
        weekdays=tuple(_words(data, "weekdays")),
        weekday_abbreviations=frozenset(_words(data, "weekday_abbreviations")),
        months=MappingProxyType({str(k): int(v) for k, v in data["months"].items()}),
        # The longest name of each month is its full name ("september", not "sept").
        month_names=frozenset(
            max((str(k) for k, v in data["months"].items() if v == n), key=len) for n in range(1, 13)
        ),
        employer_nouns=frozenset(_words(data, "employer_nouns")),
        job_nouns=frozenset(_words(data, "job_nouns")),
        company_suffixes=frozenset(_words(data, "company_suffixes")),
        greetings=tuple(_words(data, "greetings")),
        casual_greetings=tuple(_words(data, "casual_greetings")),
        sign_offs=frozenset(_words(data, "sign_offs")),
        casual_sign_offs=tuple(_words(data, "casual_sign_offs")),
        sign_off_words=frozenset(_words(data, "sign_off_words")),
        slang=MappingProxyType({str(k): (str(v) or None) for k, v in data["slang"].items()}),
        attributions=tuple(
            Attribution(lang, str(entry["opens"]), str(entry["wrote"])) for lang, entry in data["attribution"].items()
        ),
        not_a_person=frozenset(_words(data, "not_a_person")),
        courtesies=frozenset(_words(data, "courtesies")),
        hiring_words=frozenset(_words(data, "hiring_words")),
    )
