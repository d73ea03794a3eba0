"""The language server: buffers in, diagnostics and quick fixes out.

Ordinary drafts are linted on one worker thread, so that the spaCy pipeline is never used by
two threads at once and the protocol loop stays responsive. A buffer that is big, or whose
last lint was slow, is linted in a worker process instead (:mod:`declint.lsp.offload`), so it
never delays the others' diagnostics. Each buffer has at most one pending lint: a change
cancels the one waiting, and a result is published only if the buffer is still at the
version that was linted, so stale diagnostics never reach the editor.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path, PurePath
from typing import Any, BinaryIO

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument

from declint import __version__
from declint.engine.config import CONFIG_FILES
from declint.formats import count_tokens
from declint.lsp.diagnostics import quick_fixes, to_diagnostics
from declint.lsp.documents import ProtocolWorkspace
from declint.lsp.drafts import Checked, draft_name
from declint.lsp.framing import StdinReader, serve
from declint.lsp.jobs import Done, Job, JobRunner
from declint.lsp.offload import LintWorker

logger = logging.getLogger(__name__)

DEFAULT_DEBOUNCE = 0.2

#: A buffer of more words and marks than this is linted in the worker process. Lint time
#: grows with tokens: an ordinary 200-word draft (about 250) takes 30 to 60 ms, one of 1,000
#: about 0.2 s, one near the 5,000-token limit 1 to 2 s.
WORKER_TOKENS = 1_000
#: Counting tokens is linear but not free; a buffer this long goes to the worker uncounted.
WORKER_CHARS = 50_000
#: A buffer whose last lint took this much CPU time is linted in the worker: shapes that are
#: slow for their size (markup-dense, punctuation-dense) are caught after their first lint.
WORKER_SECONDS = 0.3


class DeclintProtocol(LanguageServerProtocol):
    """pygls's protocol, answering what it let pass in silence."""

    def handle_message(self, message: Any) -> None:
        method = getattr(message, "method", None)
        msg_id = getattr(message, "id", None)
        if self._shutdown and method is not None and msg_id is not None and method != types.EXIT:
            # The protocol: after shutdown, requests fail with InvalidRequest (pygls dropped them,
            # leaving the client waiting).
            self._send_response(msg_id, error=types.ResponseError(code=-32600, message="the server is shut down"))
            return
        super().handle_message(message)

    @property
    def shut_down(self) -> bool:
        return bool(self._shutdown)


class DeclintServer(LanguageServer):
    def __init__(self, debounce: float = DEFAULT_DEBOUNCE, worker_tokens: int = WORKER_TOKENS) -> None:
        super().__init__(
            "declint",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=DeclintProtocol,
        )
        self.debounce = debounce
        self.lint_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="declint-lint")
        self.worker_tokens = worker_tokens
        #: Made at initialize, when the workspace root is known.
        self.worker: LintWorker | None = None
        #: Lints the lint thread runs; the worker process has its own.
        self._runner: JobRunner | None = None
        #: Raised when a config file changes (see :class:`declint.lsp.jobs.Job`).
        self.generation = 0
        #: CPU seconds each open buffer's last lint took, wherever it ran.
        self.lint_seconds: dict[str, float] = {}
        self._pending: dict[str, asyncio.Task[None]] = {}
        #: When each open buffer last changed (event-loop time), for the debounce.
        self.changed_at: dict[str, float] = {}
        #: The newest published lint of each open buffer, with the version it is for.
        self.latest: dict[str, tuple[int | None, Checked]] = {}
        self.open_uris: set[str] = set()

    def _start_io_async(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
        """pygls's stdio loop with declint's frame reader (see :mod:`declint.lsp.framing`)."""
        from pygls.io_ import StdoutWriter

        self._stop_event = threading.Event()
        reader = StdinReader(stdin or sys.stdin.buffer, self.thread_pool)
        self.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
        try:
            asyncio.run(self._serve(self._stop_event, reader))
        except BrokenPipeError:
            logger.error("the connection to the client is lost")
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            self.stop_worker()  # however the loop ended

    async def _serve(self, stop: threading.Event, reader: StdinReader) -> None:
        try:
            await serve(stop, reader, self.protocol, logger)
        finally:
            if self.worker is not None:
                await self.worker.aclose()

    def stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.stop()

    @property
    def shut_down(self) -> bool:
        """Whether the client asked for shutdown before the session ended."""
        return isinstance(self.protocol, DeclintProtocol) and self.protocol.shut_down

    def root(self) -> Path | None:
        root = self.workspace.root_path
        return Path(root) if root else None

    def runner(self) -> JobRunner:  # on the lint thread only
        if self._runner is None:
            self._runner = JobRunner(self.root())
        return self._runner

    def warm(self) -> None:
        self.runner().warm()

    def reload_config(self) -> None:
        """A config file changed: every later lint, in either process, reads configs afresh."""
        self.generation += 1

    def document(self, uri: str) -> TextDocument | None:
        """The buffer as the editor sent it; never the file on disk."""
        if uri not in self.open_uris:
            return None
        documents: dict[str, TextDocument] = self.workspace.text_documents
        return documents.get(uri) or documents.get(_unquoted(uri))

    def changed(self, uri: str) -> None:
        """Lint after a change: at once after a pause, and once a burst of typing stops.

        The first keystroke after ``debounce`` seconds without one is linted straight
        away, so a single edit gets its diagnostics in tens of milliseconds; keystrokes
        closer together than that are linted once, ``debounce`` after the last.
        """
        now = asyncio.get_running_loop().time()
        quiet = now - self.changed_at.get(uri, float("-inf")) >= self.debounce
        self.changed_at[uri] = now
        self.schedule(uri, 0 if quiet else self.debounce)

    def schedule(self, uri: str, delay: float) -> None:
        old = self._pending.pop(uri, None)
        if old is not None:
            old.cancel()
        task = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))
        self._pending[uri] = task
        task.add_done_callback(lambda done: self._forget(uri, done))

    def _forget(self, uri: str, task: asyncio.Task[None]) -> None:
        if self._pending.get(uri) is task:
            del self._pending[uri]
        if not task.cancelled() and task.exception() is not None:
            logger.error("linting %s failed", uri, exc_info=task.exception())

    def cancel(self, uri: str) -> None:
        task = self._pending.pop(uri, None)
        if task is not None:
            task.cancel()

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        doc = self.document(uri)
        if doc is None or self.shut_down:
            return
        version, text = doc.version, doc.source
        encoding = _encoding_name(self.workspace.position_encoding)
        job = Job(to_fs_path(uri), doc.language_id, text, encoding, self.generation)
        if self.worker is not None and self.slow(uri, job):
            done = await self.worker.submit(uri, job)
        else:
            loop = asyncio.get_running_loop()
            done = await loop.run_in_executor(self.lint_pool, self._run, job)
        if uri in self.open_uris:  # slow is slow, even for a version already replaced
            self.lint_seconds[uri] = done.seconds
        current = self.document(uri)
        if current is None or current.version != version:
            return
        checked = done.checked
        if checked is None:
            return
        self.latest[uri] = (version, checked)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=to_diagnostics(checked))
        )
        for problem in checked.rule_errors:
            self.window_log_message(types.LogMessageParams(type=types.MessageType.Error, message=problem))

    def _run(self, job: Job) -> Done:
        return self.runner().run(job)

    def slow(self, uri: str, job: Job) -> bool:
        """Whether ``uri`` goes to the worker process: a draft that is big, or was slow to
        lint last time. A buffer that is not a draft stays here: it is turned away at once."""
        if draft_name(job.path or "untitled", job.language, job.text) is None:
            return False
        if len(job.text) > WORKER_CHARS or self.lint_seconds.get(uri, 0.0) >= WORKER_SECONDS:
            return True
        return count_tokens(job.text, self.worker_tokens + 1) > self.worker_tokens

    def relint_all(self) -> None:
        for uri in self.open_uris:
            self.schedule(uri, 0)


def _encoding_name(kind: object) -> str:
    """"utf-8", "utf-16" or "utf-32": pygls hands over an enum member or the client's string."""
    if isinstance(kind, enum.Enum):
        return str(kind.value)
    return str(kind or types.PositionEncodingKind.Utf16.value)


def _unquoted(uri: str) -> str:
    from urllib.parse import unquote

    return unquote(uri)


def _is_config(uri: str) -> bool:
    return PurePath(to_fs_path(uri) or uri).name in CONFIG_FILES


def build_server(debounce: float = DEFAULT_DEBOUNCE, worker_tokens: int = WORKER_TOKENS) -> DeclintServer:
    server = DeclintServer(debounce, worker_tokens)

    @server.feature(types.INITIALIZE)
    def initialize(ls: DeclintServer, params: types.InitializeParams) -> None:
        # Lines end only at \n, \r\n and \r in every buffer the workspace makes from now on.
        ls.workspace.__class__ = ProtocolWorkspace
        ls.worker = LintWorker(ls.root())

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: DeclintServer, params: None) -> None:
        ls.stop_worker()

    @server.feature(types.EXIT)
    def exit_(ls: DeclintServer, params: None) -> None:
        ls.stop_worker()

    @server.feature(types.INITIALIZED)
    def initialized(ls: DeclintServer, params: types.InitializedParams) -> None:
        ls.lint_pool.submit(ls.warm)
        watched = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
        if watched and watched.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILES]
            ls.client_register_capability(
                types.RegistrationParams(
                    registrations=[
                        types.Registration(
                            id="declint-config-files",
                            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                            register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
                        )
                    ]
                )
            )

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: DeclintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.open_uris.add(params.text_document.uri)
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: DeclintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: DeclintServer, params: types.DidSaveTextDocumentParams) -> None:
        # Editing a config file in the same editor: clients without file watching still tell us.
        if _is_config(params.text_document.uri):
            ls.reload_config()
            ls.relint_all()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: DeclintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.cancel(uri)
        ls.open_uris.discard(uri)
        ls.latest.pop(uri, None)
        ls.changed_at.pop(uri, None)
        ls.lint_seconds.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: DeclintServer, params: types.DidChangeWatchedFilesParams) -> None:
        if any(_is_config(change.uri) for change in params.changes):
            ls.reload_config()
            ls.relint_all()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(ls: DeclintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        only = params.context.only
        if only and not any(str(kind).startswith(types.CodeActionKind.QuickFix) for kind in only):
            return []
        doc = ls.document(uri)
        entry = ls.latest.get(uri)
        # Fixes computed for an older version would edit the wrong characters.
        if doc is None or entry is None or entry[0] != doc.version:
            return []
        return quick_fixes(uri, entry[1], params.range)

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def document_symbol(ls: DeclintServer, params: types.DocumentSymbolParams) -> list[types.DocumentSymbol]:
        """The email's moves as an outline: each body sentence, named by what it does."""
        uri = params.text_document.uri
        doc = ls.document(uri)
        entry = ls.latest.get(uri)
        if doc is None or entry is None or entry[0] != doc.version or entry[1].positions is None:
            return []
        checked = entry[1]
        assert checked.positions is not None
        symbols = []
        for name, span in checked.moves:
            if span is None:
                continue
            where = checked.positions.range(*span)
            text = " ".join(checked.positions.text[span[0] : span[1]].split())
            symbols.append(
                types.DocumentSymbol(
                    name=name,
                    detail=text[:60] + ("…" if len(text) > 60 else ""),
                    kind=types.SymbolKind.String,
                    range=where,
                    selection_range=where,
                )
            )
        return symbols

    return server
