"""Which files a run lints: explicit files as given, folders walked for drafts.

Folders honour include and exclude globs and ``.gitignore`` files (through pathspec, the
same matcher black and others use). Symlinked folders are not followed, so a link loop
cannot make the walk run forever.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from declint.core.reading import SMALL_FILE_LIMIT, read_limited
from declint.engine.config import DEFAULT_INCLUDE, Config

if TYPE_CHECKING:
    import pathspec

#: A glob that only names an extension (``*.txt``): the default include list is all such.
_SUFFIX_GLOB = re.compile(r"\*\.([A-Za-z0-9]+)")


@dataclass(frozen=True)
class Target:
    """A file to lint, or a problem with a path the user named."""

    path: str
    error: str | None = None


def _git_root(folder: Path) -> Path | None:
    for parent in (folder, *folder.parents):
        if (parent / ".git").exists():
            return parent
    return None


def _read_ignore(path: Path) -> list[str]:
    try:
        # A repository decides what its .gitignore is: a FIFO or a link to /dev/zero is skipped.
        return read_limited(path, SMALL_FILE_LIMIT).decode("utf-8", "replace").splitlines()
    except OSError:
        return []


class _Ignores:
    """The .gitignore files that apply below a folder, each relative to its own directory."""

    def __init__(self, top: Path) -> None:
        self._specs: list[tuple[Path, pathspec.GitIgnoreSpec]] = []
        top = top.resolve()
        root = _git_root(top) or top
        # Every .gitignore from the repository root down to the folder applies.
        for folder in [*reversed(top.parents), top]:
            if folder == root or root in folder.parents:
                self.add(folder)

    def add(self, folder: Path) -> None:
        lines = _read_ignore(folder / ".gitignore")
        if lines:
            import pathspec

            self._specs.append((folder, pathspec.GitIgnoreSpec.from_lines(lines)))

    @property
    def active(self) -> bool:
        """Is there any .gitignore to consult?"""
        return bool(self._specs)

    def ignored(self, path: Path, is_dir: bool) -> bool:
        for folder, spec in self._specs:
            try:
                rel = path.relative_to(folder).as_posix()
            except ValueError:
                continue
            if spec.match_file(rel + ("/" if is_dir else "")):
                return True
        return False


class _SuffixGlobs:
    """Globs that each only name an extension (``*.txt``), matched as pathspec's
    GitIgnoreSpec matches them (the same expression it compiles: the name, or any folder on
    the path, ends so), without importing pathspec (about 9 ms of a run from the cache)."""

    def __init__(self, suffixes: list[str]) -> None:
        alternatives = "|".join(re.escape(s) for s in suffixes)
        self._regex = re.compile(rf"^(?:.+/)?[^/]*\.(?:{alternatives})(?:/|$)")

    def match_file(self, file: str) -> bool:
        # pathspec's normalize_file: a leading "/" or "./" goes.
        if file.startswith("/"):
            file = file[1:]
        elif file.startswith("./"):
            file = file[2:]
        return self._regex.match(file) is not None


@functools.lru_cache(maxsize=8)
def _include_spec(include: tuple[str, ...]) -> pathspec.GitIgnoreSpec | _SuffixGlobs:
    """A matcher for ``include`` (or ``exclude``) globs with gitignore's rules."""
    suffixes = [m.group(1) for m in map(_SUFFIX_GLOB.fullmatch, include) if m is not None]
    if include and len(suffixes) == len(include):
        return _SuffixGlobs(suffixes)
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(include)


def is_draft_name(name: str, include: tuple[str, ...] = DEFAULT_INCLUDE) -> bool:
    """Does a file of this name count as a draft under ``include``? The same matching as
    walking a folder, so an editor buffer and a folder run agree."""
    return _include_spec(tuple(include)).match_file(name.lower())


def walk(folder: Path, config: Config, unreadable: list[Target] | None = None) -> Iterator[Path]:
    """The drafts below ``folder``; a subfolder that cannot be listed is added to ``unreadable``
    (skipping it in silence let a run say "No problems found" over drafts it never read)."""

    def on_error(exc: OSError) -> None:
        if unreadable is not None:
            unreadable.append(Target(str(exc.filename or folder), f"folder cannot be read: {exc.strerror or exc}"))

    ignores = _Ignores(folder) if config.respect_gitignore else None
    include = _include_spec(tuple(config.include))
    exclude = _include_spec(tuple(config.exclude)) if config.exclude else None
    base = (config.root or folder).resolve()
    for dirpath, dirnames, filenames in os.walk(folder, onerror=on_error, followlinks=False):
        here = Path(dirpath).resolve()
        shown = Path(dirpath)
        # Each file's path relative to the config's folder, built from its folder's: a
        # thousand drafts of one folder need one Path, not a thousand.
        here_rel = _rel(here, base)
        here_real = str(here)
        dirnames.sort()
        keep = []
        for d in dirnames:
            sub = here / d
            if d in (".git", ".declint_cache", "__pycache__", "node_modules", ".venv", "venv"):
                continue
            if ignores is not None and ignores.ignored(sub, True):
                continue
            if exclude is not None and exclude.match_file(_rel(sub, base) + "/"):
                continue
            if ignores is not None:
                ignores.add(sub)
            keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            rel = _child(here_rel, name)
            if not (include.match_file(rel) or include.match_file(name)):
                continue
            if exclude is not None and (exclude.match_file(rel) or exclude.match_file(name)):
                continue
            if ignores is not None and ignores.active and ignores.ignored(here / name, False):
                continue
            if not os.path.exists(os.path.join(here_real, name)):
                # A dangling link, or a loop of file links, found in a folder is not a draft;
                # naming one on the command line is still reported.
                continue
            yield shown / name


def _rel(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def _child(rel: str, name: str) -> str:
    """``_rel`` of a file ``name`` in the folder whose ``_rel`` is ``rel``."""
    if rel == ".":
        return name
    return rel + name if rel.endswith("/") else f"{rel}/{name}"


def force_excluded(path: Path, config: Config) -> bool:
    """Does ``force-exclude`` drop this file the user named (as pre-commit names each one)?

    The same globs as walking a folder, relative to the config's folder (or the working
    directory), matched on the path, any folder on it, or the bare name.
    """
    if not config.force_exclude or not config.exclude:
        return False
    spec = _include_spec(tuple(config.exclude))
    rel = _rel(path.resolve(), (config.root or Path.cwd()).resolve())
    if spec.match_file(rel) or spec.match_file(path.name):
        return True
    parts = rel.split("/")[:-1]
    return any(spec.match_file("/".join(parts[: i + 1]) + "/") for i in range(len(parts)))


def discover(paths: list[str], config_for: Callable[[Path], Config]) -> list[Target]:
    """Targets in the order given; a folder's drafts in sorted order, each once."""
    targets: list[Target] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            targets.append(Target("-"))
            continue
        if not os.path.lexists(raw):
            targets.append(Target(raw, "no such file or folder"))
            continue
        if path.is_dir():
            found = 0
            unreadable: list[Target] = []
            real_dirs: dict[Path, str] = {}
            for file in walk(path, config_for(path), unreadable):
                # realpath checks every folder on the path for a link, for each file; a folder
                # of a thousand drafts is resolved once, and only a file that is itself a
                # link is resolved whole.
                if os.path.islink(file):
                    key = os.path.realpath(file)
                else:
                    if file.parent not in real_dirs:
                        real_dirs[file.parent] = os.path.realpath(file.parent)
                    key = os.path.join(real_dirs[file.parent], file.name)
                if key in seen:
                    continue
                seen.add(key)
                found += 1
                targets.append(Target(str(file)))
            targets.extend(unreadable)
            if unreadable and os.path.realpath(raw) in {os.path.realpath(t.path) for t in unreadable}:
                continue  # the folder itself: its own line says why
            if not found:
                targets.append(Target(raw, "folder holds no drafts (.txt, .md, .eml, .html)"))
            continue
        if not path.exists():
            targets.append(Target(raw, "is a broken symbolic link"))
            continue
        if force_excluded(path, config_for(path)):
            continue
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            targets.append(Target(raw))
    return targets
