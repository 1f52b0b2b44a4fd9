"""`python -m app` runs the `zhazba` command."""

import sys

from app.cli.commands import main

sys.exit(main())
