"""`python -m goals ...`: the command line (see goals.cli)."""

from goals.cli import main

raise SystemExit(main())
