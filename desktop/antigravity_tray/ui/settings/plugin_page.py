"""The "OpenCode plugin" page: the form, what stands between it and OpenCode (banners),
the guidance beside strategy and PID offset, and Save / Revert.

Save writes only the keys that changed, through the hub (core locks, re-reads, validates
and writes), so it can never leave a file the plugin would reject.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ... import PLUGIN_VERSION
from ...core.config_store import Change, ConfigStore
from ...core.doctor import installed_version, same_settings_table
from ...core.lock import LockWaitCancelled
from ...core.paths import shown
from ...core.schema import BY_KEY
from ...live.hub import AppHub
from ..common.advice import account_counts
from ..common.text import translate
from ..common.widgets import Banner, label
from .advisor import StrategyAdvisor
from .fields import MISSING
from .form import SettingsForm
from .guidance import GuidancePanel, pid_offset_advice
from .values import format_value
from .warnings import after_save_text, env_lines, file_status, mask_lines, project_masks

if TYPE_CHECKING:
    from ...core.agents import Agent

STRATEGY, PID_OFFSET = "account_selection_strategy", "pid_offset_enabled"


class PluginPage(QWidget):
    saved = Signal(list)  # the core's Change list, after a successful Save

    def __init__(self, hub: AppHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        self.advisor: StrategyAdvisor | None = None
        self._saving = False
        self._can_save_file = True

        self.file_banner = Banner("error")
        self.open_file_button = QPushButton(translate("PluginPage", "Open the file"))
        self.first_problem_button = QPushButton(translate("PluginPage", "Go to the first bad value"))
        self.file_banner.actions.addWidget(self.first_problem_button)
        self.file_banner.actions.addWidget(self.open_file_button)
        self.warnings_banner = Banner("warning")
        self.status_banner = Banner("success")
        self.cancel_save_button = QPushButton(translate("PluginPage", "Cancel"))
        self.cancel_save_button.setObjectName("cancelSave")
        self.cancel_save_button.hide()  # shown while a Save waits for OpenCode to release the file
        self.status_banner.actions.addWidget(self.cancel_save_button)
        self.form = SettingsForm()
        self.guidance = GuidancePanel()
        self.form.headers["rotation"].addWidget(self.guidance)
        self.path_label = label(small=True, muted=True, selectable=True, wrap=False)
        self.revert_button = QPushButton(translate("PluginPage", "Revert"))
        self.revert_button.setToolTip(
            translate("PluginPage", "Discard the changes in the form and show the file again")
        )
        self.save_button = QPushButton(translate("PluginPage", "Save"))
        self.save_button.setDefault(True)
        self._lay_out()
        self._connect()
        self.reload()
        self._update_warnings()

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.path_label, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        for banner in (self.file_banner, self.warnings_banner, self.status_banner):
            layout.addWidget(banner)
        layout.addWidget(self.form, 1)
        layout.addLayout(bar)
        # Reading order: the group list, the advisor at the top of the rotation page, then its fields.
        QWidget.setTabOrder(self.form.groups, self.guidance.advisor_button)
        QWidget.setTabOrder(self.guidance.advisor_button, self.form.rows[STRATEGY].focus_target())

    def _connect(self) -> None:
        self.form.changed.connect(self._update_buttons)
        self.form.rows[STRATEGY].changed.connect(self._update_guidance)
        self.form.rows[PID_OFFSET].changed.connect(self._update_guidance)
        self.guidance.advisorRequested.connect(self.open_advisor)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.open_file_button.clicked.connect(self._open_file)
        self.first_problem_button.clicked.connect(self._go_to_first_problem)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.hub.configChanged.connect(self._on_config_changed)
        self.hub.poolChanged.connect(self._update_guidance)
        self.hub.agentsChanged.connect(self._update_warnings)
        self.hub.writeWaiting.connect(self._save_waits)
        self.cancel_save_button.clicked.connect(lambda: self.hub.cancel_writes(self.hub.services.plugin.config_file))

    # -- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the user file as it is now, dropping the form's changes."""
        self.form.load(self.hub.user_layer)
        self._show_file_status()
        self.path_label.setText(
            translate("PluginPage", "File: {0}").format(shown(self.hub.services.plugin.config_file))
        )
        self._update_guidance()
        self._update_buttons()

    def _show_file_status(self) -> None:
        status = file_status(self.hub.user_layer)
        self._can_save_file = status is None or status.can_save
        if status is None:
            self.file_banner.clear()
        else:
            self.file_banner.show_message(status.title, status.text, "error")
        self.first_problem_button.setVisible(bool(status and status.bad_keys))

    def _on_config_changed(self) -> None:
        if self._saving:
            return
        if self.form.has_changes():
            self._show_file_status()
            self._update_buttons()
            self.status_banner.show_message(
                translate("PluginPage", "The settings file changed on disk"),
                translate(
                    "PluginPage", "Save writes only your changes on top of the new file; Revert shows the new file."
                ),
                "info",
            )
        else:
            self.reload()

    def _update_warnings(self) -> None:
        lines = mask_lines(project_masks(self.hub.agents, self.hub.services)) + env_lines(self.hub.services.env)
        if lines:
            self.warnings_banner.show_message(
                translate("PluginPage", "Where these settings may not apply"), "\n".join("• " + line for line in lines)
            )
        else:
            self.warnings_banner.clear()

    def _update_guidance(self) -> None:
        counts = account_counts(self.hub.pool)
        strategy = self.form.value(STRATEGY)
        text, level = pid_offset_advice(strategy, bool(self.form.value(PID_OFFSET)), counts)
        self.form.rows[PID_OFFSET].set_guidance(text, level)
        self.guidance.update_state(strategy, counts)

    def _update_buttons(self) -> None:
        changed, valid = self.form.has_changes(), self.form.is_valid()
        if changed and self.status_banner.level in ("success", "error"):
            self.status_banner.clear()  # the last Save's news is old once the form changes again
        self.save_button.setEnabled(changed and valid and self._can_save_file and not self._saving)
        self.revert_button.setEnabled(changed)
        if not self._can_save_file:
            tip = translate("PluginPage", "The file is not valid JSON; fix it in a text editor first.")
        elif not valid:
            tip = translate("PluginPage", "Fix the fields marked in red first: {0}").format(
                ", ".join(self.form.invalid_keys())
            )
        elif not changed:
            tip = translate("PluginPage", "Nothing to save")
        else:
            tip = translate("PluginPage", "Write the changed settings ({0})").format(", ".join(self.form.dirty_keys()))
        self.save_button.setToolTip(tip)

    # -- actions ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the changed keys on the hub's writer thread; False when the form is invalid or
        unchanged, or the person declines. ``saved`` follows once they have landed."""
        if not self.save_button.isEnabled():
            return False
        values, removed = self.form.changes()
        # A file the plugin rejects can be mended only in one valid step: give the bad keys
        # that are to be removed a valid value first, then remove them.
        bad = {p.key for p in self.hub.user_layer.problems} if self.hub.user_layer else set()
        for key in removed:
            if key in bad:
                setting = BY_KEY[key]
                values.setdefault(key, setting.default if setting.has_default else "")
        force = self._confirm_other_release()
        if force is None:
            return False

        def apply(store: ConfigStore) -> list[Change]:
            changes: list[Change] = []
            if values:
                changes += store.set(values)
            if removed:
                changes += store.unset(removed)
            return changes

        self._saving = True
        self._update_buttons()
        description = translate("PluginPage", "save {0}").format(", ".join(sorted({*values, *removed})))
        self.hub.change_settings_in_background(description, apply, self._save_done, force=force)
        return True

    def _save_waits(self, path: Path, description: str) -> None:
        if not self._saving or path != self.hub.services.plugin.config_file:
            return
        self.form.setEnabled(False)  # what is being saved stays what the form shows
        self.status_banner.show_message(
            translate("PluginPage", "Waiting for OpenCode"),
            translate("PluginPage", "OpenCode is writing its settings file; retrying to {0}…").format(description),
            "info",
        )
        self.cancel_save_button.show()

    def _save_done(self, changes: list[Change] | None, error: Exception | None) -> None:
        self._saving = False
        self.form.setEnabled(True)
        self.cancel_save_button.hide()
        if error is not None:
            self._update_buttons()  # Save again is possible; the news below stays until the form changes
            if isinstance(error, LockWaitCancelled):
                self.status_banner.show_message("", translate("PluginPage", "Cancelled: nothing was saved."), "info")
            else:
                self.status_banner.show_message(translate("PluginPage", "Not saved"), str(error), "error")
            return
        self.reload()
        changes = changes or []
        count = len({change.key for change in changes if change.changed})

        def report(agents: list[Agent]) -> None:  # who runs now, for "restart OpenCode"
            self.status_banner.show_message(translate("PluginPage", "Saved"), after_save_text(count, agents), "success")
            self.saved.emit(changes)

        self.hub.rescan_agents(report)

    def _confirm_other_release(self) -> bool | None:
        """False when OpenCode has the release our table is for; True when it has another and
        the person confirms saving anyway; None when they do not."""
        version = installed_version(self.hub.services.plugin)
        if version is None or same_settings_table(version):
            return False
        answer = QMessageBox.question(
            self,
            translate("PluginPage", "Another plugin release"),
            translate(
                "PluginPage",
                "OpenCode has the plugin {0}, and this form is for {1}: {0} may not have these settings, or may "
                "read them differently. Save anyway?",
            ).format(version, PLUGIN_VERSION),
        )
        return True if answer == QMessageBox.StandardButton.Yes else None

    def revert(self) -> None:
        self.reload()
        self.status_banner.show_message(
            "", translate("PluginPage", "Changes discarded; the form shows the file again."), "info"
        )

    def open_advisor(self) -> StrategyAdvisor:
        """Open the strategy advisor (window-modal); accepting puts its choice in the form."""
        self.advisor = StrategyAdvisor(
            self.form.value(STRATEGY),
            bool(self.form.value(PID_OFFSET)),
            account_counts(self.hub.pool),
            len(self.hub.agents),
            self,
        )
        advisor = self.advisor
        advisor.accepted.connect(lambda: self.apply_advice(advisor.values()))
        advisor.open()
        return advisor

    def apply_advice(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            self.form.set_value(key, value)
        self.form.show_row(STRATEGY)
        words = ", ".join(f"{key} = {format_value(BY_KEY[key], value)}" for key, value in values.items())
        self.status_banner.show_message(
            translate("PluginPage", "The advisor's choice is in the form"),
            translate("PluginPage", "{0}. Nothing is written until you press Save.").format(words),
            "info",
        )

    def _open_file(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.hub.services.plugin.config_file)))

    def _go_to_first_problem(self) -> None:
        keys = self.form.invalid_keys()
        if keys:
            self.form.show_row(keys[0])

    def current_value(self, key: str) -> Any:
        value = self.form.rows[key].current()
        return None if value is MISSING else value
