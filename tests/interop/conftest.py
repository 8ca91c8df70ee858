import pytest

from interop.plugin_driver import require_plugin


@pytest.fixture(autouse=True)
def _plugin_installed():
    require_plugin()
