"""The PySide6 views: thin widgets that show data, collect input and call services."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shiboken6, which installs the import hook mended below)

# Modules that may use PySide6's `from __feature__ import …` switching (none does today).
_QT_USERS = ("PySide6", "shiboken6", "wsedesk.views", "wsedesk.app")


def _uses_pyside(module: ModuleType) -> bool:
    return getattr(module, "__name__", "").startswith(_QT_USERS)


def _skip_pyside_source_scan() -> None:
    """PySide6 reads the whole source of every module imported after it
    (`shibokensupport.feature._mod_uses_pyside`: `inspect.getsource`, which keeps every file's
    lines in `linecache`) to learn whether `__feature__` switching applies to the module. WSE Desk
    selects no `__feature__`, so the answer changes nothing; reading ~700 modules cost ~20 MB and
    ~0.1 s of every start (issue #13). The answer is given by the module's name instead; without
    that private function (another PySide6), nothing is changed."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


_skip_pyside_source_scan()
