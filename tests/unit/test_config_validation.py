"""Validation and effective values of antigravity.json, as plugin 1.6.0 computes them."""

import pytest

from antigravity_tray.core.config import Layer, effective_config, explain, plugin_defaults, validate
from antigravity_tray.core.jsonio import JsonSyntaxError, parse_json_text
from antigravity_tray.core.schema import BY_KEY, GROUPS, SETTINGS


def problems(document):
    return [(p.key, p.message) for p in validate(document)]


def test_every_setting_has_group_help_and_a_well_formed_range():
    group_ids = {g for g, _ in GROUPS}
    for setting in SETTINGS:
        assert setting.group in group_ids, setting.key
        assert setting.help, setting.key
        if setting.kind == "number":
            assert setting.minimum <= setting.default <= setting.maximum, setting.key


def test_valid_document_has_no_problems():
    assert (
        problems(
            {
                "pid_offset_enabled": True,
                "account_selection_strategy": "sticky",
                "health_score": {"initial": 80},
                "soft_quota_cache_ttl_minutes": "auto",
                "unknown_future_key": [1, 2],
            }
        )
        == []
    )


@pytest.mark.parametrize(
    "document, key, words",
    [
        ({"pid_offset_enabled": "true"}, "pid_offset_enabled", "must be true or false, not 'true'"),
        ({"pid_offset_enabled": 1}, "pid_offset_enabled", "not 1"),
        ({"account_selection_strategy": "random"}, "account_selection_strategy", "one of sticky, round-robin, hybrid"),
        ({"max_rate_limit_wait_seconds": 3601}, "max_rate_limit_wait_seconds", "from 0 to 3600"),
        ({"max_rate_limit_wait_seconds": True}, "max_rate_limit_wait_seconds", "not a boolean"),
        ({"soft_quota_cache_ttl_minutes": "AUTO"}, "soft_quota_cache_ttl_minutes", '"auto" or a number'),
        ({"soft_quota_cache_ttl_minutes": 0.5}, "soft_quota_cache_ttl_minutes", "from 1 to 120"),
        ({"health_score": None}, "health_score", "must be an object"),
        ({"health_score": []}, "health_score", "must be an object"),
        ({"health_score": {"rate_limit_penalty": 5}}, "health_score.rate_limit_penalty", "from -50 to 0"),
        ({"token_bucket": {"regeneration_rate_per_minute": 0.09}}, "token_bucket.regeneration_rate_per_minute", "0.1"),
        ({"$schema": 3}, "$schema", "any text"),
        ({"empty_response_max_attempts": 10**400}, "empty_response_max_attempts", "too large"),
    ],
)
def test_each_bad_value_is_reported_by_its_key(document, key, words):
    found = problems(document)
    assert [k for k, _ in found] == [key]
    assert words in found[0][1]


def test_every_problem_is_reported_not_just_the_first():
    found = problems({"quiet_mode": "yes", "debug": 0, "health_score": {"initial": -1, "max_score": 10}})
    assert [k for k, _ in found] == ["quiet_mode", "debug", "health_score.initial", "health_score.max_score"]


def test_a_document_that_is_not_an_object_is_one_problem_at_the_root():
    assert [k for k, _ in problems([1, 2])] == [""]


@pytest.mark.parametrize(
    "text, line, column",
    [
        ('{\n  "debug": true,\n}', 3, 1),  # trailing comma
        ('{\n  // comment\n  "debug": true\n}', 2, 3),
        ('{"request_jitter_max_ms": NaN}', 1, 27),
        ("\ufeff{}", 1, 1),
    ],
)
def test_syntax_errors_name_line_and_column(text, line, column):
    with pytest.raises(JsonSyntaxError) as caught:
        parse_json_text(text)
    assert (caught.value.line, caught.value.column) == (line, column)


def test_no_file_means_the_plugin_defaults_including_auto_resume_true():
    config = effective_config([Layer("user", "u", missing=True)])
    assert config == plugin_defaults()
    assert config["auto_resume"] is True and config["health_score"]["min_usable"] == 50


def test_a_file_without_auto_resume_turns_it_off():
    config = effective_config([Layer("user", "u", document={"debug": True})])
    assert config["auto_resume"] is False and config["debug"] is True


def test_an_invalid_user_file_is_ignored_whole():
    layer = Layer("user", "u", document={"debug": True, "quiet_mode": "true"})
    assert not layer.in_force
    assert effective_config([layer]) == plugin_defaults()


def test_nested_objects_get_inner_defaults_and_lose_unknown_inner_keys():
    config = effective_config([Layer("user", "u", document={"token_bucket": {"max_tokens": 9, "x": 1}})])
    assert config["token_bucket"] == {"max_tokens": 9, "regeneration_rate_per_minute": 6, "initial_tokens": 50}


def test_project_file_resets_user_settings_it_omits_and_explain_says_so():
    user = Layer(
        "user",
        "u",
        document={"pid_offset_enabled": True, "account_selection_strategy": "sticky", "health_score": {"initial": 90}},
    )
    project = Layer("project", "p", document={"debug": True})
    rows = {row.setting.key: row for row in explain([user, project])}
    assert rows["pid_offset_enabled"].value is False
    assert rows["pid_offset_enabled"].masked and rows["pid_offset_enabled"].user_value is True
    assert rows["account_selection_strategy"].masked
    # Objects without a default survive from the user layer.
    assert rows["health_score.initial"].value == 90 and not rows["health_score.initial"].masked
    assert rows["health_score.initial"].source == "user"
    assert rows["debug"].source == "project" and not rows["debug"].masked


def test_explain_without_project_names_user_and_default_sources():
    rows = {r.setting.key: r for r in explain([Layer("user", "u", document={"quiet_mode": True})])}
    assert rows["quiet_mode"].source == "user" and rows["quiet_mode"].value is True
    assert rows["debug"].source == "default"
    assert set(rows) == set(BY_KEY)
