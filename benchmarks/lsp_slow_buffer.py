"""How long a small buffer's diagnostics take while a big buffer is being linted.

Runs the real ``declint server``, opens a big draft (about 4,700 words and marks, near the
5,000-token limit: a second or two to lint) and an ordinary 200-word one, and waits for
both. Then, N times: a pause, an edit to the big buffer, at once an edit to the small one;
it times the small buffer's didChange to the publishDiagnostics for its new version (and
the big one's), and waits for both before the next round. At the end it reads the resident
memory (Linux ``/proc``: VmRSS now, VmHWM the peak) of the server and of each process it
started.

    python benchmarks/lsp_slow_buffer.py            # N=20

The server is ``python -m declint server`` started in the current folder, so running this
file from inside another checkout (``git archive`` of an older commit, with ``declint/rules``
linked to its ``rules/`` as the install maps it) measures that checkout's server: how the
"before" figures in the README were taken.

Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from lsp_client import LspClient

SMALL = """Hi Ms. Okafor,

Thank you so much for inviting me to interview for the product designer position on the
growth team. I enjoyed learning about how your group runs research sprints, and I was
impressed by the care that went into the case study you shared during our first call.

After a lot of thought, I have decided to withdraw from the process. Sorry for the late
notice, and sorry again for any trouble this causes with your schedule. I have accepted
an offer with a studio closer to home, where the role focuses on accessibility work that
I have wanted to do for some time.

I would be glad to stay in touch. If a design role opens up again next year, I would love
to hear about it.

Best regards,
Morgan Ellis
"""

_PARAGRAPH = (
    "In week {n} I compared the commute, the salary band and the team's plans for the warehouse "
    "software, and I kept coming back to the same answer, which is that the other offer suits my "
    "family better this year. "
)
BIG = "Dear Ms. Okafor,\n\n" + "".join(_PARAGRAPH.format(n=n) for n in range(105)) + "\n\nBest regards,\nMorgan\n"


def _end(text: str) -> dict[str, int]:
    lines = text.split("\n")
    return {"line": len(lines) - 1, "character": len(lines[-1])}


def _memory(pid: int) -> tuple[float, float]:
    """VmRSS and VmHWM of ``pid``, in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(x) for x in (task / "children").read_text().split()]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=20, help="rounds to time (default 20)")
    parser.add_argument("--pause", type=int, default=500, metavar="MS", help="pause before each round (default 500)")
    args = parser.parse_args()

    client = LspClient([sys.executable, "-m", "declint", "server"])
    small_ms: list[float] = []
    big_ms: list[float] = []
    try:
        client.initialize()
        big, small = "untitled:big.txt", "untitled:small.txt"
        texts = {big: BIG, small: SMALL}
        for uri, text in texts.items():
            client.notify(
                "textDocument/didOpen",
                {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": text}},
            )
        for uri in texts:
            client.diagnostics(uri, 1, timeout=120)
        for i in range(args.n):
            time.sleep(args.pause / 1000)
            version = i + 2
            sent: dict[str, float] = {}
            for uri in (big, small):
                at = _end(texts[uri])
                texts[uri] += "x"
                sent[uri] = client.notify(
                    "textDocument/didChange",
                    {
                        "textDocument": {"uri": uri, "version": version},
                        "contentChanges": [{"range": {"start": at, "end": at}, "text": "x"}],
                    },
                )
            arrived, _ = client.diagnostics(small, version, timeout=120)
            small_ms.append((arrived - sent[small]) * 1000)
            arrived, _ = client.diagnostics(big, version, timeout=120)
            big_ms.append((arrived - sent[big]) * 1000)
        memory = {"server": _memory(client.proc.pid)}
        if sys.platform.startswith("linux"):
            for child in _children(client.proc.pid):
                memory[f"process {child} it started"] = _memory(child)
        client.shutdown()
    finally:
        client.close()

    def tokens(text: str) -> int:  # words and marks, as declint's limit counts them
        return len(re.findall(r"\w+|[^\w\s]", text))

    print(f"declint server: {args.n} rounds, each an edit to a buffer of {tokens(BIG):,} words and marks and at "
          f"once one to a buffer of {tokens(SMALL)}, {args.pause} ms apart")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    print(f"{'didChange to diagnostics (ms)':32}{'median':>9}{'min':>9}{'max':>9}")
    for name, values in (("small buffer", small_ms), ("big buffer", big_ms)):
        print(f"{name:32}{statistics.median(values):9.1f}{min(values):9.1f}{max(values):9.1f}")
    for name, (rss, peak) in memory.items():
        print(f"memory of the {name}: {rss:.0f} MB resident, {peak:.0f} MB peak")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
