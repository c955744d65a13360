"""Form parts that more than one dialog or wizard builds: dates (one that may be left out), a field
with its message, an identifying number with its message (KBO, establishment), an organisation's
KBO number, name and kind, its address, the declaration on honour, a letter's date, an import's
problems.

Each part makes its widgets and adds its rows to a form the caller owns; the caller keeps the
widgets as its own attributes where tests and slots reach them (`self.kbo_edit`), and adds what
only it does (the ED wizard's check against the known organisations, the QR rules) on top.
Their words are translated in the fixed context "FormFields" (`QCoreApplication.translate`), the
context tools/update_translations.py files them under, whichever dialog shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import UserError
from wsedesk.rules.identifiers import IdentifierError, normalise_enterprise_number
from wsedesk.rules.municipalities import municipalities_with_postal_code
from wsedesk.services.reference import find_municipality, municipalities
from wsedesk.views.common import tr_data
from wsedesk.views.widgets import (
    ERROR_COLOUR,
    InlineMessage,
    flemish_municipality_names,
    municipality_completer,
)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date, *, latest: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    """A day field with a calendar, shown dd/MM/yyyy; `latest`: no day after it can be picked."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    edit.setDate(to_qdate(value))
    return edit


class OptionalDate(QWidget):
    """A date that may be left out: a check box switches the date field on (the QR wizard's
    dates, Beheer's reference lists)."""

    def __init__(self, text: str, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(text)
        self.edit = date_edit(value)
        self.edit.setAccessibleName(text.replace("&", ""))
        self.edit.setEnabled(False)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.check.toggled.connect(self.edit.setEnabled)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None, fallback: date | None = None) -> None:
        """Check the box and show `value`; None unchecks it (the field then shows `fallback`, if given)."""
        self.check.setChecked(value is not None)
        shown = value if value is not None else fallback
        if shown is not None:
            self.edit.setDate(to_qdate(shown))


def with_message(field: QWidget | QHBoxLayout, message: InlineMessage) -> QWidget:
    """A field with its message right under it (a form row of its own leaves a gap)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(field, QWidget):
        column.addWidget(field)
    else:
        column.addLayout(field)
    column.addWidget(message)
    return box


def number_row(form: QFormLayout, label: str, placeholder: str) -> tuple[QLineEdit, InlineMessage]:
    """An identifying number (KBO, establishment) as a row of `form`, its message right under it
    and `label` (already translated) its buddy. Returns the field and the message."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(20)
    message = InlineMessage()
    buddy = QLabel(label)
    buddy.setBuddy(edit)
    form.addRow(buddy, with_message(edit, message))
    return edit, message


class OrganisationIdentityFields(QObject):
    """The KBO number (its message right under it), the name and the kind, as rows of a form.

    Texts are translated as the owner's (`owner.tr`), like AddressFields': each form keeps the
    translations it had."""

    def __init__(self, owner: QWidget, form: QFormLayout, kinds: Iterable[tuple[str, str]]) -> None:
        super().__init__(owner)
        self._owner = owner
        self.kbo_edit, self.kbo_message = number_row(
            form, QCoreApplication.translate("FormFields", "&Ondernemingsnummer"), "0428.759.497"
        )
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(QCoreApplication.translate("FormFields", "(kies de soort)"), None)
        for code, label in kinds:
            self.kind_combo.addItem(tr_data(label), code)
        form.addRow(QCoreApplication.translate("FormFields", "&Naam"), self.name_edit)
        form.addRow(QCoreApplication.translate("FormFields", "&Soort"), self.kind_combo)

    def widgets(self) -> tuple[QLineEdit, InlineMessage, QLineEdit, QComboBox]:
        """The KBO number, its message, the name and the kind: for the form's own attributes."""
        return self.kbo_edit, self.kbo_message, self.name_edit, self.kind_combo

    def kbo_problem(self) -> str:
        """What is wrong with the typed KBO number, in Dutch; "" when it is a valid one."""
        text = self.kbo_edit.text().strip()
        if not text:
            return QCoreApplication.translate("FormFields", "Vul het ondernemingsnummer in.")
        try:
            normalise_enterprise_number(text)
        except IdentifierError as exc:
            return tr_data(str(exc))
        return ""


class AddressFields(QObject):
    """Street, postal code and municipality as rows of a form; the municipality is typed by name (a
    completer over the reference list) and stored as its REFNIS code; a postal code of one
    municipality fills it in. With a `message`, it stands under the postal code's row."""

    def __init__(self, owner: QWidget, form: QFormLayout, message: InlineMessage | None = None) -> None:
        super().__init__(owner)  # a child of the dialog: its slot goes with it
        self.street_edit = QLineEdit()
        self.street_edit.setMaxLength(200)
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaxLength(4)
        self.postcode_edit.setPlaceholderText("9000")
        self.postcode_edit.setMaximumWidth(self.postcode_edit.fontMetrics().horizontalAdvance("00000") + 24)
        self.municipality_edit = QLineEdit()
        self.municipality_edit.setPlaceholderText(
            QCoreApplication.translate("FormFields", "begin te typen: Gent, Mechelen, …")
        )
        self.municipality_edit.setCompleter(municipality_completer(owner, flemish_municipality_names()))
        self._where = QCoreApplication.translate("FormFields", "Gemeente")
        form.addRow(QCoreApplication.translate("FormFields", "St&raat en nummer"), self.street_edit)
        place = QHBoxLayout()
        place.addWidget(self.postcode_edit)
        municipality_label = QLabel(QCoreApplication.translate("FormFields", "&Gemeente"))
        municipality_label.setBuddy(self.municipality_edit)
        place.addWidget(municipality_label)
        place.addWidget(self.municipality_edit, 1)
        postcode_label = QLabel(QCoreApplication.translate("FormFields", "&Postcode"))
        postcode_label.setBuddy(self.postcode_edit)
        form.addRow(postcode_label, place if message is None else with_message(place, message))
        self.postcode_edit.editingFinished.connect(self._on_postcode_editing_finished)

    def set_values(self, street: str | None, postal_code: str | None, municipality_nis: str | None) -> None:
        self.street_edit.setText(street or "")
        self.postcode_edit.setText(postal_code or "")
        names = {m.nis: m.name_nl for m in municipalities()}
        self.municipality_edit.setText(names.get(municipality_nis or "", municipality_nis or ""))

    def values(self) -> dict[str, str | None]:
        """street, postal_code, municipality_nis; a name not on the reference list raises BadInputError."""
        name = self.municipality_edit.text().strip()
        nis: str | None = None
        if name:
            try:
                nis = find_municipality(name).nis
            except UserError as exc:
                exc.where = exc.where or self._where
                raise
        return {
            "street": self.street_edit.text().strip() or None,
            "postal_code": self.postcode_edit.text().strip() or None,
            "municipality_nis": nis,
        }

    @Slot()
    def _on_postcode_editing_finished(self) -> None:
        code = self.postcode_edit.text().strip()
        if len(code) != 4 or self.municipality_edit.text().strip():
            return
        owners = municipalities_with_postal_code(code)
        if len(owners) == 1:
            names = {m.nis: m.name_nl for m in municipalities()}
            self.municipality_edit.setText(names.get(owners[0], ""))


class DeclarationFields(QObject):
    """The declaration on honour as rows of a form: submitted on, agreed, signed by, signed on."""

    def __init__(self, owner: QWidget, form: QFormLayout, today: date, *, signed_latest: date | None) -> None:
        super().__init__(owner)
        self.submitted_edit = date_edit(today, latest=today)
        self.agreed_check = QCheckBox(
            QCoreApplication.translate(
                "FormFields", "De aanvrager verklaart op &erewoord dat de gegevens juist en volledig zijn"
            )
        )
        self.signed_by_edit = QLineEdit()
        self.signed_by_edit.setPlaceholderText(QCoreApplication.translate("FormFields", "naam en functie"))
        self.signed_by_edit.setMaxLength(200)
        self.signed_on_edit = date_edit(today, latest=signed_latest)
        form.addRow(QCoreApplication.translate("FormFields", "Ingediend &op"), self.submitted_edit)
        form.addRow("", self.agreed_check)
        form.addRow(QCoreApplication.translate("FormFields", "Ondertekend &door"), self.signed_by_edit)
        form.addRow(QCoreApplication.translate("FormFields", "Datum onderteke&ning"), self.signed_on_edit)

    def widgets(self) -> tuple[QDateEdit, QCheckBox, QLineEdit, QDateEdit]:
        """Submitted on, agreed, signed by, signed on: for the page's own attributes."""
        return self.submitted_edit, self.agreed_check, self.signed_by_edit, self.signed_on_edit

    def as_json(self) -> dict[str, Any]:
        """The declaration as the online counter's documents hold it."""
        return {
            "akkoord": self.agreed_check.isChecked(),
            "ondertekend_door": self.signed_by_edit.text().strip(),
            "datum": self.signed_on_edit.date().toPython().isoformat(),
        }


class LetterDateFields(QObject):
    """A letter's date as a form row: unchecked, the service dates each letter after what it
    reports (the decision, the term's start); checked, the day chosen (not after today)."""

    def __init__(self, owner: QWidget, form: QFormLayout, today: date) -> None:
        super().__init__(owner)
        self.own_date_check = QCheckBox(QCoreApplication.translate("FormFields", "andere datum:"))
        self.date_edit = date_edit(today, latest=today)
        self.date_edit.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.own_date_check)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        form.addRow(QCoreApplication.translate("FormFields", "Briefdatum"), row)

    def widgets(self) -> tuple[QCheckBox, QDateEdit]:
        """The check and the date: for the dialog's own attributes."""
        return self.own_date_check, self.date_edit

    def letter_date(self) -> date | None:
        """The chosen date, or None for the service's default."""
        return from_qdate(self.date_edit.date()) if self.own_date_check.isChecked() else None


class ProblemList(QObject):
    """An import's problems in red, each with the page it belongs to; activating one goes there."""

    def __init__(self, owner: QWidget, go_to_page: Callable[[int], None]) -> None:
        super().__init__(owner)
        self._owner, self._go_to_page = owner, go_to_page
        self.label = QLabel(
            QCoreApplication.translate(
                "FormFields",
                "&Problemen — niets is bewaard. Dubbelklik of druk Enter om naar het deel te gaan:",
            )
        )
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.label.setBuddy(self.list)
        palette = self.list.palette()
        palette.setColor(QPalette.ColorRole.Text, ERROR_COLOUR)
        self.list.setPalette(palette)
        self.list.itemActivated.connect(self._on_item_activated)

    def show_problems(self, problems: Sequence[tuple[int, str]]) -> None:
        """List the problems, each with the page it belongs to (UserRole); none: hide the list."""
        self.list.clear()
        icon = self._owner.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        for page_id, text in problems:
            item = QListWidgetItem(icon, text)
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            item.setToolTip(text)
            self.list.addItem(item)
        self.set_visible(bool(problems))

    def set_visible(self, visible: bool) -> None:
        self.label.setVisible(visible)
        self.list.setVisible(visible)

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        page_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(page_id, int):
            self._go_to_page(page_id)


__all__ = [
    "AddressFields",
    "DeclarationFields",
    "OptionalDate",
    "OrganisationIdentityFields",
    "ProblemList",
    "date_edit",
    "from_qdate",
    "number_row",
    "to_qdate",
    "with_message",
]
