"""`python -m wsedesk` runs the command line (the GUI by default)."""

import multiprocessing
import sys

from wsedesk.cli import main

if __name__ == "__main__":
    # The report reader parses in worker processes; a frozen build starts them with "spawn".
    multiprocessing.freeze_support()
    sys.exit(main())
