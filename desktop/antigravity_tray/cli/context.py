"""What every command needs, built once from the environment, and small output helpers."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from ..core.app_state import AccountHealth, Preferences
from ..core.config_store import read_layer
from ..core.jsonio import Backups, dump_json
from ..core.paths import AppPaths, PluginPaths
from ..core.pool import PoolStore
from ..core.config_store import ConfigStore
from ..core.vault import Vault, VaultUnavailable

EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED, EXIT_AGENTS_RUNNING, EXIT_FILE_ERROR, EXIT_LOGIN_FAILED = 0, 1, 2, 3, 4, 5


class Context:
    def __init__(self, env: dict[str, str] | None = None):
        self.env = dict(os.environ if env is None else env)
        self.plugin = PluginPaths(self.env, sys.platform)
        self.app = AppPaths.default()
        self.backups = Backups(self.app.backups_dir)
        self.preferences = Preferences(self.app.config_dir / "settings.json")
        self.health = AccountHealth(self.app.state_dir / "account-health.json")
        self._vault: Vault | None = None
        self._vault_notice_shown = False

    def config_store(self) -> ConfigStore:
        return ConfigStore(self.plugin.config_file, self.backups)

    def pool_store(self) -> PoolStore:
        return PoolStore(self.plugin.accounts_file, self.backups)

    def layers(self, project: str | None):
        layers = [read_layer("user", self.plugin.config_file)]
        if project:
            layers.append(read_layer("project", self.plugin.project_config_file(project)))
        return layers

    def vault(self, *, required: bool = False) -> Vault | None:
        """The keyring vault, or None (saying why once) when it is off or unusable."""
        if not required and not self.preferences.get("vault_enabled"):
            return None
        try:
            if self._vault is None:
                vault = Vault()
                vault.check()
                self._vault = vault
            return self._vault
        except VaultUnavailable as exc:
            if required:
                raise
            if not self._vault_notice_shown:
                print(f"note: {exc}", file=sys.stderr)
                self._vault_notice_shown = True
            return None

    def keep_in_vault(self, accounts) -> None:
        """Whenever we see the pool, new accounts go to the vault too (when it is on)."""
        vault = self.vault()
        if vault is not None:
            try:
                vault.sync_from_pool(accounts)
            except VaultUnavailable as exc:
                print(f"note: {exc}", file=sys.stderr)


def print_json(value: Any) -> None:
    print(dump_json(value))


def shown(value: Any) -> str:
    return "(not set)" if value is None else json.dumps(value, ensure_ascii=False)


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"
