"""The one resource locator (works from source and from the PyInstaller bundle) and per-user dirs."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import platformdirs

from wsedesk import APP_ID


def _shipped(bundled: str, *checkout: str) -> Path:
    """A folder the program ships: `bundled` in the PyInstaller bundle, `checkout` in a source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / bundled
    return Path(__file__).resolve().parent.parent.joinpath(*checkout)


@functools.cache
def resources_dir() -> Path:
    """The `resources/` folder, from a source checkout or from the frozen bundle (looked up once:
    resolving the path walks the file system, and report imports ask for every file)."""
    return _shipped("resources", "resources")


def resource(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource("reference", "municipalities.json")."""
    return resources_dir().joinpath(*parts)


def guide_dir() -> Path:
    """The user guide (docs/guide/ in a checkout; `guide/` in the frozen bundle, see build.spec)."""
    return _shipped("guide", "docs", "guide")


def _made(folder: str) -> Path:
    """A per-user folder, created when it is not there yet."""
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    """Where the local database lives (never beside the executable)."""
    return _made(platformdirs.user_data_dir(APP_ID, appauthor=False))


def user_config_dir() -> Path:
    return _made(platformdirs.user_config_dir(APP_ID, appauthor=False))


def user_log_dir() -> Path:
    return _made(platformdirs.user_log_dir(APP_ID, appauthor=False))
