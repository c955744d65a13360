"""`python -m wsedesk` runs the command line (the GUI by default)."""

import sys

from wsedesk.cli import main

sys.exit(main())
