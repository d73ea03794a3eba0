"""One lint of one buffer version, the same wherever it runs.

The server lints ordinary drafts on its own lint thread and slow ones in a worker process
(:mod:`declint.lsp.offload`); both run a :class:`Job` through a :class:`JobRunner`, so a
buffer's diagnostics do not depend on which path linted it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from declint.lsp.drafts import Checked, DraftChecker
from declint.ruleapi.registry import load_registry

logger = logging.getLogger(__name__)

# A short draft linted once at start-up so the first real buffer finds every rule warm.
# Long enough for readability to score it, with a name and a slip, so the word lists, the
# spelling checker and the hyphenation patterns are all loaded before the first keystroke.
WARM_DRAFT = (
    "Dear Ms. Lee,\n\nThank you for the invitation to interview for the analyst role at Initech. "
    "After careful thought, I have accepted another offer, so I must withdraw my aplication. I enjoyed "
    "meeting Okonkwo and the rest of the team, and I hope our paths cross again.\n\nBest regards,\nSam\n"
)


@dataclass(frozen=True)
class Job:
    """What a lint needs: plain data, so it can be sent to a worker process."""

    path: str | None
    language: str | None
    text: str
    encoding: str
    #: Raised each time a config file changes: a runner that saw an older value forgets the
    #: configs it read (a worker process hears of the change this way, in order with the jobs).
    generation: int = 0


@dataclass(frozen=True)
class Done:
    checked: Checked | None
    #: CPU time the lint took, in the process that ran it (load on the machine matters less
    #: than with wall time): how the server tells a slow buffer.
    seconds: float


class JobRunner:
    """A :class:`DraftChecker`, made on first use (loading rules takes a while), that runs jobs.

    Not thread-safe: each owner calls it from one thread.
    """

    def __init__(self, root: Path | None) -> None:
        self._root = root
        self._checker: DraftChecker | None = None
        self._generation = 0

    def run(self, job: Job) -> Done:
        started = time.thread_time()
        try:
            checked = self._checker_for(job.generation).check(job.path, job.language, job.text, job.encoding)
        except Exception as exc:  # Shown on the draft: a silent server looks like a clean draft.
            logger.exception("linting failed")
            checked = Checked(problem=f"internal error: {type(exc).__name__}: {exc}")
        return Done(checked, time.thread_time() - started)

    def warm(self) -> None:
        from declint.nlp.pipeline import DEFAULT_MODEL, load_pipeline

        try:
            load_pipeline(DEFAULT_MODEL)
            self._checker_for(self._generation).check(None, "plaintext", WARM_DRAFT, "utf-16")
        except Exception:  # A missing model is reported on the first real buffer instead.
            logger.exception("warming the pipeline failed")

    def _checker_for(self, generation: int) -> DraftChecker:
        if self._checker is None:
            self._checker = DraftChecker(load_registry(), self._root)
        elif generation != self._generation:
            self._checker.reload()
        self._generation = generation
        return self._checker
