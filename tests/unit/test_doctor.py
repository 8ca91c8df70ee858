"""``antigravity-tray doctor``: each thing that keeps the plugin from working, named with its fix."""

from __future__ import annotations

import json
import os

import pytest

from antigravity_tray import PLUGIN_VERSION
from antigravity_tray.core.doctor import names_the_plugin, strip_jsonc

from support.helpers import make_account, run_cli, write_pool


def test_opencode_jsonc_loses_comments_and_trailing_commas_but_not_strings():
    text = """{
      // the plugins
      "plugin": ["opencode-antigravity-auth@1.6.0", /* pinned */ "x",],
      "url": "https://example.com/a//b", "note": "a, } /* not a comment */",
    }"""
    assert json.loads(strip_jsonc(text)) == {
        "plugin": ["opencode-antigravity-auth@1.6.0", "x"],
        "url": "https://example.com/a//b",
        "note": "a, } /* not a comment */",
    }


@pytest.mark.parametrize(
    "entry, listed",
    [
        ("opencode-antigravity-auth", True),
        ("opencode-antigravity-auth@1.6.0", True),
        ("opencode-antigravity-auth@latest", True),
        ("file:///home/me/src/opencode-antigravity-auth", True),
        ("opencode-antigravity-authx", False),
        ("@scope/opencode-antigravity-auth", False),
        (42, False),
    ],
)
def test_the_plugin_is_recognised_in_opencodes_plugin_list(entry, listed):
    assert names_the_plugin(entry) is listed


def install(cache, version: str) -> None:
    folder = cache / "opencode" / "node_modules" / "opencode-antigravity-auth"
    folder.mkdir(parents=True)
    (folder / "package.json").write_text(json.dumps({"name": "opencode-antigravity-auth", "version": version}))


@pytest.fixture
def setup(plugin_dir, tmp_path, session_bus):
    """A private session bus (no notification server on it unless a test starts one) and a
    project folder; the vault preference off, so no keyring is needed."""
    project = tmp_path / "project"
    project.mkdir()
    assert run_cli("prefs", "set", "vault_enabled", "false").returncode == 0
    return {"plugin": plugin_dir, "project": project, "cache": tmp_path / "cache"}


def doctor(setup) -> tuple[int, dict]:
    result = run_cli("doctor", "--json", "--project", str(setup["project"]))
    return result.returncode, json.loads(result.stdout)


def by_check(report: dict) -> dict[str, dict]:
    return {f["check"]: f for f in report["findings"]}


def test_a_missing_plugin_entry_and_another_plugin_version_are_flagged_with_fixes(setup):
    (setup["plugin"] / "opencode.json").write_text('{"plugin": ["some-other-plugin"]}')
    install(setup["cache"], "1.5.5")
    code, report = doctor(setup)
    assert code == 1 and report["ok"] is False
    found = by_check(report)
    assert found["plugin-listed"]["level"] == "problem"
    assert f'"opencode-antigravity-auth@{PLUGIN_VERSION}"' in found["plugin-listed"]["fix"]
    assert found["plugin-version"]["level"] == "problem"
    assert "1.5.5" in found["plugin-version"]["message"] and PLUGIN_VERSION in found["plugin-version"]["message"]
    assert found["accounts-file"]["level"] == "problem" and "login" in found["accounts-file"]["fix"]
    assert found["notifications"]["level"] == "problem"
    assert found["debug-log"]["level"] == "advice"
    # With another release installed, settings are not written unless confirmed.
    refused = run_cli("config", "set", "pid_offset_enabled", "true")
    assert refused.returncode == 2 and "1.5.5" in refused.stderr and "--force" in refused.stderr
    assert not (setup["plugin"] / "antigravity.json").exists()
    assert run_cli("config", "set", "pid_offset_enabled", "true", "--force").returncode == 0


def test_a_plugin_never_installed_says_how_it_gets_installed(setup):
    (setup["project"] / "opencode.jsonc").write_text('{\n  // ours\n  "plugin": ["opencode-antigravity-auth"],\n}\n')
    _code, report = doctor(setup)
    found = by_check(report)
    assert found["plugin-listed"]["level"] == "ok" and "opencode.jsonc" in found["plugin-listed"]["message"]
    assert found["plugin-installed"]["level"] == "problem" and "Start OpenCode once" in found["plugin-installed"]["fix"]


def test_all_set_up_is_exit_0(setup, notifyd):
    (setup["plugin"] / "opencode.json").write_text(f'{{"plugin": ["opencode-antigravity-auth@{PLUGIN_VERSION}"]}}')
    install(setup["cache"], PLUGIN_VERSION)
    (setup["plugin"] / "antigravity.json").write_text('{"debug": true}')
    write_pool(setup["plugin"] / "antigravity-accounts.json", [make_account(1)])
    code, report = doctor(setup)
    assert code == 0, report
    assert {f["level"] for f in report["findings"]} <= {"ok", "advice"}
    assert by_check(report)["debug-log"]["level"] == "ok"
    text = run_cli("doctor", "--project", str(setup["project"]))
    assert text.returncode == 0 and "[ok] OpenCode loads opencode-antigravity-auth" in text.stdout


def test_a_broken_settings_file_is_named_with_its_line(setup):
    (setup["plugin"] / "antigravity.json").write_text('{\n  "debug": true,\n}\n')
    _code, report = doctor(setup)
    finding = by_check(report)["settings-file"]
    assert finding["level"] == "problem" and "line" in finding["message"] and os.sep in finding["message"]
