"""Plain-text drafts, and the decoding every text format shares."""

from __future__ import annotations

from declint.core.source import Source
from declint.formats.headers import find_header_block


def decode_text(data: bytes) -> str:
    """UTF-8 text with normalised line ends; ValueError says why anything else is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise ValueError("looks binary (it contains NUL bytes); declint reads text drafts")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(name: str, text: str) -> Source:
    block = find_header_block(text)
    if block is None:
        return Source(path=name, text=text, format="text")
    span, headers = block
    return Source(path=name, text=text, format="text", headers=headers, hidden=(span,))
