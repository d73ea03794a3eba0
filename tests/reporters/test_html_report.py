"""The HTML report, read back with an HTML parser: drafts escaped, findings highlighted in the
draft's own text, quoted reply and signature dimmed, a grid and chart that agree with the run,
nothing fetched at view time. Drafts are linted on the real pipeline."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from declint import __version__
from declint.cli.entry import main
from declint.core.findings import Finding, Severity
from declint.core.spans import CharSpan
from declint.engine.cache import ResultCache
from declint.engine.linter import FileResult, Linter
from declint.engine.run import RunReport, run
from declint.reporters.html import render_html
from declint.ruleapi.registry import Registry

REPLY = (
    "Dear Ms. Okafor,\n\n"
    "Thank you for the invitation to interview for the data analyst role. I have accepted another offer, "
    "so I must withdraw my application. I hope our paths cross again.\n\n"
    "Best regards,\nPriya Shah\n"
    "-- \nPriya Shah | Analyst | 555 0100\n\n"
    "On Mon, 2 Mar 2026 at 10:00, Ada Okafor <ada@example.com> wrote:\n"
    "> Hi Priya,\n> Could you come in on Thursday at ten?\n> Ada\n"
)
CURT = "Hey,\n\nNot coming to the interview.\n\nCheers\n"
# Everything a page must never run or parse as markup, in a draft's text and its file name.
HOSTILE = (
    "Hey <script>document.title='pwned'</script> team,\n\n"
    "<img src=x onerror=\"document.title='pwned'\"> Not coming. </textarea><marquee>gone</marquee>\n\n"
    "Cheers\n"
)


class Page(HTMLParser):
    """Every tag, attribute and text of a page; the text of each draft with what is marked and dimmed."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.ends: list[str] = []
        self.data: list[str] = []
        self.scripts: list[str] = []
        self.drafts: list[dict[str, object]] = []
        self._stack: list[tuple[str, dict[str, str | None]]] = []
        self._in_script = False
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.starts.append((tag, attributes))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        if tag == "pre" and attributes.get("class") == "text":
            self.drafts.append({"text": "", "marked": [], "dimmed": {}})
        self._stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        self.ends.append(tag)
        if tag == "script":
            self._in_script = False
        while self._stack:
            if self._stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        if self._in_script:
            self.scripts[-1] += data
            return
        classes = [(tag, a.get("class") or "", a) for tag, a in self._stack]
        if not any(tag == "pre" and cls == "text" for tag, cls, _ in classes) or not self.drafts:
            return
        # The finding numbers and "not linted" labels are the page's, not the draft's.
        if any(cls.startswith("ref") or cls == "nl-tag" for _, cls, _ in classes):
            return
        draft = self.drafts[-1]
        start = len(str(draft["text"]))
        draft["text"] = str(draft["text"]) + data
        if any(tag == "mark" for tag, _, _ in classes):
            draft["marked"].append((start, start + len(data)))  # type: ignore[attr-defined]
        for _, cls, a in classes:
            if cls == "not-linted":
                draft["dimmed"].setdefault(a["data-part"], "")  # type: ignore[attr-defined]
                draft["dimmed"][a["data-part"]] += data  # type: ignore[index]

    def tags(self) -> Counter[str]:
        return Counter(tag for tag, _ in self.starts)


def lint_files(tmp_path: Path, linter: Linter, drafts: dict[str, str]) -> RunReport:
    for name, text in drafts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return run([str(tmp_path / name) for name in drafts], linter=linter, registry=linter.registry)


def spans(findings: list[Finding]) -> set[int]:
    return {i for f in findings for i in range(f.start, f.end)}


def offsets(ranges: list[tuple[int, int]]) -> set[int]:
    return {i for a, b in ranges for i in range(a, b)}


def test_draft_text_is_kept_whole_and_findings_are_marked_in_it(tmp_path: Path, linter: Linter) -> None:
    report = lint_files(tmp_path, linter, {"curt.txt": CURT, "reply.txt": REPLY})
    page = Page(render_html(report))
    assert len(page.drafts) == 2
    for result, draft in zip(report.linted, page.drafts, strict=True):
        # The draft reads as written once the page's own labels are left out ...
        assert draft["text"] == result.text
        # ... and exactly the characters some finding flags are highlighted (line ends aside).
        flagged = {i for i in spans(result.findings) if result.text[i] != "\n"}
        assert offsets(draft["marked"]) == flagged  # type: ignore[arg-type]
    assert report.linted[0].findings, "the curt draft should have findings to mark"


def test_quoted_reply_and_signature_are_dimmed_as_not_linted(tmp_path: Path, linter: Linter) -> None:
    report = lint_files(tmp_path, linter, {"reply.txt": REPLY})
    result = report.linted[0]
    assert result.signature is not None and "555 0100" in result.signature.text(result.text)
    assert len(result.quoted) == 1 and "Thursday at ten" in result.quoted[0].text(result.text)
    page = Page(render_html(report))
    dimmed = page.drafts[0]["dimmed"]
    assert isinstance(dimmed, dict)
    assert dimmed["quoted"].startswith("On Mon, 2 Mar 2026") and "Could you come in on Thursday" in dimmed["quoted"]
    assert "Priya Shah | Analyst | 555 0100" in dimmed["signature"]
    assert not any("withdraw my application" in part for part in dimmed.values())
    labels = [d for d in page.data if d.startswith("not linted")]
    assert labels == ["not linted: signature", "not linted: quoted reply"]


def test_cached_results_keep_the_dimmed_parts(tmp_path: Path, registry: Registry) -> None:
    cache = ResultCache(tmp_path, registry.rules, __version__)
    result = FileResult(path="a.txt", text=REPLY, quoted=(CharSpan(150, 200),), signature=CharSpan(120, 149))
    cache.put("k" * 64, result)
    back = cache.get("k" * 64, "a.txt")
    assert back is not None and back.quoted == result.quoted and back.signature == result.signature
    # An entry written before the cache kept these parts is a miss, not a draft shown undimmed.
    entry = next(tmp_path.rglob("*.json"))
    data = json.loads(entry.read_text(encoding="utf-8"))
    del data["quoted"]
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert cache.get("k" * 64, "a.txt") is None


def test_markup_in_drafts_paths_and_messages_is_text(tmp_path: Path, linter: Linter) -> None:
    report = lint_files(tmp_path, linter, {"hostile.txt": HOSTILE})
    # A message and a fix quote the draft, and the path is someone else's file name.
    report.results.append(
        FileResult(
            path="<img src=x onerror=alert(1)>.txt",
            text=HOSTILE,
            findings=[
                Finding("informal-tone", Severity.ERROR, "<script>alert(1)</script>", 4, 45,
                        suggestion="</textarea><img src=x onerror=alert(2)>"),
            ],
        )
    )
    source = render_html(report)
    page = Page(source)
    tags = page.tags()
    assert tags["script"] == 1  # the page's own sorting script, nothing else
    assert tags["img"] == tags["marquee"] == tags["textarea"] == 0
    assert "textarea" not in page.ends and "marquee" not in page.ends
    assert not [name for _, attrs in page.starts for name in attrs if name.startswith("on")]
    text = "".join(page.data)
    assert "<script>document.title='pwned'</script>" in text
    assert "<img src=x onerror=\"document.title='pwned'\"> Not coming. </textarea><marquee>" in text
    assert "<img src=x onerror=alert(1)>.txt" in text
    assert "</textarea><img src=x onerror=alert(2)>" in text
    for draft in page.drafts:
        assert draft["text"] == HOSTILE


def test_control_characters_in_a_draft_are_shown_as_escapes() -> None:
    text = "Dear Sam,\n\nI will not attend\u202e.gnirts\x1b[31m\n"
    page = Page(render_html(RunReport(results=[FileResult(path="x.txt", text=text)])))
    shown = "".join(page.data)
    assert "\u202e" not in shown and "\x1b" not in shown
    assert "\\u202e.gnirts\\x1b[31m" in shown


def test_grid_counts_each_rule_per_draft(tmp_path: Path, linter: Linter) -> None:
    report = lint_files(tmp_path, linter, {"curt.txt": CURT, "reply.txt": REPLY, "hostile.txt": HOSTILE})
    source = render_html(report)
    table = source[source.index('<table class="grid">') : source.index("</table>")]
    head, body = table.split("<tbody>")
    rules = re.findall(r'<th scope="col" class="rule-col"><a href="#rule-([^"]+)">', head)
    fired = Counter(f.rule for r in report.linted for f in r.findings)
    assert sorted(rules) == sorted(fired)
    # Most frequent rule first.
    assert [fired[r] for r in rules] == sorted(fired.values(), reverse=True)
    rows = re.findall(r"<tr>(.*?)</tr>", body)
    assert len(rows) == len(report.linted)
    for row, result in zip(rows, report.linted, strict=True):
        cells = re.findall(r"<td[^>]*>(\d*)</td>", row)
        total, per_rule = cells[0], cells[1:]
        assert int(total) == len(result.findings)
        counts = Counter(f.rule for f in result.findings)
        assert [int(c) if c else 0 for c in per_rule] == [counts[r] for r in rules]


def test_summary_and_chart_agree_with_the_run(tmp_path: Path, linter: Linter) -> None:
    report = lint_files(tmp_path, linter, {"curt.txt": CURT, "reply.txt": REPLY, "hostile.txt": HOSTILE})
    source = render_html(report)
    summary = source[source.index('<section id="summary">') : source.index('<section id="chart">')]
    cards = dict(
        (label.strip(), int(n)) for n, label in re.findall(r'<span class="num">(\d+)</span>([^<]+)</div>', summary)
    )
    severities = Counter(f.severity.value for r in report.linted for f in r.findings)
    assert cards["drafts linted"] == 3
    assert cards.get("errors", cards.get("error")) == severities["error"]
    assert cards.get("warnings", cards.get("warning")) == severities["warning"]
    assert cards["info"] == severities["info"]
    assert cards.get("drafts with no findings", cards.get("draft with no findings")) == sum(
        1 for r in report.linted if not r.findings
    )
    chart = source[source.index('<section id="chart">') : source.index('<section id="grid">')]
    svg = chart[chart.index("<svg") : chart.index("</svg>")]
    fired = Counter(f.rule for r in report.linted for f in r.findings)
    bars = re.findall(r'<rect [^>]*class="rect reactive tooltip-trigger"', svg)
    assert len(bars) == len(fired)
    for rule in fired:
        assert f">{rule}<" in svg
    assert "<script" not in svg


def test_nothing_is_fetched_when_the_page_is_viewed(tmp_path: Path, linter: Linter) -> None:
    report = lint_files(tmp_path, linter, {"curt.txt": CURT, "reply.txt": REPLY})
    source = render_html(report)
    page = Page(source)
    for tag, attrs in page.starts:
        assert "src" not in attrs, tag
        for name in ("href", "xlink:href"):
            assert attrs.get(name) is None or str(attrs[name]).startswith("#"), (tag, attrs)
    assert "@import" not in source and not re.search(r"url\((?!data:)", source)
    # The policy lets the page's own script run (by its hash) and nothing else, and fetches nothing.
    policy = next(a["content"] for t, a in page.starts if t == "meta" and a.get("http-equiv"))
    assert policy is not None and "default-src 'none'" in policy
    digest = base64.b64encode(hashlib.sha256(page.scripts[0].encode("utf-8")).digest()).decode("ascii")
    assert f"script-src 'sha256-{digest}'" in policy


def test_each_finding_links_to_its_rule_documentation(tmp_path: Path, linter: Linter) -> None:
    report = lint_files(tmp_path, linter, {"curt.txt": CURT})
    page = Page(render_html(report))
    ids = {str(a.get("id")) for _, a in page.starts if a.get("id")}
    links = [str(a["href"]) for t, a in page.starts if t == "a" and a.get("class") == "rule"]
    assert len(links) == len(report.linted[0].findings)
    assert all(link[1:] in ids for link in links)
    # The documentation embedded is the rule's own, as `declint explain` prints it.
    rule = report.linted[0].findings[0].rule
    assert linter.registry.rules[rule].summary() in "".join(page.data)


def test_a_clean_run_has_no_chart_bars_and_folds_clean_drafts() -> None:
    source = render_html(RunReport(results=[FileResult(path="ok.txt", text="Dear Sam,\n")]))
    assert "<svg" not in source
    assert re.search(r'<details class="draft clean" id="draft-1">', source)


def test_cli_writes_the_report_to_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "curt.txt"
    draft.write_text(CURT, encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["--format", "html", "--output", str(out), str(draft)]) == 1
    assert capsys.readouterr().out == ""
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    missing = tmp_path / "no-such-folder" / "report.html"
    assert main(["--format", "html", "--output", str(missing), str(draft)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(missing) in err[0] and "cannot write" in err[0]


def test_overlapping_and_empty_findings_keep_the_text_and_their_numbers() -> None:
    text = "Hey Sam,\n\nNot coming to the interview.\n"
    findings = [
        Finding("salutation", Severity.WARNING, "casual", 0, 3),
        Finding("clear-decline", Severity.INFO, "buried", 10, 38),
        Finding("informal-tone", Severity.ERROR, "curt", 10, 20),
        Finding("closing", Severity.WARNING, "no sign-off", len(text), len(text)),
    ]
    page = Page(render_html(RunReport(results=[FileResult(path="x.txt", text=text, findings=findings)])))
    (draft,) = page.drafts
    assert draft["text"] == text
    assert offsets(draft["marked"]) == {i for i in spans(findings) if text[i] != "\n"}  # type: ignore[arg-type]
    refs = [a for t, a in page.starts if t == "a" and str(a.get("id", "")).startswith("draft-1-m")]
    # One number per finding in the text, each linking to its explanation below.
    assert [a["href"] for a in refs] == [f"#draft-1-f{n}" for n in range(1, 5)]
    # Where two findings overlap, the worse severity colours the words.
    marks = [a["class"] for t, a in page.starts if t == "mark"]
    assert "sev-error" in marks and marks.count("sev-info") == 1
