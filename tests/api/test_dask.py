"""declint.dask on a real LocalCluster of two worker processes: the findings equal the CLI's."""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_drafts import write_drafts

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas  # noqa: E402

from declint.cli.entry import main  # noqa: E402
from declint.dask import COLUMNS, lint_drafts  # noqa: E402

COUNT = 240


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, memory_limit="2GiB"
    ) as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_drafts(tmp_path_factory.mktemp("library"), COUNT)


@pytest.fixture(scope="module")
def cli_findings(library: list[Path]) -> list[dict[str, Any]]:
    """``declint --format json`` on the whole library, by the command's main in this process
    (one process, as the workers are not the CLI's): each test compares the drafts it lints."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--format", "json", "--no-cache", "--jobs", "1", *map(str, library)])
    assert code == 1, err.getvalue()
    items: list[dict[str, Any]] = json.loads(out.getvalue())
    return items


def as_json(frame: pandas.DataFrame) -> list[dict[str, Any]]:
    """The frame's rows in --format json's shape (its fix columns folded back into one)."""
    items = []
    for row in frame.to_dict("records"):
        value = {k: (None if v is pandas.NA else v) for k, v in row.items()}
        fix = value.pop("fix_start"), value.pop("fix_end"), value.pop("fix_replacement"), value.pop("fix_safe")
        value["fix"] = (
            None if fix[0] is None else {"start": fix[0], "end": fix[1], "replacement": fix[2], "safe": fix[3]}
        )
        del value["error"]
        if value["location_note"] is None:
            del value["location_note"]
        items.append(value)
    return items


def test_two_workers_find_what_the_cli_finds(
    client: Any, library: list[Path], cli_findings: list[dict[str, Any]]
) -> None:
    expected = cli_findings
    drafts = db.from_sequence([(str(p), p.read_text(encoding="utf-8")) for p in library], npartitions=8)
    found = lint_drafts(drafts)
    assert list(found.columns) == list(COLUMNS)
    assert as_json(found) == expected
    assert len(expected) > COUNT and len({item["rule"] for item in expected}) >= 8
    # Both workers linted, each with one linter and one pipeline load, whatever its task count.
    per_worker = client.run(_linters_and_loads)
    assert len(per_worker) == 2
    assert all(state == (1, 1) for state in per_worker.values()), per_worker


def _linters_and_loads() -> tuple[int, int]:
    from declint import dask as declint_dask
    from declint.nlp import pipeline

    return len(declint_dask._linters), pipeline._load.cache_info().misses


def test_a_dataframe_of_drafts_with_options(
    client: Any, library: list[Path], cli_findings: list[dict[str, Any]]
) -> None:
    chosen = library[:40]
    pdf = pandas.DataFrame({"name": [str(p) for p in chosen], "body": [p.read_text(encoding="utf-8") for p in chosen]})
    found = lint_drafts(dd.from_pandas(pdf, npartitions=4), text="body", path="name", select=["informal-tone"])
    assert set(found["rule"]) == {"informal-tone"}
    names = {str(p) for p in chosen}
    expected = [item for item in cli_findings if item["path"] in names and item["rule"] == "informal-tone"]
    assert as_json(found) == expected


def test_an_unlintable_draft_is_a_row_not_a_failed_job(client: Any) -> None:
    drafts = db.from_sequence([("blank.txt", "  \n"), ("short.txt", "Hey,\n\nno.\n\nJo\n")], npartitions=2)
    found = lint_drafts(drafts)
    blank = found[found["path"] == "blank.txt"]
    assert len(blank) == 1 and "is empty" in blank["error"].iloc[0] and blank["rule"].isna().all()
    assert (found["path"] == "short.txt").sum() > 0 and found[found["path"] == "short.txt"]["error"].isna().all()


def test_a_bad_option_fails_on_the_client_before_any_task() -> None:
    from declint import ConfigError

    with pytest.raises(ConfigError, match="unknown rule"):
        lint_drafts(db.from_sequence(["Dear Sam,\n\nNo.\n"]), select=["nope"])
