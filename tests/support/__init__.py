"""What the test suites share: helpers, the private D-Bus, keyring and notification fixtures,
the fake Google, the X display with a tray host, and the helper programs they start."""
