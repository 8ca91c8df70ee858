"""The strategy advisor: asks how OpenCode is used and recommends a strategy and PID
offset, following the PID-offset guide's scenario table (shared/seeds, 001):

- one OpenCode, prompt cache first: sticky, PID offset off;
- several agents in parallel (oh-my-opencode, several windows, CI): round-robin, PID
  offset off (round-robin spreads requests by itself);
- hybrid with staggered starts: hybrid, PID offset optional (it only acts in hybrid's
  fallback).

The dialog only returns the values; the settings page puts them in the form, unsaved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..common.advice import SWEET_SPOT, AccountCounts, counts_advice
from ..common.widgets import Banner, heading, label

translate = QCoreApplication.translate  # each call names its context literally, for pyside6-lupdate

SINGLE, PARALLEL, STAGGERED = "single", "parallel", "staggered"
SCENARIOS = (SINGLE, PARALLEL, STAGGERED)


@dataclass(frozen=True)
class Recommendation:
    strategy: str
    pid_offset: bool | None  # None: optional, the person decides

    def values(self, pid_offset_choice: bool) -> dict[str, Any]:
        pid = self.pid_offset if self.pid_offset is not None else pid_offset_choice
        return {"account_selection_strategy": self.strategy, "pid_offset_enabled": pid}


RECOMMENDATIONS = {
    SINGLE: Recommendation("sticky", False),
    PARALLEL: Recommendation("round-robin", False),
    STAGGERED: Recommendation("hybrid", None),
}


def scenario_for(strategy: str) -> str:
    return {"sticky": SINGLE, "round-robin": PARALLEL}.get(strategy, STAGGERED)


def _scenario_texts(scenario: str) -> tuple[str, str]:
    if scenario == SINGLE:
        return (
            translate("SettingsAdvisor", "One OpenCode at a time; the prompt cache matters most"),
            translate("SettingsAdvisor", "A single process has nobody to share accounts with."),
        )
    if scenario == PARALLEL:
        return (
            translate("SettingsAdvisor", "Several agents in parallel"),
            translate(
                "SettingsAdvisor",
                "oh-my-opencode subagents, several OpenCode windows, or CI jobs running side by side.",
            ),
        )
    return (
        translate("SettingsAdvisor", "Hybrid, with agents that start at different times"),
        translate("SettingsAdvisor", "You like the plugin's scoring, and your processes do not all start at once."),
    )


def _why(scenario: str) -> str:
    if scenario == SINGLE:
        return translate(
            "SettingsAdvisor",
            "Recommended: sticky, PID offset off. Staying on one account keeps Anthropic's prompt "
            "cache warm; the plugin still moves to another account when this one hits a rate limit. "
            "PID offset would only scatter restarts over accounts and lose the cache.",
        )
    if scenario == PARALLEL:
        return translate(
            "SettingsAdvisor",
            "Recommended: round-robin, PID offset off. Every request goes to the next account, so "
            "parallel processes spread over the pool on their own; PID offset adds nothing there.",
        )
    return translate(
        "SettingsAdvisor",
        "Recommended: hybrid; PID offset is optional. Hybrid ranks accounts by health and free "
        "request budget, and staggered starts give it time to spread the load. PID offset only "
        "acts when hybrid finds no account that qualifies and falls back to sticky.",
    )


class StrategyAdvisor(QDialog):
    """Modal: ``exec()`` then ``values()`` for the form."""

    def __init__(
        self,
        strategy: str,
        pid_offset: bool,
        counts: AccountCounts,
        running_agents: int = 0,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(translate("StrategyAdvisor", "Strategy advisor"))
        self.setMinimumWidth(560)
        self.counts = counts
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("StrategyAdvisor", "How do you run OpenCode?"), 1.15))
        for scenario in SCENARIOS:
            title, detail = _scenario_texts(scenario)
            radio = QRadioButton(title)
            self.radios[scenario] = radio
            self.group.addButton(radio)
            block = QVBoxLayout()
            block.setSpacing(2)
            block.addWidget(radio)
            hint = label(detail, small=True, muted=True, wrap=False)
            hint.setIndent(24)
            block.addWidget(hint)
            if scenario == PARALLEL:
                block.addLayout(self._agents_row(running_agents))
            if scenario == STAGGERED:
                self.pid_choice = QCheckBox(
                    translate("StrategyAdvisor", "Also turn on PID offset (only acts in hybrid's fallback)")
                )
                self.pid_choice.setChecked(pid_offset)
                row = QHBoxLayout()
                row.addSpacing(24)
                row.addWidget(self.pid_choice)
                block.addLayout(row)
            layout.addLayout(block)
        self.result_box = Banner("success")
        layout.addWidget(self.result_box)
        self.counts_box = Banner("info")
        layout.addWidget(self.counts_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            translate("StrategyAdvisor", "Put in the form"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setToolTip(
            translate("StrategyAdvisor", "Nothing is written until you press Save in the settings window.")
        )
        self.apply_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(self._update)
        self.agents.valueChanged.connect(self._update)
        self.radios[scenario_for(strategy)].setChecked(True)
        self.radios[scenario_for(strategy)].setFocus()

    def _agents_row(self, running: int) -> QHBoxLayout:
        self.agents = QSpinBox()
        self.agents.setRange(1, 50)
        self.agents.setValue(max(running, SWEET_SPOT[0]))
        self.agents_label = QLabel(translate("StrategyAdvisor", "Agents at once:"))
        self.agents_label.setBuddy(self.agents)
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(self.agents_label)
        row.addWidget(self.agents)
        row.addStretch(1)
        return row

    @property
    def scenario(self) -> str:
        return next((name for name, radio in self.radios.items() if radio.isChecked()), SINGLE)

    def choose(self, scenario: str) -> None:
        self.radios[scenario].setChecked(True)

    def recommendation(self) -> Recommendation:
        return RECOMMENDATIONS[self.scenario]

    def values(self) -> dict[str, Any]:
        """The settings to put in the form for the chosen scenario."""
        return self.recommendation().values(self.pid_choice.isChecked())

    def _update(self, *_args) -> None:
        scenario = self.scenario
        self.agents.setEnabled(scenario == PARALLEL)
        self.agents_label.setEnabled(scenario == PARALLEL)
        self.pid_choice.setEnabled(scenario == STAGGERED)
        self.result_box.show_message("", _why(scenario))
        agents = self.agents.value() if scenario == PARALLEL else None
        self.counts_box.show_message("", counts_advice(self.counts, agents))
        need = agents is not None and self.counts.enabled is not None and self.counts.enabled < agents + 2
        self.counts_box.set_level("warning" if need else "info")
        self.adjustSize()
