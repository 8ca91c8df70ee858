"""The consent page driven by a real browser: Debian's headless Chromium follows Google's
(fake) redirect to our loopback receiver, as a person's browser would."""

import json
import os
import shutil
import subprocess

import pytest

from e2e.test_login_cli import finish, free_port, start_login

from support.helpers import skip_or_fail

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def chromium():
    if CHROMIUM is None:
        skip_or_fail("chromium is not installed (apt-get install chromium)")
    return CHROMIUM


def test_headless_chromium_completes_the_login(chromium, plugin_dir, fake_google, tmp_path):
    env = dict(
        os.environ,
        **fake_google.env(),
        ANTIGRAVITY_TRAY_OAUTH_PORT=str(free_port()),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    fake_google.next_logins.append(("carol@example.com", "proj-carol"))
    process, url = start_login(env)
    # The fake's certificate comes from a test CA the browser does not know; this browser
    # profile is throwaway and only ever talks to 127.0.0.1.
    page = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--ignore-certificate-errors",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    code, _out, err = finish(process)
    assert code == 0, err
    assert "close this tab" in page.stdout
    assert (
        json.loads((plugin_dir / "antigravity-accounts.json").read_text())["accounts"][0]["email"]
        == "carol@example.com"
    )
