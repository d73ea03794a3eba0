"""``--format html``: one self-contained page for a reader who never opens a terminal.

The page opens with a summary, a chart of findings per rule (pygal's static SVG), a
drafts × rules grid, then each draft's own text with its findings highlighted in place, and
the documentation of every rule that fired. Nothing is fetched when it is viewed: the styles
are inlined, the chart is inline SVG, there are no fonts or images to load. It reads fully
with scripts off; the one inline script only sorts the grid, and the page's Content Security
Policy allows that script (by its hash) and nothing else, so even a draft that got past the
escaping could not run code.

Everything that comes from a draft (its path, its text, messages that quote it) passes
through :func:`_text`, which escapes HTML and shows control characters as escapes.
"""

from __future__ import annotations

import base64
import html
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from rich.console import Console

from declint.core.findings import Finding, Severity
from declint.engine.result import FileResult
from declint.engine.run import RunReport
from declint.reporters.common import locate, plural, visible

#: Worst first, everywhere the page lists severities.
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
#: The chart's bar colour for a rule, by the worst severity it fired at (the CSS uses the same).
BAR_COLOURS = {Severity.ERROR: "#c62828", Severity.WARNING: "#e08a00", Severity.INFO: "#1e88e5"}


def _asset(name: str) -> str:
    from importlib import resources  # Imported here: only the HTML report reads its assets.

    return resources.files("declint.reporters").joinpath(name).read_text(encoding="utf-8")


def _text(value: str) -> str:
    """Draft-derived text, safe inside an element or a quoted attribute."""
    return html.escape(visible(value), quote=True)


def _prose(value: str) -> str:
    """A piece of the draft's own text, shown as lines: like :func:`_text`, but its line ends
    stay line ends (every other control character still shows as an escape)."""
    return "\n".join(_text(line) for line in value.split("\n"))


def report_html(report: RunReport, console: Console) -> None:
    console.file.write(render_html(report))


@dataclass(frozen=True)
class _Draft:
    """One linted draft and where it sits on the page."""

    anchor: str
    result: FileResult


def render_html(report: RunReport) -> str:
    drafts = [_Draft(f"draft-{n}", r) for n, r in enumerate(report.linted, 1)]
    counts = Counter(f.rule for d in drafts for f in d.result.findings)
    worst: dict[str, Severity] = {}
    for d in drafts:
        for f in d.result.findings:
            if f.rule not in worst or f.severity > worst[f.rule]:
                worst[f.rule] = f.severity
    # Most frequent first; ties by id so the page is the same from run to run.
    fired = sorted(counts, key=lambda rule: (-counts[rule], rule))
    script = _asset("html_sort.js")
    import hashlib  # Imported here: OpenSSL's load is a few ms of every other report's run.

    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{digest}'"
    title = f"declint report: {plural(len(drafts), 'draft')}"
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<meta name="generator" content="declint">\n',
        f"<title>{_text(title)}</title>\n<style>\n{_asset('html.css')}</style>\n</head>\n<body>\n",
        f'<header><h1>{_text(title)}</h1><nav><a href="#summary">Summary</a> <a href="#chart">Findings per rule</a> '
        '<a href="#grid">Drafts × rules</a> <a href="#drafts">Drafts</a> <a href="#rules">Rules</a></nav></header>\n',
        "<main>\n",
        _summary(report, drafts),
        _chart(fired, counts, worst),
        _grid(drafts, fired, worst),
        _drafts(drafts, report.rules),
        _rules(fired, report.rules),
        "</main>\n",
        f"<script>{script}</script>\n</body>\n</html>\n",
    ]
    return "".join(parts)


def _summary(report: RunReport, drafts: list[_Draft]) -> str:
    by_severity = Counter(f.severity for d in drafts for f in d.result.findings)
    clean = [d for d in drafts if not d.result.findings]
    failed = [r for r in report.results if r.error is not None]
    cards = [
        f'<div class="card"><span class="num">{len(drafts)}</span> {"draft" if len(drafts) == 1 else "drafts"} '
        "linted</div>",
        *(
            f'<div class="card sev-{s.value}"><span class="num">{by_severity[s]}</span> '
            f"{s.value if s is Severity.INFO else s.value + ('' if by_severity[s] == 1 else 's')}</div>"
            for s in SEVERITIES
        ),
        f'<div class="card ok"><span class="num">{len(clean)}</span> '
        f"{'draft' if len(clean) == 1 else 'drafts'} with no findings</div>",
    ]
    out = ['<section id="summary"><h2>Summary</h2>\n<div class="cards">', "".join(cards), "</div>\n"]
    if failed:
        out.append(f'<h3>{plural(len(failed), "file")} could not be linted</h3>\n<ul class="failed">')
        out.extend(f"<li><code>{_text(r.path)}</code>: {_text(r.error or '')}</li>" for r in failed)
        out.append("</ul>\n")
    for warning in report.warnings:
        out.append(f'<p class="warning">{_text(warning)}</p>\n')
    if clean:
        # A long list of clean templates would push the chart off the first screen.
        out.append(f"<details><summary>{plural(len(clean), 'draft')} with no findings</summary><ul>")
        out.extend(f'<li><a href="#{d.anchor}">{_text(d.result.path)}</a></li>' for d in clean)
        out.append("</ul></details>\n")
    out.append("</section>\n")
    return "".join(out)


def _chart(fired: list[str], counts: Mapping[str, int], worst: Mapping[str, Severity]) -> str:
    head = '<section id="chart"><h2>Findings per rule</h2>\n'
    if not fired:
        return head + "<p>No rule fired.</p></section>\n"
    import pygal  # Imported here: only this format draws charts.
    from pygal.style import Style

    style = Style(
        background="transparent",
        plot_background="transparent",
        font_family="system-ui, sans-serif",
        label_font_size=13,
        major_label_font_size=13,
        value_font_size=13,
        foreground="#222",
        foreground_strong="#222",
        foreground_subtle="#999",
        opacity="1",
        opacity_hover="1",
        colors=(BAR_COLOURS[Severity.WARNING],),
    )
    chart = pygal.HorizontalBar(
        style=style,
        width=800,
        height=60 + 26 * len(fired),
        show_legend=False,
        print_values=True,
        print_values_position="top",
        js=[],
        disable_xml_declaration=True,
        margin=10,
        spacing=6,
    )
    # Counts are whole: ticks at whole numbers, at most about ten of them.
    top = max(counts.values())
    step = max(1, -(-top // 10))
    chart.y_labels = list(range(0, top + step, step))
    # A fixed id keeps the page the same from run to run (pygal picks a random one).
    chart.uuid = "rules"
    chart.add_xml_filter(_drop_scripts)
    # pygal draws the first label at the bottom: reverse so the most frequent rule is on top.
    # Rule ids may come from a plugin or a cache entry: shown escaped, as everywhere else.
    chart.x_labels = [visible(rule) for rule in reversed(fired)]
    chart.add(
        "findings",
        [
            {"value": counts[rule], "color": BAR_COLOURS[worst[rule]], "label": worst[rule].value}
            for rule in reversed(fired)
        ],
    )
    svg = chart.render(is_unicode=True)
    caption = "; ".join(f"{rule} {counts[rule]}" for rule in fired)
    return (
        f'{head}<figure role="img" aria-label="Findings per rule: {_text(caption)}">{svg}'
        "<figcaption>Bars are coloured by the worst severity the rule reported: "
        '<span class="key sev-error">error</span> <span class="key sev-warning">warning</span> '
        '<span class="key sev-info">info</span>.</figcaption></figure></section>\n'
    )


def _drop_scripts(root: Any) -> Any:
    """pygal embeds a script with its tooltip config, and comments naming today's date: the
    page runs no script but its own, and the same run renders the same page."""
    for parent in list(root.iter()):
        for child in list(parent):
            if not isinstance(child.tag, str) or child.tag.rsplit("}", 1)[-1] == "script":
                parent.remove(child)
    return root


def _grid(drafts: list[_Draft], fired: list[str], worst: Mapping[str, Severity]) -> str:
    out = [
        '<section id="grid"><h2>Drafts × rules</h2>\n',
        "<p>Each cell counts a rule's findings in a draft. Click a column heading to sort by it "
        "(with scripts off the drafts stay in the order they were linted).</p>\n",
        '<div class="grid-wrap"><table class="grid"><thead><tr>',
        '<th scope="col" data-kind="text">Draft</th><th scope="col">Findings</th>',
    ]
    out.extend(
        f'<th scope="col" class="rule-col"><a href="#rule-{_text(rule)}">{_text(rule)}</a></th>' for rule in fired
    )
    out.append("</tr></thead>\n<tbody>\n")
    for d in drafts:
        per_rule: dict[str, list[Finding]] = {}
        for f in d.result.findings:
            per_rule.setdefault(f.rule, []).append(f)
        cells = [
            f'<th scope="row"><a href="#{d.anchor}">{_text(d.result.path)}</a></th>',
            f'<td class="total">{len(d.result.findings)}</td>',
        ]
        for rule in fired:
            found = per_rule.get(rule)
            if not found:
                cells.append("<td></td>")
                continue
            severity = max((f.severity for f in found), key=lambda s: s.rank)
            cells.append(f'<td class="hit sev-{severity.value}" title="{_text(rule)}">{len(found)}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>\n")
    out.append("</tbody></table></div></section>\n")
    return "".join(out)


def _drafts(drafts: list[_Draft], rules: Mapping[str, object]) -> str:
    out = ['<section id="drafts"><h2>Drafts</h2>\n']
    for d in drafts:
        out.append(_draft(d, rules))
    out.append("</section>\n")
    return "".join(out)


def _draft(d: _Draft, rules: Mapping[str, object]) -> str:
    result = d.result
    findings = result.findings
    severities = Counter(f.severity for f in findings)
    counts = ", ".join(plural(severities[s], s.value) for s in SEVERITIES if severities[s]) or "no findings"
    note = f' <span class="note">({_text(result.location_note)})</span>' if result.location_note else ""
    body = f'<pre class="text">{_highlight(d.anchor, result)}</pre>\n'
    if not findings:
        # Clean drafts fold away: a library of hundreds should scroll to the ones that need work.
        return (
            f'<details class="draft clean" id="{d.anchor}"><summary><span class="path">{_text(result.path)}</span> '
            f"· no findings{note}</summary>{body}</details>\n"
        )
    items = "".join(_finding_item(d.anchor, n, f, result, rules) for n, f in enumerate(findings, 1))
    # Off-screen drafts are not laid out (content-visibility: auto); a close guess at their
    # height keeps the scrollbar steady as they come into view.
    wrapped = sum(1 + len(line) // 100 for line in result.text.split("\n"))
    guess = 90 + 22 * wrapped + 110 * len(findings)
    return (
        f'<section class="draft" id="{d.anchor}" style="contain-intrinsic-size: auto {guess}px">'
        f'<h3><span class="path">{_text(result.path)}</span>{note}</h3>'
        f'<p class="counts">{counts}</p>\n{body}<ol class="findings">{items}</ol></section>\n'
    )


def _finding_item(anchor: str, n: int, f: Finding, result: FileResult, rules: Mapping[str, object]) -> str:
    """One finding under its draft: where, what, how to fix it, and a link to its rule."""
    where = locate(result, f)
    rule = _text(f.rule)
    # unused-suppression is the engine's, not a rule's: it has no documentation to link to.
    link = f'<a class="rule" href="#rule-{rule}">{rule}</a>' if f.rule in rules else f'<span class="rule">{rule}</span>'
    flagged = result.text[f.start : f.end]
    quote = f' <q class="flagged">{_text(_clip(flagged))}</q>' if flagged.strip() else ""
    out = [
        f'<li class="finding sev-{f.severity.value}" id="{anchor}-f{n}">',
        f'<a class="ref" href="#{anchor}-m{n}" title="show in the text">{n}</a> ',
        f'<span class="sev">{f.severity.value}</span> {link} ',
        f'<span class="where">line {where.line}, column {where.column}</span>{quote}',
        f'<p class="msg">{_text(f.message)}</p>',
    ]
    if f.suggestion:
        out.append(f'<p class="fix"><b>Fix:</b> {_text(f.suggestion)}</p>')
    if f.fix is not None:
        old = _text(_clip(result.text[f.fix.start : f.fix.end]))
        new = _text(_clip(f.fix.replacement))
        if old and new:
            action = f"replace <q>{old}</q> with <q>{new}</q>"
        else:
            action = f"delete <q>{old}</q>" if old else f"insert <q>{new}</q>"
        out.append(f'<p class="fix"><b>Automatic fix:</b> {action}</p>')
    out.append("</li>")
    return "".join(out)


def _clip(value: str, limit: int = 120) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


_NOT_LINTED = {"quoted": "quoted reply", "signature": "signature"}


def _highlight(anchor: str, result: FileResult) -> str:
    """The draft's text with each finding's words in a ``<mark>`` and the parts no rule read dimmed.

    The text is cut at every finding's and every dimmed part's edges; each piece is wrapped by
    what covers it, so overlapping findings need no nesting. Each finding's number sits where
    it starts and links to its explanation below.
    """
    text = result.text
    excluded = [("quoted", q.start, q.end) for q in result.quoted]
    if result.signature is not None:
        excluded.append(("signature", result.signature.start, result.signature.end))
    findings = list(enumerate(result.findings, 1))
    cuts = {0, len(text)}
    for _, f in findings:
        cuts.update((f.start, f.end))
    for _, start, end in excluded:
        cuts.update((start, end))
    edges = sorted(c for c in cuts if 0 <= c <= len(text))
    starts: dict[int, list[tuple[int, Finding]]] = {}
    for n, f in findings:
        starts.setdefault(f.start, []).append((n, f))
    out: list[str] = []
    for a, b in zip(edges, edges[1:] + [None], strict=True):
        for n, f in starts.get(a, ()):
            out.append(
                f'<a class="ref sev-{f.severity.value}" id="{anchor}-m{n}" href="#{anchor}-f{n}" '
                f'title="{_text(f.rule)}: {_text(f.message)}">{n}</a>'
            )
        if b is None:
            break
        piece = _prose(text[a:b])
        part = next(((k, s) for k, s, e in excluded if s <= a and b <= e), None)
        kind = part[0] if part else None
        if part is not None and part[1] == a:
            out.append(f'<span class="nl-tag">not linted: {_NOT_LINTED[part[0]]}</span>')
        covering = [f for _, f in findings if f.start <= a and b <= f.end and f.start < f.end]
        if covering:
            severity = max((f.severity for f in covering), key=lambda s: s.rank)
            names = ", ".join(sorted({f.rule for f in covering}))
            # Line ends stay outside the mark: a marked newline shows as a stray sliver on the next line.
            piece = "\n".join(
                f'<mark class="sev-{severity.value}" title="{_text(names)}">{line}</mark>' if line else ""
                for line in piece.split("\n")
            )
        if kind is not None:
            piece = f'<span class="not-linted" data-part="{kind}">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _rules(fired: Iterable[str], rules: Mapping[str, Any]) -> str:
    out = [
        '<section id="rules"><h2>Rules</h2>\n<p>What each rule that fired checks and why: the text '
        "<code>declint explain RULE</code> prints.</p>\n"
    ]
    for rule in fired:
        cls = rules.get(rule)
        if cls is None:
            continue
        meta = (
            f"Category: {cls.category} · default severity: {cls.severity.value} · "
            f"article section: “{cls.article_section}”"
        )
        out.append(
            f'<article class="rule-doc" id="rule-{_text(rule)}"><h3>{_text(rule)}</h3>'
            f'<p class="meta">{_text(meta)}</p><pre>{_text(cls.doc())}</pre></article>\n'
        )
    out.append("</section>\n")
    return "".join(out)
