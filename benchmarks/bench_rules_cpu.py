"""The rules' own CPU time per draft, the parse left out, rule by rule.

    python benchmarks/bench_rules_cpu.py [--count 120] [--seed 7] [--profile RULE]

Generates ``--count`` realistic decline drafts (people's and companies' names, places and the
trade words of several jobs, an occasional misspelling), so that every rule's slow path runs:
the full spelling list, entity recognition where a rule asks for it, the moves and decision
analysis. Each draft is parsed once by the linter as a run parses it; then each active rule's
``check`` is timed on its own (CPU time of this thread), in the order the linter runs them.

What a rule asks of the document first (moves, decision statements, word spans) is computed
lazily and charged to that rule: it is work the rules cause, not the parse. Entity recognition
deferred from the parse is the exception: it is the parse's work, so it is timed apart
("deferred NER") and left out of the rules' figure.

The first draft is linted once beforehand and not counted: its one-time loads (the spelling
list, compiled matchers) are start-up, which ``bench_cli_latency.py`` measures. Target (issue
13): median <= 5 ms of rules' CPU per draft. ``--profile RULE`` (or ``all``) prints where that
rule's time goes, as cProfile lines.

It is a benchmark, not a test: the figures depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Written for this benchmark: the pieces of a realistic decline, with names, firms and jargon.
PEOPLE = (
    ("Ms.", "Adebayo-Lindqvist"), ("Mr.", "Kowalczyk"), ("Dr.", "Oyelaran"), ("Ms.", "Fairweather"),
    ("Mr.", "Nakamura-Brandt"), ("Ms.", "Szymańska"), ("Dr.", "Ferreira"), ("Mr.", "O'Callaghan"),
    ("Ms.", "Venkataraman"), ("Mr.", "Haugland"),
)
SIGNERS = (
    "Marguerite Okonkwo-Hallström", "Tobias Reinholt", "Aisling Ní Bhriain", "Rafael Quintanilla",
    "Yuki Tanabe-Morris", "Oluwaseun Adeyemi", "Priya Raghunathan", "Lars-Erik Sundqvist",
)
COMPANIES = (
    "Vantorra Systems", "Hollowbrook Analytics", "Brightwater Logistics", "Kestrel Biotherapeutics",
    "Quillfeather Media", "Northwind Capital Partners", "Arcturus Robotics", "Meridale Health Trust",
)
PLACES = ("Rotterdam", "Tromsø", "Leeds", "Montréal", "Bengaluru", "Wrocław", "Austin", "Lisbon")
ROLES = (
    ("Senior Platform Engineer", ("Kubernetes", "Terraform", "Grafana dashboards", "the on-call rota", "SRE practice")),
    ("Data Engineer", ("Snowflake", "dbt pipelines", "Airflow DAGs", "the lakehouse migration", "CDC streams")),
    ("Clinical Nurse Specialist", ("the ICU step-down unit", "Epic charting", "sepsis bundles", "ward rounds",
                                   "the preceptorship scheme")),
    ("Financial Controller", ("IFRS 16 leases", "the month-end close", "NetSuite", "SOX controls", "accruals")),
    ("Supply Chain Analyst", ("SAP S/4HANA", "the S&OP cycle", "safety stock models", "3PL contracts", "EDI feeds")),
    ("Product Designer", ("Figma prototypes", "the design system", "usability studies", "WCAG audits", "Jira tickets")),
)
OPENINGS = (
    "Thank you for inviting me to interview for the {role} position at {company}, and for the time you and "
    "{person} spent walking me through the role on Tuesday.",
    "Thank you very much for the invitation to a second interview for the {role} role with {company}.",
    "I am grateful to you and {person} for considering me for the {role} opening at {company}.",
)
INTERESTS = (
    "I enjoyed hearing how your team works with {t0} and {t1}, and how {t2} keeps the week calm.",
    "Our conversation about {t0} and {t3} has already changed how I think about my own work.",
    "The take-home exercise on {t1} was the most thoughtful I have seen this year.",
    "It was good to see how seriously {company} takes {t4}.",
    "I was impressed by how openly the panel talked about {t2}, including what has not gone well.",
    "Seeing the roadmap for {t3} made this decision much harder than I expected it to be.",
)
DECISIONS = (
    "After a great deal of thought, I have decided to withdraw my application.",
    "I must respectfully decline the invitation to the next round.",
    "Last week I accepted an offer from {other} in {place}, so I will not be moving forward with the process.",
    "I have decided to stay with my current employer, and I am withdrawing from the process.",
)
REASONS = (
    "Their project starts in January, and I could not in fairness keep a place in your process that I would "
    "not take up.",
    "The role there lets me lead the migration of their {t0}, which is the work I want to grow in.",
    "My family circumstances have changed, and relocating to {place} is no longer possible for me.",
    "After talking it through with my partner, I realised that the commute to {place} would not be "
    "sustainable for us with two young children.",
    "",
)
THANKS = (
    "I want to say how much I appreciated the care your recruiters took; {person} answered every question "
    "about {t4} within a day.",
    "Please pass my thanks to {person} as well.",
    "I know how much effort goes into arranging interviews, and I am sorry for any inconvenience.",
)
DOORS = (
    "I would be glad to stay in touch, and I hope our paths cross again, perhaps at a meetup in {place}.",
    "Should a suitable role open up later, I would welcome the chance to hear from you.",
    "I wish you and the team every success with the search.",
)
CLOSINGS = ("Kind regards,", "Best regards,", "With thanks,", "Sincerely,")
TYPOS = {"thought": "thougth", "received": "recieved", "definitely": "definately", "separate": "seperate"}


def make_draft(rng: random.Random) -> str:
    role, trade = rng.choice(ROLES)
    title, surname = rng.choice(PEOPLE)
    words = {
        "role": role, "company": rng.choice(COMPANIES), "person": f"{title} {surname}",
        "other": rng.choice(COMPANIES), "place": rng.choice(PLACES),
        **{f"t{i}": term for i, term in enumerate(rng.sample(trade, 5))},
    }
    interests = rng.sample(INTERESTS, 4)
    first = [rng.choice(OPENINGS), *interests[: rng.randint(1, 2)]]
    second = [rng.choice(DECISIONS), *rng.sample(REASONS, rng.randint(1, 2))]
    third = [*rng.sample(THANKS, rng.randint(1, 2)), *interests[2 : 2 + rng.randint(0, 2)]]
    paragraphs = [" ".join(s for s in part if s).format(**words) for part in (first, second, third)]
    paragraphs.append(rng.choice(DOORS).format(**words))
    body = "\n\n".join(paragraphs)
    if rng.random() < 0.3:
        right, wrong = rng.choice(sorted(TYPOS.items()))
        body = body.replace(right, wrong, 1)
    greeting = f"Dear {title} {surname},"
    return f"{greeting}\n\n{body}\n\n{rng.choice(CLOSINGS)}\n{rng.choice(SIGNERS)}\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=120)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", default=None, metavar="RULE", help="print cProfile lines for RULE (or all)")
    parser.add_argument("--lines", type=int, default=25, help="cProfile lines to print (default 25)")
    args = parser.parse_args()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

    from declint.engine import linter as linter_module
    from declint.engine.linter import Linter
    from declint.engine.resolve import ConfigResolver
    from declint.formats import read_source
    from declint.ruleapi.registry import load_registry

    # Deferred entity recognition is the parse's work: time it apart from the rule that asked.
    ner_seconds = [0.0]
    deferrable = getattr(linter_module, "deferrable_entities")  # noqa: B009 (not re-exported)

    def timed_deferrable(nlp: Any) -> Callable[[Any], object] | None:
        recognise = deferrable(nlp)
        if recognise is None:
            return None

        def timed(doc: Any) -> object:
            start = time.thread_time()
            try:
                return recognise(doc)
            finally:
                ner_seconds[0] += time.thread_time() - start

        return timed

    setattr(linter_module, "deferrable_entities", timed_deferrable)  # noqa: B010 (as above)

    rng = random.Random(args.seed)
    # The uncounted first draft has a misspelling, so that the full spelling list loads there.
    warm_up = make_draft(rng).replace("Thank", "Thnak", 1)
    drafts = [warm_up, *(make_draft(rng) for _ in range(args.count))]
    folder = Path(tempfile.mkdtemp(prefix="declint-rules-cpu-"))
    registry = load_registry()
    resolver = ConfigResolver(registry, None, {})
    config = resolver(folder / "draft.txt")
    linter = Linter(registry)
    items = [(read_source(f"draft-{i:03d}.txt", text.encode("utf-8")), config) for i, text in enumerate(drafts)]

    per_rule: dict[str, list[float]] = {}
    totals: list[float] = []
    ner: list[float] = []
    profiler = cProfile.Profile() if args.profile else None
    for i, document, draft_config in linter.documents(items):
        ner_seconds[0] = 0.0
        total = 0.0
        for rule in linter.rules_for(draft_config, document.path):
            watch = profiler is not None and args.profile in ("all", rule.id) and i > 0
            before_ner = ner_seconds[0]
            if watch:
                assert profiler is not None
                profiler.enable()
            start = time.thread_time()
            list(rule.check(document))
            spent = time.thread_time() - start
            if watch:
                assert profiler is not None
                profiler.disable()
            spent -= ner_seconds[0] - before_ner
            if i > 0:  # the first draft pays one-time loads: start-up, not per-draft work
                per_rule.setdefault(rule.id, []).append(spent)
                total += spent
        if i > 0:
            totals.append(total)
            ner.append(ner_seconds[0])

    words = [len(text.split()) for text in drafts[1:]]
    print(f"{len(totals)} drafts, {min(words)}-{max(words)} words (median {statistics.median(words):.0f}); "
          f"CPU time of the rules' check() only, parse excluded; {os.cpu_count()} cores")
    print()
    print("| rule | median ms | mean ms | max ms |")
    print("|---|---:|---:|---:|")
    for rule_id, values in sorted(per_rule.items(), key=lambda kv: -statistics.mean(kv[1])):
        print(f"| {rule_id} | {statistics.median(values) * 1000:.2f} | {statistics.mean(values) * 1000:.2f} | "
              f"{max(values) * 1000:.2f} |")
    median = statistics.median(totals) * 1000
    print(f"| **all rules** | **{median:.2f}** | {statistics.mean(totals) * 1000:.2f} | {max(totals) * 1000:.2f} |")
    print(f"| deferred NER (parse, not counted) | {statistics.median(ner) * 1000:.2f} | "
          f"{statistics.mean(ner) * 1000:.2f} | {max(ner) * 1000:.2f} |")
    print()
    print(f"rules' CPU per draft, median: {median:.2f} ms (target <= 5 ms): {'met' if median <= 5 else 'NOT met'}")
    if profiler is not None:
        print()
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(args.lines)
        stats.sort_stats("tottime").print_stats(args.lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
