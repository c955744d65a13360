"""The per-user log file (Qt-free: the GUI's crash dialog and the command line both write to it).

Log records never carry personal data on purpose; the formatter also masks anything shaped
like a national register number, in case an exception message quotes one (a driver's
"Key (national_number)=(…) already exists").
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from wsedesk.paths import user_log_dir
from wsedesk.rules.identifiers import redact_national_numbers

LOG_FILE_NAME = "wsedesk.log"


def redact(text: str) -> str:
    """`text` with every national-register-number-shaped run of digits masked (rules/identifiers)."""
    return redact_national_numbers(text)


class RedactingFormatter(logging.Formatter):
    """A formatter whose output (message and traceback) has national register numbers masked."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class NoTracebackFormatter(RedactingFormatter):
    """For standard error: one line per record; the traceback goes to the log file only."""

    def formatException(self, ei: object) -> str:
        return ""

    def formatStack(self, stack_info: str) -> str:
        return ""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_text
        record.exc_text = None
        try:
            return super().format(record).rstrip()
        finally:
            record.exc_text = saved


def install_log_file(directory: Path | None = None) -> Path:
    """Send the package's warnings and errors to a rotating file in the per-user log directory.

    The level stays as the command line set it (-v for INFO); crashes are ERROR and always land.
    """
    path = (directory or user_log_dir()) / LOG_FILE_NAME
    logger = logging.getLogger("wsedesk")
    for handler in logger.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return path
