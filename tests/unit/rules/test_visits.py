"""Site-visit rules: checklists as data, follow-ups, status steps, attachments, the three-way merge."""

from __future__ import annotations

from datetime import date

import pytest

from wsedesk.rules import visits as V
from wsedesk.rules.roles import Role

FIELDS = ("verdict", "note")


# --- checklists ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("visit_type", V.VISIT_TYPES)
def test_every_visit_type_has_a_checklist_whose_items_cite_a_rule(visit_type: str) -> None:
    c = V.checklist(visit_type)
    assert c.visit_type == visit_type and c.version >= 1 and c.items
    assert len({i.key for i in c.items}) == len(c.items)
    for item in c.items:
        assert item.rule, item.key
        assert set(item.may_start) <= {"informatievraag", "sanctie"}
    assert c.procedure in {"intensief-werkplekleren", "collectief-maatwerk", "individueel-maatwerk"}


def test_tw2_checklists_cover_work_meetings_complaints_quality_review_contract_and_audit() -> None:
    text = " ".join(i.text for t in ("functioneel", "coachend", "formeel") for i in V.checklist(t).items)
    for needle in ("werkoverleg", "Klachten", "kwaliteitsgesprek", "opdracht", "audit"):
        assert needle in text
    assert {V.checklist(t).rule for t in ("functioneel", "coachend", "formeel")} == {"TW-2"}
    assert V.checklist("opvolgbezoek").rule == "MW-4"


def test_guidance_in_practice_checklist_has_the_six_points_of_section_3_2() -> None:
    texts = [i.text for i in V.checklist("begeleiding").items]
    joined = " ".join(texts)
    assert "elke dag bereikbaar" in joined
    assert "binnen 5 werkdagen" in joined
    assert "minstens elke 2 weken" in joined
    assert "collega-coach" in joined and "dagelijks" in joined
    assert "ondersteuningsplan" in joined.lower()
    assert "ondertekend door de werknemer" in joined
    assert "laatste wijziging van de begeleidingspremie" in joined


def test_a_checklist_version_the_program_does_not_know_is_refused_in_dutch() -> None:
    with pytest.raises(V.VisitRuleError, match="versie 99 is niet gekend"):
        V.checklist("begeleiding", 99)
    with pytest.raises(V.VisitRuleError, match="Onbekend soort bezoek"):
        V.checklist("picknick")
    with pytest.raises(V.VisitRuleError, match="staat niet op de checklist"):
        V.checklist("formeel").item("bestaat-niet")


# --- follow-ups ----------------------------------------------------------------------------------------


def test_only_niet_in_orde_may_start_a_follow_up() -> None:
    item = V.checklist("opvolgbezoek").item("doelgroep-aandeel")
    dossiers = [V.DossierRef("d1", "MW-2024-00001", "MW", "toegekend")]
    assert V.possible_follow_ups(item, "in_orde", dossiers) == []
    assert V.possible_follow_ups(item, "niet_nagegaan", dossiers) == []
    found = V.possible_follow_ups(item, "niet_in_orde", dossiers)
    assert [f.kind for f in found] == ["informatievraag", "sanctie"]
    sanction = found[1]
    assert sanction.action == "intrekken" and sanction.dossier_id == "d1" and sanction.rule == "MW-1"
    assert sanction.roles == frozenset({Role.TEAMVERANTWOORDELIJKE})


def test_a_sanction_is_offered_only_where_the_dossier_status_allows_it() -> None:
    item = V.checklist("begeleiding").item("collega-coach")
    qr_valid = V.DossierRef("q", "QR-1", "QR", "gevalideerd")
    qr_refused = V.DossierRef("r", "QR-2", "QR", "geweigerd")
    found = V.possible_follow_ups(item, "niet_in_orde", [qr_refused, qr_valid])
    sanctions = [f for f in found if f.kind == "sanctie"]
    assert [(f.dossier_id, f.action) for f in sanctions] == [("q", "schorsing_voornemen")]
    # an item that only allows an information request never proposes a sanction
    plan = V.checklist("begeleiding").item("ondersteuningsplan")
    assert [f.kind for f in V.possible_follow_ups(plan, "niet_in_orde", [qr_valid])] == ["informatievraag"]


def test_information_request_text_cites_the_rule_and_the_note() -> None:
    item = V.checklist("begeleiding").item("plan-ondertekend")
    assert V.information_request_text(item, " nog niet getekend ") == (
        "Informatie opvragen (§3.2): Het ondersteuningsplan is ondertekend door de werknemer. — nog niet getekend"
    )


# --- status steps ----------------------------------------------------------------------------------------


def _step(
    current: str, target: str, findings: dict[str, tuple[str, str]], on: date = date(2025, 6, 10)
) -> list[str]:
    items = V.checklist("formeel").items
    return V.check_step(
        current,
        target,
        on=on,
        today=date(2025, 6, 16),
        planned_on=date(2025, 6, 10),
        items=items,
        findings=findings,
    )


def test_a_report_is_ready_only_when_every_item_is_judged_and_every_niet_in_orde_says_why() -> None:
    keys = [i.key for i in V.checklist("formeel").items]
    assert len(_step("uitgevoerd", "verslag_klaar", {})) == len(keys)
    findings = {k: ("in_orde", "") for k in keys}
    assert _step("uitgevoerd", "verslag_klaar", findings) == []
    findings[keys[0]] = ("niet_in_orde", "  ")
    assert _step("uitgevoerd", "verslag_klaar", findings) == [
        f"Zeg waarom '{V.checklist('formeel').items[0].text}' niet in orde is."
    ]


def test_steps_follow_the_table_and_never_into_the_future() -> None:
    assert _step("gepland", "uitgevoerd", {}) == []
    assert "kan niet naar" in _step("gepland", "afgesloten", {})[0]
    assert "toekomst" in _step("gepland", "uitgevoerd", {}, on=date(2025, 6, 17))[0]


def test_reference_and_week() -> None:
    assert V.visit_reference("3f9a2c1d0000", date(2025, 6, 12)) == "BZ-2025-3F9A2C1D"
    assert V.week_of(date(2025, 6, 18)) == (date(2025, 6, 16), date(2025, 6, 22))
    assert V.week_of(date(2025, 6, 16)) == (date(2025, 6, 16), date(2025, 6, 22))


# --- attachments -------------------------------------------------------------------------------------------


def test_attachment_type_comes_from_the_content_not_the_name() -> None:
    assert V.attachment_type(b"\xff\xd8\xff\xe0rest", shown_name="scan.pdf") == ("image/jpeg", "jpg")
    assert V.attachment_type(b"\x89PNG\r\n\x1a\nrest", shown_name="x") == ("image/png", "png")
    assert V.attachment_type(b"%PDF-1.7\n", shown_name="x.jpg") == ("application/pdf", "pdf")
    with pytest.raises(V.VisitRuleError, match=r"'foto\.jpg' is geen foto"):
        V.attachment_type(b"MZ\x90\x00 an executable", shown_name="foto.jpg")
    with pytest.raises(V.VisitRuleError, match="leeg"):
        V.attachment_type(b"", shown_name="leeg.png")
    with pytest.raises(V.VisitRuleError, match="hoogstens 15 MB"):
        V.attachment_type(b"%PDF-" + b"0" * V.MAX_ATTACHMENT_BYTES, shown_name="groot.pdf")


def test_the_users_file_name_is_kept_as_data_only() -> None:
    assert V.safe_shown_name("../../etc/passwd") == "passwd"
    assert V.safe_shown_name("C:\\Users\\piet\\foto 1.jpg") == "foto 1.jpg"
    assert V.safe_shown_name("a\x00b\nc.png") == "abc.png"
    assert len(V.safe_shown_name("x" * 500)) == 200


# --- the three-way merge -------------------------------------------------------------------------------------

BASE = {"verdict": "in_orde", "note": ""}


def test_a_record_made_on_the_laptop_merges_without_question() -> None:
    d = V.merge_record(FIELDS, base=None, laptop={"verdict": "niet_in_orde", "note": "x"}, central=None)
    assert d.action == "create" and d.values == {"verdict": "niet_in_orde", "note": "x"}


def test_an_edit_on_an_unchanged_central_record_is_applied_field_by_field() -> None:
    d = V.merge_record(FIELDS, base=BASE, laptop={"verdict": "in_orde", "note": "ok"}, central=dict(BASE))
    assert d.action == "update" and d.values == {"note": "ok"}


def test_nothing_changed_on_the_laptop_leaves_central_alone() -> None:
    assert (
        V.merge_record(FIELDS, base=BASE, laptop=dict(BASE), central={"verdict": "x", "note": "y"}).action
        == "noop"
    )
    assert V.merge_record(FIELDS, base=BASE, laptop=dict(BASE), central=None).action == "noop"


@pytest.mark.parametrize(
    ("base", "laptop", "central", "kind"),
    [
        (BASE, {"verdict": "niet_in_orde", "note": "a"}, {"verdict": "in_orde", "note": "b"}, "edit/edit"),
        (BASE, {"verdict": "niet_in_orde", "note": "a"}, None, "edit/delete"),
        (BASE, None, {"verdict": "in_orde", "note": "b"}, "delete/edit"),
        (None, {"verdict": "niet_in_orde", "note": "a"}, {"verdict": "in_orde", "note": ""}, "create/create"),
    ],
)
def test_each_conflict_kind_shows_all_three_sides(
    base: dict[str, str] | None, laptop: dict[str, str] | None, central: dict[str, str] | None, kind: str
) -> None:
    d = V.merge_record(FIELDS, base=base, laptop=laptop, central=central)
    assert d.action == "conflict" and d.kind == kind
    assert [c.field for c in d.fields] == list(FIELDS)
    for c in d.fields:
        assert c.base == (base or {}).get(c.field)
        assert c.laptop == (laptop or {}).get(c.field)
        assert c.central == (central or {}).get(c.field)


def test_deletions_apply_when_central_did_not_change_and_vanish_when_both_deleted() -> None:
    assert V.merge_record(FIELDS, base=BASE, laptop=None, central=dict(BASE)).action == "delete"
    assert V.merge_record(FIELDS, base=BASE, laptop=None, central=None).action == "noop"
    assert V.merge_record(FIELDS, base=None, laptop=None, central=None).action == "noop"


def test_the_same_edit_or_the_same_creation_on_both_sides_is_no_conflict() -> None:
    same = {"verdict": "niet_in_orde", "note": "a"}
    assert V.merge_record(FIELDS, base=BASE, laptop=same, central=dict(same)).action == "noop"
    assert V.merge_record(FIELDS, base=None, laptop=same, central=dict(same)).action == "noop"


def test_suggested_merge_takes_each_sides_own_changes_and_central_where_both_changed() -> None:
    d = V.merge_record(
        ("verdict", "note", "follow_up"),
        base={"verdict": "in_orde", "note": "", "follow_up": None},
        laptop={"verdict": "niet_in_orde", "note": "laptop", "follow_up": None},
        central={"verdict": "in_orde", "note": "centraal", "follow_up": "informatievraag"},
    )
    assert V.suggested_merge(d.fields) == {
        "verdict": "niet_in_orde",
        "note": "centraal",
        "follow_up": "informatievraag",
    }
