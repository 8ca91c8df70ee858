"""Advice beside the rotation settings, drawn from the PID-offset guide and the note on
parallel agents (shared/seeds): what PID offset can and cannot do with the chosen
strategy and the accounts at hand, and how many agents a pool of accounts can carry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..common.advice import AccountCounts, counts_advice
from ..common.widgets import BANNER_COLOURS, label

translate = QCoreApplication.translate  # each call names its context literally, for pyside6-lupdate


def pid_offset_advice(strategy: str, enabled: bool, counts: AccountCounts) -> tuple[str, str]:
    """(text, level) for the PID offset field, given the strategy in the form."""
    lines, level = [], "info"
    if strategy == "round-robin":
        lines.append(
            translate(
                "SettingsGuidance",
                "With round-robin, PID offset does nothing: that strategy already moves to "
                "the next account on every request, so parallel processes spread by themselves.",
            )
        )
        level = "warning" if enabled else "info"
    elif strategy == "hybrid":
        lines.append(
            translate(
                "SettingsGuidance",
                "With hybrid, PID offset only acts in hybrid's fallback, when no account "
                "qualifies for its scoring; most of the time it has no effect. It acts fully "
                "with sticky.",
            )
        )
        level = "warning" if enabled else "info"
    else:
        lines.append(
            translate(
                "SettingsGuidance",
                "With sticky, PID offset starts each OpenCode process on a different account "
                "(its process id modulo the number of accounts).",
            )
        )
    if counts.total is not None and counts.total <= 1:
        lines.append(
            translate(
                "SettingsGuidance",
                "With one account or none, PID offset can do nothing: every process lands on "
                "the same account. Add accounts first.",
            )
            if counts.total == 0
            else translate(
                "SettingsGuidance",
                "With a single account, PID offset can do nothing: every process lands on that "
                "account. Add accounts first.",
            )
        )
        level = "warning" if enabled or strategy == "sticky" else level
    lines.append(
        translate(
            "SettingsGuidance",
            "The price: processes that start on different accounts do not share Anthropic's "
            "prompt cache, which is kept per account. That is why the plugin leaves it off "
            "unless you turn it on.",
        )
    )
    return "\n".join(lines), level


def strategy_summary(strategy: str) -> str:
    return {
        "sticky": translate(
            "SettingsGuidance",
            "sticky keeps using one account until it is rate-limited: best for a single "
            "OpenCode, and kindest to the prompt cache.",
        ),
        "round-robin": translate(
            "SettingsGuidance",
            "round-robin takes the next account for every request: best when several agents run in parallel.",
        ),
        "hybrid": translate(
            "SettingsGuidance",
            "hybrid (the plugin's default) ranks accounts by health and free request budget, "
            "and stays on the current one unless another is clearly better.",
        ),
    }.get(strategy, "")


class GuidancePanel(QFrame):
    """The box at the top of the rotation settings: the strategy in words, the account
    count, the rule of thumb for parallel agents, and the advisor's button."""

    advisorRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guidancePanel")
        background, border = BANNER_COLOURS["info"]
        self.setStyleSheet(
            f"QFrame#guidancePanel {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}"
        )
        self.title = label(translate("GuidancePanel", "Which strategy?"), bold=True)
        self.strategy = label()
        self.accounts = label()
        self.advisor_button = QPushButton(translate("GuidancePanel", "Strategy advisor…"))
        self.advisor_button.setToolTip(
            translate(
                "GuidancePanel",
                "Answer one question and the form gets the recommended "
                "strategy and PID offset (nothing is saved until you Save).",
            )
        )
        self.advisor_button.clicked.connect(self.advisorRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.advisor_button)
        layout.addLayout(top)
        layout.addWidget(self.strategy)
        layout.addWidget(self.accounts)

    def update_state(self, strategy: str, counts: AccountCounts) -> None:
        self.strategy.setText(strategy_summary(strategy))
        self.accounts.setText(counts_advice(counts))
