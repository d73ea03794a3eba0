"""Reading a file a repository controls: whole when it is within the limit, refused past it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from declint.core.reading import TooLargeError, read_limited


@pytest.mark.parametrize("size", [0, 1, 4095, 70_000, 300_000])
def test_a_file_within_the_limit_is_read_whole(tmp_path: Path, size: int) -> None:
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    path = tmp_path / "entry.json"
    path.write_bytes(data)
    assert read_limited(path, size) == data
    assert read_limited(path, 1 << 26) == data


def test_a_file_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "entry.json"
    path.write_bytes(b"y" * 70_001)
    with pytest.raises(TooLargeError):
        read_limited(path, 70_000)


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="needs /proc")
def test_a_file_whose_size_says_zero_is_still_read_to_its_end() -> None:
    """Files under /proc are regular files of size 0 with text in them: the size fstat gives
    only sizes the first read, never ends it."""
    with open("/proc/self/status", "rb") as handle:
        expected_start = handle.read(5)
    data = read_limited("/proc/self/status", 1 << 20)
    assert data.startswith(expected_start) and len(data) > 100 and data.endswith(b"\n")
