"""Dialogs of the Organisaties page: a new or edited organisation, an establishment, closing, merging.

Each dialog collects input and runs one write service of `services/organisations.py` or
`services/organisation_lifecycle.py` through `ops` (the one runner); a refused write's Dutch
message is shown inside the dialog and nothing is stored. KBO and establishment numbers are
checked with `rules/identifiers.py`, the municipality and postal code against the reference list
(`services/reference.py`) — the same checks the services and `wsedesk org` make.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import ConflictError, UserError
from wsedesk.rules.identifiers import (
    IdentifierError,
    format_enterprise_number,
    format_establishment_number,
    normalise_enterprise_number,
    normalise_establishment_number,
)
from wsedesk.services import organisation_lifecycle as lifecycle
from wsedesk.services.organisations import (
    ORGANISATION_FIELDS,
    OrganisationDetail,
    OrganisationFilter,
    add_establishment,
    get_organisation,
    list_organisations,
    organisation_kinds,
    register_organisation,
    update_organisation,
)
from wsedesk.views.audit_dialogs import OrganisationAuditDialog
from wsedesk.views.common import tr_data
from wsedesk.views.conflict_dialog import ConflictDialog
from wsedesk.views.form_dialog import FormDialog
from wsedesk.views.form_fields import (
    AddressFields,
    OrganisationIdentityFields,
    date_edit,
    from_qdate,
    number_row,
)
from wsedesk.views.organisation_picker import OrganisationPicker

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations


def field_labels(widget: QWidget) -> dict[str, str]:
    """The Dutch label of each of ORGANISATION_FIELDS (the conflict dialog, the merge's choices)."""
    return {
        "name": widget.tr("Naam"),
        "kind": widget.tr("Soort"),
        "street": widget.tr("Straat en nummer"),
        "postal_code": widget.tr("Postcode"),
        "municipality_nis": widget.tr("Gemeente"),
        "email": widget.tr("E-mail"),
        "phone": widget.tr("Telefoon"),
    }


class OrganisationDialog(FormDialog):
    """A new organisation (no id) or an edit of one; an edit is saved with the version it was loaded at."""

    organisation_registered = Signal(str, str)  # id, KBO number (formatted) of a new organisation

    def __init__(
        self,
        ctx: AppContext,
        ops: Operations,
        organisation_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Nieuwe organisatie") if organisation_id is None else self.tr("Organisatie bewerken")
        super().__init__(ctx, ops, parent, title=title, min_width=540)
        self.organisation_id = organisation_id
        self.detail: OrganisationDetail | None = None
        self.conflict_dialog: ConflictDialog | None = None
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.identity = OrganisationIdentityFields(self, form, organisation_kinds())
        self.kbo_edit, self.kbo_message, self.name_edit, self.kind_combo = self.identity.widgets()
        self.address = AddressFields(self, form)
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        form.addRow(self.tr("&E-mail"), self.email_edit)
        form.addRow(self.tr("&Telefoon"), self.phone_edit)
        layout.addLayout(form)
        self._add_buttons(layout, self.tr("Opslaan"), self.tr("Annuleren"))
        self.kbo_edit.textChanged.connect(self._on_kbo_text_changed)
        if organisation_id is not None:
            self._load(organisation_id)
            # Issue #11 item 5: who changed this organisation, and when (views/audit_dialogs.py).
            self.audit_button = self.buttons.addButton(
                self.tr("&Auditspoor…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.audit_button.clicked.connect(self._on_audit_clicked)

    # --- values ----------------------------------------------------------------------------------

    def _load(self, organisation_id: str) -> None:
        detail = get_organisation(self._ctx, organisation_id)
        self.detail = detail
        self.kbo_edit.setText(detail.enterprise_number)
        self.kbo_edit.setReadOnly(True)  # the KBO number is who it is: never changed
        self.kbo_message.show_message(self.tr("Het ondernemingsnummer kan niet gewijzigd worden."), "info")
        self.set_form_values(detail.values())

    def set_form_values(self, values: dict[str, Any]) -> None:
        self.name_edit.setText(values.get("name") or "")
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(values.get("kind"))))
        self.address.set_values(
            values.get("street"), values.get("postal_code"), values.get("municipality_nis")
        )
        self.email_edit.setText(values.get("email") or "")
        self.phone_edit.setText(values.get("phone") or "")

    def form_values(self) -> dict[str, Any]:
        """The fields of ORGANISATION_FIELDS as typed (a municipality not on the list raises BadInputError)."""
        return {
            "name": self.name_edit.text().strip(),
            "kind": self.kind_combo.currentData() or "",
            **self.address.values(),
            "email": self.email_edit.text().strip() or None,
            "phone": self.phone_edit.text().strip() or None,
        }

    def kbo_problem(self) -> str:
        return self.identity.kbo_problem()

    # --- saving ----------------------------------------------------------------------------------

    @Slot()
    def _on_accepted(self) -> None:
        try:
            values = self.form_values()
        except UserError as exc:
            self.message.show_error(exc)
            return
        if self.detail is None:
            problem = self.kbo_problem()
            if problem:
                self.kbo_message.show_at(self.kbo_edit, problem)
                return
            number = self.kbo_edit.text().strip()
            self._run(
                lambda _p: register_organisation(self._ctx, enterprise_number=number, **values),
                self._on_registered,
            )
            return
        detail = self.detail
        original = detail.values()
        changes = {k: v for k, v in values.items() if (original.get(k) or None) != (v or None)}
        if not changes:
            self.accept()
            return
        self._ops.run(
            lambda _p: update_organisation(
                self._ctx, detail.id, expected_version=detail.version, changes=changes, original=original
            ),
            on_success=lambda _r: self.accept(),
            on_failure=lambda error: self._on_update_failed(error, changes),
        )

    @Slot()
    def _on_audit_clicked(self) -> None:
        assert self.detail is not None
        self.audit_dialog = OrganisationAuditDialog(self._ctx, self.detail.id, self.detail.name, self)
        self.audit_dialog.open()

    def _on_registered(self, result: Any) -> None:
        self.organisation_id = result.id
        self.accept()
        self.organisation_registered.emit(result.id, result.number)

    def _on_update_failed(self, error: BaseException, mine: dict[str, Any]) -> None:
        if not isinstance(error, ConflictError):
            self.message.show_error(error)
            return
        self.conflict_dialog = ConflictDialog(error, field_labels=field_labels(self), parent=self)
        self.conflict_dialog.finished.connect(lambda result: self._on_conflict_finished(result, mine))
        self.conflict_dialog.open()

    def _on_conflict_finished(self, result: int, mine: dict[str, Any]) -> None:
        if result not in (ConflictDialog.LOAD_THEIRS, ConflictDialog.KEEP_MINE_ON_THEIRS):
            return  # closed: the form stays as the user left it
        assert self.organisation_id is not None
        self._load(self.organisation_id)
        if result == ConflictDialog.KEEP_MINE_ON_THEIRS:
            assert self.detail is not None
            self.set_form_values({**self.detail.values(), **mine})
            self.message.show_message(
                self.tr("Hun versie is geladen met uw wijzigingen erop; kijk na en sla opnieuw op."),
                "warning",
            )
        else:
            self.message.show_message(self.tr("Hun versie is geladen; uw wijziging vervalt."), "info")

    @Slot(str)
    def _on_kbo_text_changed(self, text: str) -> None:
        if self.detail is not None:
            return
        digits = "".join(ch for ch in text if ch.isdigit())
        problem = self.kbo_problem()
        if not text.strip() or (problem and len(digits) < 10):
            self.kbo_message.clear_message()  # wait for a whole number before calling it wrong
        elif problem:
            self.kbo_message.show_message(problem)
        else:
            number = normalise_enterprise_number(text)
            formatted = format_enterprise_number(number)
            known = next(
                (
                    r.name
                    for r in list_organisations(self._ctx, OrganisationFilter(text=number), limit=5)
                    if r.enterprise_number == formatted
                ),
                "",
            )
            if known:
                self.kbo_message.show_message(
                    self.tr("{n} is al gekend als {o}.").format(n=formatted, o=known), "warning"
                )
            else:
                self.kbo_message.show_message(self.tr("✓ {n}").format(n=formatted), "ok")


class EstablishmentDialog(FormDialog):
    """A new establishment (vestiging) of an organisation: its number, name and address."""

    def __init__(
        self, ctx: AppContext, ops: Operations, organisation_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, ops, parent, title=self.tr("Vestiging toevoegen"), min_width=520)
        self._organisation_id = organisation_id
        self.establishment_id: str | None = None
        org = get_organisation(ctx, organisation_id)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Organisatie: {o} ({n})").format(o=org.name, n=org.enterprise_number))
        )
        form = QFormLayout()
        self.number_edit, self.number_message = number_row(
            form, self.tr("&Vestigingsnummer"), "2.123.456.789"
        )
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        form.addRow(self.tr("&Naam"), self.name_edit)
        self.address = AddressFields(self, form)
        layout.addLayout(form)
        self._add_buttons(layout, self.tr("Toevoegen"), self.tr("Annuleren"))
        self.number_edit.editingFinished.connect(self._on_number_editing_finished)

    def number_problem(self) -> str:
        text = self.number_edit.text().strip()
        if not text:
            return self.tr("Vul het vestigingsnummer in.")
        try:
            normalise_establishment_number(text)
        except IdentifierError as exc:
            return tr_data(str(exc))
        return ""

    @Slot()
    def _on_number_editing_finished(self) -> None:
        problem = self.number_problem()
        if problem:
            self.number_message.show_message(problem)
        else:
            formatted = format_establishment_number(normalise_establishment_number(self.number_edit.text()))
            self.number_message.show_message(self.tr("✓ {n}").format(n=formatted), "ok")

    @Slot()
    def _on_accepted(self) -> None:
        problem = self.number_problem()
        if problem:
            self.number_message.show_at(self.number_edit, problem)
            return
        try:
            address = self.address.values()
        except UserError as exc:
            self.message.show_error(exc)
            return
        number, name = self.number_edit.text().strip(), self.name_edit.text()

        def added(result: Any) -> None:
            self.establishment_id = result.id
            self.accept()

        self._run(
            lambda _p: add_establishment(
                self._ctx, self._organisation_id, establishment_number=number, name=name, **address
            ),
            added,
        )


class CloseDialog(FormDialog):
    """Close an organisation (with its open establishments) or one establishment on a day (not later than today)."""

    def __init__(
        self,
        ctx: AppContext,
        ops: Operations,
        organisation_id: str,
        *,
        establishment: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, ops, parent)
        org = get_organisation(ctx, organisation_id)
        self._organisation = org
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.establishment_combo = QComboBox()
        open_ests = [e for e in org.establishments if e.closed_on is None]
        for est in open_ests:
            self.establishment_combo.addItem(f"{est.establishment_number} — {est.name}", est.id)
        self.for_establishment = establishment
        if establishment:
            self.setWindowTitle(self.tr("Vestiging sluiten"))
            self.establishment_combo.setAccessibleName(self.tr("Vestiging"))
            form.addRow(self.tr("&Vestiging"), self.establishment_combo)
            explanation = self.tr("De vestiging blijft bewaard, als afgesloten.")
        else:
            self.establishment_combo.hide()
            self.setWindowTitle(self.tr("Organisatie sluiten"))
            explanation = self.tr(
                "{o} ({n}) wordt afgesloten, met haar open vestigingen. Ze blijft bewaard met haar dossiers; "
                "een organisatie met open dossiers kan niet gesloten worden."
            ).format(o=org.name, n=org.enterprise_number)
        label = QLabel(explanation)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.date_edit = date_edit(ctx.clock.today(), latest=ctx.clock.today())  # never in the future
        form.addRow(self.tr("&Afgesloten op"), self.date_edit)
        layout.addLayout(form)
        self._add_buttons(layout, self.tr("Sluiten"), self.tr("Annuleren"))

    @Slot()
    def _on_accepted(self) -> None:
        on = from_qdate(self.date_edit.date())
        if self.for_establishment:
            est_id = self.establishment_combo.currentData()
            est = next((e for e in self._organisation.establishments if e.id == est_id), None)
            if est is None:
                self.message.show_message(self.tr("Kies een open vestiging."))
                return
            version = est.version
            write: Any = lambda _p: lifecycle.close_establishment(  # noqa: E731
                self._ctx, est_id, on=on, expected_version=version
            )
        else:
            org = self._organisation
            write = lambda _p: lifecycle.close_organisation(  # noqa: E731
                self._ctx, org.id, on=on, expected_version=org.version
            )
        self._run(write)


class MergeDialog(FormDialog):
    """Merge a duplicate into the organisation that is kept: choose it, see what moves, pick fields, confirm."""

    def __init__(self, ctx: AppContext, ops: Operations, keep_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ops, parent, title=self.tr("Samenvoegen met…"), min_width=600)
        self.keep = get_organisation(ctx, keep_id)
        self.duplicate: OrganisationDetail | None = None
        self.result_moved: dict[str, int] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Behouden: <b>{o}</b> ({n}). Kies de dubbele organisatie: alles wat naar haar verwijst "
                "(dossiers, vestigingen, registraties, verslagen) gaat naar de behouden organisatie; "
                "de dubbele wordt afgesloten en verwijst voortaan naar de behouden."
            ).format(o=escape(self.keep.name), n=self.keep.enterprise_number)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.picker = OrganisationPicker(ctx, self, exclude=self.keep.id)
        self.picker.search_edit.setPlaceholderText(self.tr("naam of ondernemingsnummer van de dubbele"))
        self.picker.search_edit.setAccessibleName(self.tr("Dubbele organisatie zoeken"))
        layout.addWidget(self.picker)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.preview_label)
        self.fields_box = QGroupBox(self.tr("Gegevens van de dubbele overnemen"))
        self.fields_layout = QVBoxLayout(self.fields_box)
        self.field_checks: dict[str, QCheckBox] = {}
        layout.addWidget(self.fields_box)
        self.fields_box.hide()
        form = QFormLayout()
        self.date_edit = date_edit(ctx.clock.today(), latest=ctx.clock.today())  # never in the future
        form.addRow(self.tr("Samengevoegd &op"), self.date_edit)
        layout.addLayout(form)
        self._add_buttons(layout, self.tr("Samenvoegen"), self.tr("Annuleren"))
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setEnabled(False)
        self.picker.chosen.connect(self.choose)

    def choose(self, organisation_id: str) -> None:
        """Show what a merge with this duplicate would move, and which of its fields differ."""
        dup = get_organisation(self._ctx, organisation_id)
        self.duplicate = dup
        self.message.clear_message()
        open_ests = sum(1 for e in dup.establishments if e.closed_on is None)
        refs = ", ".join(d.reference for d in dup.dossiers[:8]) + (" …" if len(dup.dossiers) > 8 else "")
        lines = [
            self.tr("Dubbele: <b>{o}</b> ({n})").format(o=escape(dup.name), n=dup.enterprise_number),
            self.tr("Gaat over: {d} dossier(s){r}; {e} vestiging(en), waarvan {o} open.").format(
                d=len(dup.dossiers),
                r=f" ({escape(refs)})" if refs else "",
                e=len(dup.establishments),
                o=open_ests,
            ),
        ]
        if dup.merged_into:
            lines.append(
                self.tr("Deze organisatie werd al samengevoegd met {k}.").format(k=escape(dup.merged_into))
            )
        self.preview_label.setText("<br>".join(lines))
        for check in self.field_checks.values():
            self.fields_layout.removeWidget(check)
            check.deleteLater()
        self.field_checks = {}
        theirs, ours = dup.values(), self.keep.values()
        for key in ORGANISATION_FIELDS:
            if theirs.get(key) and theirs.get(key) != ours.get(key):
                check = QCheckBox(
                    self.tr("{f}: {v} (nu: {k})").format(
                        f=field_labels(self)[key],
                        v=self._shown(dup, key),
                        k=self._shown(self.keep, key) or "—",
                    )
                )
                self.field_checks[key] = check
                self.fields_layout.addWidget(check)
        self.fields_box.setVisible(bool(self.field_checks))
        self.merge_button.setEnabled(dup.merged_into is None)

    @staticmethod
    def _shown(org: OrganisationDetail, key: str) -> str:
        if key == "municipality_nis":
            return org.municipality
        if key == "kind":
            return tr_data(org.kind_label)
        value = getattr(org, key)
        return "" if value is None else str(value)

    @Slot()
    def _on_accepted(self) -> None:
        dup, keep = self.duplicate, self.keep
        if dup is None:
            self.message.show_message(self.tr("Kies eerst de dubbele organisatie."))
            return
        take = [key for key, check in self.field_checks.items() if check.isChecked()]
        on = from_qdate(self.date_edit.date())

        def merged(result: Any) -> None:
            self.result_moved = dict(result.moved)
            self.accept()

        self._run(
            lambda _p: lifecycle.merge_organisations(
                self._ctx,
                keep.id,
                dup.id,
                on=on,
                keep_version=keep.version,
                duplicate_version=dup.version,
                take_fields=take,
            ),
            merged,
        )


__all__ = [
    "AddressFields",
    "CloseDialog",
    "EstablishmentDialog",
    "MergeDialog",
    "OrganisationDialog",
]
