"""IntakeWizard: an application for recognition as external service provider, typed in (ED-3).

The five parts of the form (domain.md ED-3) are the pages, with the subcontractors (ED-10) on a
page of their own. *Voltooien* builds the online counter's document (docs/intake-json.md,
`wsedesk-intake/1`) and hands it to `import_application`: a typed application is judged and
stored exactly like an imported one, all or nothing. The pages check what they can see at once
(a KBO number, a postal code, a national register number); the import has the last word, and
its problems come back with their JSON path and a pointer to the page to fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QWidget,
)

from wsedesk.services.recognition import (
    SCHEMA_ID,
    ImportResult,
    Problem,
    get_application,
    import_application,
)
from wsedesk.views.common import resize_to_fit, tr_data
from wsedesk.views.counter_wizard import CounterWizard
from wsedesk.views.intake_area import AreaPage, DeclarationPage, SubcontractorsPage
from wsedesk.views.intake_experience import ExperiencePage
from wsedesk.views.intake_form import (
    INDEXED_PATH,
    PAGE_AREA,
    PAGE_DECLARATION,
    PAGE_EXPERIENCE,
    PAGE_ORGANISATION,
    PAGE_PROCEDURE,
    PAGE_SUBCONTRACTORS,
    IntakePage,
)
from wsedesk.views.intake_organisation import OrganisationPage, ProcedurePage
from wsedesk.views.widgets import discard_confirmed

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations

# Which page a problem of the import belongs to, by the start of its JSON path.
_PATH_PAGES: tuple[tuple[str, int], ...] = (
    ("organisatie", PAGE_ORGANISATION),
    ("vereenvoudigde_procedure", PAGE_PROCEDURE),
    ("ervaring", PAGE_EXPERIENCE),
    ("onderaannemers", PAGE_SUBCONTRACTORS),
    ("werkingsgebied", PAGE_AREA),
    ("verklaring_op_eer", PAGE_DECLARATION),
    ("ingediend_op", PAGE_DECLARATION),
)


# --- the wizard --------------------------------------------------------------------------------


class IntakeWizard(CounterWizard):
    """A new application for recognition as external service provider, in the five parts of ED-3."""

    application_registered = Signal(str)  # dossier id of the new ED dossier

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ops, self.tr("Nieuwe aanvraag — erkenning externe dienstverlener"), parent)
        self.import_result: ImportResult | None = None
        self.organisation_page = OrganisationPage(self)
        self.procedure_page = ProcedurePage(self)
        self.experience_page = ExperiencePage(self)
        self.subcontractors_page = SubcontractorsPage(self)
        self.area_page = AreaPage(self)
        self.declaration_page = DeclarationPage(self)
        self.add_pages()
        resize_to_fit(self, 860, 720)
        self._untouched = self.application_data()  # what "nothing typed yet" looks like

    def pages(self) -> list[IntakePage]:
        return [
            self.organisation_page,
            self.procedure_page,
            self.experience_page,
            self.subcontractors_page,
            self.area_page,
            self.declaration_page,
        ]

    def reject(self) -> None:
        """Annuleren, Esc or closing the window: ask before typed input is thrown away."""
        if not self.registered and self.application_data() != self._untouched and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        return discard_confirmed(
            self,
            self.tr("Aanvraag niet ingeschreven"),
            self.tr("U typte een aanvraag die nog niet ingeschreven is. Wilt u uw invoer weggooien?"),
        )

    # --- the document ----------------------------------------------------------------------------

    def application_data(self) -> dict[str, Any]:
        """The online counter's document (docs/intake-json.md) of what is typed in."""
        submitted = self.declaration_page.submitted_edit.date().toPython()
        data: dict[str, Any] = {
            "schema": SCHEMA_ID,
            "ingediend_op": submitted.isoformat(),
            "organisatie": self.organisation_page.as_json(),
            "vereenvoudigde_procedure": self.procedure_page.simplified_requested,
        }
        if not self.procedure_page.simplified_requested:
            data["ervaring"] = self.experience_page.as_json()
        data["werkingsgebied"] = self.area_page.as_json()
        data["verklaring_op_eer"] = self.declaration_page.as_json()
        data["onderaannemers"] = self.subcontractors_page.as_json()
        return data

    def submit(self) -> None:
        """Import what is typed in, on the one runner; the declaration page shows how it went."""
        ctx, data = self.ctx, self.application_data()
        self.run_import(lambda _progress: import_application(ctx, data), self._on_imported, focus_close=True)

    def _on_imported(self, result: ImportResult) -> None:
        dossier_id = self.show_import(result, self._describe)
        if dossier_id is None:
            return
        if self.experience_page.entries:  # "Toon nummer" reads a stored supervisor's number
            view = get_application(self.ctx, dossier_id)
            self.experience_page.set_stored_persons([s.person_id for s in view.supervisors])
        self.application_registered.emit(dossier_id)

    def _describe(self, problem: Problem) -> tuple[int, str]:
        """A problem of the import as the officer reads it: the part, the path, who, the message."""
        page_id = self.page_of(problem.path, _PATH_PAGES, PAGE_DECLARATION)
        page = self.page(page_id)
        part = page.title() if page is not None else ""
        who = ""
        match = INDEXED_PATH.match(problem.path)
        if match:
            index = int(match.group(2))
            if match.group(1) == "ervaring.begeleiders" and index < len(self.experience_page.entries):
                who = self.tr(" · begeleider {n}: {name}").format(
                    n=index + 1, name=self.experience_page.entries[index].name
                )
            elif match.group(1) == "onderaannemers":
                who = self.tr(" · onderaannemer {n}").format(n=index + 1)
            elif match.group(1) == "werkingsgebied.nis" and index < len(self.area_page.codes):
                who = f" · {self.area_page._label(self.area_page.codes[index])}"
        return page_id, f"{part}{who}\n{tr_data(str(problem))}"


__all__ = ["IntakeWizard"]
