"""The intake screens: the ED-3 wizard, the Toetsing panel (findings, information request) and the
provider finder (ED-13), on a real SQLite database."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.gui.support import exposed, shown, shown_window, sync_ops
from tests.integration.advice_helpers import decide
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError
from wsedesk.models import (
    AuditEntry,
    Base,
    Dossier,
    RecognitionApplication,
    Supervisor,
    WorkingArea,
)
from wsedesk.models import Suspension as SuspensionRow
from wsedesk.services import checks, providers, recognition
from wsedesk.services.dossiers import DossierFilter, list_dossiers
from wsedesk.services.terms import apply_transition, dossier_terms
from wsedesk.views.findings_panel import FindingsPanel
from wsedesk.views.intake_form import (
    PAGE_AREA,
    PAGE_DECLARATION,
    PAGE_EXPERIENCE,
    PAGE_ORGANISATION,
    PAGE_PROCEDURE,
    PAGE_SUBCONTRACTORS,
)
from wsedesk.views.intake_wizard import IntakeWizard
from wsedesk.views.main_window import DOSSIERS, ORGANISATIES, MainWindow
from wsedesk.views.provider_finder import ProviderFinderDialog

DATA = Path(__file__).resolve().parents[1] / "data" / "intake"
JAN = "85.07.30-033.28"  # valid check digits (docs/intake-json.md)
AN = "92011517850"


# --- helpers --------------------------------------------------------------------------------------


def row_counts(ctx: AppContext) -> dict[str, int]:
    with ctx.uow() as uow:
        return {
            t.name: int(uow.session.execute(select(func.count()).select_from(t)).scalar_one())
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing the wizard with typed input asks (modally); tests that leave input behind discard it."""
    monkeypatch.setattr(IntakeWizard, "_confirm_discard", lambda self: True)


@pytest.fixture
def wizard(qtbot: QtBot, sqlite_ctx: AppContext) -> Iterator[IntakeWizard]:
    w = exposed(qtbot, IntakeWizard(sqlite_ctx, sync_ops()))
    yield w


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def fill_organisation(
    wizard: IntakeWizard,
    *,
    kbo: str,
    name: str,
    kind: str,
    street: str,
    postcode: str,
    municipality: str,
    contact: str,
    email: str,
) -> None:
    page = wizard.organisation_page
    page.kbo_edit.setText(kbo)
    page.name_edit.setText(name)
    page.set_kind(kind)
    page.street_edit.setText(street)
    page.postcode_edit.setText(postcode)
    page.municipality_edit.setText(municipality)
    page.contact_name_edit.setText(contact)
    page.contact_email_edit.setText(email)


def fill_intro_vzw(wizard: IntakeWizard) -> None:
    fill_organisation(
        wizard,
        kbo="BE 428 759 497",
        name="Groep Intro vzw",
        kind="vzw",
        street="Brusselsesteenweg 460",
        postcode="9050",
        municipality="Gent",
        contact="Sofie Claes",
        email="sofie.claes@groepintro.be",
    )


def type_supervisor(wizard: IntakeWizard, first: str, last: str, number: str) -> None:
    page = wizard.experience_page
    page.add_supervisor()
    page.first_name_edit.setText(first)
    page.last_name_edit.setText(last)
    page.national_edit.setText(number)
    page.national_edit.editingFinished.emit()  # leaving the field validates and masks the number


def fill_supervisors(qtbot: QtBot, wizard: IntakeWizard) -> None:
    page = wizard.experience_page
    page.motivation_edit.setPlainText("Sinds 2012 begeleiden wij jaarlijks een veertigtal werknemers.")
    type_supervisor(wizard, "Jan", "Peeters", JAN)
    page.diploma_combo.setCurrentIndex(page.diploma_combo.findData("ba-sociaal-werk"))
    for check in page.competence_checks.values():
        check.setChecked(True)
    type_supervisor(wizard, "An", "Maes", AN)
    page.years_spin.setValue(3)
    page.competence_checks["samenwerken"].setChecked(True)


def fill_up_to_the_area(qtbot: QtBot, wizard: IntakeWizard) -> None:
    """Groep Intro vzw, full procedure, two supervisors, no subcontractors: on to the area page."""
    fill_intro_vzw(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_supervisors(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def fill_area_and_declaration(qtbot: QtBot, wizard: IntakeWizard, areas: list[str], capacity: int) -> None:
    assert wizard.currentId() == PAGE_AREA
    page = wizard.area_page
    for text in areas:
        page.search_edit.setText(text)
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    page.capacity_spin.setValue(capacity)
    page.motivation_edit.setPlainText("Wij werken vanuit onze zetel in de hele regio.")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_DECLARATION
    declaration = wizard.declaration_page
    declaration.agreed_check.setChecked(True)
    declaration.signed_by_edit.setText("Koen Van den Broeck, algemeen directeur")


def texts_shown(root: QWidget) -> str:
    """Every text a user can see in the widget tree: fields, labels, buttons, table cells."""
    parts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLineEdit | QLabel | QAbstractButton):
            parts.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            parts.append(w.toPlainText())
        if isinstance(w, QTableWidget):
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None:
                        parts += [item.text(), item.toolTip()]
    return "\n".join(parts)


_INPUTS = (QLineEdit, QComboBox, QAbstractButton, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView)


def _wizard_buttons(wizard: QWizard) -> list[QAbstractButton]:
    which = (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
    )
    return [wizard.button(w) for w in which]


def assert_keyboard_reachable(wizard: IntakeWizard) -> None:
    """Every field of the current page is in the Tab chain and has a mnemonic; no mnemonic twice."""
    page = wizard.currentPage()
    fields = []
    for w in page.findChildren(QWidget):
        if not isinstance(w, _INPUTS) or not w.isVisibleTo(page) or not w.isEnabled():
            continue
        parent = w.parentWidget()
        internal = False
        while parent is not None and parent is not page:
            internal = internal or isinstance(parent, _INPUTS)
            parent = parent.parentWidget()
        if not internal:  # the line edit inside a spin box, a combo's list: part of their field
            fields.append(w)
    assert fields
    chain: list[QWidget] = []
    w = page.nextInFocusChain()
    while w is not page and len(chain) < 1000:
        chain.append(w)
        w = w.nextInFocusChain()
    buddies = {
        label.buddy()
        for label in page.findChildren(QLabel)
        if label.buddy() is not None and "&" in label.text() and label.isVisibleTo(page)
    }
    group_firsts = set()
    for box in page.findChildren(QGroupBox):
        if "&" in box.title():
            first = next(
                (c for c in box.findChildren(QWidget) if c.focusPolicy() & Qt.FocusPolicy.TabFocus), None
            )
            group_firsts.add(first)
    for field in fields:
        name = f"{type(field).__name__} {getattr(field, 'text', lambda: '')()!r} on page {wizard.currentId()}"
        if isinstance(field, QRadioButton):
            # Tab reaches an exclusive group once (Qt keeps one of its buttons in the chain); the
            # arrow keys move inside it, and each button has its own mnemonic.
            group = [b for b in fields if isinstance(b, QRadioButton) and b.group() is field.group()]
            assert any(b in chain and b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in group), name
        else:
            assert field.focusPolicy() & Qt.FocusPolicy.TabFocus, name
            assert field in chain, name
        if isinstance(field, QAbstractButton):
            assert "&" in field.text(), name
        else:
            assert field in buddies or field in group_firsts, name
    letters = [
        m.group(1).lower()
        for text in [
            *(
                lab.text()
                for lab in page.findChildren(QLabel)
                if lab.buddy() is not None and lab.isVisibleTo(page)
            ),
            *(b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)),
            *(g.title() for g in page.findChildren(QGroupBox)),
            *(b.text() for b in _wizard_buttons(wizard) if b.isVisible()),
        ]
        if (m := re.search(r"&([^&\s])", text))
    ]
    assert len(letters) == len(set(letters)), sorted(letters)


# --- the wizard -----------------------------------------------------------------------------------


def test_a_bad_kbo_number_keeps_the_wizard_on_page_one_with_the_message(
    qtbot: QtBot, wizard: IntakeWizard, sqlite_ctx: AppContext
) -> None:
    fill_intro_vzw(wizard)
    page = wizard.organisation_page
    page.kbo_edit.clear()
    qtbot.keyClicks(page.kbo_edit, "0428.759.49")
    assert not page.kbo_message.isVisible()  # not judged while the number is still being typed
    qtbot.keyClicks(page.kbo_edit, "8")
    assert page.kbo_message.isVisible()  # live, as soon as the number is whole
    assert "controlegetal" in page.kbo_message.text() and "97" in page.kbo_message.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_ORGANISATION
    assert QApplication.focusWidget() is page.kbo_edit
    assert row_counts(sqlite_ctx)["dossiers"] == 0
    page.kbo_edit.setText("0428.759.497")
    assert page.kbo_message.text().startswith("✓ 0428.759.497")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_PROCEDURE


def test_cancelling_with_typed_input_asks_first(
    qtbot: QtBot, wizard: IntakeWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(IntakeWizard, "_confirm_discard", lambda self: asked.append(True) or False)
    wizard.organisation_page.name_edit.setText("Groep Intro vzw")
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert asked == [True] and wizard.isVisible()  # "Annuleren" in the question: the input stays
    assert wizard.organisation_page.name_edit.text() == "Groep Intro vzw"
    wizard.organisation_page.name_edit.clear()
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert asked == [True] and not wizard.isVisible()  # nothing typed: closes without asking


def test_page_one_checks_the_postal_code_against_the_municipality(qtbot: QtBot, wizard: IntakeWizard) -> None:
    fill_intro_vzw(wizard)
    page = wizard.organisation_page
    page.postcode_edit.setText("2000")
    assert page.address_message.isVisible() and "2000 hoort niet bij Gent" in page.address_message.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_ORGANISATION
    # A postal code of one municipality fills in an empty municipality.
    page.municipality_edit.clear()
    page.postcode_edit.setText("3600")
    page.postcode_edit.editingFinished.emit()
    assert page.municipality_edit.text() == "Genk"
    assert not page.address_message.isVisible()


def test_a_simplified_application_skips_experience_and_supervisors(
    qtbot: QtBot, wizard: IntakeWizard, sqlite_ctx: AppContext
) -> None:
    fill_organisation(
        wizard,
        kbo="0876.543.270",
        name="Maatwerkbedrijf De Kempen",
        kind="maatwerkbedrijf",
        street="Industrieweg 12",
        postcode="3600",
        municipality="Genk",
        contact="Els Jacobs",
        email="els.jacobs@dekempen.be",
    )
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    procedure = wizard.procedure_page
    assert (
        procedure.yes_radio.isVisible() and procedure.no_radio.isVisible()
    )  # ED-2: offered to a maatwerkbedrijf
    assert_keyboard_reachable(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_PROCEDURE  # an answer is required
    assert "Kies ja of nee" in procedure.errors.text()
    procedure.yes_radio.setChecked(True)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_SUBCONTRACTORS  # the experience page is skipped
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_area_and_declaration(qtbot, wizard, ["Heel Vlaanderen (02000)"], 40)
    assert PAGE_EXPERIENCE not in wizard.visitedIds()
    data = wizard.application_data()
    assert "ervaring" not in data and data["vereenvoudigde_procedure"] is True
    assert data["onderaannemers"] == [] and data["werkingsgebied"]["nis"] == ["02000"]

    with qtbot.waitSignal(wizard.application_registered, timeout=2000) as signal:
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()  # it stays open to show the reference
    result = wizard.import_result
    assert result is not None and result.ok and result.reference == "ED-2025-00001"
    assert signal.args == [result.dossier_id]
    assert wizard.declaration_page.reference_label.text() == "ED-2025-00001"
    assert "23/06/2025" in wizard.declaration_page.success_label.text()  # ED-4: 7 days from 16 June
    with sqlite_ctx.uow() as uow:
        s = uow.session
        dossier = s.get(Dossier, uuid.UUID(result.dossier_id))
        assert dossier is not None and dossier.dossier_type == "ED" and dossier.status == "ingediend"
        assert "vereenvoudigde procedure" in dossier.subject
        app = s.scalar(select(RecognitionApplication).where(RecognitionApplication.dossier_id == dossier.id))
        assert app is not None and app.simplified_requested is True and app.capacity == 40
        assert app.experience_motivation is None
        assert s.scalar(select(func.count()).select_from(Supervisor)) == 0
        assert list(s.scalars(select(WorkingArea.nis_code))) == ["02000"]
    # "Sluiten" closes; nothing is imported twice.
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Sluiten"
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()
    assert row_counts(sqlite_ctx)["dossiers"] == 1


def test_a_full_application_with_two_supervisors(
    qtbot: QtBot, wizard: IntakeWizard, sqlite_ctx: AppContext
) -> None:
    fill_intro_vzw(wizard)
    assert_keyboard_reachable(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    # ED-2: a vzw is not asked about the simplified procedure.
    assert not wizard.procedure_page.yes_radio.isVisible()
    assert "volledige procedure" in wizard.procedure_page.kind_label.text()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_EXPERIENCE
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_EXPERIENCE  # motivation and supervisors are required
    assert "minstens één gekwalificeerde begeleider" in wizard.experience_page.errors.text()

    fill_supervisors(qtbot, wizard)
    page = wizard.experience_page
    assert_keyboard_reachable(wizard)
    # Shown masked once entered: in the table and in the field.
    assert [page.table.item(r, 1).text() for r in range(2)] == ["85.07.30-***.**", "92.01.15-***.**"]
    assert page.national_edit.text() == "92.01.15-***.**"
    assert page.table.item(0, 2).text() == "Bachelor sociaal werk"
    assert page.table.item(1, 2).text() == "3 jaar ervaring"
    assert "✓" in page.qualification_message.text()
    # Not stored yet: "Toon" has nothing to read (it is only for stored persons).
    assert not page.reveal_button.isEnabled()
    # A wrong number is refused without repeating it.
    type_supervisor(wizard, "Piet", "Fout", "85.07.30-033.29")
    assert page.national_message.text() == "Het controlegetal klopt niet."
    assert page.table.item(2, 1).text() == "ongeldig"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_EXPERIENCE
    assert "Begeleider 3 (Piet Fout): rijksregisternummer" in page.errors.text()
    page.remove_button.click()
    assert len(page.entries) == 2
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == PAGE_SUBCONTRACTORS

    wizard.subcontractors_page.add_subcontractor("0412.345.614", "Jobcoaching Oost vzw", True)
    assert_keyboard_reachable(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert_keyboard_reachable(wizard)
    fill_area_and_declaration(qtbot, wizard, ["Provincie Oost-Vlaanderen", "Mechelen"], 25)
    assert_keyboard_reachable(wizard)
    for number in (JAN, AN, "033.28", "17850"):
        assert number not in texts_shown(wizard)

    with qtbot.waitSignal(wizard.application_registered, timeout=2000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    result = wizard.import_result
    assert result is not None and result.ok and result.dossier_id
    with sqlite_ctx.uow() as uow:
        s = uow.session
        app = s.scalar(
            select(RecognitionApplication).where(
                RecognitionApplication.dossier_id == uuid.UUID(result.dossier_id)
            )
        )
        assert app is not None and app.simplified_requested is False and app.intervision_commitment is True
        sups = list(
            s.scalars(
                select(Supervisor).where(Supervisor.application_id == app.id).order_by(Supervisor.position)
            )
        )
        assert [(x.diploma_id, x.experience_years) for x in sups] == [("ba-sociaal-werk", None), (None, 3)]
        assert [x.national_number_masked for x in sups] == ["85.07.30-***.**", "92.01.15-***.**"]
        assert sorted(
            s.scalars(select(WorkingArea.nis_code).where(WorkingArea.application_id == app.id))
        ) == [
            "12025",
            "40000",
        ]
    view = recognition.get_application(sqlite_ctx, result.dossier_id)
    assert [x.name for x in view.subcontractors] == ["Jobcoaching Oost vzw"]

    # Stored now: back on part 3 the fields are read-only and "Toon" reads the number (audited).
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentId() == PAGE_EXPERIENCE
    assert not page.first_name_edit.isEnabled() and not page.add_button.isEnabled()
    page.table.selectRow(0)
    assert page.reveal_button.isEnabled()
    reveals_before = _reveals(sqlite_ctx)
    page.reveal_button.click()
    assert page.table.item(0, 1).text() == JAN
    assert "gelogd" in page.reveal_message.text()
    assert _reveals(sqlite_ctx) == reveals_before + 1
    page.table.selectRow(1)
    assert page.table.item(0, 1).text() == "85.07.30-***.**"  # masked again when the row is left


def _reveals(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return int(
            uow.session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "reveal")
            )
            or 0
        )


def test_an_import_problem_is_shown_and_nothing_is_stored(
    qtbot: QtBot, wizard: IntakeWizard, sqlite_ctx: AppContext
) -> None:
    fill_up_to_the_area(qtbot, wizard)
    # Brussels is not Flemish: the page warns at once, the import refuses it (only Flemish employers).
    fill_area_and_declaration(qtbot, wizard, ["Gent", "21004"], 10)
    assert "ligt niet in Vlaanderen" in wizard.area_page.list.item(1).toolTip()
    before = row_counts(sqlite_ctx)

    with qtbot.assertNotEmitted(wizard.application_registered):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible() and wizard.currentId() == PAGE_DECLARATION
    problems = wizard.declaration_page.problems_list
    assert problems.isVisible() and problems.count() == 1
    text = problems.item(0).text()
    assert "Deel 4" in text and "werkingsgebied.nis[1]: '21004' (Brussel) ligt niet in Vlaanderen" in text
    assert row_counts(sqlite_ctx) == before  # all or nothing
    assert wizard.import_result is None
    # The input is kept; the problem leads back to its page.
    assert wizard.declaration_page.signed_by_edit.text().startswith("Koen")
    problems.itemActivated.emit(problems.item(0))
    assert wizard.currentId() == PAGE_AREA
    assert wizard.area_page.codes == ["44021", "21004"]
    wizard.area_page.list.item(1).setSelected(True)
    wizard.area_page.remove_button.click()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    with qtbot.waitSignal(wizard.application_registered, timeout=2000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.declaration_page.problems_list.isVisible()
    assert row_counts(sqlite_ctx)["dossiers"] == 1


# --- the main window: Ctrl+N, and the Organisaties page's provider search --------------------------


@pytest.fixture
def window(qtbot: QtBot, sqlite_ctx: AppContext, tmp_path: Path) -> Iterator[MainWindow]:
    win = shown_window(qtbot, sqlite_ctx, tmp_path)
    win.activateWindow()
    yield win


def test_ctrl_n_opens_the_wizard_and_the_new_dossier_opens_after_registration(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.new_application_action.shortcut().toString() == "Ctrl+N"
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None and wizard.isVisible()
    fill_up_to_the_area(qtbot, wizard)
    fill_area_and_declaration(qtbot, wizard, ["Gent"], 10)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    result = wizard.import_result
    assert result is not None and result.ok
    assert window.stack.currentIndex() == DOSSIERS
    page = window.dossiers_page
    assert page.detail.dossier_id == result.dossier_id
    assert page.list_view.search_edit.text() == result.reference
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)  # Sluiten
    qtbot.waitUntil(lambda: window.findChild(IntakeWizard) is None)  # deleted on close


def test_the_organisaties_page_opens_the_provider_search(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(ORGANISATIES)
    page = window.organisations_page
    qtbot.mouseClick(page.providers_button, Qt.MouseButton.LeftButton)
    assert page.provider_finder is not None and page.provider_finder.isVisible()
    page.provider_finder.close()


# --- the Toetsing panel -----------------------------------------------------------------------------


def imported(ctx: AppContext, data: dict[str, Any]) -> str:
    result = recognition.import_application(ctx, data)
    assert result.ok, [str(p) for p in result.problems]
    assert result.dossier_id is not None
    return result.dossier_id


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return data


def test_the_findings_panel_lists_findings_and_a_request_stops_the_clock(
    qtbot: QtBot, sqlite_ctx: AppContext
) -> None:
    dossier_id = imported(sqlite_ctx, load("valid-full"))
    apply_transition(sqlite_ctx, dossier_id, "ontvankelijk", on=date(2025, 6, 4))  # ED-5 runs
    panel = exposed(qtbot, FindingsPanel(sqlite_ctx, sync_ops()), (900, 600))
    with qtbot.assertNotEmitted(panel.information_requested):
        panel.set_dossier(dossier_id)
    rows = {}
    for i in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(i)
        rows[item.text(0)] = item
    assert len(rows) == len(panel.findings) > 10
    quality = rows["ED-1 · kwaliteitsregistratie"]
    assert quality.text(1) == "onbekend" and "kwaliteitsregistratie" in quality.text(2)
    assert quality.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "geldige kwaliteitsregistratie: onbekend" in quality.toolTip(2)  # the evidence, in Dutch
    assert rows["ED-1 · gekwalificeerde begeleiders"].text(1) == "voldaan"
    assert rows["ED-7"].text(1) == "n.v.t."
    # "Onbekend" without a question (the department checks the subcontractor itself) cannot be asked.
    assert rows["ED-10"].text(1) == "onbekend"
    assert not rows["ED-10"].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "4 onbekend" in panel.summary_label.text()
    panel.tree.setCurrentItem(quality)
    assert "Bezorg het bewijs" in panel.details.toPlainText()
    assert "geldige kwaliteitsregistratie" in panel.details.toPlainText()  # the evidence, in Dutch
    assert not panel.request_button.isEnabled()

    quality.setCheckState(0, Qt.CheckState.Checked)
    assert panel.request_button.isEnabled()
    qtbot.mouseClick(panel.request_button, Qt.MouseButton.LeftButton)
    dialog = panel.request_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.text_edit.toPlainText().startswith(
        "Bezorg het bewijs dat uw organisatie een geldige kwaliteitsregistratie"
    )
    assert dialog.request_date() == date(2025, 6, 16)  # ctx.clock.today()
    dialog.text_edit.appendPlainText("Vermeld ook het nummer van uw certificaat.")
    with qtbot.waitSignal(panel.information_requested, timeout=2000) as signal:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert signal.args == [dossier_id]

    ed5 = next(t for t in dossier_terms(sqlite_ctx, dossier_id) if t.term_id == "ED-5")
    assert ed5.stopped and ed5.result.status == "stopped" and ed5.result.due is None
    with sqlite_ctx.uow() as uow:
        [reason] = list(uow.session.scalars(select(SuspensionRow.reason)))
    assert reason.endswith("Vermeld ook het nummer van uw certificaat.")  # the edited text is what is asked
    # The panel shows the stopped clock and offers nothing more to ask until the answer is in.
    assert "staat stil sinds 16/06/2025" in panel.clock_label.text()
    assert "gevraagd op 16/06/2025" in panel.message.text()
    for i in range(panel.tree.topLevelItemCount()):
        assert not panel.tree.topLevelItem(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not panel.request_button.isEnabled()


def test_the_toetsing_services(sqlite_ctx: AppContext) -> None:
    dossier_id = imported(sqlite_ctx, load("valid-full"))
    overview = checks.dossier_findings(sqlite_ctx, dossier_id, date(2025, 6, 16))
    assert (
        overview.checkable and overview.reference == "ED-2025-00001" and overview.clock_stopped_since is None
    )
    assert overview.findings == tuple(
        checks.check_dossier_findings(sqlite_ctx, dossier_id, date(2025, 6, 16))
    )
    with pytest.raises(
        BadInputError, match="ED-10"
    ):  # no question to the applicant: the department checks it
        checks.request_missing_information_with_text(
            sqlite_ctx, dossier_id, date(2025, 6, 16), ["ED-10"], "x"
        )
    with pytest.raises(BadInputError, match="Vermeld welke informatie"):
        checks.request_missing_information_with_text(sqlite_ctx, dossier_id, date(2025, 6, 16), ["ED-1"], " ")
    assert row_counts(sqlite_ctx)["suspensions"] == 0
    request = checks.request_missing_information_with_text(
        sqlite_ctx, dossier_id, date(2025, 6, 16), ["ed-1"], "Bezorg uw kwaliteitsregistratie.\n"
    )
    assert request.text == "Bezorg uw kwaliteitsregistratie." and [q.rule_id for q in request.questions] == [
        "ED-1"
    ]
    overview = checks.dossier_findings(sqlite_ctx, dossier_id, date(2025, 6, 16))
    assert overview.clock_stopped_since == date(2025, 6, 16) and overview.stopped_term == "ED-4"


def test_a_refused_request_keeps_the_dialog_open(qtbot: QtBot, sqlite_ctx: AppContext) -> None:
    dossier_id = imported(sqlite_ctx, load("valid-full"))
    panel = shown(qtbot, FindingsPanel(sqlite_ctx, sync_ops()))
    panel.set_dossier(dossier_id)
    assert panel.set_checked("ED-1", "kwaliteitsregistratie") == 1
    qtbot.mouseClick(panel.request_button, Qt.MouseButton.LeftButton)
    dialog = panel.request_dialog
    assert dialog is not None
    dialog.text_edit.clear()
    with qtbot.assertNotEmitted(panel.information_requested):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Vermeld welke informatie ontbreekt" in dialog.message.text()
    dialog.text_edit.setPlainText("Bezorg uw kwaliteitsregistratie.")
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-30))  # before the submission: refused
    assert dialog.request_date() < date(2025, 6, 2)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "vóór de indiening" in dialog.message.text()
    assert dialog.text_edit.toPlainText() == "Bezorg uw kwaliteitsregistratie."
    dialog.reject()


def test_the_findings_panel_is_honest_about_dossiers_without_application_data(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    panel = shown(qtbot, FindingsPanel(demo_ctx, sync_ops()))
    assert "Kies een dossier" in panel.empty_label.text()
    [old_ed] = list_dossiers(demo_ctx, DossierFilter(dossier_type="ED"), limit=1)
    panel.set_dossier(old_ed.id)
    assert panel.empty_label.isVisible() and not panel.tree.isVisible()
    assert (
        "geen aanvraaggegevens" in panel.empty_label.text() and old_ed.reference in panel.empty_label.text()
    )
    for dossier_type in ("MW", "DV"):
        [row] = list_dossiers(demo_ctx, DossierFilter(dossier_type=dossier_type), limit=1)
        panel.set_dossier(row.id)
        assert "geen automatische toetsingen" in panel.empty_label.text()
    panel.set_dossier(None)
    assert "Kies een dossier" in panel.empty_label.text()


# --- the provider finder (ED-13) --------------------------------------------------------------------


def test_the_provider_finder_finds_a_recognised_provider_and_exports_it(
    qtbot: QtBot, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = load("valid-full")
    data["werkingsgebied"]["nis"] = ["44021"]
    data["onderaannemers"] = []
    dossier_id = imported(sqlite_ctx, data)
    apply_transition(sqlite_ctx, dossier_id, "ontvankelijk", on=date(2025, 6, 4))
    apply_transition(sqlite_ctx, dossier_id, "advies_opmaken", on=date(2025, 6, 10))
    decide(sqlite_ctx, dossier_id, "erkennen", on=date(2025, 6, 12))
    imported(sqlite_ctx, {**load("valid-simplified")})  # submitted, not recognised: not listed

    dialog = exposed(qtbot, ProviderFinderDialog(sqlite_ctx))
    assert not dialog.export_button.isEnabled()
    dialog.municipality_edit.setText("Gent")
    qtbot.keyClick(dialog.municipality_edit, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(6)] == [
        "Groep Intro vzw",
        "0428.759.497",
        "de gemeente zelf",
        "Gent",
        "25",
        "11/06/2030",
    ]
    assert dialog.count_label.text() == "1 erkende dienstverlener"
    assert "sofie.claes@groepintro.be" in dialog.table.item(0, 0).toolTip()

    target = tmp_path / "dienstverleners gent"
    monkeypatch.setattr(dialog, "_ask_export_path", lambda: str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "dienstverleners gent.xlsx"
    assert dialog.last_export == written and written.is_file()
    sheet = load_workbook(written, read_only=True)["Dienstverleners"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == providers.PROVIDER_HEADERS
    assert [r[1] for r in rows[1:]] == ["Groep Intro vzw"]

    # Enough capacity asked, or another region: nothing; outside Flanders: a message.
    dialog.capacity_spin.setValue(26)
    dialog.search()
    assert dialog.table.rowCount() == 0 and "Geen erkende dienstverlener" in dialog.count_label.text()
    assert not dialog.export_button.isEnabled()
    dialog.capacity_spin.setValue(0)
    dialog.municipality_edit.setText("Brussel")
    dialog.search()
    assert dialog.message.isVisible() and "ligt niet in Vlaanderen" in dialog.message.text()
