"""The language server against a careless or hostile client: lines end where the protocol
says, malformed frames are answered or skipped and the server keeps serving, a huge frame is
refused, requests after shutdown get an error, exit without shutdown exits 1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from processes import lsp_client

LspClient = lsp_client().LspClient
ServerError = lsp_client().ServerError

BODY = (
    "Thank you for the invitation to interview for the analyst role.\u2028I have accepted another offer,\x0c "
    "so I must withdraw my application. I hope our paths cross again, and I wish you every success.\n"
)
DRAFT = f"Dear Ms. Rivera,\n\n{BODY}\nBest regards,\nJordan Avery\n"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    cwd = tmp_path_factory.mktemp("hostile-server")
    lsp = LspClient(cwd=cwd)
    lsp.initialize(cwd)
    yield lsp
    lsp.close()


def _alive(lsp: Any) -> None:
    """A request that needs no buffer is answered: the server still reads its input in step."""
    assert lsp.request("textDocument/codeAction", {
        "textDocument": {"uri": "file:///nowhere.txt"},
        "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": []},
    }, timeout=30) == []


def test_only_protocol_line_ends_split_lines(client: Any, tmp_path: Path) -> None:
    """U+2028 and form feed stay inside a line: an edit on line 4 lands on line 4."""
    uri = (tmp_path / "separators.txt").as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": DRAFT}})
    client.diagnostics(uri, 1)
    # Line 4 is "Best regards," for the editor; splitlines() would call it line 5 or 6.
    edit = {"range": {"start": {"line": 4, "character": 0}, "end": {"line": 4, "character": 13}}, "text": "Cheers,"}
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [edit]})
    _, message = client.diagnostics(uri, 2)
    closing = [d for d in message["params"]["diagnostics"] if d["code"] == "closing"]
    assert [d["range"] for d in closing] == [{"start": {"line": 4, "character": 0}, "end": {"line": 4, "character": 7}}]


@pytest.mark.parametrize(
    "frame",
    [
        b'Content-Type: application/json\r\n\r\n{"jsonrpc": "2.0", "method": "x"}\r\n',  # no Content-Length
        b'Content-Length: 300\r\n\r\n{"jsonrpc": "2.0", "method": "x"}',  # shorter than it says
        b'Content-Length: 40\r\n\r\n{"jsonrpc": "2.0", "method": "x", "par',  # not JSON
        b"Content-Length: 99999999999\r\n\r\n",  # would be 100 GB
        b"Content-Length: banana\r\n\r\n",
    ],
    ids=["no-length", "short", "not-json", "huge", "not-a-number"],
)
def test_malformed_frames_are_skipped_and_the_server_keeps_serving(client: Any, frame: bytes) -> None:
    client.proc.stdin.write(frame)
    client.proc.stdin.flush()
    _alive(client)
    assert client.proc.poll() is None


def test_request_after_shutdown_is_answered_with_an_error(tmp_path: Path) -> None:
    lsp = LspClient(cwd=tmp_path)
    try:
        lsp.initialize(tmp_path)
        assert lsp.request("shutdown", None) is None
        with pytest.raises(ServerError, match="-32600"):
            lsp.request("textDocument/codeAction", {
                "textDocument": {"uri": "file:///x.txt"},
                "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                "context": {"diagnostics": []},
            }, timeout=30)
        lsp.notify("exit", None)
        assert lsp.proc.wait(30) == 0
    finally:
        lsp.close()


def test_exit_without_shutdown_exits_1(tmp_path: Path) -> None:
    lsp = LspClient(cwd=tmp_path)
    try:
        lsp.initialize(tmp_path)
        lsp.notify("exit", None)
        assert lsp.proc.wait(30) == 1
    finally:
        lsp.close()
