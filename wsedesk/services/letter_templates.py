"""Letter templates edited in Beheer: saved as new versions in the user's data folder, audited.

The shipped templates stay in resources/letters/ (read-only, replaced by a program update). A
team lead's edit is saved as `<user data>/letters/<kind>.json` with the next version number, and
letters (services/letters.py) use that file when it exists. Every saved version is also kept as
`letters/history/<kind>-v<n>.json`, and the audit trail records it with its full text and hash,
so "sjabloon versie n" on a letter can always be traced back to its text.

The folder is per user (platformdirs), not in the database: an edit applies to letters made from
this user account. Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from wsedesk.documents.letters import letter_kind, validate_letter_template
from wsedesk.documents.templates import (
    LetterTemplate,
    TemplateError,
    load_template,
    template_path,
    template_to_dict,
    template_to_json,
)
from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.paths import user_data_dir
from wsedesk.rules.roles import Role
from wsedesk.storage import audit

if TYPE_CHECKING:
    from wsedesk.context import AppContext

HISTORY_FOLDER = "history"


@dataclass(frozen=True)
class SavedTemplate:
    """What `save_template` wrote: the new version, the one it replaces, the file and its hash."""

    kind: str
    version: int
    previous_version: int
    path: Path
    sha256: str


def user_template_dir() -> Path:
    """`<user data>/letters/`, where edited templates live (created on the first save)."""
    return user_data_dir() / "letters"


def shipped_template(kind: str) -> LetterTemplate:
    """The template shipped with the program (resources/letters/<kind>.json)."""
    letter_kind(kind)
    return load_template(kind)


def user_template(kind: str) -> LetterTemplate | None:
    """The user's edited template of `kind`, or None when there is none.

    A file that exists but cannot be read raises TemplateError naming the file: a letter is
    never silently made from another text than the one the team lead saved.
    """
    letter_kind(kind)
    directory = user_template_dir()
    if not template_path(kind, directory).is_file():
        return None
    return load_template(kind, directory=directory)


def current_template(kind: str) -> LetterTemplate:
    """The template letters of `kind` use now: the user's edit if there is one, else the shipped one."""
    return user_template(kind) or shipped_template(kind)


def is_customised(kind: str) -> bool:
    """True when letters of `kind` use an edited template."""
    return template_path(kind, user_template_dir()).is_file()


def _same_text(a: LetterTemplate, b: LetterTemplate) -> bool:
    return replace(a, version=b.version, source=None) == replace(b, source=None)


def save_template(ctx: AppContext, template: LetterTemplate) -> SavedTemplate:
    """Save an edited template as the next version of its kind (team lead only), audited.

    The version is one more than both the current and the shipped version, so version numbers
    only go up, also after a program update ships a newer text. Refuses an invalid template
    (TemplateError with every problem) and a template identical to the current one.
    """
    if not ctx.user.has(Role.TEAMVERANTWOORDELIJKE):
        raise PermissionDeniedError(N_("Enkel een teamverantwoordelijke past briefsjablonen aan."))
    kind = template.kind
    letter_kind(kind)
    problems = validate_letter_template(template, kind)
    if problems:
        raise TemplateError(problems, where=kind)
    shipped = shipped_template(kind)
    previous = user_template(kind)
    current = previous or shipped
    if _same_text(template, current):
        raise BadInputError(
            N_("Het sjabloon '{k}' is niet gewijzigd: er is niets om op te slaan.").format(k=kind)
        )
    version = max(current.version, shipped.version) + 1
    new = replace(template, version=version, source=None)
    text = template_to_json(new)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()

    directory = user_template_dir()
    history = directory / HISTORY_FOLDER
    history.mkdir(parents=True, exist_ok=True)
    path = template_path(kind, directory)
    pending = directory / f".{kind}.json.tmp"
    pending.write_text(text, encoding="utf-8")
    try:
        # The audit entry first: if it cannot be written, the template is not changed either.
        with ctx.uow(write=True) as uow:
            audit.record(
                uow.session,
                "template",
                "letter_template",
                kind,
                {
                    "version": version,
                    "previous_version": current.version,
                    "based_on": "eigen" if previous else "meegeleverd",
                    "sha256": digest,
                    "template": template_to_dict(new),
                },
            )
            uow.commit()
        (history / f"{kind}-v{version}.json").write_text(text, encoding="utf-8")
        os.replace(pending, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            pending.unlink()
    return SavedTemplate(kind, version, current.version, path, digest)
