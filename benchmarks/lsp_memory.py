"""Does ``declint server`` keep its memory over a long editing session?

Runs the real server process over stdio (debounce 0, so every change is linted), warms it
up on a draft of about 200 words, then reads its resident set size (VmRSS in
/proc/<pid>/status) after each stage:

1. warm-up: the draft opened and changed a few times (the baseline);
2. 1,000 didChange notifications on that one buffer, each with new text, each waited for;
3. 100 more buffers opened at once (distinct URIs and drafts), all diagnostics waited for;
4. those 100 buffers closed.

    python benchmarks/lsp_memory.py                 # the stages above
    python benchmarks/lsp_memory.py --changes 200 --buffers 20   # a quicker look

The target is no growth beyond 10% over the warm-up figure. Exits 1 when a stage is over
``--limit`` percent, so it can be run by hand before a release. Not a test: the figures
depend on the machine, the Python build and the allocator. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from lsp_client import LspClient, Message

# Written for this benchmark: about 200 words, with findings (a casual greeting, apologies).
DRAFT = """Hi Mr. Castellano,

Thank you for inviting me to interview for the data engineer position on the platform
team. I enjoyed hearing how your group moved its pipelines to streaming last spring, and
the questions you asked in our first call made me think hard about the role.

After weighing it for a few days, I have decided to withdraw my application. Sorry for the
short notice, and sorry for any bother this causes while you plan the next round. I have
accepted a position nearer to my family, on a team that works on open data for city
transport, which is something I have hoped to do for years. The choice was not easy: the
problems you described are interesting, and everyone I spoke with was kind and open.

I would be happy to keep in touch. If another engineering role opens next year, I would
like to hear about it, and I can suggest a former colleague who might suit the current
opening well. Please thank Amara and Tobias too for making time for me last Thursday.

Thank you again for your patience and for a clear, friendly process.

Kind regards,
Robin Achterberg
"""

# The line (0-based) every change rewrites.
_EDITED_LINE = DRAFT.splitlines().index("Thank you again for your patience and for a clear, friendly process.")

# Pieces for the 100 extra drafts: each combines differently and carries its own number.
_ROLES = ("analyst", "nurse", "teacher", "designer", "accountant", "welder", "chemist", "editor", "pilot", "baker")
_REASONS = (
    "I have accepted another offer",
    "my plans have changed and I am staying in my current job",
    "the commute would be too long for my family",
    "I have decided to go back to school this autumn",
    "the role is further from my field than I expected",
)
_CLOSINGS = ("Best regards", "Kind regards", "Sincerely", "Thanks again", "Cheers")


def rss_kib(pid: int) -> int:
    """Resident set size of ``pid`` in KiB, from /proc (no third-party package needed)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmRSS in /proc/{pid}/status")


def extra_draft(n: int) -> str:
    role = _ROLES[n % len(_ROLES)]
    reason = _REASONS[n % len(_REASONS)]
    closing = _CLOSINGS[n % len(_CLOSINGS)]
    return (
        f"Dear hiring team {n},\n\nThank you for the invitation to interview for the {role} role "
        f"(reference {n * 7919}). After some thought I must decline, because {reason}. "
        f"I am sorry, so sorry, for the trouble. I wish you the best with the search.\n\n"
        f"{closing},\nAlex Member{n}\n"
    )


def changed_line(i: int) -> str:
    # New text every time, including strings spaCy has never seen (a fresh number and a fresh
    # made-up name), as typing produces half-words: the worst case for its string store.
    return f"Thank you again, Quorvex{i}, for your patience with request {i * 31} and the process."


def _range(l1: int, c1: int, l2: int, c2: int) -> dict[str, dict[str, int]]:
    return {"start": {"line": l1, "character": c1}, "end": {"line": l2, "character": c2}}


def _cleared(uri: str) -> Callable[[Message], bool]:
    def match(message: Message) -> bool:
        if message.get("method") != "textDocument/publishDiagnostics":
            return False
        return bool(message["params"]["uri"] == uri and not message["params"]["diagnostics"])

    return match


def open_doc(client: LspClient, uri: str, text: str) -> None:
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}},
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=1000, help="didChange notifications (default 1000)")
    parser.add_argument("--buffers", type=int, default=100, help="buffers opened at once (default 100)")
    parser.add_argument("--warm-changes", type=int, default=20, help="changes during warm-up (default 20)")
    parser.add_argument("--limit", type=float, default=10.0, help="allowed growth in percent (default 10)")
    args = parser.parse_args()
    if not Path("/proc/self/status").exists():
        print("lsp_memory: needs Linux /proc to read the server's memory", file=sys.stderr)
        return 2

    base_dir = Path.cwd() / "lsp-memory-bench"  # URIs only: nothing is written there.
    client = LspClient([sys.executable, "-m", "declint", "server", "--debounce", "0"])
    pid = client.proc.pid
    stages: list[tuple[str, int]] = []
    started = time.perf_counter()
    try:
        client.initialize()
        uri = (base_dir / "draft.txt").as_uri()
        open_doc(client, uri, DRAFT)
        client.diagnostics(uri, 1, timeout=180)
        line_len = len(DRAFT.splitlines()[_EDITED_LINE])
        version = 1

        def edit(i: int) -> None:
            nonlocal line_len, version
            text = changed_line(i)
            version += 1
            client.notify(
                "textDocument/didChange",
                {
                    "textDocument": {"uri": uri, "version": version},
                    "contentChanges": [{"range": _range(_EDITED_LINE, 0, _EDITED_LINE, line_len), "text": text}],
                },
            )
            line_len = len(text)
            client.diagnostics(uri, version, timeout=60)

        for i in range(args.warm_changes):
            edit(-1 - i)
        stages.append(("after warm-up", rss_kib(pid)))

        for i in range(args.changes):
            edit(i)
        stages.append((f"after {args.changes} changes", rss_kib(pid)))

        uris = [(base_dir / f"extra-{n:03d}.txt").as_uri() for n in range(args.buffers)]
        for n, extra in enumerate(uris):
            open_doc(client, extra, extra_draft(n))
        for extra in uris:
            client.diagnostics(extra, 1, timeout=300)
        stages.append((f"after {args.buffers} buffers", rss_kib(pid)))

        for extra in uris:
            client.notify("textDocument/didClose", {"textDocument": {"uri": extra}})
        # The close clears each buffer's diagnostics; waiting for all of them means all were handled.
        for extra in uris:
            client.wait_for(_cleared(extra), timeout=60)
        client.backlog.clear()
        stages.append(("after closing them", rss_kib(pid)))
        client.shutdown()
    finally:
        client.close()

    elapsed = time.perf_counter() - started
    base = stages[0][1]
    print(f"declint server memory (VmRSS), debounce 0, {elapsed:.0f} s in all")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    print(f"{'stage':28}{'RSS (MB)':>10}{'growth':>9}")
    worst = 0.0
    for name, kib in stages:
        growth = (kib - base) / base * 100
        worst = max(worst, growth)
        print(f"{name:28}{kib / 1024:10.1f}{growth:+8.1f}%")
    verdict = "within" if worst <= args.limit else "OVER"
    print(f"largest growth over warm-up: {worst:+.1f}% ({verdict} the {args.limit:g}% target)")
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    raise SystemExit(main())
