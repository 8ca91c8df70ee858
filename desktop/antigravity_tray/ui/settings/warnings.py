"""What can stop the saved settings from reaching OpenCode, in words for the settings page:

- the user file itself, when the plugin ignores it (not JSON, or a value it rejects);
- a running OpenCode whose project has ``.opencode/antigravity.json``, which decides every
  setting there (keys it leaves out fall back to the default, not to the user file);
- ``OPENCODE_ANTIGRAVITY_*`` variables that plugin 1.6.0 no longer reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...core.agents import Agent
from ...core.config import Layer, explain
from ...core.envvars import inspect_environment
from ...core.schema import BY_KEY
from ...core.services import Services
from .values import setting_title

translate = QCoreApplication.translate  # each call names its context literally, for pyside6-lupdate

MAX_LISTED = 4  # project folders named before "and N more"


@dataclass(frozen=True)
class FileStatus:
    title: str
    text: str
    bad_keys: tuple[str, ...] = ()
    can_save: bool = True  # False: the form cannot write over it (not JSON, not an object)


def file_status(layer: Layer | None) -> FileStatus | None:
    """Why the plugin ignores the user file, or None when it reads it (or it is absent)."""
    if layer is None or layer.missing:
        return None
    title = translate("SettingsWarnings", "OpenCode ignores your settings file")
    if layer.unreadable:
        return FileStatus(
            title,
            translate(
                "SettingsWarnings",
                "This app cannot read it: {0} The plugin cannot either, so it uses its defaults for every "
                "setting. This form will not write over it.",
            ).format(layer.syntax_error),
            can_save=False,
        )
    if layer.syntax_error:
        return FileStatus(
            title,
            translate(
                "SettingsWarnings",
                "It is not valid JSON ({0}). Until it is fixed, the plugin uses its defaults for every setting. "
                "Fix that place in a text editor; this form will not write over a file it cannot read.",
            ).format(layer.syntax_error),
            can_save=False,
        )
    if not isinstance(layer.document, dict):
        return FileStatus(
            title,
            translate(
                "SettingsWarnings",
                "{0} does not hold a JSON object, so the plugin uses its defaults for every setting. "
                "Fix it in a text editor; this form will not write over it.",
            ).format(layer.path),
            can_save=False,
        )
    problems = layer.problems
    if not problems:
        return None
    keys = tuple(p.key for p in problems)
    listed = "; ".join(f"{p.key}: {p.message}" for p in problems)
    return FileStatus(
        title,
        translate(
            "SettingsWarnings",
            "One value the plugin rejects makes it ignore the whole file, so OpenCode runs on the defaults. "
            "Rejected: {0}. Fix the marked fields below (or reset them to default), then Save.",
        ).format(listed),
        keys,
    )


@dataclass(frozen=True)
class ProjectMask:
    folder: str
    pids: tuple[int, ...]
    masked: tuple[str, ...]  # user settings the project file decides instead
    ignored: bool = False  # the project file is invalid, so the plugin skips it


def project_masks(agents: list[Agent], services: Services) -> list[ProjectMask]:
    """For each project folder a running OpenCode works in that has a project file."""
    by_folder: dict[str, list[int]] = {}
    for agent in agents:
        if agent.cwd:
            by_folder.setdefault(agent.cwd, []).append(agent.pid)
    masks = []
    for folder, pids in sorted(by_folder.items()):
        if not services.plugin.project_config_file(folder).is_file():
            continue
        layers = services.layers(folder)
        if not layers[1].in_force:
            masks.append(ProjectMask(folder, tuple(pids), (), ignored=True))
            continue
        masked = tuple(row.setting.key for row in explain(layers) if row.masked)
        if masked:
            masks.append(ProjectMask(folder, tuple(pids), masked))
    return masks


def _pids(pids: tuple[int, ...]) -> str:
    return ", ".join(str(pid) for pid in pids)


def mask_lines(masks: list[ProjectMask]) -> list[str]:
    lines = []
    for mask in masks[:MAX_LISTED]:
        name = Path(mask.folder).name or mask.folder
        if mask.ignored:
            lines.append(
                translate(
                    "SettingsWarnings",
                    "{0} ({1}, OpenCode pid {2}) has a .opencode/antigravity.json the plugin rejects; "
                    "there it is skipped and your settings apply.",
                ).format(name, mask.folder, _pids(mask.pids))
            )
            continue
        keys = ", ".join(setting_title(BY_KEY[key]) for key in mask.masked)
        lines.append(
            translate(
                "SettingsWarnings",
                "{0} ({1}, OpenCode pid {2}) has its own .opencode/antigravity.json, which overrides yours there: {3}.",
            ).format(name, mask.folder, _pids(mask.pids), keys)
        )
    if len(masks) > MAX_LISTED:
        lines.append(translate("SettingsWarnings", "…and {0} more project folders.").format(len(masks) - MAX_LISTED))
    if any(not mask.ignored for mask in masks):
        lines.append(
            translate(
                "SettingsWarnings",
                "A project file resets every key it leaves out to the plugin's default, not to your value. "
                "Add the keys you need to that file, or delete it.",
            )
        )
    return lines


def env_lines(env: Mapping[str, str]) -> list[str]:
    """OPENCODE_ANTIGRAVITY_* variables that plugin 1.6.0 does not read."""
    lines = []
    for finding in inspect_environment(env):
        if finding.read:
            continue
        if finding.setting:
            lines.append(
                translate(
                    "SettingsWarnings",
                    "{0}={1} is set, but plugin 1.6.0 no longer reads it; use {2} ({3}) in this form instead.",
                ).format(finding.name, finding.value, setting_title(BY_KEY[finding.setting]), finding.setting)
            )
        else:
            lines.append(
                translate("SettingsWarnings", "{0}={1} is set, but plugin 1.6.0 does not read it.").format(
                    finding.name, finding.value
                )
            )
    return lines


def after_save_text(count: int, agents: list[Agent]) -> str:
    """What saving means for OpenCode processes that run now."""
    saved = (
        translate("SettingsWarnings", "Saved 1 change.")
        if count == 1
        else translate("SettingsWarnings", "Saved {0} changes.").format(count)
    )
    rule = translate(
        "SettingsWarnings",
        "OpenCode reads this file when it starts, so running OpenCode processes pick the change up when they restart.",
    )
    pids = _pids(tuple(a.pid for a in agents))
    if not agents:
        now = translate("SettingsWarnings", "No OpenCode process is running now.")
    elif len(agents) == 1:
        now = translate("SettingsWarnings", "1 OpenCode process is running now (pid {0}).").format(pids)
    else:
        now = translate("SettingsWarnings", "{0} OpenCode processes are running now (pid {1}).").format(
            len(agents), pids
        )
    return f"{saved} {rule} {now}"
