"""The Activity window: what the history recorded over the last hour, day or week, as a
timeline (timeline_view.py), per-account figures, and one factual sentence tied to the note on
parallel agents in the seeds."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.history import History, HistoryUnavailable
from ...core.messages import plural
from ...core.switches import AccountEvent
from ...core.timeline import Timeline, build
from ...live.hub import AppHub
from ..accounts.format import duration, family_name
from ..common.advice import SPARE_ACCOUNTS, account_counts
from ..common.text import translate
from ..common.widgets import label
from .timeline_view import TimelineView

log = logging.getLogger("antigravity_tray")

HOUR_MS = 3_600_000
RANGES_MS = {"hour": HOUR_MS, "day": 24 * HOUR_MS, "week": 7 * 24 * HOUR_MS}
RELOAD_DELAY_MS = 1_000  # new events while the window is open: redrawn once they settle


class ActivityWindow(QWidget):
    def __init__(self, hub: AppHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        self.range = "day"
        self.timeline: Timeline | None = None
        self.setWindowTitle(translate("ActivityWindow", "Activity — Antigravity Tray"))
        self.view = TimelineView()
        self.insight = label("", selectable=True)
        self.insight.setObjectName("insight")
        self.empty = label(
            translate(
                "ActivityWindow",
                "Nothing recorded in this period. The tray app records every switch and limit while it runs.",
            ),
            muted=True,
        )
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("figures")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ActivityWindow", "Account"),
                translate("ActivityWindow", "Times limited"),
                translate("ActivityWindow", "Time limited"),
                translate("ActivityWindow", "In use"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buttons = QButtonGroup(self)
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._lay_out()
        hub.monitor.accountEvent.connect(self._on_event)
        self.resize(1100, 640)

    def _lay_out(self) -> None:
        ranges = QHBoxLayout()
        names = {
            "hour": translate("ActivityWindow", "Last hour"),
            "day": translate("ActivityWindow", "Last 24 hours"),
            "week": translate("ActivityWindow", "Last 7 days"),
        }
        for key, text in names.items():
            button = QPushButton(text)
            button.setObjectName(f"{key}Range")
            button.setCheckable(True)
            button.setChecked(key == self.range)
            button.clicked.connect(lambda _checked=False, k=key: self.show_range(k))
            self.buttons.addButton(button)
            ranges.addWidget(button)
        ranges.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(self.view)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(120)
        legend = label(
            translate(
                "ActivityWindow",
                "Each family's lane shows the account in use, a line marks each switch (point at it for the "
                "reason), red behind a lane: every account limited. Below, each account's limits: orange a "
                "rate limit, grey a cooldown, red a verification.",
            ),
            small=True,
            muted=True,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(ranges)
        layout.addWidget(scroll)
        layout.addWidget(legend)
        layout.addWidget(self.empty)
        layout.addWidget(self.insight)
        layout.addWidget(self.table, 2)

    # -- data ---------------------------------------------------------------------------------
    def show_range(self, key: str) -> None:
        self.range = key
        for button in self.buttons.buttons():
            button.setChecked(button.objectName() == f"{key}Range")
        self.reload()

    def _events(self, since_ms: float, until_ms: float) -> list[AccountEvent]:
        if self.hub.history is not None:  # the tray app's own, recording connection
            return self.hub.history.events(since_ms, until_ms)
        try:
            history = History.read(self.hub.services.app.history_file)
        except HistoryUnavailable as exc:
            log.info("activity: %s", exc)
            return []
        try:
            return history.events(since_ms, until_ms)
        finally:
            history.close()

    def reload(self) -> None:
        until = self.hub.now_ms()
        since = until - RANGES_MS[self.range]
        self.timeline = build(self._events(since, until), since, until)
        self.view.set_timeline(self.timeline)
        self.scroll.setFixedHeight(min(self.view.height() + 2 * self.scroll.frameWidth(), 400))  # no empty band
        figures = self.timeline.figures()
        self.empty.setVisible(not figures)
        self.table.setRowCount(len(figures))
        total_use = sum(f.in_use_ms for f in figures) or 1
        for row, f in enumerate(figures):
            cells = (
                f.account,
                str(sum(f.limited.values())),
                duration(f.limited_ms / 1000) if f.limited_ms else "—",
                f"{f.in_use_ms / total_use:.0%}" if f.in_use_ms else "—",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.insight.setText(self.insight_text())

    def insight_text(self) -> str:
        """The period's hardest fact about the pool, and the note's advice with today's numbers."""
        assert self.timeline is not None
        worst = max(self.timeline.all_limited.items(), key=lambda item: sum(s.ms for s in item[1]))
        family, stretches = worst
        if stretches:
            fact = plural(
                translate(
                    "ActivityWindow",
                    "{0} had every account limited %n time(s) in this period, {1} in total.",
                ),
                len(stretches),
            ).format(family_name(family), duration(sum(s.ms for s in stretches) / 1000))
        else:
            fact = translate("ActivityWindow", "No family had every account limited in this period.")
        agents, have = len(self.hub.agents), account_counts(self.hub.pool).enabled
        if not agents or have is None:
            return fact
        advice = translate(
            "ActivityWindow",
            "With {0} OpenCode running, the note on parallel agents advises at least {1} accounts; you have {2} enabled.",
        ).format(agents, agents + SPARE_ACCOUNTS, have)
        return f"{fact} {advice}"

    def _on_event(self, _event: AccountEvent) -> None:
        if self.isVisible():
            self._reload_timer.start()

    # -- window -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._reload_timer.stop()
        super().closeEvent(event)


__all__ = ["ActivityWindow"]
