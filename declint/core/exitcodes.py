"""The process exit codes, in one place."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    #: Findings at or above the fail level.
    FINDINGS = 1
    #: A usage, config or input error: something could not be linted.
    ERROR = 2
    INTERRUPTED = 130
    #: Stopped by SIGTERM (128 + 15), cleaned up as after Ctrl-C.
    TERMINATED = 143
