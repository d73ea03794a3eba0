"""Walking a template library: include/exclude globs, nested .gitignore files, symlinks."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from declint.core.findings import Finding
from declint.document.email import EmailDocument
from declint.engine.config import DEFAULT_INCLUDE, Config
from declint.engine.discovery import _include_spec, discover
from declint.engine.resolve import ConfigResolver
from declint.engine.run import run
from declint.ruleapi.base import Rule
from declint.ruleapi.registry import Registry

DRAFT = "Dear Ms. Lee,\n\nThank you for the invitation. I must decline.\n\nBest regards,\nJordan\n"


def write(root: Path, rel: str, text: str = DRAFT) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def found(root: Path, registry: Registry) -> list[str]:
    resolver = ConfigResolver(registry, None, {})
    return sorted(
        Path(t.path).relative_to(root).as_posix() for t in discover([str(root)], resolver) if t.error is None
    )


def test_include_and_exclude_come_from_the_config(tmp_path: Path, registry: Registry) -> None:
    (tmp_path / ".declint.toml").write_text(
        'include = ["*.txt", "letters/**/*.html"]\nexclude = ["drafts/old/", "*-wip.txt"]\n', encoding="utf-8"
    )
    for rel in (
        "a.txt", "b.md", "letters/x/y.html", "other/z.html", "drafts/old/stale.txt",
        "drafts/new/fresh.txt", "drafts/new/next-wip.txt",
    ):
        write(tmp_path, rel)
    assert found(tmp_path, registry) == ["a.txt", "drafts/new/fresh.txt", "letters/x/y.html"]


def test_nested_gitignore_files_apply_below_their_folder(tmp_path: Path, registry: Registry) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("scratch/\n", encoding="utf-8")
    write(tmp_path, "lib/.gitignore", "*.md\n!keep.md\n")
    for rel in ("top.md", "scratch/s.txt", "lib/a.md", "lib/keep.md", "lib/a.txt", "lib/deep/b.md"):
        write(tmp_path, rel)
    assert found(tmp_path, registry) == ["lib/a.txt", "lib/keep.md", "top.md"]


def test_gitignore_above_the_named_folder_still_applies(tmp_path: Path, registry: Registry) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("*-private.txt\n", encoding="utf-8")
    write(tmp_path, "lib/a.txt")
    write(tmp_path, "lib/b-private.txt")
    resolver = ConfigResolver(registry, None, {})
    names = [Path(t.path).name for t in discover([str(tmp_path / "lib")], resolver)]
    assert names == ["a.txt"]


def test_respect_gitignore_false_lints_ignored_files(tmp_path: Path, registry: Registry) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("*.md\n", encoding="utf-8")
    (tmp_path / ".declint.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    write(tmp_path, "a.md")
    assert found(tmp_path, registry) == ["a.md"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loops_are_harmless_and_linked_files_count_once(tmp_path: Path, registry: Registry) -> None:
    write(tmp_path, "lib/a.txt")
    write(tmp_path, "outside/b.txt")
    os.symlink(tmp_path / "lib", tmp_path / "lib" / "loop")  # a folder that contains itself
    os.symlink(tmp_path / "outside" / "b.txt", tmp_path / "lib" / "b-link.txt")
    os.symlink(tmp_path / "lib" / "a.txt", tmp_path / "lib" / "a-again.txt")
    os.symlink(tmp_path / "lib" / "x.txt", tmp_path / "lib" / "y.txt")  # a loop of file links
    os.symlink(tmp_path / "lib" / "y.txt", tmp_path / "lib" / "x.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "lib" / "dangling.txt")
    resolver = ConfigResolver(registry, None, {})
    targets = discover([str(tmp_path / "lib")], resolver)
    assert all(t.error is None for t in targets)
    # a.txt and its link are one draft (the first in sorted order is kept); the linked
    # file from outside the folder is linted; dangling links and link loops are skipped.
    assert [Path(t.path).name for t in targets] == ["a-again.txt", "b-link.txt"]


def test_named_dangling_link_is_reported(tmp_path: Path, registry: Registry) -> None:
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")
    resolver = ConfigResolver(registry, None, {})
    (target,) = discover([str(tmp_path / "dangling.txt")], resolver)
    assert target.error == "is a broken symbolic link"


class _TemplateProbe(Rule):  # type: ignore[type-arg]
    """Reports every placeholder of a draft, and whether the draft is read as a template.

    ## What it does
    ## Why is this bad?
    ## Example
    ## Use instead
    """

    id = "template-probe"
    category = "test"
    article_section = "none"

    def check(self, document: EmailDocument) -> Iterator[Finding]:
        for span in document.placeholders:
            yield self.finding(f"template={document.template}", span.start, span.end)


def test_template_mode_is_switched_on_by_the_library_config(tmp_path: Path) -> None:
    registry = Registry(rules={"template-probe": _TemplateProbe})
    text = "Dear [Hiring Manager],\n\nThank you for the invitation. I must decline.\n\nBest regards,\n[Your Name]\n"
    write(tmp_path, "library/one.txt", text)
    write(tmp_path, "loose/one.txt", text)
    (tmp_path / "library" / ".declint.toml").write_text("template = true\n", encoding="utf-8")
    report = run([str(tmp_path / "library"), str(tmp_path / "loose")], registry=registry)
    by_folder = {Path(r.path).parent.name: {f.message for f in r.findings} for r in report.results}
    assert by_folder == {"library": {"template=True"}, "loose": {"template=False"}}
    # The command line beats the file.
    report = run([str(tmp_path / "library")], registry=registry, overrides={"template": False})
    assert {f.message for r in report.results for f in r.findings} == {"template=False"}


def test_config_default_include_covers_the_draft_formats() -> None:
    assert {"*.txt", "*.md", "*.eml", "*.html"} <= set(Config().include)


GLOB_PATHS = (
    "a.txt", "x/a.txt", "notes.txt/b.md", "notes.txt/b.py", "/abs/p/a.txt", "./a.txt", "A.TXT", ".txt", "a.txtx",
    "x.txt/", "a/../b.txt", "a.htm", "a.html", "a.htmlx", "b.html/c", "x/.eml", "a.md.bak", "", "a/b/c.eml",
    "deep/er/still/page.HTML", "report.txt.gz",
)


@pytest.mark.parametrize(
    "globs",
    [DEFAULT_INCLUDE, ("*.txt",), ("*.TXT", "*.md"), ("*.txt", "drafts/"), ("*.t?t",), ("!*.md", "*.txt"), ()],
)
def test_include_globs_match_as_gitignore_matches_them(globs: tuple[str, ...]) -> None:
    """Extension-only globs skip pathspec (its import is a tenth of a run from the cache),
    so they must agree with it on every path, folders named like drafts included."""
    import pathspec

    reference = pathspec.GitIgnoreSpec.from_lines(globs)
    matcher = _include_spec(globs)
    for path in GLOB_PATHS:
        assert matcher.match_file(path) == reference.match_file(path), (globs, path)


def test_walking_a_library_with_the_default_globs_does_not_import_pathspec(tmp_path: Path) -> None:
    write(tmp_path, "lib/a.txt")
    write(tmp_path, "lib/sub/b.md")
    write(tmp_path, "lib/sub/c.py")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from declint.engine.config import Config\n"
        "from declint.engine.discovery import walk\n"
        "print(sorted(p.as_posix() for p in walk(Path('lib'), Config())), 'pathspec' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert proc.stdout == "['lib/a.txt', 'lib/sub/b.md'] False\n"
