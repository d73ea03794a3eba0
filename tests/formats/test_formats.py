"""Reading .eml, .html and .md drafts into the text findings point at."""

from __future__ import annotations

import base64
from datetime import datetime
from email.message import EmailMessage

import pytest

from declint.core.source import Source
from declint.core.spans import CharSpan
from declint.document.email import _blank_out
from declint.formats import InputError, read_source
from declint.formats.directives import parse_comment_directive
from declint.formats.frontmatter import read_front_matter
from declint.formats.html import extract_html
from declint.formats.markdown import read_markdown
from declint.text.dates import sending_time
from declint.text.parts import split_email

BODY = "Dear Ms. Lee,\n\nThank you for the invitation. I must decline.\n\nBest regards,\nJordan\n"


def visible(source: Source) -> str:
    return _blank_out(source.text, list(source.hidden))


# --- .eml ---------------------------------------------------------------------------------


def raw_eml(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode("ascii") + b"\r\n" + body


def test_eml_plain_utf8_quoted_printable_and_headers() -> None:
    data = raw_eml(
        "From: Jordan Avery <jo@example.com>\nTo: Ana Lee <ana@example.com>\n"
        "Subject: =?utf-8?q?Re=3A_Interview_=E2=80=93_analyst?=\nDate: Tue, 4 Mar 2025 09:00:00 +0000\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n",
        b"Dear Ms. Lee,\r\n\r\nThank you =E2=80=94 I must decline. This line is long enough to be wr=\r\napped.\r\n",
    )
    source = read_source("reply.eml", data)
    assert source.text == "Dear Ms. Lee,\n\nThank you — I must decline. This line is long enough to be wrapped.\n"
    assert source.headers == {
        "From": "Jordan Avery <jo@example.com>",
        "To": "Ana Lee <ana@example.com>",
        "Subject": "Re: Interview – analyst",
        "Date": "Tue, 04 Mar 2025 09:00:00 +0000",
    }
    assert source.format == "email"
    # Quoted-printable has no lines in the file to point at: the note says what lines count.
    assert source.location_note == "lines of the decoded message body, which the file stores quoted-printable"


@pytest.mark.parametrize("cte", ["7bit", "8bit"])
@pytest.mark.parametrize("multipart", [False, True], ids=["single", "multipart"])
def test_eml_body_stored_as_written_keeps_the_files_lines(cte: str, multipart: bool) -> None:
    body = "Dear Ms. Lee,\n\nThank you — I must decline.\n\nBest regards,\nJo\n"
    if cte == "7bit":
        body = body.replace("—", "-")
    msg = EmailMessage()
    msg["From"] = "Jo <jo@example.com>"
    msg["Subject"] = "Re: Interview"
    msg.set_content(body, cte=cte)
    if multipart:
        msg.add_alternative("<p>" + body.replace("\n", "<br>") + "</p>", subtype="html", cte="quoted-printable")
    data = msg.as_bytes()
    source = read_source("a.eml", data)
    # The text is the file's own, so offsets and line numbers are the file's.
    assert source.text == data.decode("utf-8").replace("\r\n", "\n")
    assert source.location_note is None
    assert visible(source).strip() == body.strip()
    assert source.headers["Subject"] == "Re: Interview"


def test_eml_base64_body() -> None:
    data = raw_eml(
        "Subject: x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n",
        base64.encodebytes("Dear Ms. Lee,\nMerci — I must decline.\n".encode()),
    )
    assert read_source("a.eml", data).text == "Dear Ms. Lee,\nMerci — I must decline.\n"


@pytest.mark.parametrize(
    ("charset", "expected"),
    [
        ("iso-8859-1", "Dear Ms. Lefèvre, I can’t attend."),  # Latin-1 label, Windows-1252 quote
        ("", "Dear Ms. Lefèvre, I can’t attend."),  # no charset, not UTF-8
        ("x-no-such-charset", "Dear Ms. Lefèvre, I can’t attend."),
    ],
)
def test_eml_charset_fallbacks(charset: str, expected: str) -> None:
    ctype = f"text/plain; charset={charset}" if charset else "text/plain"
    data = raw_eml(f"Subject: x\nContent-Type: {ctype}\nContent-Transfer-Encoding: 8bit\n",
                   "Dear Ms. Lefèvre, I can’t attend.".encode("cp1252"))
    assert read_source("a.eml", data).text == expected


def test_eml_missing_charset_utf8_body() -> None:
    data = raw_eml("Subject: x\n", "Dear Zoë, I must decline.\n".encode())
    assert visible(read_source("a.eml", data)).strip() == "Dear Zoë, I must decline."


def test_eml_prefers_plain_part_and_ignores_attachments() -> None:
    msg = EmailMessage()
    msg["From"] = "jo@example.com"
    msg["Subject"] = "Interview"
    msg.set_content(BODY)
    msg.add_alternative("<p>HTML copy</p>", subtype="html")
    msg.add_attachment("Sorry sorry sorry, attached notes", filename="notes.txt")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="cv.pdf")
    source = read_source("a.eml", msg.as_bytes())
    assert visible(source).strip() == BODY.strip()
    assert "attached notes" not in visible(source)


def test_eml_forwarded_message_attachment_is_not_read() -> None:
    inner = EmailMessage()
    inner["Subject"] = "Invitation"
    inner.set_content("Hey Jordan, sorry sorry sorry.\n")
    msg = EmailMessage()
    msg.set_content(BODY)
    msg.add_attachment(inner)
    assert visible(read_source("a.eml", msg.as_bytes())).strip() == BODY.strip()


def test_eml_html_only() -> None:
    msg = EmailMessage()
    msg.set_content("<p>Dear Ms. Lee,</p><p>I must <b>decline</b> &amp; thank you.</p>", subtype="html")
    source = read_source("a.eml", msg.as_bytes())
    assert source.text == "Dear Ms. Lee,\n\nI must decline & thank you.\n"
    assert source.location_note is not None and "HTML" in source.location_note


def test_eml_blank_plain_part_falls_back_to_html() -> None:
    msg = EmailMessage()
    msg.set_content("\n")
    msg.add_alternative("<p>Dear Ms. Lee,</p><p>I must decline.</p>", subtype="html")
    assert read_source("a.eml", msg.as_bytes()).text.startswith("Dear Ms. Lee,")


@pytest.mark.parametrize(
    "data",
    [
        # A header line with no colon and no blank line before the body.
        b"Subject: x\r\nthis is not a header\r\nDear Ms. Lee, I must decline.\r\n",
        # A broken base64 body.
        b"Subject: x\r\nContent-Transfer-Encoding: base64\r\n\r\nRGVhciBNcy4gTGVlLCBJIG11c3QgZGVjbGluZS4=!!!\r\n",
        # Garbled encoded words and a malformed address header.
        (b"From: =?utf-8?q?broken\r\nTo: <<<@>>>\r\nSubject: =?x-bad?b?????=\r\n\r\n"
         b"Dear Ms. Lee, I must decline.\r\n"),
        # An unclosed multipart boundary.
        (b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
         b"Dear Ms. Lee, I must decline.\r\n"),
    ],
    ids=["missing-separator", "bad-base64", "bad-headers", "unclosed-multipart"],
)
def test_eml_broken_messages_still_read(data: bytes) -> None:
    source = read_source("a.eml", data)
    assert "Dear Ms. Lee, I must decline." in source.text


def test_eml_with_nothing_to_lint_is_an_input_error() -> None:
    msg = EmailMessage()
    msg.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="cv.pdf")
    with pytest.raises(InputError, match="no text/plain or text/html part"):
        read_source("a.eml", msg.as_bytes())


# --- .html --------------------------------------------------------------------------------


def test_html_blocks_breaks_entities_and_dropped_content() -> None:
    text, _ = extract_html(
        "<!DOCTYPE html><html><head><title>Re: x</title><style>p{}</style></head><body>"
        "<script>alert('Hey')</script><noscript>Hey</noscript>"
        "<p>Dear&nbsp;Ms.&nbsp;Lee,</p>\n<p>Thank   you\n for the <a href='https://x.example/a'>invitation</a>"
        " &mdash; I&#8217;m declining.<br>Sincerely,<br/>Jo</p><ul><li>one</li><li>two</li></ul></body></html>"
    )
    assert text == "Dear Ms. Lee,\n\nThank you for the invitation — I’m declining.\nSincerely,\nJo\n\none\ntwo\n"


def test_html_quote_lines_are_marked_and_nested_quotes_end() -> None:
    text, _ = extract_html("<div>Mine</div><blockquote>Theirs<blockquote>Older</blockquote>Still theirs</blockquote>"
                           "<div>Mine again</div>")
    assert text == "Mine\n\n> Theirs\n>\n> Older\n>\n> Still theirs\n\nMine again\n"


def test_html_unclosed_tags_and_stray_end_tags() -> None:
    text, _ = extract_html("<p>One<p>Two</span></div><blockquote><p>Quoted")
    assert text == "One\n\nTwo\n\n> Quoted\n"


def test_html_unclosed_head_does_not_swallow_the_body() -> None:
    text, _ = extract_html("<html><head><meta charset=utf-8><body><p>Dear Ms. Lee,</p></body></html>")
    assert text == "Dear Ms. Lee,\n"


def test_html_pre_keeps_lines() -> None:
    text, _ = extract_html("<pre>Dear Ms. Lee,\n\n  I must decline.</pre>")
    assert text == "Dear Ms. Lee,\n\n  I must decline.\n"


def test_html_source_has_location_note() -> None:
    source = read_source("a.html", b"<p>Dear Ms. Lee,</p>")
    assert source.format == "html" and source.location_note == "lines of the text extracted from the HTML"


def test_html_with_no_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="empty"):
        read_source("a.html", b"<html><script>x()</script></html>")


# --- .md ----------------------------------------------------------------------------------


def test_markdown_keeps_the_files_text_and_hides_markup() -> None:
    text = (
        "# Re: Interview\n\nDear **Ms. Lee**,\n\nThank you for the _kind_ invitation, see [the role](https://x.example/r)"
        " and `code` here ![logo](l.png) <https://x.example>.<br>\n- I have ~~maybe~~ accepted an offer.\n"
    )
    source = read_markdown("a.md", text)
    assert source.text == text  # findings point at the file's own lines
    out = visible(source)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert out.split() == ["Dear", "Ms.", "Lee", ",", "Thank", "you", "for", "the", "kind", "invitation,", "see", "the", "role", "and", "here", ".", "I", "have", "maybe", "accepted", "an", "offer."]
    assert out.index("the role") == text.index("the role")  # offsets never move


def test_markdown_title_heading_is_hidden_whole_but_body_headings_keep_their_words() -> None:
    text = "Declining\n=========\n# Re: Interview\n\nDear Ms. Lee,\n\n## Why\nI must decline.\n"
    out = visible(read_markdown("a.md", text))
    assert [ln.strip() for ln in out.splitlines() if ln.strip()] == ["Dear Ms. Lee,", "Why", "I must decline."]


def test_markdown_fenced_code_comments_and_front_matter_are_hidden() -> None:
    text = "---\ntitle: Decline\n---\nDear Ms. Lee,\n<!-- a note\nover lines -->\n```\nsorry sorry\n```\n~~~~\nx\n~~~~\nBye\n"
    out = visible(read_markdown("a.md", text))
    assert len(out) == len(text)
    assert [ln.strip() for ln in out.splitlines() if ln.strip()] == ["Dear Ms. Lee,", "Bye"]


def test_markdown_front_matter_headers() -> None:
    text = "---\nSubject: 'Re: Interview'\nto: ana@example.com\ntitle: x\n---\nDear Ms. Lee,\n"
    assert read_markdown("a.md", text).headers == {"Subject": "Re: Interview", "To": "ana@example.com"}


def test_markdown_front_matter_company_is_the_employer_header() -> None:
    # A template's "company:" (or "employer:", "organisation:") says whom it is written to.
    text = "---\nto: ana@example.com\nEmployer: Kessler Antriebstechnik GmbH\n---\nDear Ms. Lee,\n"
    assert read_markdown("a.md", text).headers == {"To": "ana@example.com", "Company": "Kessler Antriebstechnik GmbH"}


def test_markdown_header_lines_in_bold_are_headers_not_the_greeting() -> None:
    text = "**Subject:** Re: Interview for Baker\n**To:** Lorna Cruz <lorna@panaderia.example>\n\nHi Lorna,\n"
    source = read_source("a.md", text.encode())
    assert source.headers == {"Subject": "Re: Interview for Baker", "To": "Lorna Cruz <lorna@panaderia.example>"}
    # "**Note:** ..." opening a draft is prose, not a header
    assert read_source("b.md", b"**Note:** read this first\n\nHi Lorna,\n").headers == {}


def test_markdown_front_matter_is_yaml_dates_lists_quotes_and_comments() -> None:
    front = (
        "---\n"
        "date: 2026-03-12  # the Thursday we send it\n"
        "to: [ana@example.com, 'bo@example.com']\n"
        "subject: 'Re: Jo''s \"interview\"'\n"
        "from: >-\n  Jordan\n  Avery\n"
        "declint: {disable: over-apology}\n"
        "---\n"
    )
    source = read_markdown("a.md", front + "Dear Ms. Lee,\n")
    assert source.headers == {
        "Date": "2026-03-12",
        "To": "ana@example.com, bo@example.com",
        "Subject": 'Re: Jo\'s "interview"',
        "From": "Jordan Avery",
    }
    assert sending_time(source.headers, None) == datetime(2026, 3, 12)
    ((rule, span),) = source.directives
    assert rule == "over-apology" and front[span.start : span.end] == "declint: {disable: over-apology}"
    # Offsets and hidden spans are the file's own: the whole block is hidden, nothing else.
    assert source.hidden[0] == CharSpan(0, len(front) - 1)


def test_markdown_front_matter_that_is_not_yaml_is_hidden_and_says_nothing() -> None:
    source = read_markdown("a.md", "---\ntitle: [unclosed\n---\nDear Ms. Lee,\n")
    assert source.headers == {} and source.directives == ()
    assert visible(source).strip() == "Dear Ms. Lee,"


def test_markdown_unclosed_fence_hides_to_the_end_and_keeps_underscores_in_words() -> None:
    out = visible(read_markdown("a.md", "Hi snake_case ____ name\n```\nsorry\n"))
    assert out.splitlines()[0] == "Hi snake_case ____ name"
    assert not out.splitlines()[2].strip()


def test_markdown_keeps_quote_and_signature_markers() -> None:
    text = "Thanks.\n\n-- \nJo\n\n> quoted\n"
    assert visible(read_markdown("a.md", text)) == text


def test_markdown_unclosed_comment_is_linear() -> None:
    text = "<!-- " * 20000 + "Dear Ms. Lee"
    assert read_markdown("a.md", text).hidden == ()


@pytest.mark.parametrize(
    "text",
    ["*a_ " * 50000, "[x" * 100000, "`a" * 100000, "# h\n" * 50000, "<span>" * 50000 + "</b>" * 50000],
    ids=["emphasis", "brackets", "backticks", "headings", "unclosed-tags"],
)
def test_pathological_input_is_read(text: str) -> None:
    # How long these take is measured in benchmarks/bench_pathological.py (quadratic work
    # would take minutes); here, that each reader finishes with a sane result.
    source = read_markdown("a.md", text)
    assert all(0 <= span.start <= span.end <= len(text) for span in source.hidden)
    assert len(visible(source)) == len(text)
    extracted, _ = extract_html(text)
    assert len(extracted) <= len(text) + 1  # a trailing newline at most is added
    assert split_email(text).message.end <= len(text)


# --- directives ---------------------------------------------------------------------------


def test_comment_directive_syntax() -> None:
    assert parse_comment_directive(" declint: disable=over-apology, closing ") == ["over-apology", "closing"]
    assert parse_comment_directive("declint: disable=all") == ["all"]
    assert parse_comment_directive("just a comment") == []
    assert parse_comment_directive("declint: enable=closing") == []


def test_front_matter_forms() -> None:
    def ids(src: str) -> list[str]:
        return [rid for rid, _, _ in read_front_matter(src, 0).directives]

    assert ids("declint: {disable: [over-apology, closing]}") == ["over-apology", "closing"]
    assert ids("title: x\ndeclint:\n  disable: [door-open]\nother: y") == ["door-open"]
    assert ids("declint:\n  disable:\n    - over-apology\n    - 'closing'\nx: 1") == ["over-apology", "closing"]
    assert ids("declint:\n  disable: gratitude") == ["gratitude"]
    assert ids("title: declint: {disable: [x]}") == []


def test_front_matter_in_the_comment_form_is_a_suppression() -> None:
    """``declint: disable=spelling`` in front matter: the comment's syntax, written where
    YAML expects a mapping. The intent is plain, and read, an unused one can be reported."""
    from declint.formats import read_source

    source = read_source("d.md", b"---\ntitle: Reply\ndeclint: disable=spelling, closing\n---\n\nDear Ms. Lee,\n")
    assert [rule for rule, _ in source.directives] == ["spelling", "closing"]
    text = source.text
    span = source.directives[0][1]
    assert text[span.start : span.end].startswith("declint: disable=spelling")
