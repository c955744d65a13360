"""Beheer → Gebruikers: the list of users, and the dialog in which a team lead adds a user or
changes one (name, e-mail, phone, roles, active).

The dialog only collects input; services/users.py checks it (the role, the values, the last
team lead) and the version the team lead started from. A refusal is shown under the form and
nothing is stored; when someone saved the user meanwhile, the conflict dialog says who, when and
which fields, and the input stays in the form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import ConflictError, UserError
from wsedesk.rules.roles import ROLE_LABELS, Role
from wsedesk.services.users import UserDetails, UserInput, get_user, list_users, save_user
from wsedesk.views.common import make_muted, open_dialog, tr_data, user_error_text
from wsedesk.views.conflict_dialog import ConflictDialog
from wsedesk.views.widgets import InlineMessage

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.services.changes import Changes
    from wsedesk.views.operations import Operations


class UserDialog(QDialog):
    """One user's details; `user` None adds a new one (its login is asked too)."""

    user_saved = Signal()

    def __init__(
        self, ctx: AppContext, ops: Operations, user: UserDetails | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._user = user
        self.conflict_dialog: ConflictDialog | None = None
        self.setWindowTitle(
            self.tr("Nieuwe gebruiker")
            if user is None
            else self.tr("Gebruiker {name}").format(name=user.display_name)
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(120)
        self.login_edit.setToolTip(
            self.tr("De aanmeldnaam: de gebruikersnaam van de computer (SQLite) of van de databaseserver")
        )
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("naam@vlaanderen.be"))
        self.email_edit.setToolTip(self.tr("Staat als afzender op de brieven van deze behandelaar"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("02 553 00 00"))
        roles_box = QWidget()
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[Role, QCheckBox] = {}
        for role in Role:
            check = QCheckBox(tr_data(ROLE_LABELS[role]))
            roles_layout.addWidget(check)
            self.role_checks[role] = check
        self.active_check = QCheckBox(self.tr("Actief (kan zich aanmelden en dossiers behandelen)"))
        form.addRow(self.tr("&Login"), self.login_edit)
        form.addRow(self.tr("&Naam"), self.name_edit)
        form.addRow(self.tr("&E-mailadres"), self.email_edit)
        form.addRow(self.tr("&Telefoon"), self.phone_edit)
        form.addRow(self.tr("Rollen"), roles_box)
        form.addRow("", self.active_check)
        layout.addLayout(form)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.permission_label = QLabel(self.tr("Enkel een teamverantwoordelijke beheert gebruikers."))
        make_muted(self.permission_label)
        layout.addWidget(self.permission_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        may_edit = ctx.user.has(Role.TEAMVERANTWOORDELIJKE)
        self.permission_label.setVisible(not may_edit)
        self.save_button.setEnabled(may_edit)
        self._fill(user)
        (self.login_edit if user is None else self.name_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, user: UserDetails | None) -> None:
        self.login_edit.setText(user.login if user else "")
        self.login_edit.setReadOnly(user is not None)
        self.name_edit.setText(user.display_name if user else "")
        self.email_edit.setText(user.email if user else "")
        self.phone_edit.setText(user.phone if user else "")
        roles = set(user.roles) if user else {Role.DOSSIERBEHANDELAAR.value}
        for role, check in self.role_checks.items():
            check.setChecked(role.value in roles)
        self.active_check.setChecked(user.active if user else True)

    def user_input(self) -> UserInput:
        return UserInput(
            display_name=self.name_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            roles=tuple(role.value for role, check in self.role_checks.items() if check.isChecked()),
            active=self.active_check.isChecked(),
            login=self.login_edit.text() if self._user is None else "",
        )

    @Slot()
    def save(self) -> None:
        ctx, data, user = self._ctx, self.user_input(), self._user
        self.message.clear_message()
        user_id = user.id if user else None
        version = user.version if user else None
        original = user.editable_values() if user else None
        self._ops.run(
            lambda _progress: save_user(ctx, user_id, data, expected_version=version, original=original),
            on_success=self._on_saved,
            on_failure=self._on_refused,
        )

    def _on_saved(self, _changes: object) -> None:
        self.user_saved.emit()
        self.accept()

    def _on_refused(self, error: UserError) -> None:
        if isinstance(error, ConflictError):
            self._show_conflict(error)
        else:
            self.message.show_error(error)

    def _show_conflict(self, error: ConflictError) -> None:
        labels = {
            "display_name": self.tr("Naam"),
            "email": self.tr("E-mailadres"),
            "phone": self.tr("Telefoon"),
            "roles": self.tr("Rollen"),
            "active": self.tr("Actief"),
        }
        dialog = ConflictDialog(error, field_labels=labels, describe=self._describe, parent=self)
        dialog.setWindowTitle(self.tr("Gebruiker intussen gewijzigd"))
        dialog.finished.connect(self._on_conflict_finished)
        self.conflict_dialog = dialog
        dialog.open()

    def _describe(self, field: str, value: Any) -> str:
        if value is None:
            return ""
        if field == "roles":
            return ", ".join(tr_data(ROLE_LABELS[Role(r)]) for r in value if r in Role._value2member_map_)
        if field == "active":
            return self.tr("ja") if value else self.tr("nee")
        return str(value)

    @Slot(int)
    def _on_conflict_finished(self, result: int) -> None:
        if self._user is None or result not in (
            ConflictDialog.LOAD_THEIRS,
            ConflictDialog.KEEP_MINE_ON_THEIRS,
        ):
            return
        before, mine = self._user, self.user_input()
        try:
            self._user = get_user(self._ctx, self._user.id)
        except UserError as exc:
            self.message.show_error(exc)
            return
        self._fill(self._user)
        if result == ConflictDialog.KEEP_MINE_ON_THEIRS:
            # Only what this user changed goes back on top of the colleague's values.
            if mine.display_name != before.display_name:
                self.name_edit.setText(mine.display_name)
            if mine.email != before.email:
                self.email_edit.setText(mine.email)
            if mine.phone != before.phone:
                self.phone_edit.setText(mine.phone)
            if set(mine.roles) != set(before.roles):
                for role, check in self.role_checks.items():
                    check.setChecked(role.value in mine.roles)
            if mine.active != before.active:
                self.active_check.setChecked(mine.active)
            self.message.show_message(
                self.tr("De gegevens van de collega staan nu onder uw invoer: kijk ze na en sla opnieuw op."),
                "warning",
            )


class UsersSection(QGroupBox):
    """Beheer's list of users; a team lead opens one (double-click, Enter, 'Wijzigen…') or adds one."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Gebruikers"), parent)
        self._ctx = ctx
        self._ops = ops
        self._users: list[UserDetails] = []
        self.dialog: UserDialog | None = None
        layout = QVBoxLayout(self)
        headers = [
            self.tr("Naam"),
            self.tr("Login"),
            self.tr("Rollen"),
            self.tr("E-mail"),
            self.tr("Telefoon"),
            self.tr("Actief"),
        ]
        self.users_table = QTableWidget(0, len(headers))
        self.users_table.setAccessibleName(self.tr("Gebruikers"))
        self.users_table.setHorizontalHeaderLabels(headers)
        self.users_table.verticalHeader().setVisible(False)
        self.users_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.setAlternatingRowColors(True)
        header = self.users_table.horizontalHeader()
        for col in range(len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.users_table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Nieuwe gebruiker…"))
        self.edit_button = QPushButton(self.tr("&Wijzigen…"))
        self.may_edit = ctx.user.has(Role.TEAMVERANTWOORDELIJKE)
        self.permission_label = QLabel(self.tr("Enkel een teamverantwoordelijke beheert gebruikers."))
        make_muted(self.permission_label)
        self.permission_label.setVisible(not self.may_edit)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.permission_label)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.setEnabled(self.may_edit)
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_selected)
        self.users_table.activated.connect(self.edit_selected)
        self.users_table.itemSelectionChanged.connect(self._update_buttons)
        ops.events.changed.connect(self._on_changed)
        self._update_buttons()

    def load(self) -> None:
        selected = self.selected_user()
        self._users = list_users(self._ctx)
        table = self.users_table
        table.setRowCount(len(self._users))
        yes, no = self.tr("ja"), self.tr("nee")
        for row, user in enumerate(self._users):
            roles = ", ".join(
                sorted(tr_data(ROLE_LABELS[Role(r)]) for r in user.roles if r in Role._value2member_map_)
            )
            values = (
                user.display_name,
                user.login,
                roles,
                user.email,
                user.phone,
                yes if user.active else no,
            )
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))
            if selected is not None and user.id == selected.id:
                table.selectRow(row)
        self._update_buttons()

    def selected_user(self) -> UserDetails | None:
        rows = {index.row() for index in self.users_table.selectionModel().selectedRows()}
        row = min(rows) if rows else -1
        return self._users[row] if 0 <= row < len(self._users) else None

    @Slot()
    def add_user(self) -> None:
        self._open(None)

    @Slot()
    def edit_selected(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(user)

    def _open(self, user: UserDetails | None) -> None:
        self.dialog = open_dialog(UserDialog(self._ctx, self._ops, user, self), self._on_dialog_destroyed)

    @Slot()
    def _on_dialog_destroyed(self) -> None:
        self.dialog = None

    def _update_buttons(self) -> None:
        chosen = self.selected_user() is not None
        self.edit_button.setEnabled(chosen)
        self.edit_button.setText(self.tr("&Wijzigen…") if self.may_edit else self.tr("&Bekijken…"))

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("user") and self._users:
            self.load()


__all__ = ["UserDialog", "UsersSection", "user_error_text"]
