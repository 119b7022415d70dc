"""`python -m goals ...`: the command line (see goals.cli.main)."""

import sys

if sys.argv[1:2] == ["draft"]:        # offline and quick: no database layer to load
    from goals.cli.draft import main as draft

    raise SystemExit(draft(sys.argv[2:]))

from goals.cli.main import main  # noqa: E402

raise SystemExit(main())
