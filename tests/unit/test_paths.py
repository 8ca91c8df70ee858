"""Where the plugin's files are, by its own rules, on every OS."""

import sys
from pathlib import Path

import pytest

from antigravity_tray.core.paths import AppPaths, PluginPaths, shown


def test_opencode_config_dir_wins_then_xdg_then_home():
    assert PluginPaths({"OPENCODE_CONFIG_DIR": "/a", "XDG_CONFIG_HOME": "/x", "HOME": "/h"}).config_dir == Path("/a")
    assert PluginPaths({"XDG_CONFIG_HOME": "/x", "HOME": "/h"}).config_dir == Path("/x/opencode")
    assert PluginPaths({"HOME": "/h"}).config_dir == Path("/h/.config/opencode")


def test_empty_variables_count_as_unset_like_javascripts_or():
    paths = PluginPaths({"OPENCODE_CONFIG_DIR": "", "XDG_CONFIG_HOME": "", "HOME": "/h"})
    assert paths.config_file == Path("/h/.config/opencode/antigravity.json")


def test_windows_uses_the_same_rule_and_falls_back_to_the_legacy_pool(tmp_path):
    env = {"USERPROFILE": str(tmp_path / "home"), "APPDATA": str(tmp_path / "roaming")}
    paths = PluginPaths(env, "win32")
    assert paths.config_dir == tmp_path / "home" / ".config" / "opencode"
    assert paths.accounts_file == paths.config_dir / "antigravity-accounts.json"
    legacy = tmp_path / "roaming" / "opencode" / "antigravity-accounts.json"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("{}")
    assert paths.accounts_file == legacy  # the plugin reads it while the new one is missing
    paths.config_dir.mkdir(parents=True)
    (paths.config_dir / "antigravity-accounts.json").write_text("{}")
    assert paths.accounts_file == paths.config_dir / "antigravity-accounts.json"


def test_legacy_path_is_ignored_off_windows(tmp_path):
    paths = PluginPaths({"HOME": str(tmp_path), "APPDATA": str(tmp_path)}, "linux")
    assert paths.legacy_windows_accounts_file is None


def test_debug_logs_ignore_opencode_config_dir_and_use_appdata_on_windows():
    env = {"OPENCODE_CONFIG_DIR": "/custom", "HOME": "/h", "APPDATA": "C:/Users/u/AppData/Roaming"}
    assert PluginPaths(env, "linux").logs_dir() == Path("/h/.config/opencode/antigravity-logs")
    assert PluginPaths(env, "win32").logs_dir() == Path("C:/Users/u/AppData/Roaming/opencode/antigravity-logs")
    assert PluginPaths(env, "linux").logs_dir("/var/log/ag") == Path("/var/log/ag")


def test_project_file_location():
    assert PluginPaths({}).project_config_file("/code/app") == Path("/code/app/.opencode/antigravity.json")


def test_app_paths_can_be_pointed_at_one_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("ANTIGRAVITY_TRAY_HOME", str(tmp_path))
    paths = AppPaths.default()
    assert paths.backups_dir == tmp_path / "state" / "backups" and paths.config_dir == tmp_path / "config"


def test_windows_home_is_userprofile_even_when_home_is_set():
    env = {"HOME": "/c/Users/u-msys", "USERPROFILE": "C:/Users/u"}
    assert PluginPaths(env, "win32").config_dir == Path("C:/Users/u/.config/opencode")
    assert PluginPaths(env, "linux").config_dir == Path("/c/Users/u-msys/.config/opencode")


def test_paths_under_home_are_shown_with_a_tilde(monkeypatch, tmp_path):
    home = tmp_path / "alice"
    monkeypatch.setenv("HOME", str(home))
    assert shown(home / ".config" / "opencode" / "antigravity.json") == "~/.config/opencode/antigravity.json"
    assert shown(home) == "~"
    assert shown(tmp_path / "alice2" / "x.json") == str(tmp_path / "alice2" / "x.json")  # not a sibling
    assert shown("/etc/opencode/antigravity.json") == "/etc/opencode/antigravity.json"


@pytest.mark.parametrize(
    "xdg",
    [{}, {"XDG_CONFIG_HOME": "/x/conf", "XDG_STATE_HOME": "/x/state"}, {"XDG_CONFIG_HOME": " ", "XDG_STATE_HOME": ""}],
)
def test_on_linux_our_folders_are_where_platformdirs_puts_them(monkeypatch, tmp_path, xdg):
    import platformdirs

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("ANTIGRAVITY_TRAY_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in xdg.items():
        monkeypatch.setenv(name, value)
    paths = AppPaths.default()
    assert paths.config_dir == Path(platformdirs.unix.Unix("antigravity-tray", appauthor=False).user_config_dir)
    assert paths.state_dir == Path(platformdirs.unix.Unix("antigravity-tray", appauthor=False).user_state_dir)
