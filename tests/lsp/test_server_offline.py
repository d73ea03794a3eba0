"""``declint server`` works with no network at all: every socket connection attempt fails.

The real server process gets a ``sitecustomize`` (loaded at interpreter start, before declint
or spaCy are imported) that makes connect/connect_ex/sendto/create_connection/getaddrinfo
raise, and logs each attempt on stderr. The LSP session itself runs over stdio pipes, which
are not sockets, so an editor's session is unaffected unless something reaches for the network.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from processes import lsp_client as _load_lsp_client

lsp_client = _load_lsp_client()

MARKER = "DECLINT-TEST-NETWORK-BLOCKED"

SITECUSTOMIZE = f'''
import socket
import sys

_MARKER = {MARKER!r}


def _blocked(name):
    def refuse(*args, **kwargs):
        sys.stderr.write(f"{{_MARKER}}: {{name}}{{args[1:] if name.startswith('socket.') else args}}\\n")
        sys.stderr.flush()
        raise OSError(f"network blocked by the test: {{name}}")
    return refuse


socket.socket.connect = _blocked("socket.connect")
socket.socket.connect_ex = _blocked("socket.connect_ex")
socket.socket.sendto = _blocked("socket.sendto")
socket.create_connection = _blocked("create_connection")
socket.getaddrinfo = _blocked("getaddrinfo")
'''

# Written for this test: a casual greeting (the salutation rule) and stacked apologies.
DRAFT = (
    "Hey Mr. Lindqvist,\n\n"
    "Thanks for the call about the warehouse coordinator job. I have taken a role closer to "
    "home, so I will not continue. Sorry, sorry, I am so sorry for the late reply.\n\n"
    "Best regards,\nNoor Halvorsen\n"
)


def offline_env(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "offline-site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(site), env.get("PYTHONPATH", "")) if p)
    # Proxies would only matter to code that connects; make sure none is suggested either.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        env.pop(name, None)
    return env


def test_the_guard_really_blocks_connections(tmp_path: Path) -> None:
    """Without this, a sitecustomize that never loaded would let the server test pass vacuously."""
    probe = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('127.0.0.1', 9), timeout=1)\n"
        "except OSError as exc:\n"
        "    print(exc)\n"
        "s = socket.socket()\n"
        "try:\n"
        "    s.connect(('127.0.0.1', 9))\n"
        "except OSError as exc:\n"
        "    print(exc)\n"
        "try:\n"
        "    socket.getaddrinfo('localhost', 80)\n"
        "except OSError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], env=offline_env(tmp_path), capture_output=True, text=True, timeout=60
    )
    assert done.stdout.splitlines() == [
        "network blocked by the test: create_connection",
        "network blocked by the test: socket.connect",
        "network blocked by the test: getaddrinfo",
    ]
    assert done.stderr.count(MARKER) == 3


def test_server_lints_with_the_network_blocked(tmp_path: Path) -> None:
    client = lsp_client.LspClient(cwd=tmp_path, env=offline_env(tmp_path))
    try:
        client.initialize(tmp_path)
        uri = (tmp_path / "decline.txt").as_uri()
        client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1, "text": DRAFT}},
        )
        _, message = client.diagnostics(uri, 1, timeout=120)
        codes = sorted({d.get("code") for d in message["params"]["diagnostics"]})
        assert "salutation" in codes
        assert "over-apology" in codes
        assert client.shutdown() == 0
    finally:
        client.close()
    stderr = "".join(client.stderr_lines)
    assert MARKER not in stderr
    for sign in ("ConnectionError", "URLError", "network blocked", "gaierror", "Traceback"):
        assert sign not in stderr
