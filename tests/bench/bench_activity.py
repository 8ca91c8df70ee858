"""The Activity window with a busy day: 10,000 events over 24 hours, drawn at 1366×768.

Times building the timeline from the events, laying it out, and each repaint of the timeline
(the target is under 100 ms), and reading the events back from SQLite. Prints numbers;
asserts nothing.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_activity.py [EVENTS]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from antigravity_tray.core.history import History  # noqa: E402
from antigravity_tray.core.timeline import build  # noqa: E402
from antigravity_tray.ui.activity.timeline_view import TimelineView  # noqa: E402

from support.activity import busy_day  # noqa: E402

DAY_MS = 86_400_000


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main(count: int) -> None:
    app = QApplication.instance() or QApplication([])
    until = time.time() * 1000
    since = until - DAY_MS
    events = busy_day(count, since, until)
    with tempfile.TemporaryDirectory() as folder:
        history = History.open(Path(folder) / "history.sqlite3")
        start = time.perf_counter()
        for event in events:
            history.record(event)
        record_ms = ms_since(start)
        start = time.perf_counter()
        read = history.events(since, until)
        read_ms = ms_since(start)
        history.close()
    start = time.perf_counter()
    timeline = build(read, since, until)
    build_ms = ms_since(start)
    view = TimelineView()
    view.resize(1300, 400)
    start = time.perf_counter()
    view.set_timeline(timeline)
    layout_ms = ms_since(start)
    view.show()
    app.processEvents()
    repaints = []
    for _ in range(30):
        start = time.perf_counter()
        view.repaint()
        repaints.append(ms_since(start))
    print(f"events: {len(events)} over 24 h ({sum(1 for e in events if e.kind == 'switch')} switches)")
    print(f"record (one transaction each): {record_ms:.0f} ms, {record_ms / len(events) * 1000:.0f} µs per event")
    print(f"read back from SQLite: {read_ms:.1f} ms")
    print(f"build the timeline: {build_ms:.1f} ms; lay it out: {layout_ms:.1f} ms ({len(view._rects)} rectangles)")
    print(f"repaint: median {statistics.median(repaints):.2f} ms, max {max(repaints):.2f} ms (target under 100 ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
