"""declint on Dask: lint a bag or dataframe of drafts across worker processes.

Needs the extra: ``pip install 'declint[dask]'`` (dask[distributed] and pandas)::

    from dask.distributed import Client, LocalCluster
    import dask.bag as db
    from declint.dask import lint_drafts

    client = Client(LocalCluster(n_workers=4, threads_per_worker=1))
    drafts = db.from_sequence(pairs, partition_size=200)   # (path, text) pairs
    findings = lint_drafts(drafts, template=True)           # a pandas DataFrame

Each worker process builds one :class:`~declint.DeclintLinter` for a given set of options,
the first time a partition reaches it, and keeps it: the spaCy pipeline loads once per
worker, never once per task. Partitions are linted in batches, as the CLI does.

What this adds over a plain ``bag.map(declint.lint_text)``: the pipeline kept per process
(a ``map`` over a fresh function would load it per call), batching within a partition, one
typed findings frame whose columns do not depend on which partitions had findings, drafts
that cannot be linted kept as rows with ``error`` set instead of failing the job, and a lock
that makes a worker with several threads safe (spaCy's parse is not thread-safe; give each
worker one thread and run more workers instead).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from declint.api import ConfigInput, DeclintLinter, FileReport

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

#: A draft as a bag holds it: ``(path, text)``, a mapping with those keys, or bare text.
Draft = tuple[str, str] | Mapping[str, str] | str

#: The findings frame's columns and dtypes: the keys of ``--format json`` with the fix
#: spread over four columns (a frame cell holds no dict well), plus the link and ``error``
#: (set, with every other column but path empty, on a draft that could not be linted).
#: Nullable dtypes throughout: a missing fix is <NA>, and Dask makes object columns strings.
COLUMNS: dict[str, str] = {
    "path": "string",
    "rule": "string",
    "severity": "string",
    "message": "string",
    "line": "Int64",
    "column": "Int64",
    "end_line": "Int64",
    "end_column": "Int64",
    "start": "Int64",
    "end": "Int64",
    "suggestion": "string",
    "fix_start": "Int64",
    "fix_end": "Int64",
    "fix_replacement": "string",
    "fix_safe": "boolean",
    "link": "string",
    "location_note": "string",
    "error": "string",
}

_linters: dict[str, DeclintLinter] = {}
# One lock per process: spaCy's parse is not safe from two threads, and building the linter
# twice would load the pipeline twice.
_lock = threading.Lock()


def _linter(token: str, options: Mapping[str, Any]) -> DeclintLinter:
    linter = _linters.get(token)
    if linter is None:
        linter = _linters[token] = DeclintLinter(**options).load()
    return linter


def _pairs(drafts: Iterable[Draft], text: str, path: str) -> Iterator[tuple[str, str]]:
    for draft in drafts:
        if isinstance(draft, str):
            yield "draft.txt", draft
        elif isinstance(draft, tuple):
            yield draft[0], draft[1]
        else:
            yield str(draft[path]), str(draft[text])


def _rows(reports: Iterable[FileReport]) -> Iterator[dict[str, Any]]:
    for report in reports:
        if report.error is not None or report.rule_errors:
            yield {"path": report.path, "error": report.error or "; ".join(report.rule_errors)}
        for d in report.diagnostics:
            yield {
                "path": d.path,
                "rule": d.rule,
                "severity": d.severity.value,
                "message": d.message,
                "line": d.line,
                "column": d.column,
                "end_line": d.end_line,
                "end_column": d.end_column,
                "start": d.start,
                "end": d.end,
                "suggestion": d.suggestion,
                "fix_start": d.fix.start if d.fix else None,
                "fix_end": d.fix.end if d.fix else None,
                "fix_replacement": d.fix.replacement if d.fix else None,
                "fix_safe": d.fix.safe if d.fix else None,
                "link": d.link,
                "location_note": d.location_note,
                "error": None,
            }


def frame(rows: Iterable[Mapping[str, Any]]) -> pandas.DataFrame:
    """A findings frame with :data:`COLUMNS`, whatever rows (even none) it is given."""
    import pandas

    return pandas.DataFrame(list(rows), columns=list(COLUMNS)).astype(COLUMNS)


def lint_partition(
    drafts: Iterable[Draft], token: str, options: Mapping[str, Any], text: str = "text", path: str = "path"
) -> pandas.DataFrame:
    """The findings of one partition's drafts, on this process's linter for ``options``
    (``token`` names them: the same options give the same token, so one linter serves all)."""
    with _lock:
        linter = _linter(token, options)
        return frame(_rows(linter.lint_texts(_pairs(drafts, text, path))))


def _options(
    select: Iterable[str] | None,
    ignore: Iterable[str] | None,
    template: bool | None,
    date: datetime | None,
    config: ConfigInput | None,
) -> tuple[str, dict[str, Any]]:
    from dask.base import tokenize

    options: dict[str, Any] = {
        "select": tuple(select) if select is not None and not isinstance(select, str) else select,
        "ignore": tuple(ignore) if ignore is not None and not isinstance(ignore, str) else ignore,
        "template": template,
        "date": date,
        "config": dict(config) if isinstance(config, Mapping) else config,
    }
    DeclintLinter(**options)  # a bad option fails here, on the client, not in every worker
    return tokenize(options), options


def findings_frame(
    drafts: dask.bag.Bag | dask.dataframe.DataFrame,
    *,
    text: str = "text",
    path: str = "path",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    template: bool | None = None,
    date: datetime | None = None,
    config: ConfigInput | None = None,
) -> dask.dataframe.DataFrame:
    """A lazy Dask dataframe of the findings of ``drafts``, one row per finding.

    ``drafts`` is a bag of ``(path, text)`` pairs, of mappings or of bare strings (each then
    named ``draft.txt``), or a dataframe with ``text`` and ``path`` columns. The options are
    :class:`~declint.DeclintLinter`'s. Rows keep the drafts' order within each partition.
    Write it out with ``.to_parquet(...)`` for a run too large for one machine's memory, or
    ``.compute()`` it (:func:`lint_drafts`).
    """
    import dask.dataframe as dd

    token, options = _options(select, ignore, template, date, config)
    meta = frame([])
    if isinstance(drafts, dd.DataFrame):
        lazy = drafts.map_partitions(_lint_rows, token, options, text, path, meta=meta)  # type: ignore[no-untyped-call]
        return cast("dask.dataframe.DataFrame", lazy)
    from dask.delayed import delayed

    lint = delayed(lint_partition, pure=True)
    parts = drafts.to_delayed()  # type: ignore[no-untyped-call]
    tasks = [lint(part, token, options, text, path) for part in parts]
    return cast("dask.dataframe.DataFrame", dd.from_delayed(tasks, meta=meta))


def _lint_rows(
    part: pandas.DataFrame, token: str, options: Mapping[str, Any], text: str, path: str
) -> pandas.DataFrame:
    return lint_partition(part[[path, text]].to_dict("records"), token, options, text, path)


def lint_drafts(
    drafts: dask.bag.Bag | dask.dataframe.DataFrame,
    *,
    text: str = "text",
    path: str = "path",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    template: bool | None = None,
    date: datetime | None = None,
    config: ConfigInput | None = None,
) -> pandas.DataFrame:
    """:func:`findings_frame`, computed on the current Dask scheduler into one pandas frame
    with :data:`COLUMNS`, in the drafts' order."""
    lazy = findings_frame(
        drafts, text=text, path=path, select=select, ignore=ignore, template=template, date=date, config=config
    )
    computed = cast("pandas.DataFrame", lazy.compute())  # type: ignore[no-untyped-call]
    return computed.reset_index(drop=True)
