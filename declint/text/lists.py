"""Items of a list in a plain-text draft: "- my employer has offered me ...", "2) ...", "(a) ...".

An item is a sentence of its own whatever punctuation it lacks. The tokeniser's sentence
starts, the email's parts, wrapped-line reading and the moves all read items the same way,
from here.
"""

from __future__ import annotations

import re

#: Marks that open an item of a list.
LIST_MARKERS = frozenset({"-", "*", "•", "·", "–"})

#: A line that opens an item: its marker (group ``marker``: a mark, "2." or "2)", "a)" or
#: "(a)") and the space after it.
LIST_ITEM = re.compile(
    rf"[ \t]*(?P<marker>[{re.escape(''.join(sorted(LIST_MARKERS)))}]|\d{{1,2}}[.)]|\(?[a-z]\))[ \t]"
)
