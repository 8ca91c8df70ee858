"""Antigravity Tray: a desktop companion for the OpenCode plugin opencode-antigravity-auth."""

from pathlib import Path

__version__ = "0.1.0"

# The reverse-DNS id of the desktop entry, the AppStream metainfo, the macOS bundle and its LaunchAgent.
APP_ID = "io.github.antigravitytray.AntigravityTray"

# The plugin release whose file formats and settings this version understands.
PLUGIN_VERSION = "1.6.0"

# Windows a second start can ask the running app to show (``antigravity-tray --show NAME``).
WINDOW_NAMES = ("accounts", "settings", "login", "agents", "activity")

# The icons and translations, package data beside this file in a wheel, an editable install
# and the frozen build alike (importlib.resources would cost the tray's start 1.4 ms).
RESOURCES = Path(__file__).resolve().parent / "resources"
