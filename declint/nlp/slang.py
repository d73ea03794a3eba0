"""Slang and text-speak: shared by the rule that flags them and the speller that must not
report them a second time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from declint.text.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

# Slang and text-speak, with the formal words where one plainly replaces it.
SLANG: Mapping[str, str | None] = vocabulary().slang


def is_slang_token(token: Token) -> bool:
    """This token is slang on its own or with its neighbour ("gon" + "na" is "gonna")."""
    doc = token.doc
    low = token.lower_
    if low in SLANG:
        return True
    if token.i + 1 < len(doc) and not token.whitespace_ and low + doc[token.i + 1].lower_ in SLANG:
        return True
    return token.i > 0 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].lower_ + low in SLANG
