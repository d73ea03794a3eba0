"""Buffers split into lines as the protocol says: only ``\\n``, ``\\r\\n`` and ``\\r`` end a line.

pygls splits with ``str.splitlines``, which also breaks at U+2028, U+2029, form feed, vertical
tab and other separators that editors keep inside a line. After one incremental edit in such a
buffer the server's copy no longer matched the editor's: findings landed on the wrong line and a
quick fix would have edited the wrong text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pygls.workspace import TextDocument, Workspace

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def protocol_lines(text: str) -> tuple[str, ...]:
    """``text`` split after each ``\\r\\n``, ``\\r`` or ``\\n``, line ends kept."""
    return tuple(m.group() for m in _LINE.finditer(text) if m.group())


class ProtocolTextDocument(TextDocument):
    @property
    def lines(self) -> Sequence[str]:
        return protocol_lines(self.source)


class ProtocolWorkspace(Workspace):
    def _create_text_document(
        self,
        doc_uri: str,
        source: str | None = None,
        version: int | None = None,
        language_id: str | None = None,
    ) -> TextDocument:
        return ProtocolTextDocument(
            doc_uri,
            source=source,
            version=version,
            language_id=language_id,
            sync_kind=self._sync_kind,
            position_codec=self._position_codec,
        )
