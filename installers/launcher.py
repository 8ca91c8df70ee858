"""The frozen app's entry point: the same ``main`` as the ``antigravity-tray`` command."""

from antigravity_tray.cli import main

raise SystemExit(main())
