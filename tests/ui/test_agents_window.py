"""The agents window: processes, PID offset's prediction, what each log says, the advice."""

from __future__ import annotations

import json
import time

import pytest

from antigravity_tray.core.agents import Agent
from antigravity_tray.core.debuglog import LogEvent
from antigravity_tray.core.services import Services
from antigravity_tray.live.hub import AppHub
from antigravity_tray.ui.agents.window import COLUMNS, AgentsWindow

from support.helpers import make_account, write_pool


@pytest.fixture
def make(plugin_dir, qtbot, tmp_path):
    def build(config: dict, agents: list[Agent], accounts: int = 5):
        write_pool(plugin_dir / "antigravity-accounts.json", [make_account(n) for n in range(accounts)])
        (plugin_dir / "antigravity.json").write_text(json.dumps({"log_dir": str(tmp_path / "logs"), **config}))
        hub = AppHub(Services(), agents_source=lambda: list(agents))
        qtbot.waitUntil(lambda: not hub.scanning, timeout=2000)  # the first scan, on its own thread
        window = AgentsWindow(hub)
        qtbot.addWidget(window)
        return window

    return build


def cell(window: AgentsWindow, row: int, column: str) -> str:
    return window.table.item(row, COLUMNS.index(column)).text()


def test_each_process_with_its_predicted_and_logged_accounts(make, tmp_path):
    agents = [Agent(4242, time.time() - 60, str(tmp_path / "webshop")), Agent(4243, time.time() - 30, None)]
    window = make({"account_selection_strategy": "sticky", "pid_offset_enabled": True}, agents)
    assert window.table.rowCount() == 2
    assert cell(window, 0, "pid") == "4242" and cell(window, 0, "project").endswith("webshop")
    assert cell(window, 0, "predicted") == "user2@example.test (offset +2)"  # 4242 % 5 from index 0
    assert cell(window, 1, "predicted") == "user3@example.test (offset +3)"
    assert cell(window, 0, "claude") == "–"
    assert "debug log" in window.footnote.text()

    now = time.time() * 1000
    window.hub.monitor.activity.on_log(
        [
            LogEvent("pid-offset", now, "claude", pid=4242, offset=2, from_index=1, to_index=3),
            LogEvent("selected", now, "claude", "user3@example.test", 3, 5, pid=4242),
            LogEvent("selected", now, "gemini", "user1@example.test", 1, 5, pid=4242),
        ]
    )
    window.reload()
    assert cell(window, 0, "predicted") == "user3@example.test (from its log)"
    assert (cell(window, 0, "claude"), cell(window, 0, "gemini")) == ("user3@example.test", "user1@example.test")
    assert window.footnote.text() == ""


def test_the_caveat_when_the_strategy_ignores_the_offset(make):
    window = make({"account_selection_strategy": "round-robin", "pid_offset_enabled": True}, [Agent(10, 0.0, None)])
    assert cell(window, 0, "predicted").endswith("— round-robin ignores it")
    window = make({"account_selection_strategy": "sticky"}, [Agent(10, 0.0, None)])
    assert cell(window, 0, "predicted").endswith("— PID offset is off")


def test_the_seeds_advice_with_the_numbers_at_hand(make):
    agents = [Agent(100 + i, 0.0, None) for i in range(6)]
    window = make({}, agents, accounts=5)
    text = window.advice.text()
    assert "For 6 agents you need 8 accounts; you have 5 enabled: add 3 more." in text
    assert "More than 5 agents at once usually finishes later" in text
    assert "6 OpenCode processes running" in window.summary.text()


def test_processes_are_rescanned_only_while_the_window_shows(make, qtbot):
    window = make({}, [Agent(1, 0.0, None)])
    assert not window.refreshing
    window.show()
    assert window.refreshing
    assert window.close()
    assert not window.refreshing
