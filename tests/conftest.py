"""Shared fixtures: every test gets its own plugin folder and app folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Offscreen Qt with the smallest laptop screen we support (1366×768; Qt's own default is 800×800),
# so windows size themselves as they would there.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).parent / 'support' / 'laptop-screen.json'}"
# Never touch the keyring of whoever runs the tests: the default backend stores nothing.
# Tests that need one install a memory backend or the private Secret Service (fixtures).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

# tests/support/: fake_google (google_ca, fake_google, google_env, use_fake_google), keyrings
# (memory_keyring; a private real Secret Service: secret_service, real_keyring) and notify
# (session_bus, notifyd, dunst).
pytest_plugins = ["support.fake_google", "support.keyrings", "support.notify"]


@pytest.fixture
def plugin_dir(tmp_path, monkeypatch) -> Path:
    """An empty plugin config folder, and our own app folder, for this test only."""
    config = tmp_path / "opencode"
    config.mkdir()
    monkeypatch.setenv("OPENCODE_CONFIG_DIR", str(config))
    monkeypatch.setenv("ANTIGRAVITY_TRAY_HOME", str(tmp_path / "app"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # where OpenCode installs plugins
    for name in list(os.environ):
        if name.startswith("OPENCODE_ANTIGRAVITY_"):
            monkeypatch.delenv(name)
    return config


@pytest.fixture
def screen():
    """A fresh Xvfb with trayer as a real tray (support/desktop.py), for one test."""
    from support.desktop import Screen, require_x_tools

    require_x_tools()
    display = Screen()
    yield display
    display.close()
