"""Edited letter templates: a team lead saves a new version, audited, and the next letter uses it."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.integration.test_letters_service import _dossier
from tests.integration.users import context_as
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.documents.templates import TemplateError
from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.models import AuditEntry
from wsedesk.rules.roles import Role
from wsedesk.services import letter_templates as templates
from wsedesk.services import letters as letter_service
from wsedesk.services import terms as term_service
from wsedesk.services.database import check_database

NEW_SENTENCE = "Deze zin staat enkel in de aangepaste versie van het sjabloon."


def _pdf_text(pdf: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages).replace(
        "\n", " "
    )


def _edited(kind: str = "ontvankelijk") -> templates.LetterTemplate:
    shipped = templates.shipped_template(kind)
    return replace(shipped, body=(*shipped.body[:2], NEW_SENTENCE, *shipped.body[2:]))


def _admissible_dossier(ctx: AppContext) -> str:
    dossier_id = _dossier(ctx)
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    return dossier_id


def test_without_an_edit_letters_use_the_shipped_template(ctx: AppContext) -> None:
    assert templates.user_template("ontvankelijk") is None
    assert not templates.is_customised("ontvankelijk")
    assert templates.current_template("ontvankelijk") == templates.shipped_template("ontvankelijk")
    body = _pdf_text(letter_service.generate_letter(ctx, _admissible_dossier(ctx), "ontvankelijk").content)
    assert "sjabloon versie 1" in body and NEW_SENTENCE not in body


def test_a_saved_version_is_audited_and_used_by_the_next_letter(ctx: AppContext) -> None:
    dossier_id = _admissible_dossier(ctx)
    saved = templates.save_template(ctx, _edited())
    assert (saved.kind, saved.version, saved.previous_version) == ("ontvankelijk", 2, 1)
    assert saved.path == templates.user_template_dir() / "ontvankelijk.json"
    stored_text = saved.path.read_text(encoding="utf-8")
    assert json.loads(stored_text)["version"] == 2
    assert hashlib.sha256(stored_text.encode("utf-8")).hexdigest() == saved.sha256
    assert (templates.user_template_dir() / "history" / "ontvankelijk-v2.json").read_text(
        encoding="utf-8"
    ) == stored_text
    assert templates.is_customised("ontvankelijk")
    assert templates.current_template("ontvankelijk").version == 2

    letter = letter_service.generate_letter(ctx, dossier_id, "ontvankelijk")
    body = _pdf_text(letter.content)
    assert NEW_SENTENCE in body and "sjabloon versie 2" in body
    preview = letter_service.render_for_dossier(ctx, dossier_id, "ontvankelijk")
    assert NEW_SENTENCE in _pdf_text(preview)

    with ctx.uow() as uow:
        entries = list(uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "letter_template")))
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.action, entry.entity_id, entry.actor) == ("template", "ontvankelijk", ctx.user.login)
    assert entry.changes["version"] == 2 and entry.changes["previous_version"] == 1
    assert entry.changes["sha256"] == saved.sha256
    recorded = entry.changes["template"]
    assert isinstance(recorded, dict) and NEW_SENTENCE in recorded["body"]
    assert check_database(ctx.db).ok  # the audit chain still verifies

    again = replace(templates.current_template("ontvankelijk"), closing="Met hoogachting,")
    second = templates.save_template(ctx, again)
    assert (second.version, second.previous_version) == (3, 2)
    assert "Met hoogachting" in _pdf_text(
        letter_service.generate_letter(ctx, dossier_id, "ontvankelijk").content
    )


def test_only_a_team_lead_saves(ctx: AppContext, db_url: str, clock: FixedClock) -> None:
    officer = context_as(db_url, clock, "behandelaar", [Role.DOSSIERBEHANDELAAR])
    try:
        with pytest.raises(PermissionDeniedError, match="teamverantwoordelijke"):
            templates.save_template(officer, _edited())
    finally:
        officer.close()
    assert templates.user_template("ontvankelijk") is None


def test_an_invalid_or_unchanged_template_is_not_saved(ctx: AppContext) -> None:
    shipped = templates.shipped_template("ontvankelijk")
    broken = replace(shipped, subject=shipped.subject + " {dossier.kenmerkk}")
    with pytest.raises(TemplateError) as caught:
        templates.save_template(ctx, broken)
    assert [p.placeholder for p in caught.value.problems] == ["dossier.kenmerkk"]
    assert "Bedoelt u {dossier.kenmerk}?" in caught.value.message
    with pytest.raises(BadInputError, match="niet gewijzigd"):
        templates.save_template(ctx, shipped)
    assert templates.user_template("ontvankelijk") is None
    assert not (templates.user_template_dir() / "ontvankelijk.json").exists()
    with ctx.uow() as uow:
        assert not uow.session.scalar(select(AuditEntry).where(AuditEntry.entity == "letter_template"))


def test_an_unreadable_edit_stops_letters_instead_of_using_another_text(ctx: AppContext) -> None:
    dossier_id = _admissible_dossier(ctx)
    folder = templates.user_template_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ontvankelijk.json").write_text("{ niet af", encoding="utf-8")
    with pytest.raises(TemplateError, match="geen geldige JSON") as caught:
        letter_service.generate_letter(ctx, dossier_id, "ontvankelijk")
    assert "ontvankelijk.json" in str(caught.value)
