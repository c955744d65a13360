"""Make the user guide's screenshots (docs/guide/img/) from the real program on the demo data.

    .venv/bin/python tools/guide_screenshots.py [--out docs/guide/img] [--dossiers 5000] [--language en]

The program runs offscreen on one 1366 × 768 screen (the department's laptops), with its own
throw-away settings, key store and demo database in a temporary folder: nothing of the user's
own is read or changed. Each task of the guide is done the way a user does it — the same
windows, buttons and services, on the one background runner — and the window or dialog is
grabbed at the moments the guide shows. Run it after a change to a screen the guide shows, look
at the pictures, and commit them with the change.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from wsedesk.views.intake_organisation import OrganisationPage
    from wsedesk.views.letter_dialog import LetterDialog
    from wsedesk.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
SCREEN = {"width": 1366, "height": 768}
TASKS = ("werkbak", "application", "registration", "clock", "advice", "reports", "visit")


def _has_ink(image: QImage) -> bool:
    """Whether a grab shows dark pixels (text), sampled on a 6-pixel grid: a page still being
    rendered is white on grey."""
    for y in range(0, image.height(), 6):
        for x in range(0, image.width(), 6):
            if image.pixelColor(x, y).lightness() < 100:
                return True
    return False


def _isolate(workdir: Path) -> None:
    """Before Qt and wsedesk are imported: an offscreen 1366×768 screen and private folders."""
    config = workdir / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "logicalDpi": 96, "dpr": 1, **SCREEN}]}),
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(workdir / var.lower())
    os.environ["WSEDESK_KEY_DIR"] = str(workdir / "sleutels")
    os.environ["WSEDESK_KEYRING"] = "file"
    # The guide's user is the demo's team lead, whatever account runs the script.
    os.environ["LOGNAME"] = os.environ["USER"] = "an.peeters"
    sys.path.insert(0, str(ROOT))


def _shrink(path: Path) -> None:
    """A screenshot has a few hundred colours: a 256-colour palette (no dithering) keeps the
    status colours exact and makes the file about a third of its size. Pillow comes with
    reportlab; without it the picture stays as Qt wrote it."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as picture:
        small = picture.convert("RGB").quantize(
            colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
        )
    small.save(path, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "guide" / "img")
    parser.add_argument("--dossiers", type=int, default=5000)
    parser.add_argument(
        "--language",
        choices=("nl", "en"),
        default="nl",
        help="en: the same pictures in English, to check the catalogue",
    )
    parser.add_argument(
        "--task",
        action="append",
        choices=TASKS,
        help="only this task's pictures (repeatable); default: every task",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wsedesk-handleiding-") as tmp:
        workdir = Path(tmp)
        _isolate(workdir)
        args.out.mkdir(parents=True, exist_ok=True)
        return Guide(workdir, args.out.resolve(), args.dossiers, args.language).run(args.task or TASKS)


class _Organisation(NamedTuple):
    """An organisation of the guide's tasks, as its paper application gives it."""

    kbo: str
    name: str
    kind: str
    street: str
    postcode: str
    municipality: str
    contact_name: str
    contact_email: str


DE_KEMPEN = _Organisation(
    "0876.543.270",
    "Maatwerkbedrijf De Kempen",
    "maatwerkbedrijf",
    "Industrieweg 12",
    "3600",
    "Genk",
    "Els Jacobs",
    "els.jacobs@dekempen.be",
)
HORIZON = _Organisation(
    "0456.789.034",
    "Opleidingscentrum Horizon vzw",
    "vzw",
    "Stationsstraat 8",
    "2800",
    "Mechelen",
    "Lotte Peeters",
    "lotte.peeters@horizon-opleidingen.be",
)


def _fill_organisation(page: OrganisationPage, org: _Organisation) -> None:
    """An application wizard's organisation page filled in as a user does, the KBO number checked
    as on leaving its field (the check only shows a message: the order of the fields is free)."""
    page.kbo_edit.setText(org.kbo)
    page.name_edit.setText(org.name)
    page.set_kind(org.kind)
    page.street_edit.setText(org.street)
    page.postcode_edit.setText(org.postcode)
    page.municipality_edit.setText(org.municipality)
    page.contact_name_edit.setText(org.contact_name)
    page.contact_email_edit.setText(org.contact_email)
    page.kbo_edit.editingFinished.emit()


class Guide:
    """The tasks of the guide, one method each, on one window."""

    def __init__(self, workdir: Path, out: Path, dossiers: int, language: str = "nl") -> None:
        from dataclasses import replace

        from PySide6.QtCore import QSettings

        from wsedesk.app import create_application, ensure_demo_database
        from wsedesk.services.session import open_context
        from wsedesk.settings import load_settings
        from wsedesk.views.main_window import MainWindow
        from wsedesk.views.tasks import TaskRunner

        self.workdir, self.out = workdir, out
        settings = replace(load_settings(), language=language)
        self.app = create_application(settings)
        database = workdir / "demo.sqlite"
        ensure_demo_database(database, settings, dossiers=dossiers)
        self.ctx = open_context(f"sqlite:///{database}", settings=settings)
        self.tasks = TaskRunner(self.app)
        window_ini = QSettings(str(workdir / "window.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.ctx, tasks=self.tasks, settings=window_ini)
        self.window.showMaximized()
        self.settle()

    # --- plumbing ------------------------------------------------------------------------------

    def settle(self) -> None:
        """Wait for the runner's work and let the window paint what it brought."""
        for _ in range(3):
            self.tasks.wait()
            for _ in range(5):
                self.app.processEvents()

    def settle_preview(self, dialog: LetterDialog, timeout: float = 10.0) -> None:
        """Also wait for the letter preview's pages: QPdfView renders them on a thread of its own,
        which settle() does not wait for, so a grab taken too soon shows an empty white page (the
        guide's advice pictures did, until 2026-12-06). Waits until the page shows dark ink."""
        deadline = time.monotonic() + timeout
        while True:
            self.settle()
            view = dialog.preview.view
            if view is not None and _has_ink(view.viewport().grab().toImage()):
                return
            if time.monotonic() > deadline:
                raise SystemExit("the letter preview showed no page within 10 s")
            time.sleep(0.05)

    def shot(self, name: str, widget: object = None) -> None:
        from PySide6.QtWidgets import QWidget

        self.settle()
        target = widget if isinstance(widget, QWidget) else self.window
        path = self.out / f"{name}.png"
        if not target.grab().save(str(path)):
            raise SystemExit(f"could not write {path}")
        _shrink(path)
        print(
            f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {target.width()}×{target.height()}"
        )

    def run(self, tasks: tuple[str, ...] | list[str] = TASKS) -> int:
        try:
            for name in tasks:
                self.window.statusBar().clearMessage()
                getattr(self, name)()
        finally:
            self.tasks.wait()
            self.window.close()
            self.ctx.close()
        return 0

    # --- the tasks -------------------------------------------------------------------------------

    def werkbak(self) -> None:
        from wsedesk.views.main_window import WERKBAK

        self.window.show_page(WERKBAK)
        self.shot("werkbak")

    def application(self) -> None:
        """Aanvragen → Nieuwe aanvraag…: the wizard, filled in as from a paper application."""
        from PySide6.QtWidgets import QWizard

        from wsedesk.views.intake_wizard import IntakeWizard
        from wsedesk.views.main_window import DOSSIERS

        self.window.new_application_action.trigger()
        wizard = self.window.findChild(IntakeWizard)
        assert wizard is not None
        _fill_organisation(wizard.organisation_page, DE_KEMPEN)
        self.shot("aanvraag-organisatie", wizard)
        wizard.next()
        wizard.procedure_page.yes_radio.setChecked(True)
        self.shot("aanvraag-procedure", wizard)
        wizard.next()  # the simplified procedure skips experience and supervisors
        wizard.next()  # no subcontractors
        area = wizard.area_page
        area.search_edit.setText("Limburg")
        area.search_edit.returnPressed.emit()
        area.capacity_spin.setValue(40)
        area.motivation_edit.setPlainText("Wij werken vanuit onze zetel in Genk in heel Limburg.")
        self.shot("aanvraag-werkingsgebied", wizard)
        wizard.next()
        declaration = wizard.declaration_page
        declaration.agreed_check.setChecked(True)
        declaration.signed_by_edit.setText("Els Jacobs, directeur")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        self.settle()
        self.shot("aanvraag-ingeschreven", wizard)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        self.settle()
        self.window.show_page(DOSSIERS)
        self.shot("aanvraag-dossier")

    def registration(self) -> None:
        """Organisaties → Nieuwe organisatie…, then Aanvragen → Nieuwe kwaliteitsregistratie…."""
        from datetime import date

        from PySide6.QtWidgets import QWizard

        from wsedesk.views.main_window import ORGANISATIES
        from wsedesk.views.organisation_dialogs import OrganisationDialog
        from wsedesk.views.qr_wizard import QrWizard

        self.window.show_page(ORGANISATIES)
        self.window.organisations_page.new_button.click()
        dialog = self.window.organisations_page.dialog
        assert isinstance(dialog, OrganisationDialog)
        dialog.kbo_edit.setText(HORIZON.kbo)
        dialog.name_edit.setText(HORIZON.name)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(HORIZON.kind))
        dialog.address.street_edit.setText(HORIZON.street)
        dialog.address.postcode_edit.setText(HORIZON.postcode)
        dialog.address.municipality_edit.setText(HORIZON.municipality)
        dialog.email_edit.setText("info@horizon-opleidingen.be")
        self.shot("organisatie-nieuw", dialog)
        dialog.buttons.accepted.emit()
        self.settle()
        self.shot("organisatie-lijst")

        self.window.registrations.new_registration_action.trigger()
        wizard = self.window.findChild(QrWizard)
        assert wizard is not None
        _fill_organisation(wizard.organisation_page, HORIZON)
        wizard.next()
        today = self.ctx.clock.today()
        proof = wizard.proof_page
        proof.set_proof("iso-9001")
        proof.number_edit.setText("ISO-2025-118")
        proof.issued.set_value(today - timedelta(days=200))
        proof.valid_until.set_value(date(today.year + 2, today.month, 1))
        self.shot("kwaliteitsregistratie-bewijs", wizard)
        wizard.next()
        last = wizard.registration_page
        for combo in last.area_combos.values():
            combo.setCurrentIndex(combo.findData("ja"))
        last.agreed_check.setChecked(True)
        last.signed_by_edit.setText("Lotte Peeters, directeur")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        self.settle()
        self.shot("kwaliteitsregistratie-ingeschreven", wizard)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        self.settle()

    def clock(self) -> None:
        """Vraag bijkomende informatie, then Informatie ontvangen, on an ED dossier in onderzoek."""
        from wsedesk.services.terms import WorkFilter, dossier_terms, worklist

        today = self.ctx.clock.today()
        items = worklist(
            self.ctx, WorkFilter(dossier_type="ED", status="in_onderzoek"), as_of=today, limit=500
        )
        item = next(
            i
            for i in items
            if i.term_id == "ED-5"
            and i.light == "ok"
            and i.event_date <= today - timedelta(days=10)
            and not any(t.result.suspensions for t in dossier_terms(self.ctx, i.dossier_id))
        )
        self.window._on_dossier_opened(item.dossier_id, item.reference)  # as Enter in the Werkbak
        self.settle()
        detail = self.window.dossiers_page.detail
        bar = detail.actions_bar
        self._step(
            bar.request_button.click,
            lambda: bar.dialog,
            "klok-vraag",
            on=today - timedelta(days=3),
            text="de lijst van de gekwalificeerde begeleiders met hun diploma's",
        )
        detail.load(item.dossier_id)
        self.shot("klok-stilgelegd")
        self._step(bar.received_button.click, lambda: bar.dialog, "klok-ontvangen", on=today)
        detail.load(item.dossier_id)
        terms = detail.terms_panel
        terms.explain_button.click()
        self.settle()
        dialog = terms.explanation_dialog
        if dialog is not None:
            self.shot("klok-uitleg", dialog)
            dialog.close()
        self.shot("klok-loopt")

    def _step(
        self, open_dialog: Callable[[], None], dialog: Callable[[], object], name: str, **values: object
    ) -> None:
        open_dialog()
        self.settle()
        step = dialog()
        assert step is not None, name
        step.set_values(values["on"], str(values.get("text", "")))  # type: ignore[attr-defined]
        self.shot(name, step)
        step.ok_button.click()  # type: ignore[attr-defined]
        self.settle()

    def advice(self) -> None:
        """Brief opmaken… → Advies aan de minister: findings, proposal, store, approve."""
        from wsedesk.services.dossiers import DossierFilter, list_dossiers
        from wsedesk.views.letter_dialog import LetterDialog
        from wsedesk.views.main_window import DOSSIERS

        self.window.show_page(DOSSIERS)
        rows = list_dossiers(self.ctx, DossierFilter(dossier_type="ED", status="in_onderzoek"), limit=60)
        for row in rows:
            dialog = LetterDialog(self.ctx, row.id, self.window.ops, parent=self.window, kind="advies")
            dialog.resize(1300, 740)
            dialog.show()
            dialog.proposal_edit.setText("erkenning als externe dienstverlener voor vijf jaar")
            dialog.refresh_preview()
            self.settle()
            if dialog.store_button.isEnabled():
                break
            dialog.close()
        else:
            raise SystemExit("no ED dossier in the demo for which an advice can be made")
        self.settle_preview(dialog)
        self.shot("advies-voorbeeld", dialog)
        dialog.store_button.click()
        self.settle_preview(dialog)
        self.shot("advies-opgeslagen", dialog)
        dialog.approve_button.click()
        self.settle_preview(dialog)
        self.shot("advies-goedgekeurd", dialog)
        dialog.close()

    def reports(self) -> None:
        """Verslagen → Bestanden inlezen…: a folder of filled-in workbooks, then the findings."""
        from wsedesk.services.report_demo import write_demo_workbooks
        from wsedesk.views.main_window import VERSLAGEN

        year = self.ctx.clock.today().year - 3  # the demo has the last two years already
        folder = self.workdir / "verslagen"
        folder.mkdir()
        written = write_demo_workbooks(self.ctx, year, folder, limit=12)
        self.window.show_page(VERSLAGEN)
        page = self.window.reports_page
        page.import_paths([path for path, _ in written.workbooks])
        self.settle()
        self.shot("verslagen-ingelezen")

    def visit(self) -> None:
        """Bezoeken: plan a visit, check it out to a package, record offline, check it in."""
        from PySide6.QtCore import QSettings, Qt

        from wsedesk.services import visit_records as records
        from wsedesk.services import visit_sync as sync
        from wsedesk.services.organisations import OrganisationFilter, list_organisations
        from wsedesk.services.visits import visit_detail
        from wsedesk.views.main_window import BEZOEKEN, MainWindow
        from wsedesk.views.visit_dialogs import CheckoutDialog, PlanVisitDialog

        self.window.show_page(BEZOEKEN)
        page = self.window.visits_page
        org = next(
            o
            for o in list_organisations(self.ctx, OrganisationFilter(), limit=400)
            if o.dossier_count and o.kind in ("maatwerkbedrijf", "maatwerkafdeling")
        )
        plan = PlanVisitDialog(self.ctx, self.window.ops, organisation_id=org.id, parent=page)
        plan.show()
        plan.type_combo.setCurrentIndex(max(0, plan.type_combo.findData("opvolgbezoek")))
        if plan.dossiers_list.count():
            plan.dossiers_list.item(0).setCheckState(Qt.CheckState.Checked)
        plan.note_edit.setPlainText("Jaarlijks bezoek; de opvolging van het verslag bespreken.")
        self.shot("bezoek-plannen", plan)
        plan._on_accepted()
        self.settle()
        visit_id = plan.planned_visit_id
        assert visit_id is not None
        plan.close()
        self._select_visit(visit_id)
        self.shot("bezoeken")
        package = self.workdir / "laptop.wsebezoek"
        checkout = CheckoutDialog(self.ctx, self.window.ops, [visit_id], parent=page)
        checkout.show()
        checkout.path_edit.setText(str(package))
        self.shot("bezoek-uitchecken", checkout)
        checkout._on_accepted()
        self.settle()
        checkout.close()
        laptop = sync.open_offline(package, clock=self.ctx.clock)
        try:  # on the laptop: the findings, then the window as the inspector sees it offline
            for finding in visit_detail(laptop, visit_id).findings[:3]:
                records.record_finding(laptop, visit_id, finding.item_key, "in_orde", "")
            offline = MainWindow(
                laptop,
                tasks=self.tasks,
                settings=QSettings(str(self.workdir / "laptop.ini"), QSettings.Format.IniFormat),
            )
            offline.showMaximized()
            offline.show_page(BEZOEKEN)
            self._select_visit(visit_id, offline)
            self.shot("bezoek-offline", offline)
            offline.close()
        finally:
            self.tasks.wait()
            laptop.close()
        page.check_in(package)
        self.settle()
        self._select_visit(visit_id)
        self.shot("bezoek-ingecheckt")

    def _select_visit(self, visit_id: str, window: MainWindow | None = None) -> None:
        """The visit's row chosen in the Bezoeken list, so the list and the panel agree."""
        from PySide6.QtCore import Qt

        page = (window or self.window).visits_page
        page.view_combo.setCurrentIndex(page.view_combo.findData("by_organisation"))
        page.reload()
        self.settle()
        tree = page.tree
        for n in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(n)
            for item in [top, *(top.child(c) for c in range(top.childCount()))]:
                if item.data(0, Qt.ItemDataRole.UserRole) == visit_id:
                    tree.setCurrentItem(item)
                    self.settle()
                    return
        raise SystemExit(f"visit {visit_id} not in the Bezoeken list")


if __name__ == "__main__":
    raise SystemExit(main())
