"""Fixtures for the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.log_files import close_log_file
from wsedesk.logfile import install_log_file


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The program's log file, installed for the test and closed after it."""
    path = install_log_file()
    try:
        yield path
    finally:
        close_log_file(path)
