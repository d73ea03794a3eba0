"""Which config governs a draft: the named file, or the nearest one walking up.

The CLI, the language server and eval all ask here, so a draft gets the same config
whichever way it is linted."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from declint.engine.config import Config, ConfigError, find_config_file, load_config, merge
from declint.ruleapi.registry import Registry


class ConfigResolver:
    """The config for each linted path: the named file, or the nearest one walking up,
    with command-line overrides on top. Each config file is read once."""

    def __init__(self, registry: Registry, config_file: str | None, overrides: Mapping[str, Any]) -> None:
        self.registry = registry
        self.overrides = dict(overrides)
        self._by_file: dict[Path | None, Config] = {}
        self._fixed: Path | None = Path(config_file) if config_file else None
        self._found: dict[Path, Path | None] = {}
        if self._fixed is not None and not self._fixed.is_file():
            raise ConfigError(f"{config_file}: config file not found")

    def __call__(self, path: Path) -> Config:
        file = self._fixed or self._find(path if path.is_dir() else path.parent)
        if file not in self._by_file:
            base = load_config(file, self.registry.rules) if file is not None else Config()
            self._by_file[file] = merge(base, **self.overrides)
        return self._by_file[file]

    def _find(self, folder: Path) -> Path | None:
        # Drafts of one folder share a config: walk up once per folder, not once per draft.
        if folder not in self._found:
            self._found[folder] = find_config_file(folder)
        return self._found[folder]
