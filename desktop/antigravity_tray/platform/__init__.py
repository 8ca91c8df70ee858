"""Per-OS integration behind one interface."""
