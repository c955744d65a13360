"""The program's log file in tests: installed as the program does, closed again after the test."""

from __future__ import annotations

import logging
from pathlib import Path


def close_log_file(path: Path) -> None:
    """Take the handler that writes `path` off the wsedesk logger and close it."""
    logger = logging.getLogger("wsedesk")
    for handler in list(logger.handlers):
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            logger.removeHandler(handler)
            handler.close()
