"""The questions the accounts window asks, behind one small interface so tests can answer.

``Prompts`` shows real message boxes (object names ``agentsRunningDialog``,
``confirmDialog``, ``problemDialog``, so a test can find and answer them); a test may
pass any object with the same three methods instead.
"""

from __future__ import annotations

import enum
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.agents import Agent
from ...core.messages import plural
from ..common.text import translate


class AgentsChoice(enum.Enum):
    WHEN_EXITED = "when-exited"  # queue it; the hub applies it once every OpenCode has exited
    NOW = "now"  # write it anyway, knowing a running OpenCode may undo it
    CANCEL = "cancel"


class PromptsLike(Protocol):
    def agents_running(self, agents: list[Agent], change: str) -> AgentsChoice: ...

    def confirm(
        self, title: str, text: str, accept: str, *, reject: str | None = None, destructive: bool = False
    ) -> bool: ...

    def problem(self, title: str, text: str) -> None: ...


def pids_text(agents: list[Agent], limit: int = 6) -> str:
    shown = ", ".join(str(agent.pid) for agent in agents[:limit])
    return shown + (", …" if len(agents) > limit else "")


class Prompts(QObject):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.parent_widget = parent

    def _box(self, name: str, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.parent_widget)
        box.setObjectName(name)
        return box

    def agents_running(self, agents: list[Agent], change: str) -> AgentsChoice:
        box = self._box(
            "agentsRunningDialog",
            QMessageBox.Icon.Warning,
            translate("Prompts", "OpenCode is running"),
            translate("Prompts", "This would not last while OpenCode runs: {0}.").format(change),
        )
        running = len(agents)
        box.setInformativeText(
            translate(
                "Prompts",
                "{0} (pid {1}). Each running OpenCode keeps the account pool in memory and writes it back after "
                "its next request, so it would quietly undo this change.\n\n"
                "Apply when OpenCode exits: this app waits until every OpenCode has exited, then applies it "
                "(the change shows in this window until then, and you can cancel it).",
            ).format(
                plural(translate("AccountsFormat", "%n OpenCode process(es) running"), running),
                pids_text(agents),
            )
        )
        later = box.addButton(translate("Prompts", "Apply when OpenCode exits"), QMessageBox.ButtonRole.AcceptRole)
        later.setObjectName("applyWhenExited")
        now = box.addButton(translate("Prompts", "Apply now anyway"), QMessageBox.ButtonRole.DestructiveRole)
        now.setObjectName("applyNow")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(later)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return (
            AgentsChoice.WHEN_EXITED
            if clicked is later
            else AgentsChoice.NOW
            if clicked is now
            else AgentsChoice.CANCEL
        )

    def confirm(
        self, title: str, text: str, accept: str, *, reject: str | None = None, destructive: bool = False
    ) -> bool:
        box = self._box("confirmDialog", QMessageBox.Icon.Question, title, text)
        yes = box.addButton(
            accept, QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
        )
        yes.setObjectName("confirmYes")
        no = (
            box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
            if reject
            else box.addButton(QMessageBox.StandardButton.Cancel)
        )
        no.setObjectName("confirmNo")
        box.setDefaultButton(no if destructive else yes)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def problem(self, title: str, text: str) -> None:
        box = self._box("problemDialog", QMessageBox.Icon.Warning, title, text)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
