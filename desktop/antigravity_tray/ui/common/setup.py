"""The setup problems of core/doctor.py in the person's language: one sentence each, with its
fix, for the accounts window's banner and the tray's tooltip."""

from __future__ import annotations

from ... import PLUGIN_VERSION
from ...core.doctor import PACKAGE, Finding
from ...core.paths import PluginPaths, shown
from .text import translate


def setup_sentence(finding: Finding, plugin: PluginPaths) -> str:
    if finding.check == "plugin-listed":
        return translate("Setup", "OpenCode does not load the plugin: add “{0}” to the “plugin” list of {1}.").format(
            f"{PACKAGE}@{PLUGIN_VERSION}", shown(plugin.config_dir / "opencode.json")
        )
    if finding.check == "plugin-installed":
        return translate(
            "Setup", "OpenCode has not installed the plugin yet: start OpenCode once with the plugin in its config."
        )
    if finding.check == "plugin-version":
        return translate(
            "Setup",
            "OpenCode has the plugin {0}, and this app's settings are for {1}, so it changes no setting "
            "unless you confirm. Pin “{2}” in OpenCode's plugin list.",
        ).format(finding.value or "?", PLUGIN_VERSION, f"{PACKAGE}@{PLUGIN_VERSION}")
    return finding.message


def setup_short(finding: Finding) -> str:
    """For the tray's tooltip: what is wrong, in a few words."""
    return {
        "plugin-listed": translate("Setup", "Setup: OpenCode does not load the plugin"),
        "plugin-installed": translate("Setup", "Setup: the plugin is not installed yet"),
        "plugin-version": translate("Setup", "Setup: another plugin version is installed"),
    }.get(finding.check, finding.message)


__all__ = ["setup_sentence", "setup_short"]
