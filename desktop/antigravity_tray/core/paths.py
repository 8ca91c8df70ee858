"""Where the plugin keeps its files, and where we keep ours.

The plugin resolves its directory the same way on every OS (Windows included):
``$OPENCODE_CONFIG_DIR``, else ``$XDG_CONFIG_HOME/opencode``, else ``~/.config/opencode``.
Empty variables count as unset, as JavaScript's ``||`` treats them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "antigravity-tray"
CONFIG_FILE_NAME = "antigravity.json"
ACCOUNTS_FILE_NAME = "antigravity-accounts.json"
LOGS_DIR_NAME = "antigravity-logs"


def _home(env: Mapping[str, str], platform: str) -> Path:
    # Node's os.homedir(): USERPROFILE on Windows (even when HOME is set, as Git Bash does),
    # HOME elsewhere.
    name = "USERPROFILE" if platform == "win32" else "HOME"
    return Path(env[name]) if env.get(name) else Path.home()


def shown(path: os.PathLike[str] | str) -> str:
    """A path as people read it: ``~/.config/opencode/antigravity.json`` under the home folder."""
    text, home = str(path), str(Path.home())
    if sys.platform != "win32" and home not in ("", "/") and (text == home or text.startswith(home + os.sep)):
        return "~" + text[len(home) :]
    return text


def _appdata(env: Mapping[str, str]) -> Path:
    return Path(env.get("APPDATA") or _home(env, "win32") / "AppData" / "Roaming")


@dataclass(frozen=True)
class PluginPaths:
    """The plugin's files for one environment (env and platform are injectable for tests)."""

    env: Mapping[str, str]
    platform: str = sys.platform

    @property
    def config_dir(self) -> Path:
        if self.env.get("OPENCODE_CONFIG_DIR"):
            return Path(self.env["OPENCODE_CONFIG_DIR"])
        xdg = self.env.get("XDG_CONFIG_HOME")
        return (Path(xdg) if xdg else _home(self.env, self.platform) / ".config") / "opencode"

    @property
    def config_file(self) -> Path:
        return self.config_dir / CONFIG_FILE_NAME

    @property
    def opencode_cache_dir(self) -> Path:
        """Where OpenCode installs npm plugins: ``%LOCALAPPDATA%\\opencode`` on Windows,
        ``$XDG_CACHE_HOME/opencode`` (else ``~/.cache/opencode``) elsewhere, macOS included."""
        if self.platform == "win32":
            local = self.env.get("LOCALAPPDATA")
            return (Path(local) if local else _home(self.env, "win32") / "AppData" / "Local") / "opencode"
        xdg = self.env.get("XDG_CACHE_HOME")
        return (Path(xdg) if xdg else _home(self.env, self.platform) / ".cache") / "opencode"

    @property
    def installed_plugin_manifest(self) -> Path:
        return self.opencode_cache_dir / "node_modules" / "opencode-antigravity-auth" / "package.json"

    @property
    def legacy_windows_accounts_file(self) -> Path | None:
        """Where plugins before about 1.3 kept the pool on Windows."""
        if self.platform != "win32":
            return None
        return _appdata(self.env) / "opencode" / ACCOUNTS_FILE_NAME

    @property
    def accounts_file(self) -> Path:
        """The pool file the plugin reads now.

        On Windows the plugin falls back to the legacy file when it could not migrate it
        and the new one does not exist; we follow the same rule so we edit what it reads.
        """
        new = self.config_dir / ACCOUNTS_FILE_NAME
        legacy = self.legacy_windows_accounts_file
        if legacy is not None and not new.exists() and legacy.exists():
            return legacy
        return new

    def logs_dir(self, log_dir_setting: str | None = None) -> Path:
        """The debug-log directory. OPENCODE_CONFIG_DIR is not honoured here, and
        Windows uses %APPDATA% instead of ~/.config."""
        if log_dir_setting:
            return Path(log_dir_setting)
        if self.platform == "win32":
            base = _appdata(self.env) / "opencode"
        else:
            xdg = self.env.get("XDG_CONFIG_HOME")
            base = (Path(xdg) if xdg else _home(self.env, self.platform) / ".config") / "opencode"
        return base / LOGS_DIR_NAME

    def project_config_file(self, project_dir: str | os.PathLike[str]) -> Path:
        return Path(project_dir) / ".opencode" / CONFIG_FILE_NAME


@dataclass(frozen=True)
class AppPaths:
    """Our own directories, apart from the plugin's files."""

    config_dir: Path
    state_dir: Path

    @classmethod
    def default(cls, env: Mapping[str, str] | None = None) -> AppPaths:
        override = (os.environ if env is None else env).get("ANTIGRAVITY_TRAY_HOME")
        if override:  # one folder for everything: tests and portable installs
            root = Path(override)
            return cls(root / "config", root / "state")
        if sys.platform.startswith("linux"):  # platformdirs' XDG rules, without its import at every start
            environ = os.environ if env is None else env
            config = environ.get("XDG_CONFIG_HOME", "").strip() or os.path.expanduser("~/.config")
            state = environ.get("XDG_STATE_HOME", "").strip() or os.path.expanduser("~/.local/state")
            return cls(Path(config) / APP_NAME, Path(state) / APP_NAME)
        import platformdirs

        return cls(
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
        )

    @property
    def backups_dir(self) -> Path:
        return self.state_dir / "backups"

    @property
    def preferences_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def history_file(self) -> Path:
        """Every account event the tray app saw (core/history.py)."""
        return self.state_dir / "history.sqlite3"

    @property
    def quota_file(self) -> Path:
        """Quota answers from our own checks (core/quota.py)."""
        return self.state_dir / "quota.json"

    @property
    def health_file(self) -> Path:
        """What we learned about accounts, such as "needs re-login"."""
        return self.state_dir / "account-health.json"
