"""The user's own settings that are not the database: language and the Werkbak's lead times.

They live in the settings file (settings.py), per user; a change is saved at once and applies
from the next start (language) or the next refresh of the Werkbak (lead time).
"""

from __future__ import annotations

from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.settings import LANGUAGES, Settings, save_settings

MAX_WARN_WORKING_DAYS = 60
MAX_REMINDER_LEAD_DAYS = 366


def set_language(settings: Settings, language: str) -> None:
    """Dutch ("nl", the default) or English ("en"); the window speaks it from the next start."""
    if language not in LANGUAGES:
        raise BadInputError(
            N_("Onbekende taal (kies uit {l}).").format(l=", ".join(LANGUAGES)), where=N_("Taal")
        )
    settings.language = language
    save_settings(settings)


def set_warn_working_days(settings: Settings, days: int) -> None:
    """The Werkbak shows a term as "binnenkort" when at most this many working days remain."""
    _set_days(
        settings,
        "warn_working_days",
        days,
        MAX_WARN_WORKING_DAYS,
        N_("Kies tussen 0 en {m} werkdagen."),
        N_("Binnenkort"),
    )


def set_reminder_lead_days(settings: Settings, days: int) -> None:
    """The Werkbak reminds of a recognition's end (ED-7) this many calendar days ahead."""
    _set_days(
        settings,
        "reminder_lead_days",
        days,
        MAX_REMINDER_LEAD_DAYS,
        N_("Kies tussen 0 en {m} dagen."),
        N_("Herinnering vooraf"),
    )


def _set_days(settings: Settings, name: str, days: int, most: int, refusal: str, where: str) -> None:
    """Set a number of days from 0 to `most` and save; outside that range `refusal` (with {m})."""
    if not 0 <= days <= most:
        raise BadInputError(refusal.format(m=most), where=where)
    setattr(settings, name, days)
    save_settings(settings)
