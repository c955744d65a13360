"""Tender partners (TW-1, TW-2) and applications for the accepted list (QR-2 a) in the window.

Two registration dialogs (a partner's offer → a TW dossier, `register_tender_partner`; a label
manager's application → a KB dossier, `register_proof_application`) and the panels of the dossier
screen's *Gegevens* tab: a TW dossier's facts with its bid's score among the bids of its tender
and lot (`update_tender_partner`, version-checked), and a KB application with the team lead's
judgement (`judge_proof_application`). Publishing is the workflow step *publiceren* (the
dossier's steps, services/steps.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import ConflictError, UserError
from wsedesk.rules.quality_reference import AREA_LABELS
from wsedesk.rules.roles import Role
from wsedesk.services.quality_proofs import (
    ProofApplicationView,
    get_proof_application,
    judge_proof_application,
    register_proof_application,
)
from wsedesk.services.tender_partners import (
    TenderPartnerView,
    get_tender_partner,
    register_tender_partner,
    update_tender_partner,
)
from wsedesk.views.common import tr_data
from wsedesk.views.conflict_dialog import ConflictDialog
from wsedesk.views.form_dialog import FormDialog
from wsedesk.views.form_fields import date_edit, to_qdate
from wsedesk.views.organisation_picker import OrganisationPicker
from wsedesk.views.widgets import InlineMessage, button_row

NO_DATE = date(2000, 1, 1)  # a date field's minimum: shown blank, read as no date

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations
    from wsedesk.views.tasks import TaskProgress


def _date_edit(value: date | None, *, latest: date | None = None) -> QDateEdit:
    """A day field that may be empty: its minimum, NO_DATE, shows blank and reads as no date."""
    edit = date_edit(NO_DATE, latest=latest)
    edit.setMinimumDate(to_qdate(NO_DATE))
    edit.setSpecialValueText(" ")  # the minimum shows empty: no date
    set_date(edit, value)
    return edit


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(to_qdate(value) if value else edit.minimumDate())


def picked_date(edit: QDateEdit) -> date | None:
    return None if edit.date() == edit.minimumDate() else edit.date().toPython()


def _text_edit(max_height: int) -> QPlainTextEdit:
    """A few lines of free text; Tab moves on to the next field."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(max_height)
    return edit


def _decimal_text(value: Decimal | None) -> str:
    return "" if value is None else str(value).replace(".", ",")


def _area_checks(owner: QWidget, layout: QHBoxLayout) -> dict[str, QCheckBox]:
    checks: dict[str, QCheckBox] = {}
    for area, label in AREA_LABELS.items():
        check = QCheckBox(tr_data(label))
        checks[area] = check
        layout.addWidget(check)
    layout.addStretch(1)
    return checks


class _RegisterDialog(FormDialog):
    """Shared frame: the organisation, a form, a message line, Inschrijven/Annuleren."""

    dossier_registered = Signal(str, str)  # dossier id, reference

    def __init__(
        self,
        ctx: AppContext,
        ops: Operations,
        organisation_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, ops, parent, min_width=560)
        self.reference: str | None = None
        today = ctx.clock.today()
        self.submitted_edit = _date_edit(today, latest=today)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.picker = OrganisationPicker(ctx, self)
        if organisation_id is not None:
            self.picker.choose(organisation_id)
        label = QLabel(self.tr("&Organisatie"))
        label.setBuddy(self.picker.search_edit)
        self.form.addRow(label, self.picker)
        layout.addLayout(self.form)
        self._build()
        self._add_buttons(layout, self.tr("Inschrijven"), self.tr("Annuleren"))

    def _build(self) -> None:
        """The dialog's own fields, below the organisation (in `self.form`)."""
        raise NotImplementedError

    def organisation_id(self) -> str | None:
        org_id = self.picker.chosen_id
        if org_id is None:
            self.message.show_message(self.tr("Kies de organisatie."))
        return org_id

    def submitted_on(self) -> date | None:
        submitted = picked_date(self.submitted_edit)
        if submitted is None:
            self.message.show_message(self.tr("Vul de datum van indiening in."))
        return submitted

    def _write(self, org_id: str, submitted: date) -> Callable[[TaskProgress], Any]:
        """The registration of what the form holds, its values read now (the write runs on the runner)."""
        raise NotImplementedError

    @Slot()
    def _on_accepted(self) -> None:
        org_id = self.organisation_id()
        if org_id is None:
            return
        submitted = self.submitted_on()
        if submitted is None:
            return
        write = self._write(org_id, submitted)

        def registered(result: Any) -> None:
            self.reference = result.name
            (dossier_id,) = result.changes.dossier_ids
            self.accept()
            self.dossier_registered.emit(dossier_id, result.name)

        self._run(write, registered)


class TenderPartnerDialog(_RegisterDialog):
    """A candidate partner's offer for a tender (and lot) of Intensief Werkplekleren: a new TW dossier."""

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Nieuwe tenderpartner (Intensief Werkplekleren)"))
        self.tender_edit = QLineEdit()
        self.tender_edit.setMaxLength(200)
        self.tender_edit.setPlaceholderText(self.tr("bv. IWP 2026"))
        self.lot_edit = QLineEdit()
        self.lot_edit.setMaxLength(100)
        self.lot_edit.setPlaceholderText(self.tr("bv. Perceel 3 — Limburg"))
        self.experience_edit = _text_edit(90)
        self.form.addRow(self.tr("O&pdracht"), self.tender_edit)
        self.form.addRow(self.tr("Perc&eel"), self.lot_edit)
        self.form.addRow(self.tr("Ingediend &op"), self.submitted_edit)
        self.form.addRow(self.tr("&Ervaring (TW-1)"), self.experience_edit)

    def _write(self, org_id: str, submitted: date) -> Callable[[TaskProgress], Any]:
        tender, lot = self.tender_edit.text(), self.lot_edit.text()
        experience = self.experience_edit.toPlainText()
        return lambda _p: register_tender_partner(
            self._ctx,
            org_id,
            tender=tender,
            lot=lot,
            submitted_on=submitted,
            experience_description=experience or None,
        )


class ProofApplicationDialog(_RegisterDialog):
    """The manager of a quality label not on the accepted list applies (QR-2 a): a new KB dossier."""

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Nieuwe aanvraag kwaliteitsbewijs op de lijst"))
        self.proof_edit = QLineEdit()
        self.proof_edit.setMaxLength(200)
        self.description_edit = _text_edit(90)
        self.audit_combo = QComboBox()
        self.audit_combo.addItem(self.tr("niet vermeld"), None)
        self.audit_combo.addItem(self.tr("ja, na een audit of assessment"), True)
        self.audit_combo.addItem(self.tr("nee"), False)
        areas = QHBoxLayout()
        self.area_checks = _area_checks(self, areas)
        self.form.addRow(self.tr("&Kwaliteitsbewijs"), self.proof_edit)
        self.form.addRow(self.tr("Ingediend &op"), self.submitted_edit)
        self.form.addRow(self.tr("&Beschrijving"), self.description_edit)
        self.form.addRow(self.tr("&Toegekend na audit"), self.audit_combo)
        self.form.addRow(self.tr("Domeinen volgens de aanvrager"), areas)

    def _write(self, org_id: str, submitted: date) -> Callable[[TaskProgress], Any]:
        name, description = self.proof_edit.text(), self.description_edit.toPlainText()
        audit = self.audit_combo.currentData()
        areas = [a for a, check in self.area_checks.items() if check.isChecked()]
        return lambda _p: register_proof_application(
            self._ctx,
            org_id,
            proof_name=name,
            submitted_on=submitted,
            description=description,
            audit_based=audit,
            areas_claimed=areas,
        )


_TRI = (None, True, False)  # similar experience: unknown, yes, no


class _FactsPanel(QWidget):
    """A dossier's facts on the *Gegevens* tab: what the panel lays out, then the message line and
    one button at the right that saves through `ops`; after a save the facts are read again."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._ops = ctx, ops
        self.message = InlineMessage()

    def load(self, dossier_id: str) -> None:
        raise NotImplementedError

    def _add_button(self, layout: QVBoxLayout, button: QPushButton, on_clicked: Callable[[], None]) -> None:
        """The message line and `button` (clicked: `on_clicked`) at the foot of `layout`."""
        layout.addWidget(self.message)
        layout.addLayout(button_row(button))
        layout.addStretch(1)
        button.clicked.connect(on_clicked)

    def _saved(self, dossier_id: str, text: str) -> None:
        """After a save: the facts as stored now, and `text` (already translated) saying so."""
        self.load(dossier_id)
        self.message.show_message(text, "ok")


class TenderFactsPanel(_FactsPanel):
    """A TW dossier's facts, editable, and its bid's points and rank among its tender's bids (TW-1)."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ops, parent)
        self.view: TenderPartnerView | None = None
        self.conflict_dialog: ConflictDialog | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.tender_edit = QLineEdit()
        self.lot_edit = QLineEdit()
        self.similar_combo = QComboBox()
        for value, text in zip(_TRI, (self.tr("onbekend"), self.tr("ja"), self.tr("nee")), strict=True):
            self.similar_combo.addItem(text, value)
        self.experience_edit = _text_edit(70)
        self.price_edit = QLineEdit()
        self.price_edit.setPlaceholderText(self.tr("bv. 125000,00"))
        self.score_edit = QLineEdit()
        self.score_edit.setPlaceholderText(self.tr("0 tot 100"))
        self.contract_edit = QLineEdit()
        self.contract_start_edit = _date_edit(None)
        self.contract_end_edit = _date_edit(None)
        form.addRow(self.tr("O&pdracht"), self.tender_edit)
        form.addRow(self.tr("Perc&eel"), self.lot_edit)
        form.addRow(self.tr("Ervaring &gelijkaardig (TW-1)"), self.similar_combo)
        form.addRow(self.tr("Ervaring (&beschrijving)"), self.experience_edit)
        form.addRow(self.tr("P&rijs offerte (€)"), self.price_edit)
        form.addRow(self.tr("&Kwaliteitsscore"), self.score_edit)
        form.addRow(self.tr("Contract&kenmerk"), self.contract_edit)
        form.addRow(self.tr("Contract be&gin"), self.contract_start_edit)
        form.addRow(self.tr("Contract ein&de"), self.contract_end_edit)
        layout.addLayout(form)
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        layout.addWidget(self.score_label)
        self.save_button = QPushButton(self.tr("Gegevens op&slaan"))
        self._add_button(layout, self.save_button, self.save)

    def load(self, dossier_id: str) -> None:
        view = get_tender_partner(self._ctx, dossier_id)
        self.view = view
        self.set_form_values(view.values())
        if view.score is None:
            self.score_label.setText(
                self.tr("Nog geen volledige offerte (prijs en kwaliteitsscore) in de fase offerte of later.")
            )
        else:
            s = view.score
            self.score_label.setText(
                self.tr(
                    "Score (TW-1): kwaliteit {q} + prijs {p} = {t} punten — plaats {r} van {n} offertes "
                    "voor deze opdracht en dit perceel."
                ).format(
                    q=_decimal_text(s.quality_points),
                    p=_decimal_text(s.price_points),
                    t=_decimal_text(s.total),
                    r=s.rank,
                    n=view.bids_scored,
                )
            )

    def set_form_values(self, values: dict[str, Any]) -> None:
        self.tender_edit.setText(values.get("tender") or "")
        self.lot_edit.setText(values.get("lot") or "")
        self.similar_combo.setCurrentIndex(_TRI.index(values.get("similar_experience")))
        self.experience_edit.setPlainText(values.get("experience_description") or "")
        self.price_edit.setText(_decimal_text(values.get("bid_price")))
        self.score_edit.setText(_decimal_text(values.get("quality_score")))
        self.contract_edit.setText(values.get("contract_reference") or "")
        set_date(self.contract_start_edit, values.get("contract_start"))
        set_date(self.contract_end_edit, values.get("contract_end"))

    def form_values(self) -> dict[str, Any]:
        """As typed: numbers stay text (the service reads them and names a wrong one)."""
        return {
            "tender": self.tender_edit.text(),
            "lot": self.lot_edit.text(),
            "experience_description": self.experience_edit.toPlainText() or None,
            "similar_experience": self.similar_combo.currentData(),
            "bid_price": self.price_edit.text().strip() or None,
            "quality_score": self.score_edit.text().strip() or None,
            "contract_reference": self.contract_edit.text(),
            "contract_start": picked_date(self.contract_start_edit),
            "contract_end": picked_date(self.contract_end_edit),
        }

    def changed_values(self) -> dict[str, Any]:
        assert self.view is not None
        loaded = self.view.values()
        shown = {
            **loaded,
            "bid_price": _decimal_text(loaded["bid_price"]) or None,
            "quality_score": _decimal_text(loaded["quality_score"]) or None,
            "experience_description": loaded["experience_description"] or None,
        }
        return {k: v for k, v in self.form_values().items() if v != shown[k]}

    @Slot()
    def save(self) -> None:
        view = self.view
        if view is None:
            return
        changes = self.changed_values()
        if not changes:
            self.message.show_message(self.tr("Geen wijzigingen om op te slaan."), "info")
            return
        original = {k: view.values()[k] for k in changes}
        self._ops.run(
            lambda _p: update_tender_partner(
                self._ctx, view.dossier_id, expected_version=view.version, changes=changes, original=original
            ),
            on_success=lambda _r: self._saved(view.dossier_id, self.tr("Opgeslagen.")),
            on_failure=lambda error: self._on_failed(error, changes),
        )

    def _on_failed(self, error: BaseException, mine: dict[str, Any]) -> None:
        if not isinstance(error, ConflictError):
            self.message.show_error(error)
            return
        labels = {
            "tender": self.tr("Opdracht"),
            "lot": self.tr("Perceel"),
            "experience_description": self.tr("Ervaring"),
            "similar_experience": self.tr("Ervaring gelijkaardig"),
            "bid_price": self.tr("Prijs"),
            "quality_score": self.tr("Kwaliteitsscore"),
            "contract_reference": self.tr("Contractkenmerk"),
            "contract_start": self.tr("Contract begin"),
            "contract_end": self.tr("Contract einde"),
        }
        self.conflict_dialog = ConflictDialog(error, field_labels=labels, parent=self)
        self.conflict_dialog.finished.connect(lambda result: self._on_conflict_finished(result, mine))
        self.conflict_dialog.open()

    def _on_conflict_finished(self, result: int, mine: dict[str, Any]) -> None:
        if self.view is None or result not in (
            ConflictDialog.LOAD_THEIRS,
            ConflictDialog.KEEP_MINE_ON_THEIRS,
        ):
            return
        self.load(self.view.dossier_id)
        if result == ConflictDialog.KEEP_MINE_ON_THEIRS:
            self.set_form_values({**self.view.values(), **mine})


class ProofApplicationPanel(_FactsPanel):
    """A KB application as filed, and the team lead's judgement: the name on the list and the areas covered."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ops, parent)
        self.view: ProofApplicationView | None = None
        layout = QVBoxLayout(self)
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.facts_label)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        areas = QHBoxLayout()
        self.area_checks = _area_checks(self, areas)
        form.addRow(self.tr("&Naam op de lijst"), self.name_edit)
        form.addRow(self.tr("Gedekte domeinen (QR-1)"), areas)
        layout.addLayout(form)
        self.judge_button = QPushButton(self.tr("&Beoordeling opslaan"))
        self.judge_button.setToolTip(
            self.tr("Enkel de teamverantwoordelijke; daarna publiceert de stap 'Publiceren' de nieuwe lijst.")
        )
        self._add_button(layout, self.judge_button, self.judge)

    def load(self, dossier_id: str) -> None:
        view = get_proof_application(self._ctx, dossier_id)
        self.view = view
        audit = {None: self.tr("niet vermeld"), True: self.tr("ja"), False: self.tr("nee")}[view.audit_based]
        claimed = ", ".join(tr_data(AREA_LABELS[a]) for a in view.areas_claimed) or self.tr("geen")
        lines = [
            self.tr("Kwaliteitsbewijs: <b>{n}</b>").format(n=escape(view.proof_name)),
            self.tr("Na audit of assessment: {a}; domeinen volgens de aanvrager: {d}").format(
                a=audit, d=claimed
            ),
        ]
        if view.description:
            lines.append(escape(view.description))
        if view.publication_id:
            lines.append(
                self.tr("Gepubliceerd als {i} in {p}.").format(i=view.label_id or "?", p=view.publication_id)
            )
        self.facts_label.setText("<br>".join(lines))
        self.name_edit.setText(view.judged_name or view.proof_name)
        judged = view.areas_judged if view.areas_judged is not None else view.areas_claimed
        for area, check in self.area_checks.items():
            check.setChecked(area in judged)
        may_judge = self._ctx.user.has(Role.TEAMVERANTWOORDELIJKE) and view.publication_id is None
        for widget in (self.name_edit, self.judge_button, *self.area_checks.values()):
            widget.setEnabled(may_judge)

    @Slot()
    def judge(self) -> None:
        view = self.view
        if view is None:
            return
        name = self.name_edit.text()
        areas = [a for a, check in self.area_checks.items() if check.isChecked()]
        self._ops.run(
            lambda _p: judge_proof_application(
                self._ctx, view.dossier_id, expected_version=view.version, name=name, areas=areas
            ),
            on_success=lambda _r: self._saved(
                view.dossier_id, self.tr("Beoordeling opgeslagen; publiceer met de stap 'Publiceren'.")
            ),
            on_failure=self.message.show_error,
        )


class DossierFactsTab(QWidget):
    """The dossier screen's *Gegevens* tab: the TW facts or the KB application, by dossier type."""

    TYPES = ("TW", "KB")

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tender_panel = TenderFactsPanel(ctx, ops)
        self.proof_panel = ProofApplicationPanel(ctx, ops)
        layout.addWidget(self.tender_panel)
        layout.addWidget(self.proof_panel)
        self.tender_panel.hide()
        self.proof_panel.hide()

    def show_dossier(self, dossier_type: str, dossier_id: str) -> bool:
        """Show the dossier's facts; False for a type without them (the tab is hidden then)."""
        self.tender_panel.setVisible(dossier_type == "TW")
        self.proof_panel.setVisible(dossier_type == "KB")
        try:
            if dossier_type == "TW":
                self.tender_panel.load(dossier_id)
            elif dossier_type == "KB":
                self.proof_panel.load(dossier_id)
            else:
                return False
        except UserError:  # a dossier taken over without its facts
            self.tender_panel.hide()
            self.proof_panel.hide()
            return False
        return True


__all__ = [
    "DossierFactsTab",
    "ProofApplicationDialog",
    "ProofApplicationPanel",
    "TenderFactsPanel",
    "TenderPartnerDialog",
]
