"""Typed settings with defaults and versioned upgrade steps (Picard-style), stored as JSON."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from wsedesk.paths import user_config_dir

log = logging.getLogger(__name__)

SETTINGS_VERSION = 3
LANGUAGES: tuple[str, ...] = ("nl", "en")  # Dutch is the source language; English from .qm files


@dataclass
class Settings:
    database_url: str | None = None  # None: the per-user SQLite file
    # Werkbak traffic light: "due soon" when at most this many working days remain.
    warn_working_days: int = 5
    # Werkbak reminders: a recognition's ED-7 end shows this many calendar days ahead.
    reminder_lead_days: int = 90
    page_size: int = 200
    language: str = "nl"  # one of LANGUAGES
    # Rolling automatic backups of the local SQLite file (services/backup.py); 0 switches them off.
    auto_backups: int = 7
    # New local SQLite files are encrypted with SQLCipher (storage/encryption.py); key in the keyring.
    encrypt_local_database: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    # v1 called the Werkbak threshold "warn_days".
    if "warn_days" in data:
        data["warn_working_days"] = data.pop("warn_days")
    return data


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    # v3 knows two languages by code ("nl_BE", "Nederlands" and the like become "nl"), and never
    # keeps a database password in the file: it moves to the system keyring (services/connection.py)
    # when the user saves the connection again.
    language = str(data.get("language") or "nl").strip().lower()
    data["language"] = "en" if language.startswith(("en", "engels")) else "nl"
    url = data.get("database_url")
    if isinstance(url, str) and "://" in url:
        head, _, rest = url.partition("://")
        credentials, at, place = rest.rpartition("@")
        if at and ":" in credentials:
            data["database_url"] = f"{head}://{credentials.split(':', 1)[0]}@{place}"
            log.warning("Settings: a database password was removed from the settings file")
    return data


UPGRADE_STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2, 2: _v2_to_v3}


def settings_path() -> Path:
    return user_config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("Settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    version = int(raw.pop("settings_version", 1))
    while version < SETTINGS_VERSION:
        raw = UPGRADE_STEPS[version](raw)
        version += 1
    return Settings.from_dict(raw)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    data = {"settings_version": SETTINGS_VERSION, **asdict(settings)}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    tmp.replace(path)
