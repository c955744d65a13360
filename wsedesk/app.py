"""Composition root: settings → QApplication → MainWindow painted → AppContext opened → first page.

Start-up order (issue #13): the window's frame is shown and painted before the database is
opened; the opening (SQLAlchemy, the schema check, the first page's modules) runs on the one
background runner, the first page reads its rows there too, and the day's backup follows them. This module
imports only Qt and light parts of the package at its top for that reason.
"""

from __future__ import annotations

import time

# Fallback start reading; replaced below by the kernel's record of the process start where there is
# one. A caller may also pass its own reading as `args.process_start` (see run_gui).
PROCESS_START: float = time.perf_counter()

import argparse  # noqa: E402
import gc  # noqa: E402
import importlib  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget  # noqa: E402

import wsedesk.views  # noqa: E402, F401  (first: its guard must run before the first Qt call)
from wsedesk import APP_ID, APP_NAME, ORG_NAME, __version__  # noqa: E402
from wsedesk.errors import BadInputError, UserError  # noqa: E402
from wsedesk.paths import resource  # noqa: E402
from wsedesk.progress import CancelledError  # noqa: E402
from wsedesk.services.demo_database import DEMO_DOSSIERS  # noqa: E402
from wsedesk.settings import Settings, load_settings  # noqa: E402
from wsedesk.views.icons import app_icon  # noqa: E402
from wsedesk.views.theme import follow_system_color_scheme  # noqa: E402

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.main_window import MainWindow

log = logging.getLogger(__name__)

HEADLESS_PLATFORMS = ("offscreen", "minimal")


def _process_start() -> float:
    """perf_counter() value at process start: exact on Linux (/proc), else when this module loaded.

    The kernel records when the process began; with it `first-paint-ms` includes the
    interpreter's own start-up and every import, which is what a user waits for.
    """
    try:
        stat = Path("/proc/self/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        started_ticks = int(fields[19])  # field 22 of proc(5): starttime, in clock ticks since boot
        ticks = os.sysconf("SC_CLK_TCK")
        since_start = time.clock_gettime(time.CLOCK_BOOTTIME) - started_ticks / ticks
        if 0 <= since_start < 3600:
            return time.perf_counter() - since_start
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return PROCESS_START


PROCESS_START = min(PROCESS_START, _process_start())


# --- QApplication ------------------------------------------------------------------------------


def create_application(settings: Settings, argv: list[str] | None = None) -> QApplication:
    """The one QApplication: names (for QSettings and dialogs), Fusion style, Dutch locale, translators."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORG_NAME)
    app.setDesktopFileName(APP_ID)
    app.setStyle("Fusion")
    follow_system_color_scheme(app)  # dark when the system is dark (Qt 6.5+ colorScheme)
    app.setWindowIcon(app_icon())
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
    install_translators(app, settings.language)
    return app


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (file dialogs, buttons) in the user's language, and ours when not Dutch.

    Qt's catalogue comes from PySide6's translations folder (QLibraryInfo; in the frozen build
    PyInstaller's Qt hook puts it beside the Qt libraries), then resources/translations/
    qt_fixes_<lang>.qm adds what it lacks ("&Look in:"). Our source strings are Dutch, so Dutch
    needs no catalogue of ours; another language is read from wsedesk_<lang>.qm.
    """
    installed: list[QTranslator] = []
    qt_catalogue = QTranslator(app)
    if qt_catalogue.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_catalogue)
        installed.append(qt_catalogue)
    else:
        log.warning("Qt's own translation qtbase_%s not found; Qt's dialogs stay English", language)
    fixes = QTranslator(app)
    if fixes.load(f"qt_fixes_{language}", str(resource("translations"))):
        app.installTranslator(fixes)  # installed later, so it is asked first
        installed.append(fixes)
    if language != "nl":
        ours = QTranslator(app)
        if ours.load(f"wsedesk_{language}", str(resource("translations"))):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.info("No translation for language %r; showing Dutch", language)
    app.setProperty("wsedesk_translators", installed)  # keeps them alive as long as the app
    return installed


def is_headless() -> bool:
    return QGuiApplication.platformName() in HEADLESS_PLATFORMS


def show_fatal(message: str, title: str | None = None) -> None:
    """A start-up failure: a message box on a screen, stderr without one."""
    if is_headless() or QApplication.instance() is None:
        print(f"wsedesk: {message}", file=sys.stderr)
        return
    QMessageBox.critical(
        None, title or QApplication.translate("app", "{app} kan niet starten").format(app=APP_NAME), message
    )


# --- the demo database -------------------------------------------------------------------------


class _DemoProgress:
    """Progress of the demo build (services/demo_database), shown in a QProgressDialog that can cancel."""

    def __init__(self, dialog: QProgressDialog) -> None:
        self.dialog = dialog

    def report(self, done: int, total: int, text: str = "") -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))
        QApplication.processEvents()

    def cancelled(self) -> bool:
        return self.dialog.wasCanceled()

    def stage(self, stage: str, year: int | None = None) -> None:
        tr = QApplication.translate
        if stage == "reports":
            self.dialog.setLabelText(tr("app", "Demoverslagen over {y} worden aangemaakt…").format(y=year))
        else:
            self.dialog.setLabelText(tr("app", "Demobezoeken worden aangemaakt…"))
        QApplication.processEvents()


def ensure_demo_database(path: Path, settings: Settings, *, dossiers: int = DEMO_DOSSIERS) -> None:
    """Create and fill the demo database on first use (services/demo_database), with a progress dialog."""
    if path.exists():
        return
    from wsedesk.services.demo_database import announcement
    from wsedesk.services.demo_database import ensure_demo_database as build

    tr = QApplication.translate
    dialog = QProgressDialog(
        tr("app", "De demodatabase wordt aangemaakt ({n} dossiers)…").format(n=dossiers),
        tr("app", "Annuleren"),
        0,
        dossiers,
    )
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)
    QApplication.processEvents()
    print(announcement(path, dossiers), file=sys.stderr)
    try:
        build(path, settings, _DemoProgress(dialog), dossiers=dossiers)
    finally:
        dialog.close()
        dialog.deleteLater()


# --- first paint -------------------------------------------------------------------------------


class FirstPaintWatcher(QObject):
    """One-shot: emits `first_painted` on the watched widget's first Paint event, then removes itself."""

    first_painted = Signal(float)  # milliseconds since process start

    def __init__(self, widget: QWidget, started: float) -> None:
        super().__init__(widget)
        self._widget = widget
        self._started = started
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            self.first_painted.emit((time.perf_counter() - self._started) * 1000)
        return False


# --- run ---------------------------------------------------------------------------------------


def prepare_database(args: argparse.Namespace, settings: Settings) -> None:
    """What must happen on the GUI thread before the database opens: the options checked, the
    demo file built on first use (with its progress dialog)."""
    if getattr(args, "pakket", None) and (getattr(args, "db", None) or getattr(args, "demo", False)):
        raise BadInputError("--pakket gaat niet samen met --db of --demo: het pakket is de database.")
    if getattr(args, "demo", False) and not getattr(args, "db", None) and not getattr(args, "pakket", None):
        from wsedesk.context import demo_database_path

        ensure_demo_database(demo_database_path(), settings)


def open_database(args: argparse.Namespace, settings: Settings) -> AppContext:
    """Open the database the options name (any thread: no Qt here)."""
    from wsedesk.context import resolve_database_url
    from wsedesk.services.session import open_context

    package = getattr(args, "pakket", None)
    if package:
        if getattr(args, "db", None) or getattr(args, "demo", False):
            raise BadInputError("--pakket gaat niet samen met --db of --demo: het pakket is de database.")
        from wsedesk.services.visit_sync import open_offline

        return open_offline(Path(package), settings=settings)
    url = resolve_database_url(getattr(args, "db", None), settings, demo=bool(getattr(args, "demo", False)))
    return open_context(url, settings=settings)


class _Opening:
    """The database being opened on the runner while the window paints; closed at the end."""

    def __init__(self, args: argparse.Namespace, settings: Settings) -> None:
        self._args, self._settings = args, settings
        self.ctx: AppContext | None = None
        self.bug: BaseException | None = None

    def open(self, _progress: object) -> AppContext:
        """On the runner: open, import the first page's modules (the day's backup comes later)."""
        from wsedesk.views.main_window import first_page_module

        ctx = open_database(self._args, self._settings)
        self.ctx = ctx  # closed by run_gui even when the window closed before this arrived
        importlib.import_module(first_page_module(ctx))  # not on the GUI thread
        return ctx

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.close()


def run_gui(args: argparse.Namespace) -> int:
    """Start the program; returns the process exit code (2 when the database cannot be opened)."""
    from wsedesk.logfile import install_log_file
    from wsedesk.views.error_reporter import ErrorReporter
    from wsedesk.views.main_window import MainWindow
    from wsedesk.views.tasks import TaskRunner

    started = getattr(args, "process_start", None) or PROCESS_START
    # No cyclic garbage collection until the first page shows its data: the start creates some
    # million objects (SQLAlchemy, the models) and little garbage, and every pass over them cost
    # ~50–90 ms of CPU before the Werkbak's rows (issue #13). Back on then, or after 10 s at most.
    gc.disable()
    log_path = install_log_file()
    settings = load_settings()
    app = create_application(settings)
    try:
        prepare_database(args, settings)
    except UserError as exc:
        log.warning("Cannot open the database: %s", exc)
        show_fatal(str(exc))
        return exc.exit_code
    except CancelledError:
        print("wsedesk: demodatabase niet aangemaakt (geannuleerd)", file=sys.stderr)
        return 1
    # The one background runner: every write and all long work of every page and dialog.
    tasks = TaskRunner(app)
    window = MainWindow(None, tasks=tasks)
    reporter = ErrorReporter(window=lambda: QApplication.activeWindow() or window, parent=app)
    reporter.install()
    opening = _Opening(args, settings)

    def _on_opened(ctx: AppContext) -> None:
        log.info("%s %s started on %s (log: %s)", APP_NAME, __version__, ctx.db.describe(), log_path)
        window.attach(ctx)
        # Queued after the first page's reads on the one runner: the day's copy of a big file
        # (seconds at 100k dossiers) no longer stands between the start and the Werkbak's rows.
        tasks.start(lambda _progress: _rolling_backup(ctx))

    def _on_failed(error: BaseException) -> None:
        if isinstance(error, UserError):  # e.g. a file that does not exist, a locked or damaged one
            log.warning("Cannot open the database: %s", error)
            show_fatal(str(error))
            app.exit(error.exit_code)
        else:  # a bug: cli.main logs it and says so in one line
            opening.bug = error
            app.exit(1)

    window.first_page_ready.connect(gc.enable)
    QTimer.singleShot(10_000, gc.enable)
    try:
        _watch_start(args, window, started, app)
        window.show()
        tasks.start(opening.open, on_success=_on_opened, on_failure=_on_failed)
        code = int(app.exec())
        if opening.bug is not None:
            raise opening.bug
        return code
    finally:
        gc.enable()
        tasks.wait()  # a write still running finishes before the database closes
        reporter.uninstall()
        opening.close()


def _watch_start(args: argparse.Namespace, window: MainWindow, started: float, app: QApplication) -> None:
    """--quit-after-paint and --screenshot: report the first paint, then wait for the first page's rows.

    Prints `first-paint-ms=` (the window painted, before the database is open) and
    `first-rows-ms=` (the first page shows its data), both in ms since the process started.
    """
    quit_after_paint = bool(getattr(args, "quit_after_paint", False))
    screenshot = getattr(args, "screenshot", None)
    if not (quit_after_paint or screenshot):
        return
    watcher = FirstPaintWatcher(window, started)

    def _on_first_painted(ms: float) -> None:
        if quit_after_paint:
            print(f"first-paint-ms={ms:.0f}", flush=True)

    def _on_first_page_ready() -> None:
        if quit_after_paint:
            print(f"first-rows-ms={(time.perf_counter() - started) * 1000:.0f}", flush=True)
            print(f"first-rows-cpu-ms={time.process_time() * 1000:.0f}", flush=True)
        if screenshot:
            # Let the rows paint, then grab what the user would see.
            QTimer.singleShot(300, lambda: _grab_and_quit(window, Path(screenshot), app))
        else:
            QTimer.singleShot(0, app.quit)

    watcher.first_painted.connect(_on_first_painted)
    window.first_page_ready.connect(_on_first_page_ready)


def _rolling_backup(ctx: AppContext) -> None:
    """The day's automatic copy of the local file; a failure is logged, never in the user's way."""
    from wsedesk.services.backup import rolling_backup

    try:
        rolling_backup(ctx)
    except (UserError, OSError) as exc:
        log.warning("Automatic backup not written: %s", exc)


def _grab_and_quit(window: QWidget, target: Path, app: QApplication) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target)):
        print(f"wsedesk: kon schermafdruk {target} niet bewaren", file=sys.stderr)
    app.quit()
