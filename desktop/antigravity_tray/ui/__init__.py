"""Qt widgets and the application hub."""
