"""Plain library over the plugin files. Never imports Qt."""
