"""``.eml`` files: the message body as the recipient would read it, plus its headers.

The standard library's ``email`` package parses the message; the text/plain part is used,
or the text/html part turned into text when there is no plain one. Transfer encodings
(quoted-printable, base64) and charsets are decoded, with fallbacks for a missing or
unknown charset and for malformed headers. Attachments, and messages forwarded as
attachments, are someone else's words and are never read. Findings point at lines of the
file's own lines where the body is stored as written (7bit, 8bit or binary transfer
encoding, the way mail clients and mutt save a draft): the Source's text is then the whole
file with everything but the body hidden, as a text draft's header block is. A body stored
quoted-printable or base64, or text taken from HTML, has no lines in the file to point at;
its Source carries a location note saying which lines the findings count.
"""

from __future__ import annotations

import codecs
import contextlib
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser

from declint.core.source import Source
from declint.core.spans import CharSpan
from declint.formats.html import extract_html
from declint.formats.text import normalise_newlines

LOCATION_NOTE = "lines of the decoded message body"
#: Transfer encodings that store the body's bytes as they are.
_AS_WRITTEN = ("7bit", "8bit", "binary")
HTML_LOCATION_NOTE = "lines of the text extracted from the message's HTML part"
HEADERS = ("From", "To", "Subject", "Date")


def read_eml(name: str, data: bytes) -> Source:
    if b"\x00" in data[:8192]:
        raise ValueError("looks binary (it contains NUL bytes); declint reads text drafts")
    message = _parse(data)
    plain, html = _text_parts(message)
    headers = _headers(message)
    if plain is not None and (html is None or _decode(plain).strip()):
        body = _decode(plain)
        in_file = _in_place(data, plain, body)
        if in_file is not None:
            text, span = in_file
            hidden = tuple(h for h in (CharSpan(0, span.start), CharSpan(span.end, len(text))) if h.end > h.start)
            return Source(path=name, text=text, format="email", headers=headers, hidden=hidden)
        encoding = _transfer_encoding(plain)
        note = f"{LOCATION_NOTE}, which the file stores {encoding}" if encoding not in _AS_WRITTEN else LOCATION_NOTE
        return Source(path=name, text=body, format="email", headers=headers, location_note=note)
    if html is not None:
        text, directives = extract_html(_decode(html))
        return Source(
            path=name,
            text=text,
            format="email",
            headers=headers,
            directives=directives,
            location_note=HTML_LOCATION_NOTE,
        )
    raise ValueError("has no text/plain or text/html part to lint")


def _transfer_encoding(part: Message) -> str:
    try:
        return str(part.get("Content-Transfer-Encoding") or "7bit").strip().lower()
    except Exception:  # noqa: BLE001 - a header the modern policy cannot parse
        return "unknown"


def _in_place(data: bytes, part: Message, body: str) -> tuple[str, CharSpan] | None:
    """The whole file as text and where ``body`` sits in it, when the part stores its body
    as written; None when it does not (an encoded body, a file in another charset)."""
    if _transfer_encoding(part) not in _AS_WRITTEN or not body.strip():
        return None
    charset = _charset(part) or "utf-8"
    try:
        whole = normalise_newlines(data.decode(charset))
    except (UnicodeDecodeError, LookupError):
        return None
    header_end = whole.find("\n\n")
    if header_end < 0:
        return None
    # The body's own bytes, after the message's headers: the first part's for a multipart.
    at = whole.find(body, header_end + 2)
    if at < 0:
        return None
    return whole, CharSpan(at, at + len(body))


def _parse(data: bytes) -> Message:
    try:
        return BytesParser(policy=policy.default).parsebytes(data)
    except Exception:  # noqa: BLE001 - the modern policy chokes on some broken headers
        return BytesParser(policy=policy.compat32).parsebytes(data)


def _text_parts(message: Message) -> tuple[Message | None, Message | None]:
    """The first inline text/plain and text/html parts, outside attachments."""
    plain: Message | None = None
    html: Message | None = None
    for part in _inline_parts(message):
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = part
        elif kind == "text/html" and html is None:
            html = part
    return plain, html


def _inline_parts(part: Message) -> list[Message]:
    if _is_attachment(part):
        return []
    if part.get_content_maintype() == "message":
        return []  # A message forwarded as an attachment is not the sender's text.
    if part.is_multipart():
        payload = part.get_payload()
        children = payload if isinstance(payload, list) else []
        return [p for child in children if isinstance(child, Message) for p in _inline_parts(child)]
    return [part]


def _is_attachment(part: Message) -> bool:
    try:
        disposition = part.get_content_disposition()
    except Exception:  # noqa: BLE001 - a malformed Content-Disposition header
        return False
    return disposition == "attachment"


def _decode(part: Message) -> str:
    """The part's text: transfer encoding undone, then its charset (or a good guess) decoded."""
    try:
        raw = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - broken base64 or quoted-printable
        raw = None
    if not isinstance(raw, bytes):
        payload = part.get_payload()
        raw = payload.encode("utf-8", "replace") if isinstance(payload, str) else b""
    text = _decode_bytes(raw, _charset(part))
    return normalise_newlines(text).lstrip("\ufeff")


def _decode_bytes(raw: bytes, charset: str | None) -> str:
    # Mail labelled Latin-1 (or nothing, or ASCII with 8-bit bytes in it) is most often
    # UTF-8 or Windows-1252, whose curly quotes sit in 0x80-0x9f; Latin-1 itself never fails.
    if charset in ("iso8859-1", "ascii"):
        candidates = ["utf-8", "cp1252"] if charset == "ascii" else ["cp1252"]
    else:
        candidates = [c for c in (charset, "utf-8", "cp1252") if c]
    for candidate in candidates:
        try:
            return raw.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")


def _charset(part: Message) -> str | None:
    """The declared charset's canonical codec name, or None when missing or unknown."""
    try:
        charset = part.get_content_charset()
        return codecs.lookup(charset).name if charset else None
    except Exception:  # noqa: BLE001 - unknown charset or a malformed Content-Type
        return None


def _headers(message: Message) -> dict[str, str]:
    out: dict[str, str] = {}
    for key in HEADERS:
        try:
            value = message.get(key)
        except Exception:  # noqa: BLE001 - a header the modern policy cannot parse
            value = None
        if value is None:
            continue
        text = str(value)
        if "=?" in text:  # Still RFC 2047-encoded (compat32 fallback); keep it raw if broken.
            with contextlib.suppress(Exception):
                text = str(make_header(decode_header(text)))
        out[key] = " ".join(text.split())
    return out
