"""`python -m app` runs the `zhazba` command."""

import sys

from app.cli import main

sys.exit(main())
