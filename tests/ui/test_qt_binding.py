"""The installed Qt binding must not leak references to None: PySide6 6.12.0 on Python
3.11 drops one per void Qt call until the interpreter aborts, which would crash a tray
that reloads the pool every second. pyproject pins around it; this keeps the pin honest."""

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    ping = Signal()


def test_void_qt_calls_and_signals_keep_none_and_true_alive():
    holder, emitter = QObject(), Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        holder.setObjectName("probe")
        emitter.ping.emit()
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
