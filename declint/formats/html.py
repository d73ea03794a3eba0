"""HTML drafts and HTML mail parts: the visible text, with the quoted reply marked as quoted.

Nothing is fetched or run: scripts, styles and the head are dropped unread. Block elements
end lines, so findings point at lines of the extracted text. Text inside a ``<blockquote>``
or a mail client's quote container (Gmail's ``div.gmail_quote``, Outlook's
``#divRplyFwdMsg`` and everything after ``#appendonsend``...) is written as ``> `` lines,
and a signature container gets a ``-- `` line above it, so the plain-text email structure
sets both aside exactly as it does for a plain-text reply.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from declint.core.source import Source
from declint.core.spans import CharSpan
from declint.formats.directives import parse_comment_directive

LOCATION_NOTE = "lines of the text extracted from the HTML"

_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
     "track", "wbr"}
)
# Content never shown as prose.
_DROPPED = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object", "iframe"})
_BLOCK = frozenset(
    {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div",
     "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
     "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
     "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
)
# Blocks that stand apart from their neighbours by a blank line, as a reader sees them.
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "pre"})

# Containers whose content is someone else's message (an attribution plus the quote).
_QUOTE_CLASSES = frozenset({"gmail_quote", "yahoo_quoted", "moz-cite-prefix"})
# Markers after which the whole rest of the document is the quoted message: Outlook puts
# the original's header block in #divRplyFwdMsg and the original itself after it.
_QUOTE_TO_END_IDS = frozenset({"appendonsend", "divrplyfwdmsg", "stopspelling", "olk_src_body_section"})
_QUOTE_TO_END_CLASSES = frozenset({"outlookmessageheader"})
_SIGNATURE_CLASSES = frozenset({"gmail_signature", "moz-signature"})
_SIGNATURE_IDS = frozenset({"signature", "signature_bookmark"})

_SPACE = re.compile(r"[ \t\n\r\f\v\xa0\u200b]+")


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line_quoted: list[bool] = []
        self.current: list[str] = []
        #: Whether ``current`` holds more than spaces (kept, not recomputed, so long lines stay linear).
        self.has_text = False
        self.stack: list[tuple[str, str]] = []  # (tag, role: "", "quote", "sig", "drop", "pre")
        self.quote_depth = 0
        self.quoted_to_end = False
        self.drop_depth = 0
        self.pre_depth = 0
        self.signature_seen = False
        #: How many of each tag are open, so a stray end tag is refused without a stack scan.
        self.open_count: dict[str, int] = {}
        #: Directive comments, with the line and column of the text they were found beside.
        self.directives: list[tuple[str, int, int]] = []

    # -- output ------------------------------------------------------------------------
    @property
    def quoted(self) -> bool:
        return self.quote_depth > 0 or self.quoted_to_end

    def _flush(self) -> None:
        text = "".join(self.current)
        self.current = []
        self.has_text = False
        if self.pre_depth == 0:
            text = text.strip(" ")
        if text or (self.lines and self.lines[-1] != ""):
            self.lines.append(text)
            self.line_quoted.append(self.quoted)

    def _break(self) -> None:
        if self.has_text:
            self._flush()
        else:
            self.current = []

    def _blank(self) -> None:
        self._break()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
            self.line_quoted.append(self.quoted)

    # -- parser callbacks ----------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and self.open_count.get("head"):
            self.handle_endtag("head")  # A head left open must not swallow the body.
        if self.drop_depth:
            if tag not in _VOID:
                self._push(tag, "drop" if tag in _DROPPED else "")
                if tag in _DROPPED:
                    self.drop_depth += 1
            return
        attr = {k.lower(): (v or "") for k, v in attrs}
        classes = {c.lower() for c in attr.get("class", "").split()}
        ident = attr.get("id", "").lower()
        if (ident in _QUOTE_TO_END_IDS or classes & _QUOTE_TO_END_CLASSES) and not self.quoted_to_end:
            self._blank()
            self.quoted_to_end = True
        if tag == "br":
            self._flush()
            return
        if tag == "hr":
            self._blank()
            return
        if tag in _VOID:
            return
        role = ""
        if tag in _DROPPED:
            role = "drop"
            self.drop_depth += 1
        elif tag == "blockquote" or classes & _QUOTE_CLASSES:
            role = "quote"
        elif (classes & _SIGNATURE_CLASSES or ident in _SIGNATURE_IDS) and not self.signature_seen:
            role = "sig"
        elif tag == "pre":
            role = "pre"
        if tag in _PARAGRAPH or role in ("quote", "sig"):
            self._blank()
        elif tag in _BLOCK:
            self._break()
        if role == "quote":
            self.quote_depth += 1
        elif role == "sig":
            self.signature_seen = True
            if not self.quoted:
                # The plain-text signature delimiter, so the signature is set aside as one.
                self.lines.append("-- ")
                self.line_quoted.append(False)
        elif role == "pre":
            self.pre_depth += 1
        self._push(tag, role)

    def _push(self, tag: str, role: str) -> None:
        self.stack.append((tag, role))
        self.open_count[tag] = self.open_count.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open_count.get(tag):
            return  # A stray end tag closes nothing.
        while self.stack:
            open_tag, role = self.stack.pop()
            self.open_count[open_tag] -= 1
            self._close(open_tag, role)
            if open_tag == tag:
                break

    def _close(self, tag: str, role: str) -> None:
        if role == "drop":
            self.drop_depth -= 1
            return
        if self.drop_depth:
            return
        if tag in _BLOCK or role:
            self._break()  # The last line still belongs to the closing quote or pre.
        if role == "quote":
            self.quote_depth -= 1
        elif role == "pre":
            self.pre_depth -= 1
        if tag in _PARAGRAPH or role in ("quote", "sig"):
            self._blank()

    def handle_data(self, data: str) -> None:
        if self.drop_depth:
            return
        if self.pre_depth:
            parts = data.replace("\r\n", "\n").split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._flush()
                self.current.append(part.replace("\xa0", " "))
                self.has_text = self.has_text or bool(part.strip())
            return
        text = _SPACE.sub(" ", data)
        if not self.has_text:
            text = text.lstrip(" ")
        if text:
            self.current.append(text)
            self.has_text = self.has_text or text != " "

    def handle_comment(self, data: str) -> None:
        if self.drop_depth or self.quoted:
            return
        for rule_id in parse_comment_directive(data):
            column = len("".join(self.current)) if self.has_text else 0
            self.directives.append((rule_id, len(self.lines), column))

    def close(self) -> None:
        super().close()
        self._break()
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
            self.line_quoted.pop()


def extract_html(html: str) -> tuple[str, tuple[tuple[str, CharSpan], ...]]:
    """The text a reader sees, quoted parts as ``> `` lines, and the directive comments."""
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    for line, quoted in zip(parser.lines, parser.line_quoted, strict=True):
        if quoted:
            line = ">" if not line else "> " + line
        starts.append(pos)
        out.append(line)
        pos += len(line) + 1
    text = "\n".join(out) + ("\n" if out else "")
    directives: list[tuple[str, CharSpan]] = []
    for rule_id, line_no, column in parser.directives:
        directives.append((rule_id, _directive_span(out, starts, line_no, column)))
    return text, tuple(directives)


def _directive_span(out: list[str], starts: list[int], line_no: int, column: int) -> CharSpan:
    """The text a directive comment sat beside: the rest of its line, or the nearest
    non-blank line below (or above) when it sat between blocks."""
    if not starts:
        return CharSpan(0, 0)
    if line_no < len(out) and out[line_no][column:].strip():
        return CharSpan(starts[line_no] + column, starts[line_no] + len(out[line_no]))
    order = [*range(line_no + 1, len(out)), *range(min(line_no, len(out) - 1), -1, -1)]
    index = next((i for i in order if out[i].strip()), min(line_no, len(out) - 1))
    return CharSpan(starts[index], starts[index] + len(out[index]))


def read_html(name: str, html: str) -> Source:
    text, directives = extract_html(html)
    return Source(path=name, text=text, format="html", directives=directives, location_note=LOCATION_NOTE)
