import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent


@pytest.fixture(autouse=True)
def _destroy_qt_objects_on_the_gui_thread(qapp):
    """Qt objects must die on the GUI thread. Left to the cycle collector, they can be
    destroyed later on whatever thread happens to allocate (a login worker, a server
    thread), which crashes Qt. So collect them here, after each test, on this thread."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
