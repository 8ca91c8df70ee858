"""Changing antigravity.json: only the keys asked, never an invalid or unparsable file."""

import json
import os

import pytest

from antigravity_tray.core.config_store import ConfigError, ConfigStore, find_setting, parse_value_text
from antigravity_tray.core.jsonio import Backups


@pytest.fixture
def store(tmp_path):
    return ConfigStore(tmp_path / "antigravity.json", Backups(tmp_path / "backups", keep=3))


def test_set_creates_a_0600_file_with_only_that_key(store):
    store.set({"pid_offset_enabled": True})
    assert json.loads(store.path.read_text()) == {"pid_offset_enabled": True}
    assert os.stat(store.path).st_mode & 0o777 == 0o600


def test_set_keeps_unknown_keys_key_order_and_other_values(store):
    original = {
        "$schema": "https://example.test/s.json",
        "zzz_future": {"a": 1},
        "debug": True,
        "account_selection_strategy": "hybrid",
        "health_score": {"initial": 75, "custom": "x"},
    }
    store.path.write_text(json.dumps(original, indent=4) + "\n")
    store.set({"account_selection_strategy": "sticky", "health_score.max_score": 90})
    after = json.loads(store.path.read_text())
    assert list(after) == list(original)
    assert after["zzz_future"] == {"a": 1} and after["debug"] is True
    assert after["account_selection_strategy"] == "sticky"
    assert after["health_score"] == {"initial": 75, "custom": "x", "max_score": 90}
    assert store.path.read_text().endswith("}\n")


def test_unset_removes_the_key_and_an_emptied_group(store):
    store.set({"health_score.initial": 80, "debug": True})
    store.unset(["health_score.initial"])
    assert json.loads(store.path.read_text()) == {"debug": True}


def test_invalid_value_is_refused_and_file_left_byte_identical(store):
    store.path.write_text('{"debug": true}')
    before = store.path.read_bytes()
    with pytest.raises(ConfigError, match="pid_offset_enabled must be true or false"):
        parse_value_text(find_setting("pid_offset_enabled"), "yes")
    with pytest.raises(ConfigError, match="max_rate_limit_wait_seconds"):
        store.set({"max_rate_limit_wait_seconds": -1})
    assert store.path.read_bytes() == before


def test_unparsable_file_is_never_overwritten(store):
    store.path.write_text('{\n  "debug": true,\n}\n')
    before = store.path.read_bytes()
    with pytest.raises(ConfigError, match="line 3, column 1"):
        store.set({"debug": False})
    assert store.path.read_bytes() == before


def test_a_change_that_leaves_another_bad_value_is_refused_naming_it(store):
    store.path.write_text('{"quiet_mode": "true", "debug": "false"}')
    before = store.path.read_bytes()
    with pytest.raises(ConfigError) as caught:
        store.set({"quiet_mode": True})
    assert "debug" in str(caught.value) and store.path.read_bytes() == before
    store.set({"quiet_mode": True, "debug": False})  # both mended in one write
    assert json.loads(store.path.read_text()) == {"quiet_mode": True, "debug": False}


def test_unchanged_value_writes_nothing(store):
    store.set({"debug": True})
    stamp = os.stat(store.path).st_mtime_ns
    changes = store.set({"debug": True})
    assert not changes[0].changed and os.stat(store.path).st_mtime_ns == stamp


def test_symlinked_config_stays_a_symlink(tmp_path):
    real = tmp_path / "dotfiles" / "antigravity.json"
    real.parent.mkdir()
    real.write_text("{}")
    link = tmp_path / "antigravity.json"
    link.symlink_to(real)
    ConfigStore(link).set({"debug": True})
    assert link.is_symlink() and json.loads(real.read_text()) == {"debug": True}


def test_backups_keep_the_last_few_replaced_versions(store):
    for n in range(6):
        store.set({"request_jitter_max_ms": n})
    kept = store.backups.list("antigravity.json")
    assert len(kept) == 3
    assert [json.loads(p.read_text())["request_jitter_max_ms"] for p in kept] == [2, 3, 4]
    assert all(os.stat(p).st_mode & 0o777 == 0o600 for p in kept)


@pytest.mark.parametrize(
    "key, text, value",
    [
        ("pid_offset_enabled", "false", False),
        ("soft_quota_cache_ttl_minutes", "auto", "auto"),
        ("soft_quota_cache_ttl_minutes", "30", 30),
        ("token_bucket.regeneration_rate_per_minute", "0.5", 0.5),
        ("resume_text", "keep going", "keep going"),
        ("health_score.rate_limit_penalty", "-5", -5),
    ],
)
def test_typed_parsing_of_command_line_values(key, text, value):
    parsed = parse_value_text(find_setting(key), text)
    assert parsed == value and type(parsed) is type(value)


@pytest.mark.parametrize(
    "key, text",
    [
        ("pid_offset_enabled", "True"),
        ("pid_offset_enabled", "1"),
        ("debug", "on"),
        ("request_jitter_max_ms", "NaN"),
        ("request_jitter_max_ms", "1e400"),
        ("request_jitter_max_ms", "5ms"),
        ("toast_scope", "ALL"),
    ],
)
def test_values_the_plugin_would_reject_are_refused(key, text):
    with pytest.raises(ConfigError, match=key):
        parse_value_text(find_setting(key), text)


def test_unknown_and_group_keys_get_helpful_messages():
    with pytest.raises(ConfigError, match="Did you mean pid_offset_enabled"):
        find_setting("pid_ofset_enabled")
    with pytest.raises(ConfigError, match="is a group of settings"):
        find_setting("health_score")


def test_a_lone_surrogate_the_plugin_accepts_is_kept_as_an_escape(store):
    store.path.write_text('{"resume_text": "\\ud800 go"}')
    store.set({"debug": True})
    text = store.path.read_text()
    assert '"\\ud800 go"' in text and json.loads(text)["debug"] is True
