import pytest

from interop.agents_driver import node_agents  # noqa: F401  (a fixture, shared by the interop tests)
from interop.plugin_driver import require_plugin


@pytest.fixture(autouse=True)
def _plugin_installed():
    require_plugin()
