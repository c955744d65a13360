"""MainWindow: navigation on the left, one page at a time, database and user in the status bar.

Start-up (issue #13): the window is built and painted before the database is opened
(`MainWindow(None, …)`, then `attach(ctx)` once app.py's background open returns), and each page
is built the first time it is shown (`page(index)`), so the first paint imports only Qt and this
module, and the other pages' modules (reports, letters, Excel…) load when they are first asked for.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast, overload

from PySide6.QtCore import QByteArray, QEvent, QRect, QSettings, QSize, Qt, QUrl, Signal, Slot, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wsedesk import APP_NAME, __version__
from wsedesk.paths import user_config_dir, user_log_dir
from wsedesk.views.common import Page, fitting_size, format_timestamp, open_dialog, show_or_raise, tr_data
from wsedesk.views.events import AppEvents
from wsedesk.views.icons import app_icon, icon
from wsedesk.views.operations import Operations
from wsedesk.views.tasks import TaskRunner

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.admin import AdminPage
    from wsedesk.views.dossier_list import DossiersPage
    from wsedesk.views.guide_window import GuideWindow
    from wsedesk.views.organisation_list import OrganisationsPage
    from wsedesk.views.registration_actions import RegistrationActions
    from wsedesk.views.reports_page import ReportsPage
    from wsedesk.views.search_popup import SearchPopup
    from wsedesk.views.team_watch import TeamWatch
    from wsedesk.views.term_calculator import TermCalculatorDialog
    from wsedesk.views.visits_page import VisitsPage
    from wsedesk.views.werkbak import WerkbakPage

# The first start's size where the screen allows it; on a laptop (1366×768) the screen's free area.
DEFAULT_SIZE = QSize(1280, 800)


def open_folder(folder: Path) -> bool:
    """Show a folder in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


# Page order is the Ctrl+1…Ctrl+6 order.
WERKBAK, DOSSIERS, ORGANISATIES, VERSLAGEN, BEZOEKEN, BEHEER = range(6)


def window_settings() -> QSettings:
    """Window geometry lives beside settings.json in the per-user config dir, not in the registry."""
    return QSettings(str(user_config_dir() / "window.ini"), QSettings.Format.IniFormat)


PageT = TypeVar("PageT", bound=Page)


class _PageAt(Generic[PageT]):
    """`window.werkbak_page` …: the page at one index of the stack, typed, built when first asked for."""

    def __init__(self, index: int) -> None:
        self.index = index

    @overload
    def __get__(self, window: None, owner: type[MainWindow]) -> _PageAt[PageT]: ...
    @overload
    def __get__(self, window: MainWindow, owner: type[MainWindow]) -> PageT: ...
    def __get__(self, window: MainWindow | None, owner: type[MainWindow]) -> PageT | _PageAt[PageT]:
        if window is None:  # on the class, as a property would: the descriptor itself
            return self
        return cast(PageT, window.page(self.index))


class _Placeholder(QWidget):
    """Where a page goes before it is first shown (and, before attach, while the database opens)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.label = QLabel(text)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)


# The page classes in Ctrl+1…Ctrl+6 order: (module, class), the module imported when its page is
# first built.
_PAGE_CLASSES = (
    ("wsedesk.views.werkbak", "WerkbakPage"),
    ("wsedesk.views.dossier_list", "DossiersPage"),
    ("wsedesk.views.organisation_list", "OrganisationsPage"),
    ("wsedesk.views.reports_page", "ReportsPage"),
    ("wsedesk.views.visits_page", "VisitsPage"),
    ("wsedesk.views.admin", "AdminPage"),
)


def _build_page(index: int, ctx: AppContext, ops: Operations, parent: QWidget) -> Page:
    """The page at `index`, its module imported now.

    A page is made inside the stack: a parentless one would be a window of its own for a moment,
    and making it takes the activation (and the keyboard focus) away from the main window."""
    module, name = _PAGE_CLASSES[index]
    page_class: Callable[[AppContext, Operations, QWidget], Page] = getattr(import_module(module), name)
    return page_class(ctx, ops, parent)


def first_page_module(ctx: AppContext) -> str:
    """The module of the page the window opens on (app.py imports it beside opening the database)."""
    return _PAGE_CLASSES[BEZOEKEN if ctx.package is not None else WERKBAK][0]


class MainWindow(QMainWindow):
    """The main window. `MainWindow(ctx, …)` is ready at once (tests); `MainWindow(None, …)` paints
    its frame first and `attach(ctx)` fills it when the database is open (app.py)."""

    page_built = Signal(int)  # a page was built (its first show): its index
    first_page_ready = Signal()  # after attach: the first page shows its data (the Werkbak its rows)

    def __init__(
        self, ctx: AppContext | None, *, tasks: TaskRunner, settings: QSettings | None = None
    ) -> None:
        super().__init__()
        self._ctx_or_none = ctx
        self._settings = settings if settings is not None else window_settings()
        self.events = AppEvents(self)
        # Every write and all long work go through the one runner app.py made; tests pass a
        # synchronous one. Pages and dialogs get it, with the events, as `ops`.
        self.tasks = tasks
        self.ops = Operations(tasks, self.events)
        self.team_watch: TeamWatch | None = None
        self.registrations: RegistrationActions | None = None
        # The program's name once, at the end: Qt appends the application's display name to a
        # title that does not end with it ("demo.sqlite — WSE Desk — WSE Desk" otherwise).
        self.setWindowTitle(APP_NAME)
        self.term_calculator: TermCalculatorDialog | None = None
        self.search_popup: SearchPopup | None = None
        self.guide_window: GuideWindow | None = None
        self.about_box: QMessageBox | None = None
        self._built: list[Page | None] = [None] * len(_PAGE_CLASSES)
        self._page_titles = titles = [
            self.tr("Werkbak"),
            self.tr("Dossiers"),
            self.tr("Organisaties"),
            self.tr("Verslagen"),
            self.tr("Bezoeken"),
            self.tr("Beheer"),
        ]

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigatie"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.nav.setFont(font)
        self.nav.setSpacing(2)
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(title)
            item.setToolTip(self.tr("{title} (Ctrl+{n})").format(title=title, n=number))
            item.setSizeHint(QSize(0, self.nav.fontMetrics().height() + 14))
            self.nav.addItem(item)
        self.nav.setFixedWidth(max(160, self.nav.sizeHintForColumn(0) + 40))

        self.stack = QStackedWidget()
        opening = self.tr("De database wordt geopend…")
        for _title in titles:
            self.stack.addWidget(_Placeholder(opening))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.offline_banner = QLabel()
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setStyleSheet(
            "#offlineBanner { background: #ffd54f; color: #222; padding: 6px 10px; font-weight: bold; }"
        )
        self.offline_banner.hide()
        outer.addWidget(self.offline_banner)
        body = QWidget()
        outer.addWidget(body, 1)
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(separator)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel(opening)
        self.user_label = QLabel()
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

        self._add_actions()
        self.setWindowIcon(app_icon())
        self._apply_icons()
        self._restore_geometry()
        # Until the database is open, the frame shows but nothing in it answers.
        self.nav.setEnabled(False)
        self.menuBar().setEnabled(False)
        self._waiting_actions = [a for a in self.actions() if a.isEnabled()]
        for action in self._waiting_actions:
            action.setEnabled(False)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The database is open: name it, enable the menus and build and load the first page."""
        from wsedesk.rules.roles import ROLE_LABELS, Role
        from wsedesk.views.registration_actions import RegistrationActions
        from wsedesk.views.team_watch import TeamWatch

        self._ctx_or_none = ctx
        self.setWindowTitle(self.tr("{db} — {app}").format(app=APP_NAME, db=ctx.db.describe()))
        if ctx.package is not None:  # working offline in a visit package: say so everywhere
            header = ctx.package.state.header
            self.setWindowTitle(
                self.tr("OFFLINE — bezoekpakket {file} — {app}").format(
                    app=APP_NAME, file=ctx.package.path.name
                )
            )
            self.offline_banner.setText(
                self.tr(
                    "OFFLINE — u werkt in het bezoekpakket {file} (uitgecheckt voor {who} op {when} uit {db}). "
                    "Enkel wat in het pakket zit, is bereikbaar; check het pakket in om uw werk terug te brengen."
                ).format(
                    file=ctx.package.path.name,
                    who=header.issued_to_name,
                    when=format_timestamp(datetime.fromisoformat(header.issued_at)),
                    db=header.database_name,
                )
            )
            self.offline_banner.show()
        roles = ", ".join(sorted(tr_data(ROLE_LABELS[r]) for r in ctx.user.roles)) or self.tr("geen rol")
        self.database_label.setText(self.tr("Database: {db}").format(db=ctx.db.describe()))
        self.user_label.setText(
            self.tr("Gebruiker: {name} ({roles})").format(name=ctx.user.display_name, roles=roles)
        )
        # Colleagues' commits refresh the lists and the open dossier (issue #12 item 5).
        self.team_watch = TeamWatch(ctx, self.ops, self)
        # Issue #11: quality registrations, tender partners, label applications, organisations.
        self.registrations = RegistrationActions(self._ctx, self.ops, self, lambda: self.organisations_page)
        self.registrations.add_to(self.intake_menu, before=self.find_providers_action)
        self.registrations.dossier_registered.connect(self._on_dossier_registered)
        self.registrations.organisation_requested.connect(lambda: self.show_page(ORGANISATIES))
        self.whole_trail_action.setVisible(ctx.user.has(Role.TEAMVERANTWOORDELIJKE))
        for action in self._waiting_actions:
            action.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.nav.setEnabled(True)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        if ctx.package is None:
            # The Werkbak reads its rows on the runner: ready when they are shown.
            self.werkbak_page.list_view.rows_shown.connect(self._on_first_rows_shown)
            self.nav.setCurrentRow(WERKBAK)
        else:
            self.nav.setCurrentRow(BEZOEKEN)
            self.first_page_ready.emit()
        self.nav.setFocus()

    @Slot()
    def _on_first_rows_shown(self) -> None:
        self.werkbak_page.list_view.rows_shown.disconnect(self._on_first_rows_shown)
        self.first_page_ready.emit()

    @property
    def _ctx(self) -> AppContext:
        assert self._ctx_or_none is not None, "attach(ctx) first"
        return self._ctx_or_none

    @property
    def attached(self) -> bool:
        return self._ctx_or_none is not None

    # --- pages ---------------------------------------------------------------------------------

    def page(self, index: int) -> Page:
        """The page at `index`, built (and put in the stack) the first time it is asked for."""
        built = self._built[index]
        if built is not None:
            return built
        built = _build_page(index, self._ctx, self.ops, self.stack)
        self._built[index] = built
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, built)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        self._connect_page(index, built)
        self._restore_page_state(index)
        self.page_built.emit(index)
        return built

    @property
    def pages(self) -> list[Page]:
        """Every page, built if it was not yet (tests walk them all)."""
        return [self.page(i) for i in range(len(_PAGE_CLASSES))]

    def built_pages(self) -> list[Page]:
        return [p for p in self._built if p is not None]

    werkbak_page: _PageAt[WerkbakPage] = _PageAt(WERKBAK)
    dossiers_page: _PageAt[DossiersPage] = _PageAt(DOSSIERS)
    organisations_page: _PageAt[OrganisationsPage] = _PageAt(ORGANISATIES)
    reports_page: _PageAt[ReportsPage] = _PageAt(VERSLAGEN)
    visits_page: _PageAt[VisitsPage] = _PageAt(BEZOEKEN)
    admin_page: _PageAt[AdminPage] = _PageAt(BEHEER)

    def _connect_page(self, index: int, page: Page) -> None:
        """The signals between a freshly built page and the window."""
        if index == WERKBAK:
            page.dossier_opened.connect(self._on_dossier_opened)  # type: ignore[attr-defined]
        elif index == DOSSIERS:
            page.detail.visit_requested.connect(self._on_visit_requested)  # type: ignore[attr-defined]
        elif index == ORGANISATIES:
            page.organisation_opened.connect(self._on_organisation_opened)  # type: ignore[attr-defined]
            page.visit_requested.connect(self._on_visit_requested)  # type: ignore[attr-defined]

    # --- actions -------------------------------------------------------------------------------

    def _add_actions(self) -> None:
        """Every action in a menu with its shortcut shown (issue #12 item 6); the menus in order:
        Bestand, Aanvragen, Beeld, Extra, Help."""
        self.save_action = self._action(
            self.tr("&Opslaan"), QKeySequence.StandardKey.Save, self._on_save_triggered
        )
        self.save_action.setToolTip(self.tr("Het dossier opslaan dat u bewerkt (Ctrl+S)"))
        self._add_file_menu()
        self._add_intake_menu()
        self._add_view_menu()
        everywhere = Qt.ShortcutContext.ApplicationShortcut
        self.calculator_action = self._action(
            self.tr("&Termijncalculator…"), "Ctrl+T", self._on_calculator_triggered, context=everywhere
        )
        # Ctrl+K: one field over dossiers, organisations, persons, notes and letters (#12 item 1).
        self.search_everywhere_action = self._action(
            self.tr("&Overal zoeken…"), "Ctrl+K", self._on_search_everywhere_triggered, context=everywhere
        )
        extra = self.menuBar().addMenu(self.tr("E&xtra"))
        extra.addAction(self.search_everywhere_action)
        extra.addAction(self.calculator_action)
        # Issue #11 item 5: the whole audit trail, a team lead's (the service checks the role too).
        self.whole_trail_action = QAction(self.tr("&Volledig auditspoor…"), self)
        self.whole_trail_action.triggered.connect(self._on_whole_trail_triggered)
        self.whole_trail_action.setVisible(False)  # shown to a team lead once attached
        extra.addAction(self.whole_trail_action)
        self._add_help_menu()

    def _add_view_menu(self) -> None:
        """Beeld: the pages (Ctrl+1…Ctrl+6), the list's search field (Ctrl+F) and reading again (F5)."""
        menu = self.menuBar().addMenu(self.tr("B&eeld"))
        self.page_actions: list[QAction] = []
        for number, title in enumerate(self._page_titles, start=1):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_page(row))
            self.addAction(action)
            menu.addAction(action)
            self.page_actions.append(action)
        menu.addSeparator()
        self.search_action = self._action(
            self.tr("&Zoeken in de lijst"), QKeySequence.StandardKey.Find, self._on_search_triggered
        )
        self.refresh_action = self._action(
            self.tr("&Vernieuwen"), QKeySequence.StandardKey.Refresh, self._on_refresh_triggered
        )
        menu.addAction(self.search_action)
        menu.addAction(self.refresh_action)

    def _add_help_menu(self) -> None:
        """Help: the user guide (F1), the log folder, about."""
        menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = self._action(
            self.tr("&Handleiding"), QKeySequence.StandardKey.HelpContents, self._on_guide_triggered
        )
        self.log_folder_action = QAction(self.tr("&Logmap openen"), self)
        self.log_folder_action.triggered.connect(self._on_log_folder_triggered)
        self.about_action = QAction(self.tr("&Over {app}").format(app=APP_NAME), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._on_about_triggered)
        menu.addAction(self.guide_action)
        menu.addAction(self.log_folder_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def _add_intake_menu(self) -> None:
        """ED-3/ED-13: menu Aanvragen — Nieuwe aanvraag… (Ctrl+N, opens the new dossier), Dienstverleners zoeken…."""
        self.new_application_action = self._action(
            self.tr("&Nieuwe aanvraag…"), QKeySequence.StandardKey.New, self._on_new_application_triggered
        )
        self.new_application_action.setToolTip(
            self.tr("Een aanvraag erkenning externe dienstverlener inschrijven (Ctrl+N)")
        )
        self.find_providers_action = QAction(self.tr("&Dienstverleners zoeken…"), self)
        self.find_providers_action.triggered.connect(self._on_find_providers_triggered)
        menu = self.menuBar().addMenu(self.tr("&Aanvragen"))
        menu.addAction(self.new_application_action)
        menu.addAction(self.find_providers_action)  # the registrations go before it (attach)
        self.intake_menu = menu

    def _add_file_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Bestand"))
        menu.addAction(self.save_action)
        menu.addSeparator()
        self.settings_action = QAction(self.tr("&Instellingen…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))  # StandardKey.Preferences is empty on Linux
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self._on_settings_triggered)
        menu.addAction(self.settings_action)
        menu.addSeparator()
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        menu.addAction(self.quit_action)

    def _on_whole_trail_triggered(self) -> None:
        from wsedesk.views.audit_dialogs import WholeTrailDialog

        self.whole_trail_dialog = open_dialog(WholeTrailDialog(self._ctx, self))

    def _on_settings_triggered(self) -> None:
        from wsedesk.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._ctx, self)
        dialog.settings_saved.connect(self._on_settings_saved)
        self.settings_dialog = open_dialog(dialog)

    def _on_settings_saved(self, database_changed: bool) -> None:
        self.current_page().refresh()  # the Werkbak's lead time may have changed
        if database_changed:
            self.statusBar().showMessage(
                self.tr("De gekozen database wordt geopend bij de volgende start."), 10000
            )

    def _action(
        self,
        text: str,
        key: QKeySequence.StandardKey | str,
        slot: object,
        *,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        """An action of the window with its shortcut (in this window, or with `context` anywhere in
        the program)."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    _PAGE_ICONS = ("werkbak", "dossiers", "organisaties", "verslagen", "bezoeken", "beheer")

    def _apply_icons(self) -> None:
        """The drawings in the theme's text colour (again after a switch between light and dark)."""
        for row, name in enumerate(self._PAGE_ICONS):
            self.nav.item(row).setIcon(icon(name))
            self.page_actions[row].setIcon(icon(name))
        for action, name in (
            (self.save_action, "opslaan"),
            (self.refresh_action, "vernieuwen"),
            (self.search_action, "zoeken"),
            (self.settings_action, "instellingen"),
            (self.quit_action, "afsluiten"),
            (self.guide_action, "handleiding"),
            (self.new_application_action, "nieuwe-aanvraag"),
            (self.calculator_action, "termijncalculator"),
        ):
            action.setIcon(icon(name))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "page_actions"):
            self._apply_icons()

    # --- public --------------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    # --- state ---------------------------------------------------------------------------------

    # The lists whose column widths and sort order are kept between sessions, per page.
    _REMEMBERED_TABLES = {WERKBAK: "werkbak", DOSSIERS: "dossiers", ORGANISATIES: "organisaties"}
    _REMEMBERED_SPLITTERS = {WERKBAK: "werkbak", DOSSIERS: "dossiers"}

    def _remembered_table(self, index: int) -> QTableView:
        page = self._built[index]
        return page.table if index == ORGANISATIES else page.list_view.table  # type: ignore[union-attr]

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(DEFAULT_SIZE)
        self.fit_to_screen()  # never larger than this screen's free area, either way

    def _restore_page_state(self, index: int) -> None:
        """A page's splitter and column widths as the user left them (when it is built)."""
        page = self._built[index]
        name = self._REMEMBERED_SPLITTERS.get(index)
        if name is not None:
            splitter_state = self._settings.value(f"{name}/splitter")
            if isinstance(splitter_state, QByteArray) and not splitter_state.isEmpty():
                page.browser.restoreState(splitter_state)  # type: ignore[union-attr]
        name = self._REMEMBERED_TABLES.get(index)
        if name is not None:
            table = self._remembered_table(index)
            columns = self._settings.value(f"{name}/columns")
            header = table.horizontalHeader()
            restored = (
                isinstance(columns, QByteArray) and not columns.isEmpty() and header.restoreState(columns)
            )
            if restored and table.isSortingEnabled():
                # The header shows the sort it had; the model asks the database in that order.
                table.model().sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def save_state(self) -> None:
        """Geometry, and the state of the pages that were built (the others keep what they had)."""
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        for index, name in self._REMEMBERED_SPLITTERS.items():
            if self._built[index] is not None:
                splitter = self._built[index].browser  # type: ignore[union-attr]
                self._settings.setValue(f"{name}/splitter", splitter.saveState())
        for index, name in self._REMEMBERED_TABLES.items():
            if self._built[index] is not None:
                header = self._remembered_table(index).horizontalHeader()
                self._settings.setValue(f"{name}/columns", header.saveState())
        self._settings.sync()

    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fit_to_screen(self) -> None:
        """Never larger than the screen's free area (a size remembered on a bigger screen included)."""
        available = self._available()
        fitted = fitting_size(self.size(), available.size())
        if fitted != self.size():
            self.resize(fitted)
        if not available.contains(self.frameGeometry().topLeft()):
            self.move(available.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.built_pages():
            if not page.confirm_leave():
                event.ignore()
                return
        self.save_state()
        if self.team_watch is not None:
            self.team_watch.stop()
        event.accept()

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(_PAGE_CLASSES):
            page = self.page(row)
            self.stack.setCurrentIndex(row)
            page.activate()

    @Slot()
    def _on_search_triggered(self) -> None:
        if not self.current_page().focus_search():
            # Pages without a search field (Werkbak, Beheer…) search in all dossiers.
            self.show_page(DOSSIERS)
            self.dossiers_page.focus_search()

    @Slot()
    def _on_refresh_triggered(self) -> None:
        self.current_page().refresh()
        self.statusBar().showMessage(self.tr("Vernieuwd."), 2000)

    @Slot()
    def _on_save_triggered(self) -> None:
        self.current_page().save()

    @Slot(str, str)
    def _on_organisation_opened(self, organisation_id: str, name: str) -> None:
        self.dossiers_page.show_organisation(organisation_id, name)
        self.show_page(DOSSIERS)

    @Slot(str, str)
    def _on_visit_requested(self, organisation_id: str, dossier_id: str) -> None:
        """'Bezoek plannen…' on an organisation or a dossier: plan it, then show it on Bezoeken."""
        if self.visits_page.plan_visit(organisation_id, dossier_id or None):
            self.show_page(BEZOEKEN)

    @Slot(str, str)
    def _on_dossier_opened(self, dossier_id: str, reference: str) -> None:
        self.show_page(DOSSIERS)
        self.dossiers_page.show_dossier(dossier_id, reference)

    @Slot()
    def _on_new_application_triggered(self) -> None:
        from wsedesk.views.intake_wizard import IntakeWizard

        wizard = IntakeWizard(self._ctx, self.ops, self)
        wizard.application_registered.connect(self._on_application_registered)
        open_dialog(wizard)

    @Slot(str)
    def _on_application_registered(self, dossier_id: str) -> None:
        """Show the new dossier on the Dossiers page: the list searched on its reference, the dossier selected."""
        from wsedesk.services.recognition import get_application

        self._on_dossier_registered(dossier_id, get_application(self._ctx, dossier_id).reference)

    @Slot(str, str)
    def _on_dossier_registered(self, dossier_id: str, reference: str) -> None:
        """A new dossier (ED, QR, TW, KB): shown selected on the Dossiers page, its reference in the status bar."""
        page = self.dossiers_page
        page.list_view.search_edit.setText(reference)
        page.refresh()  # a list read before does not know the new dossier yet (no-op before the first show)
        self.show_page(DOSSIERS)
        if not page.list_view.select_dossier(dossier_id, notify=True) and page.detail.confirm_leave():
            page.detail.load(dossier_id)
        self.statusBar().showMessage(self.tr("Aanvraag ingeschreven als {ref}.").format(ref=reference), 5000)

    @Slot()
    def _on_guide_triggered(self) -> None:
        from wsedesk.views.guide_window import GuideWindow

        if self.guide_window is None:
            self.guide_window = GuideWindow(self)
        show_or_raise(self.guide_window)

    @Slot()
    def _on_log_folder_triggered(self) -> None:
        folder = user_log_dir()
        self.statusBar().showMessage(self.tr("Logmap: {folder}").format(folder=folder), 10000)
        open_folder(folder)

    @Slot()
    def _on_about_triggered(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Over {app}").format(app=APP_NAME))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "<b>{app}</b> versie {version}<br>Departement Werk en Sociale Economie<br><br>"
                "Database: {db}<br>Gebruiker: {user}<br>Logmap: {logs}<br><br>"
                "Gemeenten: Statbel (REFNIS), CC BY 4.0. Gebouwd met Qt {qt} (LGPLv3) en PySide6."
            ).format(
                app=APP_NAME,
                version=__version__,
                db=html.escape(self._ctx.db.describe()),
                user=html.escape(self._ctx.user.display_name),
                logs=html.escape(str(user_log_dir())),
                qt=qVersion(),
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.button(QMessageBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.about_box = box
        open_dialog(box)

    @Slot()
    def _on_find_providers_triggered(self) -> None:
        self.organisations_page.show_provider_finder()

    @Slot()
    def _on_search_everywhere_triggered(self) -> None:
        if self.search_popup is None:
            from wsedesk.views.search_popup import SearchPopup

            self.search_popup = SearchPopup(self._ctx, self)
            self.search_popup.dossier_chosen.connect(self._on_dossier_opened)
            self.search_popup.organisation_chosen.connect(self._on_search_organisation_chosen)
        self.search_popup.start()

    @Slot(str, str)
    def _on_search_organisation_chosen(self, organisation_id: str, name: str) -> None:
        """An organisation (or a person's) from Ctrl+K: its dossiers on the Dossiers page."""
        if not name:
            from wsedesk.services.dossiers import organisation_names

            name = organisation_names(self._ctx, [organisation_id]).get(organisation_id, "")
        self._on_organisation_opened(organisation_id, name)

    @Slot()
    def _on_calculator_triggered(self) -> None:
        if self.term_calculator is None:
            from wsedesk.views.term_calculator import TermCalculatorDialog

            self.term_calculator = TermCalculatorDialog(self._ctx, self)
        show_or_raise(self.term_calculator)
