from antigravity_tray.cli import main

raise SystemExit(main())
