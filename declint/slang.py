"""Slang and text-speak: shared by the rule that flags them and the speller that must not
report them a second time."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Slang and text-speak, with the formal words where one plainly replaces it.
SLANG: dict[str, str | None] = {
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "kinda": "somewhat",
    "sorta": "somewhat",
    "lemme": "let me",
    "gimme": "give me",
    "dunno": "do not know",
    "ain't": "am not",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "tho": "though",
    "thru": "through",
    "thx": "thank you",
    "thnx": "thank you",
    "thanx": "thank you",
    "tks": "thank you",
    "ty": "thank you",
    "tysm": "thank you very much",
    "pls": "please",
    "plz": "please",
    "btw": "by the way",
    "tbh": None,
    "tbf": None,
    "ngl": None,
    "gutted": "disappointed",
    "bummed": "disappointed",
    "imo": None,
    "imho": None,
    "idk": None,
    "lol": None,
    "lmao": None,
    "lmfao": None,
    "rofl": None,
    "omg": None,
    "smh": None,
    "ttyl": None,
    "brb": None,
    "cya": None,
    "np": None,
    "u": "you",
    "ur": "your",
    "ya": "you",
    "yeah": "yes",
    "yep": "yes",
    "yup": "yes",
    "nope": "no",
    "nah": "no",
    "haha": None,
    "hahaha": None,
    "hehe": None,
    "xoxo": None,
    "gr8": "great",
    "b4": "before",
    "l8r": "later",
    "sry": None,
    "soz": None,
    "dude": None,
    "bro": None,
    "y'all": "you",
    "ok": None,
    "okay": None,
    "k": None,
    "kk": None,
    "awesome": None,
    "wassup": None,
}


def is_slang_token(token: Token) -> bool:
    """This token is slang on its own or with its neighbour ("gon" + "na" is "gonna")."""
    doc = token.doc
    low = token.lower_
    if low in SLANG:
        return True
    if token.i + 1 < len(doc) and not token.whitespace_ and low + doc[token.i + 1].lower_ in SLANG:
        return True
    return token.i > 0 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].lower_ + low in SLANG
