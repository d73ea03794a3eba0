"""``declint server`` as an editor sees it: the real process, spoken to over stdio."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from processes import lsp_client as _load_lsp_client

lsp_client = _load_lsp_client()
LspClient = lsp_client.LspClient

GREETING = "Hey Ms. Rivera,\n"
BODY = (
    "Thank you for the invitation to interview for the analyst role. I have accepted another "
    "offer, so I must withdraw \U0001f642. Sorry \U0001f62c, sorry, sorry. I hope our paths cross again. I enjoyed "
    "learning about your team and the work you do, and I wish you every success with the search.\n"
)
DRAFT = f"{GREETING}\n{BODY}\nBest regards,\nJordan Avery\n"


def utf16(text: str) -> int:
    """Width in UTF-16 code units, counted by Python's codec (not by the server's code)."""
    return len(text.encode("utf-16-le")) // 2


def pos(line: int, character: int) -> dict[str, int]:
    return {"line": line, "character": character}


def rng(a: tuple[int, int], b: tuple[int, int]) -> dict[str, Any]:
    return {"start": pos(*a), "end": pos(*b)}


def by_rule(message: dict[str, Any], rule: str) -> list[dict[str, Any]]:
    return [d for d in message["params"]["diagnostics"] if d.get("code") == rule]


def open_doc(client: Any, uri: str, text: str, language: str = "plaintext", version: int = 1) -> None:
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}},
    )


def change(client: Any, uri: str, version: int, edits: list[dict[str, Any]]) -> float:
    return client.notify(
        "textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": edits}
    )


def send_at_once(client: Any, messages: list[dict[str, Any]]) -> None:
    """Several notifications in one write to the server's stdin, framed as the client frames one."""
    bodies = [json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8") for message in messages]
    client.proc.stdin.write(b"".join(b"Content-Length: %d\r\n\r\n" % len(body) + body for body in bodies))
    client.proc.stdin.flush()


def apply_edit(text: str, edit: dict[str, Any]) -> str:
    """Apply one LSP TextEdit (UTF-16 positions) the way an editor would."""
    lines = text.split("\n")

    def offset(p: dict[str, int]) -> int:
        before = sum(len(line) + 1 for line in lines[: p["line"]])
        line = lines[p["line"]]
        units = 0
        for i, ch in enumerate(line):
            if units >= p["character"]:
                return before + i
            units += utf16(ch)
        return before + len(line)

    start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
    return text[:start] + edit["newText"] + text[end:]


def test_session_open_change_fix_shutdown(tmp_path: Path) -> None:
    """initialize, didOpen, diagnostics, didChange, diagnostics again, codeAction, shutdown."""
    client = LspClient(cwd=tmp_path)
    try:
        result = client.initialize(tmp_path)
        assert result["capabilities"]["codeActionProvider"]["codeActionKinds"] == ["quickfix"]
        assert result["capabilities"]["positionEncoding"] == "utf-16"
        uri = (tmp_path / "decline.txt").as_uri()
        open_doc(client, uri, DRAFT)
        _, first = client.diagnostics(uri, 1)

        (salutation,) = by_rule(first, "salutation")
        assert salutation["range"] == rng((0, 0), (0, 3))
        assert salutation["source"] == "declint"
        # The two extra apologies sit after two emoji: UTF-16 columns, not code points.
        line = BODY.rstrip("\n")
        extra = [m.start() for m in re.finditer("sorry", line)]
        assert len(extra) == 2
        expected = [rng((2, utf16(line[:i])), (2, utf16(line[: i + 5]))) for i in extra]
        assert [d["range"] for d in by_rule(first, "over-apology")] == expected
        assert all(utf16(line[:i]) == i + 2 for i in extra)  # the test text really has astral chars

        # Fix the greeting: the salutation finding goes, the apologies stay where they were.
        change(client, uri, 2, [{"range": rng((0, 0), (0, 3)), "text": "Dear"}])
        _, second = client.diagnostics(uri, 2)
        assert by_rule(second, "salutation") == []
        assert [d["range"] for d in by_rule(second, "over-apology")] == expected

        # Cut the apologies using a UTF-16 range that starts after an emoji.
        cut_from = line.index("Sorry")
        cut_to = line.index("I hope")
        change(client, uri, 3, [{"range": rng((2, utf16(line[:cut_from])), (2, utf16(line[:cut_to]))), "text": ""}])
        _, third = client.diagnostics(uri, 3)
        assert by_rule(third, "over-apology") == []

        # Drop the sign-off; the closing finding offers a quick fix that puts one back.
        change(client, uri, 4, [{"range": rng((4, 0), (5, 0)), "text": ""}])
        _, fourth = client.diagnostics(uri, 4)
        (closing,) = by_rule(fourth, "closing")
        assert closing["range"]["start"] == pos(4, 0)
        actions = client.request(
            "textDocument/codeAction",
            {"textDocument": {"uri": uri}, "range": rng((4, 0), (4, 0)), "context": {"diagnostics": [closing]}},
        )
        fixes = [a for a in actions if a["kind"] == "quickfix" and "closing" in a["title"]]
        assert len(fixes) == 1
        assert "Best regards" in fixes[0]["title"]  # the suggestion is shown
        (edit,) = fixes[0]["edit"]["changes"][uri]

        text = DRAFT.replace("Hey", "Dear", 1)
        text = text.replace(line, line[:cut_from] + line[cut_to:])
        text = text.replace("Best regards,\n", "")
        fixed = apply_edit(text, edit)
        assert fixed.endswith("\nBest regards,\nJordan Avery\n")
        # The emoji served the UTF-16 checks; informal-tone rightly flags it, so it goes too.
        fixed = fixed.replace(" \U0001f642", "")
        change(client, uri, 5, [{"text": fixed}])
        _, fifth = client.diagnostics(uri, 5)
        assert fifth["params"]["diagnostics"] == []

        assert client.shutdown() == 0
    finally:
        client.close()
    # The server wrote nothing: not the draft, not a cache, not a log.
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    cwd = tmp_path_factory.mktemp("server-cwd")
    client = LspClient(cwd=cwd)
    client.initialize(cwd)
    yield client
    try:
        assert client.shutdown() == 0
    finally:
        client.close()


def test_stale_versions_are_never_published(server: Any, tmp_path: Path) -> None:
    uri = (tmp_path / "burst.txt").as_uri()
    open_doc(server, uri, DRAFT)
    server.diagnostics(uri, 1)
    # Five quick keystrokes inside one debounce window, in one write. The first is linted at
    # once (a keystroke after a pause) and the rest once, after the last; when to lint is
    # checked with a controlled clock in test_a_change_after_a_pause_... below.
    keystrokes = [
        {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"range": rng((0, 0), (0, 0)), "text": "x"}]}
        for version in range(2, 7)
    ]
    send_at_once(server, [{"method": "textDocument/didChange", "params": params} for params in keystrokes])
    last_at, last = server.diagnostics(uri, 6)
    # The server lints one buffer at a time, in order: once a buffer opened after the burst
    # is published, every lint asked for before it has been published or dropped.
    barrier = (tmp_path / "barrier.txt").as_uri()
    open_doc(server, barrier, DRAFT)
    server.diagnostics(barrier, 1)
    published = [
        (at, m["params"].get("version"))
        for at, m in server.drain()
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
    ]
    # Nothing once version 6 is out: no superseded lint is published late.
    assert [version for at, version in published if at > last_at] == []
    # Before it, only a lint that was the newest version the server had read when it finished:
    # on a quiet machine none (the server reads the whole burst before the first lint ends);
    # on a busy one the first keystroke's, and never one after a newer one.
    earlier = [version for at, version in published if at < last_at]
    assert earlier == sorted(set(earlier)) and all(version < 6 for version in earlier), earlier
    # "xxxxxHey" is no longer a greeting word declint knows, so salutation reads it differently;
    # what matters here is that the result is for the text at version 6.
    assert last["params"]["version"] == 6


def test_close_clears_diagnostics(server: Any, tmp_path: Path) -> None:
    uri = (tmp_path / "closing.txt").as_uri()
    open_doc(server, uri, DRAFT)
    _, opened = server.diagnostics(uri, 1)
    assert opened["params"]["diagnostics"]
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    _, closed = server.diagnostics(uri)
    assert closed["params"]["diagnostics"] == []


def test_buffer_not_disk_and_only_drafts(server: Any, tmp_path: Path) -> None:
    on_disk = tmp_path / "saved.txt"
    on_disk.write_text(DRAFT, encoding="utf-8")
    before = on_disk.stat().st_mtime_ns
    script = (tmp_path / "notes.py").as_uri()
    open_doc(server, script, "# Hey there\n", language="python")
    clean = DRAFT.replace("Hey", "Dear").replace("Sorry \U0001f62c, sorry, sorry. ", "").replace(" \U0001f642", "")
    open_doc(server, on_disk.as_uri(), clean)
    _, published = server.diagnostics(on_disk.as_uri(), 1)
    # The file on disk would get findings; the buffer the editor sent has none.
    assert published["params"]["diagnostics"] == []
    assert on_disk.read_text(encoding="utf-8") == DRAFT and on_disk.stat().st_mtime_ns == before
    assert not any(m["params"]["uri"] == script for _, m in server.drain() if "params" in m and "uri" in m["params"])


def test_untitled_buffer_is_linted(server: Any) -> None:
    uri = "untitled:Untitled-1"
    open_doc(server, uri, DRAFT, language="plaintext")
    _, published = server.diagnostics(uri, 1)
    assert by_rule(published, "salutation")


def test_config_found_per_draft_and_reloaded(server: Any, tmp_path: Path) -> None:
    config = tmp_path / ".declint.toml"
    config.write_text('ignore = ["salutation"]\n', encoding="utf-8")
    uri = (tmp_path / "sub" / "draft.txt").as_uri()
    open_doc(server, uri, DRAFT)
    _, first = server.diagnostics(uri, 1)
    assert by_rule(first, "salutation") == [] and by_rule(first, "over-apology")

    # The editor reports the config change: every open draft is linted again.
    config.write_text('ignore = ["over-apology"]\n', encoding="utf-8")
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    _, second = server.diagnostics(uri, 1)
    assert by_rule(second, "salutation") and by_rule(second, "over-apology") == []

    # No notification (a client without file watching): the next lint notices the new file.
    config.write_text('select = ["over-apology", "closing"]\n', encoding="utf-8")
    change(server, uri, 2, [{"range": rng((0, 0), (0, 0)), "text": ""}])
    _, third = server.diagnostics(uri, 2)
    assert by_rule(third, "salutation") == [] and by_rule(third, "over-apology")

    # A broken config is shown on the draft instead of silently linting with defaults.
    config.write_text("ignore = [\n", encoding="utf-8")
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    _, fourth = server.diagnostics(uri, 2)
    (problem,) = fourth["params"]["diagnostics"]
    assert "config error" in problem["message"] and str(config) in problem["message"]


def test_utf8_positions_when_the_client_asks_for_them(tmp_path: Path) -> None:
    client = LspClient(cwd=tmp_path)
    try:
        capabilities = {
            "general": {"positionEncodings": ["utf-8", "utf-16"]},
            "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}},
        }
        result = client.initialize(tmp_path, capabilities)
        assert result["capabilities"]["positionEncoding"] == "utf-8"
        # A client that can watch files is asked to report changes to config files.
        _, register = client.wait_for(lambda m: m.get("method") == "client/registerCapability", 30)
        (registration,) = register["params"]["registrations"]
        assert registration["method"] == "workspace/didChangeWatchedFiles"
        globs = {w["globPattern"] for w in registration["registerOptions"]["watchers"]}
        assert globs == {"**/.declint.toml", "**/pyproject.toml"}
        uri = (tmp_path / "bytes.txt").as_uri()
        open_doc(client, uri, DRAFT)
        _, published = client.diagnostics(uri, 1)
        line = BODY.rstrip("\n")
        starts = [d["range"]["start"] for d in by_rule(published, "over-apology")]
        assert starts == [pos(2, len(line[: m.start()].encode("utf-8"))) for m in re.finditer("sorry", line)]
        assert client.shutdown() == 0
    finally:
        client.close()


def test_utf32_positions_when_the_client_asks_for_them(tmp_path: Path) -> None:
    client = LspClient(cwd=tmp_path)
    try:
        result = client.initialize(tmp_path, {"general": {"positionEncodings": ["utf-32"]}})
        assert result["capabilities"]["positionEncoding"] == "utf-32"
        uri = (tmp_path / "points.txt").as_uri()
        open_doc(client, uri, DRAFT)
        _, published = client.diagnostics(uri, 1)
        line = BODY.rstrip("\n")
        starts = [d["range"]["start"] for d in by_rule(published, "over-apology")]
        assert starts == [pos(2, m.start()) for m in re.finditer("sorry", line)]
        assert client.shutdown() == 0
    finally:
        client.close()


def test_a_change_after_a_pause_is_linted_at_once_and_a_burst_once_it_stops() -> None:
    from declint.lsp.app import DeclintServer

    server = DeclintServer(debounce=0.2)
    delays: list[float] = []
    server.schedule = lambda uri, delay: delays.append(delay)  # type: ignore[method-assign]

    async def type_keys() -> None:
        uri = "file:///draft.txt"
        server.changed(uri)  # the first change: nothing to wait for
        server.changed(uri)  # typing on: wait for the burst to end
        server.changed(uri)
        server.changed_at[uri] -= 1.0  # as if the writer stopped for a second
        server.changed(uri)

    asyncio.run(type_keys())
    assert delays == [0, 0.2, 0.2, 0]


def test_document_symbols_outline_the_moves(server: Any, tmp_path: Path) -> None:
    uri = (tmp_path / "outline.txt").as_uri()
    text = (
        "Dear Ms. Lee,\n\nThank you for inviting me to interview for the analyst role.\n"
        "I have decided to withdraw my application, as I have accepted another offer.\n"
        "I hope our paths cross again.\n\nBest regards,\nJordan Avery\n"
    )
    open_doc(server, uri, text)
    server.diagnostics(uri, 1)
    symbols = server.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
    names = [s["name"] for s in symbols]
    assert names == ["thanks", "decision (plain), reason", "door opened"]
    # Each symbol covers its own sentence: line 3 is the decision.
    assert symbols[1]["range"]["start"] == {"line": 3, "character": 0}
