"""Shared fixtures: every test gets its own plugin folder and app folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the keyring of whoever runs the tests: the default backend stores nothing.
# Tests that need one install a memory backend or the private Secret Service (fixtures).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

# fake_google: FakeGoogle over HTTPS (google_ca, fake_google, google_env, use_fake_google).
# keyring_fixtures: memory_keyring, and a private real Secret Service (secret_service, real_keyring).
pytest_plugins = ["fake_google", "keyring_fixtures", "notify_fixtures"]



@pytest.fixture
def plugin_dir(tmp_path, monkeypatch) -> Path:
    """An empty plugin config folder, and our own app folder, for this test only."""
    config = tmp_path / "opencode"
    config.mkdir()
    monkeypatch.setenv("OPENCODE_CONFIG_DIR", str(config))
    monkeypatch.setenv("ANTIGRAVITY_TRAY_HOME", str(tmp_path / "app"))
    for name in list(os.environ):
        if name.startswith("OPENCODE_ANTIGRAVITY_"):
            monkeypatch.delenv(name)
    return config
