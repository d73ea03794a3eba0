"""Markdown drafts: the file's own text and lines, with the markup marked as hidden.

Findings point at the file's lines, so nothing is removed; markup (heading hashes,
emphasis markers, link targets, inline and fenced code, HTML comments and tags, the YAML
front matter) is listed in ``Source.hidden`` and blanked to spaces before the parse.
``>`` lines are kept: in an email they are the quoted reply, which structure sets aside.
"""

from __future__ import annotations

import bisect
import re

from declint.core.source import Source
from declint.core.spans import CharSpan
from declint.formats.directives import parse_comment_directive
from declint.formats.frontmatter import read_front_matter
from declint.formats.headers import find_header_block

_FRONT_OPEN = re.compile(r"---[ \t]*\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_FENCE = re.compile(r"^[ ]{0,3}(?P<fence>`{3,}|~{3,})[^\n]*$")
_HEADING = re.compile(r"^(?P<hashes>[ ]{0,3}#{1,6})(?:[ \t]|$)")
_HEADING_CLOSE = re.compile(r"[ \t]#{1,20}[ \t]*$")
_RULE_LINE = re.compile(r"^[ ]{0,3}(?:(?:\*[ \t]{0,3}){3,40}|(?:_[ \t]{0,3}){3,40}|={3,200}|-{3,200})[ \t]*$")
_SETEXT = re.compile(r"^[ ]{0,3}(?:={1,200}|-{1,200})[ \t]*$")
_BULLET = re.compile(r"^(?P<lead>[ \t]{0,12})(?P<mark>[*+-]|\d{1,9}[.)])[ \t]")
_REF_DEF = re.compile(r"^[ ]{0,3}\[[^\]\n]{1,200}\]:[ \t]{0,20}\S[^\n]{0,2000}$")
_INLINE_CODE = re.compile(r"(?<!`)(?P<ticks>`{1,3})(?!`)[^\n]{0,500}?(?<!`)(?P=ticks)(?!`)")
_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)")
_LINK = re.compile(r"(?P<open>\[)(?P<label>[^\[\]\n]{1,200})(?P<target>\]\([^)\n]{0,500}\)|\]\[[^\]\n]{0,100}\])")
_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^>\s]{1,500}>", re.IGNORECASE)
_TAG = re.compile(
    r"</?(?:a|abbr|b|big|br|center|code|del|div|em|font|hr|i|img|ins|kbd|mark|p|s|small|span|strike|strong"
    r"|sub|sup|u)\b[^<>\n]{0,300}/?>",
    re.IGNORECASE,
)
# Emphasis: a run of * or _ that opens (before a word) or closes (after one).
_EMPHASIS = re.compile(
    r"(?<![\w*\\])(?P<open>\*{1,3}|_{1,2}|~~)(?=[^\s*_~])"
    r"|(?<=[^\s*_~\\])(?P<close>\*{1,3}|_{1,2}|~~)(?![\w*])"
)
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!<>~|])")


def read_markdown(name: str, text: str) -> Source:
    hidden: list[CharSpan] = []
    directives: list[tuple[str, CharSpan]] = []

    headers: dict[str, str] = {}
    front_end = _front_matter(text, hidden, directives, headers)
    block = find_header_block(text, front_end)
    if block is not None:
        # Mail headers under (or instead of) the front matter: facts, not prose.
        hidden.append(block[0])
        headers.update(block[1])
        front_end = block[0].end
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if pos >= front_end:
            lines.append((pos, line))
        pos += len(line) + 1
    # Code blocks first: a comment or markup inside one is code, not a directive.
    fences = _fences(lines, len(text))
    hidden.extend(fences)
    comments = _comments(text, front_end, fences)
    for comment in comments:
        hidden.append(comment)
        body = text[comment.start + 4 : comment.end - 3]
        directives.extend((rid, comment) for rid in parse_comment_directive(body))
    skip = _merge([*fences, *comments])
    skip_starts = [s.start for s in skip]
    titled = False
    for index, (start, line) in enumerate(lines):
        if _within_one(start, start + len(line), skip, skip_starts):
            continue
        if not titled and line.strip():
            # Headings above the first prose line are the draft's title, not its opening:
            # hidden whole, or the greeting would not be the first thing read.
            underline = index + 1 < len(lines) and bool(_SETEXT.match(lines[index + 1][1]))
            if _HEADING.match(line) or underline:
                hidden.append(CharSpan(start, start + len(line)))
                continue
            if not _RULE_LINE.match(line):
                titled = True
        _hide_line(line, start, hidden)
    return Source(path=name, text=text, format="markdown", headers=headers, hidden=tuple(_merge(hidden)),
                  directives=tuple(directives))


def _fences(lines: list[tuple[int, str]], text_end: int) -> list[CharSpan]:
    """Fenced code blocks, fences included; an unclosed one runs to the end, as in CommonMark."""
    out: list[CharSpan] = []
    fence: str | None = None
    fence_start = 0
    for start, line in lines:
        opener = _FENCE.match(line)
        if fence is None:
            if opener:
                fence, fence_start = opener.group("fence"), start
        elif (opener and opener.group("fence")[0] == fence[0] and len(opener.group("fence")) >= len(fence)
              and not line.strip().strip(fence[0])):
            out.append(CharSpan(fence_start, start + len(line)))
            fence = None
    if fence is not None:
        out.append(CharSpan(fence_start, text_end))
    return out


def _comments(text: str, start: int, fences: list[CharSpan]) -> list[CharSpan]:
    """HTML comments outside code blocks, found with str.find so an unclosed one costs
    one scan, not one per ``<!--``."""
    out: list[CharSpan] = []
    fence_starts = [f.start for f in fences]
    pos = text.find("<!--", start)
    while pos != -1:
        index = bisect.bisect_right(fence_starts, pos) - 1
        if index >= 0 and pos < fences[index].end:
            pos = text.find("<!--", fences[index].end)
            continue
        close = text.find("-->", pos + 4)
        if close == -1:
            break
        out.append(CharSpan(pos, close + 3))
        pos = text.find("<!--", close + 3)
    return out


def _within_one(start: int, end: int, spans: list[CharSpan], starts: list[int]) -> bool:
    """Whether one of the sorted, disjoint ``spans`` (starting at ``starts``) holds ``start..end``."""
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and spans[index].end >= end


def _front_matter(
    text: str, hidden: list[CharSpan], directives: list[tuple[str, CharSpan]], headers: dict[str, str]
) -> int:
    """Hide a leading ``---`` ... ``---`` block, read its ``declint:`` key and its mail
    headers (``from``, ``to``, ``subject``, ``date``); return where the block ends."""
    opened = _FRONT_OPEN.match(text)
    if not opened:
        return 0
    close = _FRONT_CLOSE.search(text, opened.end())
    if not close:
        return 0
    front = read_front_matter(text[opened.end() : close.start()], opened.end())
    headers.update(front.headers)
    for rule_id, start, end in front.directives:
        directives.append((rule_id, CharSpan(start, end)))
    hidden.append(CharSpan(0, close.end()))
    return close.end()


def _hide_line(line: str, start: int, hidden: list[CharSpan]) -> None:
    if _RULE_LINE.match(line) or _REF_DEF.match(line):
        hidden.append(CharSpan(start, start + len(line)))
        return
    heading = _HEADING.match(line)
    if heading:
        hidden.append(CharSpan(start, start + heading.end("hashes")))
        close = _HEADING_CLOSE.search(line)
        if close:
            hidden.append(CharSpan(start + close.start(), start + close.end()))
    else:
        bullet = _BULLET.match(line)
        if bullet:
            hidden.append(CharSpan(start + bullet.start("mark"), start + bullet.end("mark")))
    # Code and whole-span markup first: what they cover is not searched for emphasis. A
    # per-line mask keeps the overlap checks linear however much markup a line holds.
    mask = bytearray(len(line))

    def take(a: int, b: int) -> bool:
        if any(mask[a:b]):
            return False
        mask[a:b] = b"\x01" * (b - a)
        return True

    for pattern in (_INLINE_CODE, _IMAGE, _AUTOLINK, _TAG):
        for match in pattern.finditer(line):
            take(match.start(), match.end())
    for match in _LINK.finditer(line):
        if not any(mask[match.start() : match.end()]):
            take(match.start("open"), match.end("open"))
            take(match.start("target"), match.end("target"))
    for pattern in (_EMPHASIS, _ESCAPE):
        for match in pattern.finditer(line):
            take(match.start(), match.end())
    pos = 0
    while (begin := mask.find(1, pos)) != -1:
        stop = mask.find(0, begin)
        stop = len(line) if stop == -1 else stop
        hidden.append(CharSpan(start + begin, start + stop))
        pos = stop


def _merge(spans: list[CharSpan]) -> list[CharSpan]:
    merged: list[CharSpan] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            merged[-1] = CharSpan(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged
