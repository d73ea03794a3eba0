"""Replies and signatures: only the sender's own words are linted, in every format.

Each quoted part below is written to trip rules (a "Hey" greeting, repeated apologies, a
"Cheers" sign-off); the control tests show those same words are flagged when the sender
writes them, so a silent quoted copy means the quote was set aside, not that the rules
are blind to it.
"""

from __future__ import annotations

import quopri
from collections.abc import Callable

import pytest

from declint.core.findings import Finding
from declint.engine.config import Config
from declint.engine.linter import FileResult, Linter
from declint.formats import read_source

# The sender's words: clean, except that nothing leaves the door open.
SENDER = """Dear Ms. Lee,

Thank you for inviting me to interview for the analyst role. I have accepted another
offer, so I must withdraw my application. I enjoyed learning about your team and the work you do, and I wish you every success with the search.

Best regards,
Jordan Avery
"""

# An invitation that breaks several rules if it were the sender's: casual greeting,
# two apologies, a casual sign-off.
INVITATION = [
    "Hey Jordan,",
    "",
    "Sorry for the short notice, and sorry again for the delay. Could you come in on",
    "Friday at ten? I apologise for the rush.",
    "",
    "Cheers",
    "Ana",
]


def lint(linter: Linter, name: str, data: bytes | str) -> FileResult:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    (result,) = linter.lint([(read_source(name, raw), Config())])
    assert result.error is None and not result.rule_errors
    return result


def rules_of(result: FileResult) -> set[str]:
    return {f.rule for f in result.findings}


def quoted(lines: list[str]) -> str:
    return "\n".join(f"> {ln}".rstrip() for ln in lines) + "\n"


def before(result: FileResult, marker: str) -> Callable[[Finding], bool]:
    limit = result.text.index(marker)
    return lambda f: f.end <= limit


def test_control_the_invitation_is_flagged_when_it_is_the_senders(linter: Linter) -> None:
    result = lint(linter, "invite.txt", "\n".join(INVITATION) + "\n")
    assert {"salutation", "over-apology", "closing"} <= rules_of(result)


def test_control_the_sender_alone_gets_only_door_open(linter: Linter) -> None:
    assert rules_of(lint(linter, "draft.txt", SENDER)) == {"door-open"}


# --- The three done-when cases ---------------------------------------------------


def test_reply_with_quoted_invitation_is_linted_on_the_senders_words(linter: Linter) -> None:
    text = SENDER + "\nOn Mon, 3 Mar 2025 at 10:00, Ana Lee <ana@example.com> wrote:\n" + quoted(INVITATION)
    result = lint(linter, "reply.txt", text)
    assert rules_of(result) == {"door-open"}
    assert all(map(before(result, "On Mon"), result.findings))


def test_eml_with_only_a_latin1_html_part_is_linted_on_the_senders_words(linter: Linter) -> None:
    html = (
        "<html><head><style>p {margin: 0}</style><script>document.write('Hey')</script></head><body>"
        # The greeting matches the quoted invitation's signer, so name-mismatch stays quiet.
        "<p>Dear Ms. Lee,</p>"
        "<p>Thank you for inviting me to interview for the analyst role in Montr\xe9al. I have accepted another "
        "offer, so I must withdraw my application. I enjoyed learning about your team and the work you do, and I wish you every success with the search.</p>"
        "<p>Best regards,<br>Ren\xe9e Dubois</p>"
        '<div class="gmail_quote"><div class="gmail_attr">On Mon, 3 Mar 2025, Ana Lee wrote:<br></div>'
        '<blockquote class="gmail_quote">' + "".join(f"<p>{ln}</p>" for ln in INVITATION if ln)
        + "</blockquote></div></body></html>"
    )
    body = quopri.encodestring(html.encode("latin-1"))
    assert b"\xe8" not in body  # really transfer-encoded
    message = (
        b"From: =?iso-8859-1?q?Ren=E9e_Dubois?= <renee@example.com>\r\nTo: ana@example.com\r\n"
        b"Subject: Re: Interview\r\nDate: Tue, 4 Mar 2025 09:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + body
    )
    result = lint(linter, "reply.eml", message)
    assert "Montréal" in result.text and "Renée Dubois" in result.text
    assert "document.write" not in result.text and "margin" not in result.text
    assert rules_of(result) == {"door-open"}
    assert all(map(before(result, "> On Mon"), result.findings))
    assert result.location_note and "HTML" in result.location_note


def test_draft_with_a_signature_is_linted_on_the_senders_words(linter: Linter) -> None:
    # The signature holds an apology and a casual word; only the sender's text counts.
    text = (
        SENDER.replace("application.", "application. I hope our paths cross again.")
        + "-- \nJordan Avery | Analyst\nSorry, sent from my phone. Cheers!\n"
    )
    result = lint(linter, "draft.txt", text)
    assert result.findings == []
    control = lint(linter, "control.txt", text.replace("-- \n", "").replace("Best regards,\nJordan Avery\n", ""))
    assert "closing" in rules_of(control)


# --- Every reply marker, through the real pipeline ---------------------------------------

PLAIN_QUOTES = {
    "gt lines with attribution": "\nOn Mon, 3 Mar 2025 at 10:00, Ana Lee <ana@example.com> wrote:\n\n" + quoted(INVITATION),
    "attribution wrapped over two lines": "\nOn Mon, 3 Mar 2025 at 10:00, Ana Lee <\nana@example.com> wrote:\n"
    + quoted(INVITATION),
    "attribution with the original unmarked below": "\nOn Mon, 3 Mar 2025, Ana Lee wrote:\n\n"
    + "\n".join(INVITATION) + "\n",
    "outlook original message": "\n-----Original Message-----\nFrom: Ana Lee\nSent: Monday, March 3, 2025\n"
    "To: Jordan Avery\nSubject: Interview\n\n" + "\n".join(INVITATION) + "\n",
    "outlook header block": "\nFrom: Ana Lee <ana@example.com>\nSent: Monday, March 3, 2025 10:00 AM\n"
    "To: Jordan Avery\nSubject: Interview\n\n" + "\n".join(INVITATION) + "\n",
    "outlook rule and header block": "\n________________________________\nFrom: Ana Lee\nSent: Monday\n\n"
    + "\n".join(INVITATION) + "\n",
    "gmail forwarded message": "\n---------- Forwarded message ---------\nFrom: Ana Lee <ana@example.com>\n"
    "Date: Mon, 3 Mar 2025\nSubject: Interview\n\n" + "\n".join(INVITATION) + "\n",
    "apple forwarded message": "\nBegin forwarded message:\n\nFrom: Ana Lee\nSubject: Interview\n\n"
    + "\n".join(INVITATION) + "\n",
}


@pytest.mark.parametrize("tail", list(PLAIN_QUOTES.values()), ids=list(PLAIN_QUOTES))
def test_plain_text_quotes_are_not_linted(linter: Linter, tail: str) -> None:
    result = lint(linter, "reply.txt", SENDER + tail)
    assert rules_of(result) == {"door-open"}, [f"{f.rule}: {f.message}" for f in result.findings]
    assert all(map(before(result, tail.strip().splitlines()[0]), result.findings))


HTML_SENDER = (
    "<div>Dear Ms. Lee,</div><div><br></div><div>Thank you for inviting me to interview for the analyst "
    "role. I have accepted another offer, so I must withdraw my application. I enjoyed learning about your team and the work you do, and I wish you every success with the search.</div><div><br></div>"
    "<div>Best regards,<br>Jordan Avery</div>"
)
HTML_INVITATION = "".join(f"<div>{ln or '<br>'}</div>" for ln in INVITATION)
HTML_QUOTES = {
    "blockquote": f"<blockquote type=\"cite\">{HTML_INVITATION}</blockquote>",
    "gmail quote": '<div class="gmail_quote"><div class="gmail_attr">On Mon, Ana Lee wrote:</div>'
    f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex">{HTML_INVITATION}</blockquote></div>',
    "outlook appendonsend": '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
    '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Ana Lee<br><b>Sent:</b> Monday<br><b>Subject:</b> '
    f"Interview</div><div>{HTML_INVITATION}</div>",
    "outlook reply header alone": '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Ana Lee<br><b>Sent:</b> '
    f"Monday</div><div>{HTML_INVITATION}</div>",
    "outlook desktop header": '<div style="border:none;border-top:solid #E1E1E1 1.0pt">'
    '<p class="MsoNormal"><b>From:</b> Ana Lee &lt;ana@example.com&gt;<br><b>Sent:</b> Monday, March 3, 2025'
    f"<br><b>To:</b> Jordan<br><b>Subject:</b> Interview</p></div>{HTML_INVITATION}",
}


@pytest.mark.parametrize("tail", list(HTML_QUOTES.values()), ids=list(HTML_QUOTES))
def test_html_quotes_are_not_linted(linter: Linter, tail: str) -> None:
    result = lint(linter, "reply.html", f"<html><body>{HTML_SENDER}{tail}</body></html>")
    assert rules_of(result) == {"door-open"}, (result.text, [f"{f.rule}: {f.message}" for f in result.findings])
    # The one finding is about the sender's own words, above their name, not the quote.
    (finding,) = result.findings
    assert before(result, "Jordan Avery")(finding)
    assert "Hey Jordan" in result.text  # kept for the reader, only set aside for the rules


def test_html_control_the_same_invitation_unquoted_is_flagged(linter: Linter) -> None:
    result = lint(linter, "invite.html", f"<html><body>{HTML_INVITATION}</body></html>")
    assert {"salutation", "over-apology", "closing"} <= rules_of(result)


def test_gmail_signature_container_is_a_signature(linter: Linter) -> None:
    html = (
        HTML_SENDER.replace("application.", "application. I hope our paths cross again.")
        + '<div class="gmail_signature"><div>Jordan Avery</div><div>Sorry for any typos. Cheers!</div></div>'
    )
    result = lint(linter, "draft.html", html)
    assert result.findings == [], [f"{f.rule}: {f.message}" for f in result.findings]
    assert "\n-- \n" in result.text
