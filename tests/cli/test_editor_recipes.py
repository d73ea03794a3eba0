"""The editor recipes in docs/editors.md, run in the real editors when they are installed.

Each recipe is taken from the document itself, so the docs cannot drift from what works.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Ran

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
BIN = str(Path(sys.executable).parent)  # where this environment's `declint` script lives

GREETING = "Hey Ms. Rivera,"
BODY = (
    "Thank you for the invitation to interview for the analyst role. I have accepted another "
    "offer, so I must withdraw \U0001f642. Sorry \U0001f62c, sorry, sorry. I hope our paths cross again."
)
DRAFT = f"{GREETING}\n\n{BODY}\n\nBest regards,\nJordan Avery\n"
# The extra apologies, as (line, code-point column) from the text itself.
APOLOGIES = [(2, m.start()) for m in re.finditer("sorry", BODY)]


def block(language: str, marker: str = "") -> str:
    for text in re.findall(rf"```{language}\n(.*?)```", DOC, re.DOTALL):
        if text.startswith(marker):
            return str(text)
    raise AssertionError(f"docs/editors.md has no ```{language} block starting {marker!r}")


def env() -> dict[str, str]:
    return {**os.environ, "PATH": BIN + os.pathsep + os.environ.get("PATH", "")}


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_vim_recipe_is_the_documented_concise_format() -> None:
    assert "path:line:col: severity rule-id message" in DOC
    assert "setlocal makeprg=declint\\ --format\\ concise\\ %" in block("vim")


@pytest.mark.skipif(shutil.which("vim") is None, reason="vim is not installed")
def test_vim_make_fills_the_quickfix_list(draft: Path, tmp_path: Path, run_declint: Callable[..., Ran]) -> None:
    (tmp_path / "recipe.vim").write_text(block("vim"), encoding="utf-8")
    out = tmp_path / "qf.json"
    dump = (
        f"call writefile([&filetype, json_encode(map(getqflist(), "
        f"{{_, v -> [v.lnum, v.col, v.type, v.text, v.valid]}}))], '{out}')"
    )
    subprocess.run(
        ["vim", "-Nu", "NONE", "-i", "NONE", "-es", "--cmd", "filetype on", "--cmd", f"source {tmp_path / 'recipe.vim'}",
         "-c", "silent make", "-c", dump, "-c", "qa!", draft.name],
        cwd=tmp_path, env=env(), capture_output=True, timeout=120, check=True,
    )
    filetype, entries = out.read_text(encoding="utf-8").splitlines()
    assert filetype == "text"
    # What Vim parsed must be what declint printed, field for field.
    concise = run_declint("--format", "concise", draft.name, cwd=tmp_path).stdout.splitlines()
    expected = []
    for line in concise:
        match = re.fullmatch(r"draft\.txt:(\d+):(\d+): (\w+) (\S+ .*)", line)
        assert match, line
        expected.append([int(match[1]), int(match[2]), match[3][0], match[4], 1])
    assert expected and json.loads(entries) == expected
    assert [e[3].split()[0] for e in expected].count("over-apology") == 2


def _nvim_version() -> tuple[int, int]:
    out = subprocess.run(["nvim", "--version"], capture_output=True, text=True, timeout=30, check=True).stdout
    major, minor = re.search(r"NVIM v(\d+)\.(\d+)", out).groups()  # type: ignore[union-attr]
    return int(major), int(minor)


NVIM_CHECK = """
local ok = vim.wait(90000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(out, { d.lnum, d.col, d.end_col, d.code or lsp.code, d.source })
end
vim.fn.writefile({ vim.fn.json_encode({ ok = ok, ft = vim.bo.filetype, diagnostics = out }) }, OUT)
vim.cmd("qa!")
"""


@pytest.mark.skipif(shutil.which("nvim") is None, reason="neovim is not installed")
def test_neovim_recipe_shows_diagnostics(draft: Path, tmp_path: Path) -> None:
    version = _nvim_version()
    recipe = block("lua", "-- nvim 0.7" if version < (0, 8) else "-- nvim >= 0.8")
    (tmp_path / "recipe.lua").write_text(recipe, encoding="utf-8")
    out = tmp_path / "out.json"
    (tmp_path / "check.lua").write_text(f"local OUT = {json.dumps(str(out))}\n" + NVIM_CHECK, encoding="utf-8")
    subprocess.run(
        ["nvim", "--headless", "-u", "NONE", "-i", "NONE", "--cmd", "filetype on",
         "--cmd", f"luafile {tmp_path / 'recipe.lua'}", "-c", f"luafile {tmp_path / 'check.lua'}", draft.name],
        cwd=tmp_path, env=env(), capture_output=True, timeout=150, check=True,
    )
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["ok"] and result["ft"] == "text"
    found = {(d[3], d[0], d[1]) for d in result["diagnostics"]}
    assert ("salutation", 0, 0) in found
    # Neovim columns are bytes: the server's UTF-16 columns were converted past two emoji.
    for line, column in APOLOGIES:
        assert ("over-apology", line, len(BODY[:column].encode("utf-8"))) in found
    assert all(d[4] == "declint" for d in result["diagnostics"])


EMACS_CHECK = """
(require 'eglot)
(load-file {recipe})
(find-file {draft})
(defvar draft-buffer (current-buffer))
(defvar draft-mode major-mode)
;; Batch Emacs runs no commands: run what the command loop would, until findings arrive.
(let ((tries 0))
  (while (and (null (with-current-buffer draft-buffer (flymake-diagnostics))) (< tries 900))
    (run-hooks 'post-command-hook)
    (with-current-buffer draft-buffer (when (bound-and-true-p flymake-mode) (flymake-start)))
    (accept-process-output nil 0.1)
    (setq tries (1+ tries))))
;; Each finding as line, character column (not display column) and text.
(let ((rows (with-current-buffer draft-buffer
              (mapcar (lambda (d)
                        (save-excursion
                          (goto-char (flymake-diagnostic-beg d))
                          (format "%d\t%d\t%s" (line-number-at-pos) (- (point) (line-beginning-position))
                                  (flymake-diagnostic-text d))))
                      (flymake-diagnostics)))))
  (with-temp-file {out}
    (insert (format "%S\n" draft-mode))
    (dolist (row rows) (insert row "\n"))))
(kill-emacs 0)
"""


def _has_eglot() -> bool:
    if shutil.which("emacs") is None:
        return False
    probe = subprocess.run(
        ["emacs", "--batch", "-q", "--eval", "(kill-emacs (if (require 'eglot nil t) 0 1))"],
        capture_output=True, timeout=60, check=False,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _has_eglot(), reason="emacs with eglot is not installed")
def test_emacs_eglot_recipe_shows_diagnostics(draft: Path, tmp_path: Path) -> None:
    recipe = tmp_path / "recipe.el"
    recipe.write_text(block("elisp"), encoding="utf-8")
    out = tmp_path / "out.txt"
    script = EMACS_CHECK.format(recipe=json.dumps(str(recipe)), draft=json.dumps(str(draft)), out=json.dumps(str(out)))
    (tmp_path / "check.el").write_text(script, encoding="utf-8")
    subprocess.run(
        ["emacs", "--batch", "-q", "-l", str(tmp_path / "check.el")],
        cwd=tmp_path, env=env(), capture_output=True, timeout=150, check=True,
    )
    mode, *lines = out.read_text(encoding="utf-8").splitlines()
    assert mode == "text-mode"
    found = [(int(line), int(column), text) for line, column, text in (entry.split("\t", 2) for entry in lines)]
    assert any(line == 1 and column == 0 and "[salutation]" in text for line, column, text in found)
    # Emacs counts characters: the server's UTF-16 columns were converted back past two emoji.
    apologies = sorted((line, column) for line, column, text in found if "[over-apology]" in text)
    assert apologies == [(line + 1, column) for line, column in APOLOGIES]
