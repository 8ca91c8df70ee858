"""The agents window: every running OpenCode process, the account PID offset predicts for
it, and the account its debug log says it uses now, with the seeds' advice on how many
agents a pool can carry.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.agents import (
    OFFSET_HYBRID_FALLBACK_ONLY,
    OFFSET_IGNORED_ROUND_ROBIN,
    OFFSET_OFF,
    OFFSET_ONE_ACCOUNT,
    pid_offset_prediction,
)
from ...core.messages import plural
from ...core.paths import shown
from ...core.safe_text import safe_field
from ...live.hub import AppHub
from ..common.advice import account_counts, counts_advice
from ..common.text import translate

REFRESH_MS = 5_000  # re-scan processes while the window is open, and only then
COLUMNS = ("pid", "project", "started", "predicted", "claude", "gemini")


class AgentsWindow(QWidget):
    def __init__(self, hub: AppHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        self.setWindowTitle(translate("AgentsWindow", "Agents — Antigravity Tray"))
        self.summary = QLabel()
        self.summary.setObjectName("agentsSummary")
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                translate("AgentsWindow", "PID"),
                translate("AgentsWindow", "Project folder"),
                translate("AgentsWindow", "Started"),
                translate("AgentsWindow", "PID offset predicts"),
                translate("AgentsWindow", "Claude now (log)"),
                translate("AgentsWindow", "Gemini now (log)"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.footnote = QLabel()
        self.footnote.setWordWrap(True)
        refresh = QPushButton(translate("AgentsWindow", "Refresh"))
        refresh.clicked.connect(lambda: self.hub.rescan_agents())
        bottom = QHBoxLayout()
        bottom.addWidget(self.footnote, 1)
        bottom.addWidget(refresh)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.advice, self.table):
            layout.addWidget(widget)
        layout.addLayout(bottom)
        self.resize(980, 420)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(lambda: self.hub.rescan_agents())
        for signal in (hub.agentsChanged, hub.poolChanged, hub.configChanged):
            signal.connect(self.reload)
        hub.monitor.accountEvent.connect(lambda _event: self.reload())
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.hub.rescan_agents()
        self._timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()  # closing hides; accepted so that Qt's quit() is not refused
        self._timer.stop()
        self.hide()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    @property
    def refreshing(self) -> bool:
        return self._timer.isActive()

    # -- contents ---------------------------------------------------------------------------
    def reload(self) -> None:
        agents = self.hub.agents
        effective = self.hub.effective
        strategy = effective.get("account_selection_strategy", "hybrid")
        enabled = effective.get("pid_offset_enabled") is True
        observed = self.hub.monitor.activity.accounts_by_pid()
        offsets = self._logged_offsets()
        running = len(agents)
        self.summary.setText(
            plural(translate("AgentsWindow", "%n OpenCode process(es) running · strategy {0}"), running).format(
                strategy
            )
        )
        self.advice.setText(counts_advice(account_counts(self.hub.pool), len(agents)))
        self.table.setRowCount(len(agents))
        for row, agent in enumerate(agents):
            prediction = pid_offset_prediction(agent.pid, self.hub.pool, strategy, enabled)
            predicted = offsets.get(agent.pid) or self._prediction_text(prediction)
            seen = observed.get(agent.pid, {})
            cells = (
                str(agent.pid),
                safe_field(shown(Path(agent.cwd))) if agent.cwd else translate("AgentsWindow", "(unknown)"),
                datetime.fromtimestamp(agent.started_at).strftime("%H:%M:%S") if agent.started_at else "",
                predicted,
                seen.get("claude", "–"),
                seen.get("gemini", "–"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(self._caveat_text(prediction.caveat) or text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        logged = bool(observed)
        self.footnote.setText(
            ""
            if logged or not agents
            else translate(
                "AgentsWindow",
                "The account each process uses now comes from the plugin's debug log. Turn on Debug in "
                "Settings (it applies when OpenCode restarts) to see it here.",
            )
        )

    def _logged_offsets(self) -> dict[int, str]:
        """The account the log says PID offset chose, per process (exact, unlike a prediction)."""
        listed = self.hub.pool.plugin_accounts() if self.hub.pool is not None else []
        return {
            pid: translate("AgentsWindow", "%1 (from its log)").replace("%1", safe_field(listed[index].label))
            for pid, index in self.hub.monitor.activity.offset_targets("claude").items()
            if 0 <= index < len(listed)
        }

    def _prediction_text(self, prediction) -> str:
        if prediction.offset is None:
            return safe_field(prediction.label) if prediction.label else "–"
        text = (
            translate("AgentsWindow", "%1 (offset +%2)")
            .replace("%1", safe_field(prediction.label or "?"))
            .replace("%2", str(prediction.offset))
        )
        caveat = self._caveat_text(prediction.caveat)
        return f"{text} — {caveat}" if caveat else text

    def _caveat_text(self, caveat: str | None) -> str:
        return {
            OFFSET_OFF: translate("AgentsWindow", "PID offset is off"),
            OFFSET_IGNORED_ROUND_ROBIN: translate("AgentsWindow", "round-robin ignores it"),
            OFFSET_HYBRID_FALLBACK_ONLY: translate("AgentsWindow", "hybrid uses it only as a fallback"),
            OFFSET_ONE_ACCOUNT: translate("AgentsWindow", "one account: nothing to spread"),
        }.get(caveat or "", "")


__all__ = ["AgentsWindow"]
