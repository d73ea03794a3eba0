"""Regenerate declint/nlp/data/usage.txt from the installed wordfreq.

    pip install wordfreq==3.1.1 && python tools/build_usage.py

declint reads the extract without wordfreq installed (see declint/nlp/usage.py);
tests/nlp/test_usage.py fails when it differs from what this script builds.
"""

from __future__ import annotations

import math
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from declint.nlp.usage import FILE, encode  # noqa: E402

#: Below this Zipf frequency (one use per billion words) a word is noise in the web data.
FLOOR = 1.0


def build() -> str:
    from wordfreq import get_frequency_dict

    frequencies = {}
    for word, freq in get_frequency_dict("en", wordlist="large").items():
        if not word or " " in word or not any(c.isalpha() for c in word):
            continue
        zipf = round(math.log10(freq * 1e9), 1)
        if zipf >= FLOOR:
            frequencies[word] = zipf
    return encode(metadata.version("wordfreq"), frequencies)


if __name__ == "__main__":
    FILE.write_text(build(), encoding="utf-8")
    print(f"wrote {FILE}")
