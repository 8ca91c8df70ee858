"""Antigravity Tray: a desktop companion for the OpenCode plugin opencode-antigravity-auth."""

__version__ = "0.1.0"

# The plugin release whose file formats and settings this version understands.
PLUGIN_VERSION = "1.6.0"

# Windows a second start can ask the running app to show (``antigravity-tray --show NAME``).
WINDOW_NAMES = ("accounts", "settings", "login", "agents")
