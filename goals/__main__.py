"""`python -m goals ...`: the command line (see goals.cli)."""

import sys

if sys.argv[1:2] == ["draft"]:        # offline and quick: no database layer to load
    from goals.drafting.command import main as draft

    raise SystemExit(draft(sys.argv[2:]))

from goals.cli import main  # noqa: E402

raise SystemExit(main())
