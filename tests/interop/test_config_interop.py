"""Our settings files against the plugin's own loadConfig and zod schema."""

import json

import pytest

from antigravity_tray.core.config import Layer, effective_config, validate
from antigravity_tray.core.jsonio import JsonSyntaxError, parse_json_text
from antigravity_tray.core.schema import AUTO_OR_NUMBER, BOOL, ENUM, SETTINGS, STRING
from interop.config_cases import generate
from interop.plugin_driver import probe_configs

from support.helpers import run_cli

DIFFERENTIAL_CASES = 3000


def non_default_text(setting) -> tuple[str, object]:
    """A command-line value different from the default, and the JSON value it means."""
    if setting.kind == BOOL:
        return ("false", False) if setting.default else ("true", True)
    if setting.kind == ENUM:
        choice = next(c for c in setting.choices if c != setting.default)
        return choice, choice
    if setting.kind == STRING:
        return "ünïcødé text ✓", "ünïcødé text ✓"
    if setting.kind == AUTO_OR_NUMBER:
        return "45", 45
    value = setting.maximum if setting.default != setting.maximum else setting.minimum
    value = int(value) if float(value).is_integer() else value
    return str(value), value


def test_every_setting_our_cli_writes_is_loaded_by_the_plugin_as_meant(plugin_dir, tmp_path):
    pairs, meant = [], {}
    for setting in SETTINGS:
        text, value = non_default_text(setting)
        pairs += [setting.key, text]
        meant[setting.key] = value
    run_cli("config", "set", *pairs, check=True)
    written = (plugin_dir / "antigravity.json").read_text()
    [verdict] = probe_configs([{"id": 0, "user": written, "project": None}], tmp_path)
    assert verdict["user"]["valid"] is True
    effective = verdict["effective"]
    for key, value in meant.items():
        parent, _, leaf = key.partition(".")
        got = effective[parent][leaf] if leaf else effective[parent]
        assert got == value and type(got) is type(value), key


def test_pid_offset_set_through_the_cli_reaches_load_config(plugin_dir, tmp_path):
    config = plugin_dir / "antigravity.json"
    config.write_text('{\n  "account_selection_strategy": "sticky",\n  "x_unknown": 1\n}\n')
    run_cli("config", "set", "pid_offset_enabled", "true", check=True)
    refused = run_cli("config", "set", "pid_offset_enabled", "yes")
    assert refused.returncode != 0 and "pid_offset_enabled" in refused.stderr
    [verdict] = probe_configs([{"id": 0, "user": config.read_text(), "project": None}], tmp_path)
    assert verdict["effective"]["pid_offset_enabled"] is True
    assert verdict["effective"]["account_selection_strategy"] == "sticky"


def our_check(text):
    if text is None:
        return None, None
    try:
        document = parse_json_text(text)
    except JsonSyntaxError:
        return {"syntax_error": True}, None
    paths = sorted({problem.key for problem in validate(document)})
    return {"valid": not paths, "issue_paths": paths}, document


def layer(name, text, check, document):
    if text is None:
        return Layer(name, name, missing=True)
    if check.get("syntax_error"):
        return Layer(name, name, syntax_error="x")
    return Layer(name, name, document=document)


def test_our_validator_and_effective_values_agree_with_the_plugin_on_every_document(tmp_path):
    cases = generate(DIFFERENTIAL_CASES)
    verdicts = probe_configs(cases, tmp_path)
    disagreements, kinds = [], {"valid": 0, "invalid": 0, "syntax": 0, "missing": 0}
    for case, verdict in zip(cases, verdicts, strict=False):
        assert "error" not in verdict, verdict
        ours_user, user_doc = our_check(case["user"])
        ours_project, project_doc = our_check(case["project"])
        theirs_user = verdict["user"] and {
            k: v for k, v in verdict["user"].items() if k in ("valid", "issue_paths", "syntax_error")
        }
        theirs_project = verdict["project"] and {
            k: v for k, v in verdict["project"].items() if k in ("valid", "issue_paths", "syntax_error")
        }
        layers = [
            layer("user", case["user"], ours_user, user_doc),
            layer("project", case["project"], ours_project, project_doc),
        ]
        ours_effective = json.loads(json.dumps(effective_config(layers)))
        if (ours_user, ours_project, ours_effective) != (theirs_user, theirs_project, verdict["effective"]):
            disagreements.append((case, verdict, ours_user, ours_effective))
        kinds[
            "missing"
            if ours_user is None
            else "syntax"
            if "syntax_error" in ours_user
            else "valid"
            if ours_user["valid"]
            else "invalid"
        ] += 1
    print(f"\ndifferential: {len(cases)} documents, {kinds}, disagreements {len(disagreements)}")
    assert disagreements == [], disagreements[:3]
    for kind in ("valid", "invalid", "syntax"):  # the generator must exercise every outcome
        assert kinds[kind] >= len(cases) // 20, kinds


@pytest.mark.parametrize("project_text", ['{"debug": true}', '{"signature_cache": {"enabled": false}}'])
def test_masking_we_report_is_what_the_plugin_does(plugin_dir, tmp_path, project_text):
    user_text = '{"pid_offset_enabled": true, "signature_cache": {"memory_ttl_seconds": 120}}'
    (plugin_dir / "antigravity.json").write_text(user_text)
    project = tmp_path / "proj"
    (project / ".opencode").mkdir(parents=True)
    (project / ".opencode" / "antigravity.json").write_text(project_text)
    report = json.loads(run_cli("config", "show", "--json", "--project", str(project), check=True).stdout)
    [verdict] = probe_configs([{"id": 0, "user": user_text, "project": project_text}], tmp_path)
    for row in report["settings"]:
        parent, _, leaf = row["key"].partition(".")
        theirs = verdict["effective"].get(parent)
        theirs = theirs.get(leaf) if leaf and isinstance(theirs, dict) else theirs
        assert row["value"] == theirs, row["key"]
    masked = {row["key"] for row in report["settings"] if row["masked_by_project"]}
    assert "pid_offset_enabled" in masked
    assert ("signature_cache.memory_ttl_seconds" in masked) == ("signature_cache" in project_text)
