"""Letter templates as data: loading, placeholders, validation, filling in (documents/templates.py)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from wsedesk.documents.letters import KINDS, PLACEHOLDERS, known_placeholders, validate_letter_template
from wsedesk.documents.templates import (
    LetterTemplate,
    MissingValueError,
    Placeholder,
    TemplateError,
    fill,
    list_placeholders,
    load_template,
    parse_template,
    template_dir,
    template_to_json,
    tokenize,
    validate_template,
)
from wsedesk.errors import NotFoundError


def _template(**changes: object) -> LetterTemplate:
    base = LetterTemplate(
        kind="weigering",
        version=1,
        title="Weigering",
        subject="Weigering {dossier.kenmerk}",
        salutation="{geadresseerde.aanhef},",
        body=("Op {beslissing.datum} werd beslist.", "{beslissing.motivering}"),
        closing="Met vriendelijke groeten,",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


CATALOGUE = {
    "dossier.kenmerk": Placeholder("dossier.kenmerk", "ons kenmerk"),
    "geadresseerde.aanhef": Placeholder("geadresseerde.aanhef", "aanhef"),
    "beslissing.datum": Placeholder("beslissing.datum", "datum"),
    "beslissing.motivering": Placeholder("beslissing.motivering", "redenen", block=True),
}


# --- shipped templates ------------------------------------------------------------------------


def test_every_kind_has_a_valid_shipped_template() -> None:
    files = {p.stem for p in template_dir().glob("*.json")} - {"procedures"}
    assert files == set(KINDS)
    for kind in KINDS:
        template = load_template(kind)
        assert template.kind == kind
        assert template.version >= 1
        assert validate_letter_template(template) == [], kind


def test_refusal_letters_carry_the_reconsideration_clause() -> None:
    used = list_placeholders(load_template("weigering"))
    assert "heroverweging.termijn_dagen" in used
    assert "procedure.heroverweging_regel" in used


def test_information_request_states_the_stopped_clock() -> None:
    used = list_placeholders(load_template("informatievraag"))
    assert "termijn.stand" in used
    assert "ontbrekende_informatie" in used


def test_catalogue_per_kind() -> None:
    assert "bevindingen" in known_placeholders("advies")
    assert "bevindingen" not in known_placeholders("ontvankelijk")
    assert "organisatie.naam" in known_placeholders("verval")
    assert all(PLACEHOLDERS[name].description for name in PLACEHOLDERS)


# --- placeholders -----------------------------------------------------------------------------


def test_list_placeholders_in_order_without_duplicates() -> None:
    template = _template(body=("{beslissing.datum} en {dossier.kenmerk}", "{beslissing.motivering}"))
    assert list_placeholders(template) == [
        "dossier.kenmerk",
        "geadresseerde.aanhef",
        "beslissing.datum",
        "beslissing.motivering",
    ]
    assert list_placeholders("a {x.y} b {{niet}} {x.y} {z}") == ["x.y", "z"]


def test_tokenize_reports_syntax_errors() -> None:
    _, errors = tokenize("open { zonder sluiten")
    assert errors and "'{'" in errors[0]
    _, errors = tokenize("{Hoofdletter}")
    assert errors and "ongeldige plaatshouder" in errors[0]
    _, errors = tokenize("los }")
    assert errors
    assert tokenize("{{letterlijk}}")[1] == []


# --- validation -------------------------------------------------------------------------------


def test_valid_template_has_no_problems() -> None:
    assert validate_template(_template(), CATALOGUE) == []


def test_unknown_placeholder_is_an_error_with_a_suggestion() -> None:
    problems = validate_template(_template(subject="Weigering {dossier.kenmerkk}"), CATALOGUE)
    assert len(problems) == 1
    assert problems[0].placeholder == "dossier.kenmerkk"
    assert problems[0].location == "onderwerp"
    assert "onbekende plaatshouder" in problems[0].message
    assert "{dossier.kenmerk}" in problems[0].message  # the suggestion


def test_unknown_placeholder_against_plain_names() -> None:
    problems = validate_template(_template(), ["dossier.kenmerk", "geadresseerde.aanhef", "beslissing.datum"])
    assert [p.placeholder for p in problems] == ["beslissing.motivering"]


def test_block_placeholder_must_stand_alone() -> None:
    problems = validate_template(_template(body=("Redenen: {beslissing.motivering}",)), CATALOGUE)
    assert [p.placeholder for p in problems] == ["beslissing.motivering"]
    assert "eigen alinea" in problems[0].message
    problems = validate_template(_template(subject="{beslissing.motivering}"), CATALOGUE)
    assert any(p.placeholder == "beslissing.motivering" for p in problems)


def test_markup_and_structure_problems() -> None:
    problems = validate_template(_template(body=("**niet afgesloten", "")), CATALOGUE)
    messages = " | ".join(p.message for p in problems)
    assert "vet" in messages
    assert "lege alinea" in messages
    assert validate_template(_template(body=("Q\\*for is een label",)), CATALOGUE) == []


def test_required_placeholders_of_a_kind() -> None:
    template = load_template("informatievraag")
    stripped = dataclasses.replace(template, body=tuple(p for p in template.body if p != "{termijn.stand}"))
    problems = validate_letter_template(stripped)
    assert any(p.placeholder == "termijn.stand" and "moet" in p.message for p in problems)


def test_placeholder_of_another_kind_is_unknown() -> None:
    template = load_template("ontvankelijk")
    changed = dataclasses.replace(template, body=(*template.body, "{bevindingen}"))
    problems = validate_letter_template(changed)
    assert [p.placeholder for p in problems] == ["bevindingen"]


def test_characters_the_font_cannot_print_are_reported() -> None:
    template = dataclasses.replace(load_template("verval"), closing="Met vriendelijke groeten 漢,")
    problems = validate_letter_template(template)
    assert any("漢" in p.message for p in problems)


# --- filling in -------------------------------------------------------------------------------


def test_fill_escapes_text_and_applies_markup() -> None:
    values = {"organisatie.naam": "A & B <vzw> **geen markup** Q*for"}
    assert (
        fill("Aan **{organisatie.naam}** & co, *cursief*", values)
        == "Aan <b>A &amp; B &lt;vzw&gt; **geen markup** Q*for</b> &amp; co, <i>cursief</i>"
    )
    assert fill("Aan **{organisatie.naam}**", values, markup=False) == "Aan A & B <vzw> **geen markup** Q*for"
    assert fill("{{x}} \\* regel\ntwee", {}) == "{x} * regel<br/>twee"


@pytest.mark.parametrize("value", [None, "", "   "])
def test_missing_value_raises_naming_the_placeholder(value: str | None) -> None:
    with pytest.raises(MissingValueError) as caught:
        fill(
            "Op {beslissing.datum}.", {"beslissing.datum": value}, descriptions={"beslissing.datum": "datum"}
        )
    assert caught.value.placeholder == "beslissing.datum"
    assert "{beslissing.datum}" in caught.value.message
    assert "ontbreekt" in caught.value.message


def test_fill_rejects_broken_syntax() -> None:
    with pytest.raises(TemplateError):
        fill("Op {beslissing.datum", {"beslissing.datum": "x"})


# --- files ------------------------------------------------------------------------------------


def test_json_round_trip() -> None:
    template = load_template("advies")
    again = parse_template(template_to_json(template))
    assert again == template
    assert json.loads(template_to_json(template))["version"] == template.version


def test_parse_errors_list_every_problem() -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template("{not json")
    assert "JSON" in caught.value.message
    with pytest.raises(TemplateError) as caught:
        parse_template(json.dumps({"schema": 1, "kind": "x", "version": "1", "extra": 1}))
    locations = {p.location for p in caught.value.problems}
    assert {"version", "title", "subject", "body", "bestand"} <= locations


def test_load_unknown_or_unsafe_kind(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        load_template("bestaat-niet")
    with pytest.raises(NotFoundError):
        load_template("../../pyproject")
    (tmp_path / "verval.json").write_text(template_to_json(load_template("erkenning")), encoding="utf-8")
    with pytest.raises(TemplateError):
        load_template("verval", tmp_path)


def test_docs_list_every_kind_and_placeholder() -> None:
    docs = (Path(__file__).resolve().parents[3] / "docs" / "letters.md").read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"`{kind}`" in docs, kind
    for name in PLACEHOLDERS:
        assert name in docs, name
