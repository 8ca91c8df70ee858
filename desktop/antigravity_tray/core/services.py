"""The app's core services for one environment: paths, stores and the vault.

The CLI and the Qt app both start from here, so each file name and each rule about
which store to use lives in one place.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .app_state import AccountHealth, Preferences
from .config import Layer
from .config_store import ConfigStore, read_layer
from .jsonio import Backups
from .paths import AppPaths, PluginPaths
from .pool_store import PoolStore

if TYPE_CHECKING:  # the keyring, HTTP and OAuth libraries load when first used, not at start
    from .google import GoogleEndpoints
    from .login_save import SavedLogin
    from .oauth import LoginResult
    from .quota import QuotaStore
    from .vault import Vault


class Services:
    def __init__(self, env: Mapping[str, str] | None = None, platform: str = sys.platform):
        self.env = dict(os.environ if env is None else env)
        self.plugin = PluginPaths(self.env, platform)
        self.app = AppPaths.default(self.env)
        self.backups = Backups(self.app.backups_dir)
        self.preferences = Preferences(self.app.preferences_file)
        self.health = AccountHealth(self.app.health_file)

    @functools.cached_property
    def quota(self) -> QuotaStore:
        from .quota import QuotaStore

        return QuotaStore(self.app.quota_file)

    def config_store(self) -> ConfigStore:
        return ConfigStore(self.plugin.config_file, self.backups)

    def pool_store(self) -> PoolStore:
        return PoolStore(self.plugin.accounts_file, self.backups)

    def layers(self, project_dir: str | None = None) -> list[Layer]:
        layers = [read_layer("user", self.plugin.config_file)]
        if project_dir:
            layers.append(read_layer("project", self.plugin.project_config_file(project_dir)))
        return layers

    def endpoints(self) -> GoogleEndpoints:
        from .google import GoogleEndpoints

        return GoogleEndpoints.from_environment(self.env)

    def open_vault(self, *, required: bool = False) -> tuple[Vault | None, str | None]:
        """The vault, or None and why not (None, None when the preference turns it off).
        With ``required`` an unusable keyring raises VaultUnavailable instead."""
        if not required and not self.preferences.get("vault_enabled"):
            return None, None
        from .vault import Vault, VaultUnavailable

        try:
            vault = Vault()
            vault.check()
            return vault, None
        except VaultUnavailable as exc:
            if required:
                raise
            return None, str(exc)

    def save_login(self, result: LoginResult) -> SavedLogin:
        from .login_save import save_login

        vault, problem = self.open_vault()
        saved = save_login(result, self.pool_store(), self.health, vault)
        if problem and not saved.vault_problem:
            saved = dataclasses.replace(saved, vault_problem=problem)
        return saved
