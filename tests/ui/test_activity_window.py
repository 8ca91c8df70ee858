"""The Activity window: the recorded history as lanes, limits and figures, kept current while
open, and honest when there is nothing yet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from antigravity_tray.core.history import History
from antigravity_tray.core.services import Services
from antigravity_tray.core.switches import ALL_LIMITED, LIMITED, RATE_LIMITED, SWITCH, AccountEvent
from antigravity_tray.live.hub import AppHub
from antigravity_tray.ui.activity.timeline_view import AXIS_HEIGHT, LANE_HEIGHT
from antigravity_tray.ui.activity.window import ActivityWindow

from support.activity import busy_day
from support.helpers import make_account, write_pool

MINUTE = 60_000


@pytest.fixture
def hub(plugin_dir):
    write_pool(plugin_dir / "antigravity-accounts.json", [make_account(n) for n in range(3)])
    hub = AppHub(Services(), agents_source=list)
    yield hub
    hub.shutdown()


def record(hub: AppHub, *events: AccountEvent) -> None:
    history = History.open(hub.services.app.history_file)
    for event in events:
        history.record(event)
    history.close()


def open_window(hub: AppHub, qtbot) -> ActivityWindow:
    window = ActivityWindow(hub)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_day_shows_who_was_in_use_the_switches_and_the_figures(hub, qtbot):
    now = hub.now_ms()
    record(
        hub,
        AccountEvent(LIMITED, now - 90 * MINUTE, "claude", "alice@example.com", None, RATE_LIMITED, now - 30 * MINUTE),
        AccountEvent(
            SWITCH, now - 90 * MINUTE, "claude", "alice@example.com", "bob@example.com", RATE_LIMITED, pid=4242
        ),
        AccountEvent(ALL_LIMITED, now - 60 * MINUTE, "claude", until_ms=now - 45 * MINUTE),
    )
    window = open_window(hub, qtbot)
    lane = window.timeline.use["claude"]
    assert [s.account for s in lane] == ["alice@example.com", "bob@example.com"]
    assert window.table.rowCount() == 2
    first = [window.table.item(0, c).text() for c in range(4)]
    assert first[0] == "alice@example.com" and first[1] == "1" and first[2] == "1h 00m"
    assert window.insight.text().startswith("Claude had every account limited 1 time in this period, 15m 00s")
    assert not window.empty.isVisible()

    # Pointing at the switch tells its reason and its process.
    [mark] = window.view._marks
    found = window.view.mark_at(QPoint(mark.x + 2, AXIS_HEIGHT + LANE_HEIGHT // 2))
    assert found is mark and found.event.pid == 4242 and found.event.reason == RATE_LIMITED


def test_the_range_buttons_change_the_period(hub, qtbot):
    now = hub.now_ms()
    record(hub, AccountEvent(SWITCH, now - 3 * 60 * MINUTE, "gemini", "a@example.com", "b@example.com", RATE_LIMITED))
    window = open_window(hub, qtbot)
    assert len(window.timeline.switches) == 1
    qtbot.mouseClick(window.findChild(QPushButton, "hourRange"), Qt.MouseButton.LeftButton)
    assert window.range == "hour" and window.timeline.switches == [] and window.empty.isVisible()
    assert window.timeline.until_ms - window.timeline.since_ms == 60 * MINUTE


def test_a_new_event_shows_while_the_window_is_open(hub, qtbot):
    hub.record_history()
    window = open_window(hub, qtbot)
    assert window.table.rowCount() == 0 and window.empty.isVisible()
    now = hub.now_ms()
    hub.monitor.accountEvent.emit(
        AccountEvent(LIMITED, now, "claude", "carol@example.com", None, RATE_LIMITED, now + 10 * MINUTE)
    )
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=3000)
    assert window.table.item(0, 0).text() == "carol@example.com"


def test_a_busy_day_is_drawn_with_at_most_one_rectangle_per_pixel_column_and_row(hub, qtbot):
    now = hub.now_ms()
    record(hub, *busy_day(10_000, now - 24 * 60 * MINUTE, now))
    window = open_window(hub, qtbot)
    view = window.view
    rows = len(view.timeline.use) * 2 + len(view.accounts)  # each lane, its all-limited band, each account
    assert len(view.timeline.switches) > 4000
    assert len(view._rects) <= rows * view.width()
    tops = {}
    for rect, _color in view._rects:  # no column drawn twice in a row, so nothing drifts
        assert rect.left() >= tops.get(rect.top(), -1)
        tops[rect.top()] = rect.left() + rect.width()
