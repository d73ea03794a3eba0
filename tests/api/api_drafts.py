"""Generated decline drafts for the API, streaming and Dask tests: varied enough that most
rules fire on some and stay silent on others, in every input format the CLI reads."""

from __future__ import annotations

import random
from pathlib import Path

GREETINGS = ("Dear Ms. Okafor,", "Dear Mr. Lindqvist,", "Hello Priya,", "Hey team,", "Dear [Name],", "Hi there!!")
THANKS = (
    "Thank you for inviting me to interview for the data analyst position.",
    "Many thanks for reaching out about the platform engineer opening.",
    "I appreciate the time your team spent reading my application.",
    "",
)
DECISIONS = (
    "I have decided to withdraw my application.",
    "I must respectfully decline the interview.",
    "I will not be attending the interview on Friday.",
    "I am not sure this is right for me at the moment.",
    "Unfortunately I cant make it tomorrow lol.",
)
REASONS = (
    "I have accepted an offer that is a closer match for my plans.",
    "After a lot of thought I would like to stay with my current team for another year.",
    "My circumstances have changed and the the timing no longer works.",
    "Honestly the salary you mentioned was far too low and your process felt disorganised.",
    "My doctor says my back surgery needs another month of recovery.",
    "",
)
DOORS = (
    "I hope our paths cross again.",
    "I would be glad to hear from you about future roles.",
    "Please do not contact me again.",
    "",
)
CLOSINGS = ("Best regards,\nJordan Avery", "Kind regards,\nSam Patel", "thx\nAlex", "Cheers", "Sincerely,\nRiley Chen")


def make_body(rng: random.Random) -> str:
    middle = " ".join(
        part for part in (rng.choice(THANKS), rng.choice(DECISIONS), rng.choice(REASONS), rng.choice(DOORS)) if part
    )
    return f"{rng.choice(GREETINGS)}\n\n{middle}\n\n{rng.choice(CLOSINGS)}\n"


def render(body: str, suffix: str, index: int) -> str:
    """The draft in the format its file suffix names."""
    if suffix == ".eml":
        return (
            f"From: candidate{index}@example.org\nTo: recruiter@example.com\n"
            f"Subject: Interview\nDate: Thu, 12 Mar 2026 09:00:00 +0000\n\n{body}"
        )
    if suffix == ".html":
        paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
        return f"<html><body>{paragraphs}</body></html>\n"
    return body


def make_drafts(count: int, seed: int = 14) -> list[tuple[str, str]]:
    """``count`` (file name, text) pairs, a mix of .txt, .md, .eml and .html."""
    rng = random.Random(seed)
    suffixes = (".txt", ".txt", ".md", ".eml", ".html")
    out = []
    for i in range(count):
        suffix = suffixes[i % len(suffixes)]
        out.append((f"draft{i:04d}{suffix}", render(make_body(rng), suffix, i)))
    return out


def write_drafts(folder: Path, count: int, seed: int = 14) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in make_drafts(count, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
