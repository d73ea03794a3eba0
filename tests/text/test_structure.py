"""The email's parts, found from text alone."""

from __future__ import annotations

from declint.core.spans import LineIndex
from declint.text.parts import split_email


def part(text: str, name: str) -> str | None:
    span = getattr(split_email(text), name)
    return None if span is None else text[span.start : span.end]


def test_greeting_sign_off_and_signer() -> None:
    text = "Dear Ms. Lee,\n\nThank you. I must decline.\n\nBest regards,\nJordan Avery\n"
    assert part(text, "greeting") == "Dear Ms. Lee,"
    assert part(text, "sign_off") == "Best regards,"
    assert part(text, "signer") == "Jordan Avery"
    assert part(text, "body") == "Thank you. I must decline."


def test_signature_after_delimiter_is_excluded() -> None:
    text = "Hi Sam,\n\nI must decline.\n\nKind regards,\nJo Park\n-- \nJo Park | Analyst | 555 0100\n"
    parts = split_email(text)
    assert parts.signature is not None
    assert text[parts.signature.start :].startswith("-- \nJo Park | Analyst")
    assert part(text, "signer") == "Jo Park"
    assert parts.message.end <= parts.signature.start


def test_quoted_reply_with_attribution_is_excluded() -> None:
    text = (
        "Dear Ms. Lee,\n\nThank you. I must decline.\n\nBest regards,\nJordan Avery\n\n"
        "On Mon, 3 Mar 2025 at 10:00, Ana Lee <ana@example.com> wrote:\n"
        "> Hello Jordan,\n> We would love to interview you.\n> Ana\n"
    )
    parts = split_email(text)
    assert len(parts.quoted) == 1
    quoted = text[parts.quoted[0].start : parts.quoted[0].end]
    assert quoted.startswith("On Mon, 3 Mar 2025")
    assert quoted.endswith("> Ana")
    assert part(text, "signer") == "Jordan Avery"


def test_outlook_header_block_is_excluded() -> None:
    text = (
        "Dear Ana,\n\nI must decline.\n\nRegards,\nJo\n\n"
        "From: Ana Lee <ana@example.com>\nSent: Monday, March 3, 2025 10:00 AM\nTo: Jo\n"
        "Subject: Interview\n\nHi Jo, would Tuesday work?\n"
    )
    parts = split_email(text)
    assert parts.quoted and text[parts.quoted[0].start :].startswith("From: Ana Lee")
    assert part(text, "signer") == "Jo"


def test_original_message_marker_is_excluded() -> None:
    text = "Dear Ana,\n\nI must decline.\n\nRegards,\nJo\n\n-----Original Message-----\nFrom: Ana\nHi\n"
    parts = split_email(text)
    assert parts.quoted and text[parts.quoted[0].start :].startswith("-----Original Message-----")


def test_no_greeting_no_sign_off() -> None:
    text = "I must decline the interview.\n"
    parts = split_email(text)
    assert parts.greeting is None and parts.sign_off is None and parts.signer is None
    assert part(text, "body") == "I must decline the interview."


def test_empty_text() -> None:
    parts = split_email("")
    assert parts.message.start == parts.message.end == 0


def test_line_index_is_one_based() -> None:
    index = LineIndex("ab\ncd\n\nef")
    assert index.position(0) == (1, 1)
    assert index.position(3) == (2, 1)
    assert index.position(4) == (2, 2)
    assert index.position(7) == (4, 1)
    assert index.offset(4, 2) == 8
    assert index.line_span(2).start == 3 and index.line_span(2).end == 5


def test_postscript_after_the_signer_is_found_and_is_not_the_body() -> None:
    text = (
        "Dear Ms. Lee,\n\nThank you for the invitation. I must decline.\n\nKind regards,\nJordan Avery\n\n"
        "P.S. Please thank the panel at Verity Foods for their time.\n"
    )
    parts = split_email(text)
    assert parts.postscript is not None
    assert text[parts.postscript.start : parts.postscript.end] == (
        "P.S. Please thank the panel at Verity Foods for their time."
    )
    assert "P.S." not in text[parts.body.start : parts.body.end]
    assert text[parts.signer.start : parts.signer.end] == "Jordan Avery"  # type: ignore[union-attr]


def test_no_postscript_without_the_marker() -> None:
    text = "Dear Ms. Lee,\n\nThank you. I must decline.\n\nKind regards,\nJordan Avery\nSenior Analyst\n"
    assert split_email(text).postscript is None


def test_an_unlisted_closing_with_a_title_line_under_the_name_still_signs() -> None:
    # "Very respectfully," is no listed sign-off; the rank under the name is no body text.
    text = "Dear Ms. Lee,\n\nThank you. I must decline.\n\nVery respectfully,\nMarcus Dell\nSFC, U.S. Army (Ret.)\n"
    assert part(text, "sign_off") is None
    assert part(text, "signer") == "Marcus Dell"
    assert part(text, "body") == "Thank you. I must decline."
