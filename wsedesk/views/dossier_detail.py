"""DossierDetailPanel: one dossier's header, key dates, editable fields, procedure steps, terms,
timeline, documents and checks (the terms tab is views/dossier_terms.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import ConflictError, UserError
from wsedesk.services.dossiers import (
    EDITABLE_FIELDS,
    DossierDetail,
    UserChoice,
    assignable_users,
    get_dossier,
    update_dossier,
)
from wsedesk.services.terms import TermView, dossier_terms
from wsedesk.views.common import format_date, format_timestamp, heading_label, make_muted, tr_data
from wsedesk.views.conflict_dialog import ConflictDialog
from wsedesk.views.dossier_actions import DossierActionsBar
from wsedesk.views.dossier_terms import DossierTermsPanel
from wsedesk.views.guidance_panel import GuidancePanel
from wsedesk.views.tender_dialogs import DossierFactsTab
from wsedesk.views.term_explanation import clock_icon
from wsedesk.views.widgets import ElidedLabel, list_tree, message_or_content

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.services.changes import Changes
    from wsedesk.views.operations import Operations
    from wsedesk.views.tasks import TaskHandle

# Timeline events that moved the clock (T-3) get words and an icon of their own.
CLOCK_STOPPED_KINDS = frozenset({"informatievraag"})
CLOCK_RESTARTED_KINDS = frozenset({"informatie_ontvangen"})


class DossierDetailPanel(QWidget):
    """Shows one dossier and saves its editable fields with conflict detection.

    The save never overwrites someone else's edit: on ConflictError a ConflictDialog opens
    and the user's input stays in the form.
    """

    # The panel's own writes (a save, a step, a change of the clock): the lists learn of them, like
    # of every write, from AppEvents.changed; these say it happened here (tests, the form's label).
    dossier_saved = Signal(str)  # dossier id, after a successful save (and after every change below)
    dossier_loaded = Signal(str)  # dossier id, after the panel (re)loaded it
    dossier_changed = Signal(str)  # dossier id, after a procedure step or a change of the clock
    visit_requested = Signal(str, str)  # organisation id, dossier id: plan a site visit about it

    # Swap in tests or for a different dialog; called as factory(error, field_labels=..., describe=..., parent=...).
    conflict_dialog_factory = ConflictDialog

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._detail: DossierDetail | None = None
        self._fresh: str | None = None  # read again after AppEvents.changed, since the last load
        self._users: list[UserChoice] | None = None
        self._filling = False
        self.conflict_dialog: ConflictDialog | None = None
        self.field_labels = {
            "subject": self.tr("Onderwerp"),
            "notes": self.tr("Notities"),
            "assignee_id": self.tr("Behandelaar"),
        }

        self._stack, self.empty_label, content = message_or_content(
            self, self.tr("Kies een dossier in de lijst om het hier te zien.")
        )
        grid = QHBoxLayout(content)
        grid.setContentsMargins(6, 6, 6, 6)

        # Left: who/what/when, then the form.
        left = QVBoxLayout()
        # The columns share the width 4:7 whatever the dossier's texts, so the buttons on the
        # right stand in the same place for every dossier (issue #12).
        left_column = QWidget()
        left_column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        left_column.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(left_column, 4)
        self.reference_label = heading_label("", content)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long status ("Geagendeerd op de adviescommissie") is shortened with "…" (the tooltip has
        # it whole): the column's width is fixed (see below), so nothing may force it wider.
        self.status_label = ElidedLabel(fit_text=True)
        self.status_label.setObjectName("statusChip")
        self.status_label.setStyleSheet(
            "QLabel#statusChip { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; "
            "background: palette(alternate-base); }"
        )
        head_row = QHBoxLayout()
        head_row.addWidget(self.reference_label)
        head_row.addWidget(self.status_label)
        head_row.addStretch(1)
        left.addLayout(head_row)
        self.type_label = QLabel()
        self.organisation_label = QLabel()
        self.organisation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.place_label = QLabel()
        for label in (self.organisation_label, self.place_label):
            label.setWordWrap(True)
        # The procedure and the place share a line: the screen's height goes to the lists.
        type_row = QHBoxLayout()
        type_row.addWidget(self.type_label, 0, Qt.AlignmentFlag.AlignTop)
        type_row.addWidget(QLabel("·"), 0, Qt.AlignmentFlag.AlignTop)
        type_row.addWidget(self.place_label, 1)
        left.addLayout(type_row)
        left.addWidget(self.organisation_label)

        dates = QGridLayout()
        dates.setHorizontalSpacing(18)
        self.date_labels: dict[str, QLabel] = {}
        captions = (
            ("submitted_on", self.tr("Ingediend")),
            ("status_since", self.tr("Status sinds")),
            ("decided_on", self.tr("Beslist op")),
            ("valid", self.tr("Geldig")),
        )
        for col, (key, caption) in enumerate(captions):
            cap = QLabel(caption)
            make_muted(cap)
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)  # "01/02/2023 – 31/01/2028" breaks at the dash in a narrow pane
            dates.addWidget(cap, 0, col)
            dates.addWidget(value, 1, col)
            self.date_labels[key] = value
        dates.setColumnStretch(len(captions), 1)
        left.addLayout(dates)
        self.last_change_label = QLabel()
        make_muted(self.last_change_label)
        left.addWidget(self.last_change_label)

        form_box = QGroupBox(self.tr("Behandeling"))
        form = QFormLayout(form_box)
        self.subject_edit = QLineEdit()
        self.subject_edit.setMaxLength(300)
        self.assignee_combo = QComboBox()
        self.assignee_combo.setMinimumContentsLength(18)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("Interne notities bij dit dossier"))
        form.addRow(self.field_labels["subject"], self.subject_edit)
        form.addRow(self.field_labels["assignee_id"], self.assignee_combo)
        form.addRow(self.field_labels["notes"], self.notes_edit)
        buttons = QHBoxLayout()
        self.changed_label = QLabel()
        make_muted(self.changed_label)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setToolTip(self.tr("Wijzigingen opslaan (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Ongedaan maken"))
        self.revert_button.setToolTip(self.tr("Uw invoer wissen en het dossier opnieuw inlezen"))
        self.plan_visit_button = QPushButton(self.tr("Bezoek plannen…"))
        self.plan_visit_button.setToolTip(self.tr("Een bezoek ter plaatse plannen over dit dossier"))
        self.plan_visit_button.clicked.connect(self._on_plan_visit_clicked)
        buttons.addWidget(self.changed_label, 1)
        buttons.addWidget(self.plan_visit_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        left.addWidget(form_box, 1)
        # The 4:7 share may not squeeze the form's buttons or the dates (a 983-px window clipped
        # them): the left column is never narrower than they need. Measured once, before any
        # dossier's texts, so the columns still do not move between dossiers.
        left_column.setMinimumWidth(left.minimumSize().width())

        # Right: the procedure steps, then terms, timeline, documents and checks.
        right = QVBoxLayout()
        right_column = QWidget()
        right_column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        right_column.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(right_column, 7)  # the terms table needs the room
        self.actions_bar = DossierActionsBar(ctx, ops)
        right.addWidget(self.actions_bar)
        self.tabs = QTabWidget()
        right.addWidget(self.tabs, 1)
        self.terms_panel = DossierTermsPanel(ctx)
        self.timeline = list_tree(
            [self.tr("Datum"), self.tr("Gebeurtenis"), self.tr("Omschrijving"), self.tr("Door")],
            stretch=2,
            name=self.tr("Tijdlijn"),
        )
        self.documents = list_tree(
            [self.tr("Titel"), self.tr("Versie"), self.tr("Definitief"), self.tr("SHA-256")],
            stretch=0,
            name=self.tr("Documenten"),
        )
        self.tabs.addTab(self.terms_panel, self.tr("Termijnen"))
        self.tabs.addTab(self.timeline, self.tr("Tijdlijn"))
        self.tabs.addTab(self.documents, self.tr("Documenten"))
        # Toetsing: built the first time the tab is shown (its panel may not be in this build).
        self.findings_tab = QWidget()
        QVBoxLayout(self.findings_tab).setContentsMargins(0, 0, 0, 0)
        self.findings_panel: QWidget | None = None
        self._findings_built = False
        self._findings_dossier: str | None = None
        self.tabs.addTab(self.findings_tab, self.tr("Toetsing"))
        self.facts_tab = DossierFactsTab(ctx, ops)  # TW and KB: the partner's or the application's facts
        self.tabs.addTab(self.facts_tab, self.tr("Gegevens"))
        self.guidance_panel = GuidancePanel(ctx, ops)  # a recognised provider's guidance (ED-8, ED-13)
        self.tabs.addTab(self.guidance_panel, self.tr("Begeleidingen"))
        # Auditspoor (views/audit_panel.py): built, and read, only while its tab is shown.
        self.audit_tab = QWidget()
        QVBoxLayout(self.audit_tab).setContentsMargins(0, 0, 0, 0)
        self.audit_panel: QWidget | None = None
        self.tabs.addTab(self.audit_tab, self.tr("Auditspoor"))

        self.subject_edit.textChanged.connect(self._on_form_edited)
        self.notes_edit.textChanged.connect(self._on_form_edited)
        self.assignee_combo.currentIndexChanged.connect(self._on_form_edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        self.actions_bar.dossier_changed.connect(self._on_step_registered)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        # A procedure step is a write to the dossier too.
        self.dossier_changed.connect(self.dossier_saved)
        ops.events.changed.connect(self._on_changed)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------------

    @property
    def detail(self) -> DossierDetail | None:
        return self._detail

    @property
    def dossier_id(self) -> str | None:
        return self._detail.id if self._detail else None

    def load(self, dossier_id: str) -> None:
        """Read the dossier and its terms and show them; the form shows the stored values."""
        self._fresh = None
        detail = get_dossier(self._ctx, dossier_id)
        terms = dossier_terms(self._ctx, dossier_id)
        self._show(detail)
        self.terms_panel.set_terms(terms)
        self.tabs.setTabText(self.tabs.indexOf(self.terms_panel), self._terms_tab_title(terms))
        self.actions_bar.set_dossier(detail, terms)
        has_facts = self.facts_tab.show_dossier(detail.dossier_type, dossier_id)
        self.tabs.setTabVisible(self.tabs.indexOf(self.facts_tab), has_facts)
        self._sync_findings()
        self.tabs.setTabVisible(self.tabs.indexOf(self.guidance_panel), self.guidance_panel.show_for(detail))
        self._sync_audit()
        self.dossier_loaded.emit(dossier_id)

    def reload_keeping_input(self) -> None:
        """Read the dossier again after a change elsewhere; unsaved input stays in the form."""
        if self._detail is None:
            return
        mine = self.pending_changes()
        self.load(self._detail.id)
        if mine:
            self._apply_form_values(mine)

    def clear(self) -> None:
        self._detail = None
        self._stack.setCurrentWidget(self.empty_label)
        self.actions_bar.set_dossier(None, [])
        self.terms_panel.set_terms([])
        self.tabs.setTabVisible(self.tabs.indexOf(self.guidance_panel), self.guidance_panel.show_for(None))
        self._sync_findings()
        self._update_buttons()

    def _terms_tab_title(self, terms: list[TermView]) -> str:
        if any(t.stopped for t in terms):
            return self.tr("Termijnen (stilgelegd)")
        open_count = sum(1 for t in terms if t.closed_on is None)
        return self.tr("Termijnen ({n})").format(n=open_count) if open_count else self.tr("Termijnen")

    def reload_users(self) -> None:
        self._users = None

    def form_values(self) -> dict[str, Any]:
        return {
            "subject": self.subject_edit.text(),
            "notes": self.notes_edit.toPlainText(),
            "assignee_id": self.assignee_combo.currentData(),
        }

    def pending_changes(self) -> dict[str, Any]:
        """The fields whose form value differs from what was loaded."""
        if self._detail is None:
            return {}
        original = self._detail.editable_values()
        return {name: value for name, value in self.form_values().items() if value != original[name]}

    def is_dirty(self) -> bool:
        return bool(self.pending_changes())

    @Slot()
    def save(self) -> TaskHandle | None:
        """Save the edited fields; on a conflict show who changed what, and keep the user's input.

        The save runs on the one runner; the panel (like every list) reads the dossier again when
        AppEvents.changed names it. Returns the running save, or None when there is nothing to save.
        """
        detail = self._detail
        if detail is None:
            return None
        changes = self.pending_changes()
        if not changes:
            self.changed_label.setText(self.tr("Geen wijzigingen om op te slaan."))
            return None
        ctx, dossier_id, version, original = self._ctx, detail.id, detail.version, detail.editable_values()

        def saved(_changes: object) -> None:
            self.changed_label.setText(self.tr("Opgeslagen."))
            self.dossier_saved.emit(dossier_id)

        def refused(error: UserError) -> None:
            if not isinstance(error, ConflictError):
                raise error  # bad input: the global hook shows its message
            self._show_conflict(error)

        return self._ops.run(
            lambda _progress: update_dossier(
                ctx, dossier_id, expected_version=version, original=original, changes=changes
            ),
            on_success=saved,
            on_failure=refused,
        )

    def confirm_leave(self) -> bool:
        """Before showing another dossier: True when there is nothing to lose, or the user chose."""
        if not self.is_dirty():
            return True
        answer = self._ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            handle = self.save()
            if handle is not None:
                handle.wait()  # the user asked to save before leaving: leave only once it is saved
            return not self.is_dirty()
        return answer == QMessageBox.StandardButton.Discard

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        assert self._detail is not None
        return QMessageBox.question(
            self,
            self.tr("Niet opgeslagen"),
            self.tr("U wijzigde dossier {ref} maar sloeg het niet op. Wat wilt u doen?").format(
                ref=self._detail.reference
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    # --- filling the widgets -------------------------------------------------------------------

    def _user_choices(self) -> list[UserChoice]:
        if self._users is None:
            self._users = assignable_users(self._ctx)
        return self._users

    def _show(self, d: DossierDetail) -> None:
        self._detail = d
        self._filling = True
        try:
            self.reference_label.setText(d.reference)
            status = tr_data(d.status_label)
            self.status_label.set_full_text(
                self.tr("{status} (afgesloten)").format(status=status) if d.closed else status
            )
            self.type_label.setText(tr_data(d.type_label))
            self.organisation_label.setText(
                self.tr("{name} — KBO {kbo}").format(name=d.organisation, kbo=d.enterprise_number)
            )
            place = ", ".join(p for p in (d.municipality, d.province) if p)
            self.place_label.setText(place or self.tr("Gemeente onbekend"))
            self.date_labels["submitted_on"].setText(format_date(d.submitted_on))
            self.date_labels["status_since"].setText(format_date(d.status_since))
            self.date_labels["decided_on"].setText(format_date(d.decided_on) or "—")
            if d.valid_from and d.valid_until:
                valid = f"{format_date(d.valid_from)} – {format_date(d.valid_until)}"
            elif d.valid_from:
                valid = self.tr("vanaf {date}").format(date=format_date(d.valid_from))
            elif d.valid_until:
                valid = self.tr("tot {date}").format(date=format_date(d.valid_until))
            else:
                valid = "—"
            self.date_labels["valid"].setText(valid)
            self.subject_edit.setText(d.subject)
            self.subject_edit.setCursorPosition(0)  # show the start of a long subject
            self.notes_edit.setPlainText(d.notes)
            self._fill_assignees(d)
            self._fill_timeline(d)
            self._fill_documents(d)
        finally:
            self._filling = False
        # The last change is the latest of the dossier's own fields and its timeline: a step, a
        # stopped or restarted clock or a stored letter changes the dossier too (issue #12).
        who, when = d.updated_by, d.updated_at
        for entry in d.timeline:
            if entry.recorded_at > when:
                who, when = entry.recorded_by, entry.recorded_at
        self.last_change_label.setText(
            self.tr("Laatst gewijzigd door {who} op {when} (versie {version})").format(
                who=who, when=format_timestamp(when), version=d.version
            )
        )
        self.changed_label.setText("")
        self._stack.setCurrentIndex(1)
        self._update_buttons()

    def _fill_assignees(self, d: DossierDetail) -> None:
        combo = self.assignee_combo
        combo.clear()
        combo.addItem(self.tr("(niemand)"), None)
        known = False
        for user in self._user_choices():
            combo.addItem(user.display_name, user.id)
            known = known or user.id == d.assignee_id
        if d.assignee_id and not known:  # a deactivated colleague still shows as the current one
            combo.addItem(self.tr("{name} (niet actief)").format(name=d.assignee), d.assignee_id)
        self._select_assignee(d.assignee_id)

    def _select_assignee(self, user_id: str | None) -> None:
        combo = self.assignee_combo
        for i in range(combo.count()):
            if combo.itemData(i) == user_id:
                combo.setCurrentIndex(i)
                return
        combo.setCurrentIndex(0)

    def _fill_timeline(self, d: DossierDetail) -> None:
        self.timeline.clear()
        items = []
        for e in reversed(d.timeline):  # newest first
            description = tr_data(e.description)
            if e.kind in CLOCK_STOPPED_KINDS:
                kind = self.tr("klok stilgelegd")
            elif e.kind in CLOCK_RESTARTED_KINDS:
                kind = self.tr("klok loopt opnieuw")
            else:
                kind = e.kind.replace("_", " ")
            item = QTreeWidgetItem([format_date(e.occurred_on), kind, description, e.recorded_by])
            if e.kind in CLOCK_STOPPED_KINDS or e.kind in CLOCK_RESTARTED_KINDS:
                item.setIcon(1, clock_icon(running=e.kind in CLOCK_RESTARTED_KINDS))
            item.setToolTip(2, description)
            items.append(item)
        self.timeline.addTopLevelItems(items)

    def _fill_documents(self, d: DossierDetail) -> None:
        self.documents.clear()
        yes, no = self.tr("ja"), self.tr("nee")
        items = []
        for doc in d.documents:
            item = QTreeWidgetItem([doc.title, str(doc.revision), yes if doc.final else no, doc.sha256[:12]])
            item.setToolTip(3, doc.sha256)
            items.append(item)
        self.documents.addTopLevelItems(items)
        self.tabs.setTabText(
            self.tabs.indexOf(self.documents), self.tr("Documenten ({n})").format(n=len(items))
        )

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def describe_value(self, field: str, value: Any) -> str:
        """A stored value as the user knows it: a user id becomes a name."""
        if field == "assignee_id":
            if not value:
                return self.tr("(niemand)")
            for user in self._user_choices():
                if user.id == value:
                    return user.display_name
            return str(value)
        return "" if value is None else str(value)

    # --- conflicts -----------------------------------------------------------------------------

    def _show_conflict(self, error: ConflictError) -> None:
        dialog = self.conflict_dialog_factory(
            error, field_labels=self.field_labels, describe=self.describe_value, parent=self
        )
        self.conflict_dialog = dialog
        dialog.finished.connect(self._on_conflict_dialog_finished)
        dialog.open()

    @Slot(int)
    def _on_conflict_dialog_finished(self, result: int) -> None:
        dialog, self.conflict_dialog = self.conflict_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self._detail is None:
            return
        if result == ConflictDialog.LOAD_THEIRS:
            self.load(self._detail.id)
        elif result == ConflictDialog.KEEP_MINE_ON_THEIRS:
            mine = self.pending_changes()
            self.load(self._detail.id)
            self._apply_form_values(mine)

    def _apply_form_values(self, values: dict[str, Any]) -> None:
        if "subject" in values:
            self.subject_edit.setText(values["subject"])
        if "notes" in values:
            self.notes_edit.setPlainText(values["notes"])
        if "assignee_id" in values:
            self._select_assignee(values["assignee_id"])

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_form_edited(self) -> None:
        if self._filling:
            return
        dirty = self.is_dirty()
        self._update_buttons()
        self.changed_label.setText(self.tr("Niet opgeslagen wijzigingen") if dirty else "")

    @Slot()
    def _on_revert_clicked(self) -> None:
        if self._detail is not None:
            self.load(self._detail.id)

    @Slot(str)
    def _on_step_registered(self, dossier_id: str) -> None:
        """A step or a change of the clock was registered here: show it (once), then say so."""
        if self._detail is not None and self._detail.id == dossier_id and self._fresh != dossier_id:
            self.reload_keeping_input()
        self._fresh = None
        self.dossier_changed.emit(dossier_id)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        """Read the shown dossier again when a write touched it; unsaved input stays in the form.

        A change without dossier ids that moves terms (the calendar) touches every dossier.
        """
        if self._detail is None:
            return
        if self._detail.id in changes.dossier_ids or (not changes.dossier_ids and changes.touches("terms")):
            self.reload_keeping_input()
            self._fresh = self._detail.id  # a step registered here need not read it a second time

    # --- Toetsing (the findings panel, written separately) ------------------------------------

    def _build_findings(self) -> None:
        self._findings_built = True
        layout = self.findings_tab.layout()
        assert layout is not None
        try:
            from wsedesk.views.findings_panel import FindingsPanel
        except ModuleNotFoundError as exc:
            if exc.name != "wsedesk.views.findings_panel":
                raise
            label = QLabel(self.tr("De toetsing aan de voorwaarden is in deze versie nog niet beschikbaar."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            make_muted(label)
            layout.addWidget(label)
            return
        panel = FindingsPanel(self._ctx, self._ops, self.findings_tab)
        panel.information_requested.connect(self._on_step_registered)
        layout.addWidget(panel)
        self.findings_panel = panel

    def _sync_findings(self) -> None:
        """Give the findings panel the shown dossier, but only while its tab is visible."""
        if self.tabs.currentWidget() is not self.findings_tab:
            return
        if not self._findings_built:
            self._build_findings()
        dossier_id = self.dossier_id
        if self.findings_panel is not None and dossier_id != self._findings_dossier:
            self._findings_dossier = dossier_id
            self.findings_panel.set_dossier(dossier_id)  # type: ignore[attr-defined]

    def _sync_audit(self) -> None:
        if self.tabs.currentWidget() is not self.audit_tab or self.dossier_id is None:
            return
        if self.audit_panel is None:
            from wsedesk.views.audit_panel import AuditPanel

            self.audit_panel = AuditPanel(self._ctx, self.audit_tab)
            layout = self.audit_tab.layout()
            assert layout is not None
            layout.addWidget(self.audit_panel)
        self.audit_panel.set_dossier(self.dossier_id)  # type: ignore[attr-defined]

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self._sync_findings()
        self._sync_audit()

    @Slot()
    def _on_plan_visit_clicked(self) -> None:
        if self._detail is not None:
            self.visit_requested.emit(self._detail.organisation_id, self._detail.id)


__all__ = ["EDITABLE_FIELDS", "DossierDetailPanel"]
