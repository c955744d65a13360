"""The one resource locator (works from source and from the PyInstaller bundle) and per-user dirs."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import platformdirs

from wsedesk import APP_ID


@functools.cache
def resources_dir() -> Path:
    """The `resources/` folder, from a source checkout or from the frozen bundle (looked up once:
    resolving the path walks the file system, and report imports ask for every file)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource("reference", "municipalities.json")."""
    return resources_dir().joinpath(*parts)


def guide_dir() -> Path:
    """The user guide (docs/guide/ in a checkout; `guide/` in the frozen bundle, see build.spec)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "guide"
    return Path(__file__).resolve().parent.parent / "docs" / "guide"


def user_data_dir() -> Path:
    """Where the local database lives (never beside the executable)."""
    path = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_config_dir() -> Path:
    path = Path(platformdirs.user_config_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    path = Path(platformdirs.user_log_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
