"""The yardstick for bench_startup.py: a bare PySide6 script that only shows a tray icon with a
menu, as small as a tray app can be."""

from __future__ import annotations

import sys

from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

app = QApplication(["bare-tray"])
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("#3b82c4"))
menu = QMenu()
for text in ("Accounts…", "Agents…", "Activity…", "Add account…", "Settings…"):
    menu.addAction(QAction(text, menu))
menu.addSeparator()
menu.addAction("Quit", app.quit)
tray = QSystemTrayIcon(QIcon(pixmap))
tray.setContextMenu(menu)
tray.setToolTip("bare tray")
tray.show()
print("bare tray shown", file=sys.stderr, flush=True)
sys.exit(app.exec())
