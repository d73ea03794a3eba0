"""YAML front matter, read with PyYAML's safe loader: mail headers and ``declint:`` directives.

A hand-written subset got dates, lists, comments and quoting wrong; the safe loader builds
only plain data (no Python objects), and its composed nodes give the ``declint:`` key's
place in the file, so an unused suppression can point at it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

import yaml

from declint.formats.directives import split_ids

#: Front-matter keys read as the email's headers (any case), by their header name. A
#: template's ``company:`` names the employer it is written to, as a mail header never does.
HEADER_KEYS = {
    "from": "From",
    "to": "To",
    "subject": "Subject",
    "date": "Date",
    "company": "Company",
    "employer": "Company",
    "organisation": "Company",
    "organization": "Company",
}


@dataclass
class FrontMatter:
    headers: dict[str, str] = field(default_factory=dict)
    #: ``(rule_id, start, end)``: each disabled rule with the ``declint:`` entry's offsets.
    directives: list[tuple[str, int, int]] = field(default_factory=list)


def read_front_matter(inner: str, offset: int) -> FrontMatter:
    """What the front matter between the ``---`` fences says; ``offset`` is where ``inner``
    starts in the file. Front matter that is not a YAML mapping says nothing."""
    out = FrontMatter()
    try:
        data = yaml.safe_load(inner)
        node = yaml.compose(inner, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return out
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        return out
    for key, value in data.items():
        name = HEADER_KEYS.get(str(key).lower())
        if name is not None and value is not None:
            out.headers[name] = _header_text(value)
    for key_node, value_node in node.value:
        if key_node.value != "declint":
            continue
        start = offset + key_node.start_mark.index
        end = offset + len(inner[: value_node.end_mark.index].rstrip())
        out.directives.extend((rule_id, start, end) for rule_id in _disabled(data.get("declint")))
    return out


def _header_text(value: object) -> str:
    if isinstance(value, list):
        # One level only: YAML aliases can nest a list in itself exponentially deep.
        return ", ".join(_scalar_text(v) for v in value if not isinstance(v, (list, dict)))
    return "" if isinstance(value, dict) else _scalar_text(value)


def _scalar_text(value: object) -> str:
    if isinstance(value, (datetime.date, datetime.datetime)):
        # Safe-loaded YAML timestamps; ISO text is what the sending-time reader takes.
        return value.isoformat()
    return str(value).strip()


def _disabled(value: object) -> list[str]:
    """Rule ids under ``declint: {disable: ...}`` (a list, or one comma-separated string),
    or written as the comment's form, ``declint: disable=spelling``: the writer's intent is
    plain, and a suppression read is one that can be reported if it suppresses nothing."""
    if isinstance(value, str):
        key, sep, ids = value.partition("=")
        return split_ids(ids) if sep and key.strip().lower() == "disable" else []
    if not isinstance(value, dict):
        return []
    disable = value.get("disable")
    if isinstance(disable, str):
        return split_ids(disable)
    if isinstance(disable, list):
        return [rid for item in disable if isinstance(item, str) for rid in split_ids(item)]
    return []
