"""What a draft is before it is parsed: its text as the user sees it, and where it came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from declint.core.spans import CharSpan, StoredOffsets


@dataclass(frozen=True)
class Source:
    """A draft's text and facts about it.

    ``text`` is what findings point into: the file's own lines for .txt and .md, the
    decoded body for .eml, the visible text for .html. ``hidden`` marks characters that
    are not prose (markup, a front-matter block) so the parse never sees them.
    """

    path: str
    text: str
    format: str = "text"
    headers: Mapping[str, str] = field(default_factory=dict)
    hidden: tuple[CharSpan, ...] = ()
    #: Rule ids switched off inside the draft (front matter or a comment), with the
    #: span of the directive so an unused one can be reported.
    directives: tuple[tuple[str, CharSpan], ...] = ()
    #: Set when line numbers refer to something other than the file's own lines.
    location_note: str | None = None
    #: For a file read as it is (text, Markdown) with a BOM or CR LF line ends: how offsets
    #: into ``text`` map back to the file's characters (JSON output reports those).
    stored: StoredOffsets | None = None
