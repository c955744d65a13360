"""The online counter's quality registration (docs/qr-json.md, schema `wsedesk-qr/1`).

Pure: no database, no clock. `validate_registration` turns a parsed JSON document into a
`QrApplication`, or lists every problem by its JSON path
(`kwaliteitsbewijs.geldig_tot: ontbreekt; een kwaliteitsbewijs uit de markt heeft een einddatum (QR-7)`).
The proof is looked up in the accepted list (QR-2) passed in as plain data, by default the
shipped one; the service passes the stored catalogue. Storing is services/quality_registrations.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from wsedesk.i18n import N_
from wsedesk.importers.counter_json import (
    MISSING,
    AddressLists,
    Declaration,
    IntakeOrganisation,
    JsonReader,
    Problem,
    read_declaration,
    read_header,
    read_organisation,
)
from wsedesk.rules import quality as Q
from wsedesk.rules.quality_reference import ROUTE_LABELS, STANDAARD_WSE_ID

SCHEMA_ID = "wsedesk-qr/1"
AREA_VALUES = ("ja", "nee", "onbekend")


@dataclass(frozen=True)
class QrReference:
    """The lists a registration is checked against, as plain data."""

    catalogue: Q.LabelCatalogue
    addresses: AddressLists

    @classmethod
    def shipped(cls, catalogue: Q.LabelCatalogue | None = None) -> QrReference:
        """The lists shipped under resources/reference/ (or the given, stored catalogue)."""
        return cls(catalogue=catalogue or Q.load_label_catalogue(), addresses=AddressLists.shipped())


@dataclass(frozen=True)
class QrAuditOrganisation:
    """The audit or assessment organisation as the applicant names it (QR-3); matched in the register later."""

    name: str
    enterprise_number: str | None


@dataclass(frozen=True)
class QrProof:
    """The quality proof the registration rests on (QR-2), with the catalogue id it was found under."""

    route: str  # label | overheid | standaard_wse
    label_id: str | None  # catalogue id; None only for standaard_wse without a named proof
    reference: str
    issued_on: date | None
    valid_until: date | None
    audit_organisation: QrAuditOrganisation | None
    standaard_wse_earlier_uses: int | None


@dataclass(frozen=True)
class QrApplication:
    """A validated quality registration of the online counter (schema wsedesk-qr/1)."""

    schema: str
    submitted_on: date
    organisation: IntakeOrganisation
    proof: QrProof
    active_since: date | None  # QR-8
    areas: Mapping[str, str]  # QR-1 area → ja / nee / onbekend, only the areas the document names
    declaration: Declaration
    warnings: tuple[str, ...] = field(default=())


def _proof(
    r: JsonReader, root: Mapping[str, Any], ref: QrReference, submitted_on: date | None, warnings: list[str]
) -> QrProof | None:
    path = "kwaliteitsbewijs"
    p = r.child(
        root,
        path,
        "",
        ("route",),
        ("bewijs", "nummer", "uitgereikt_op", "geldig_tot", "auditorganisatie", "eerder_gebruikt"),
    )
    if p is None:
        return None
    before = len(r.problems)
    route = r.text(p, "route", path, limit=20)
    if route is not None and route not in ROUTE_LABELS:
        r.problem(
            f"{path}.route",
            N_("onbekende route '{r}' (toegelaten: {a})").format(r=route, a=", ".join(ROUTE_LABELS)),
        )
        route = None
    label_id: str | None = None
    named = r.text(p, "bewijs", path, required=route in ("label", "overheid"), limit=200)
    if named is not None and route is not None:
        entry = ref.catalogue.find(named)
        if entry is None or entry.route != route:
            same_route = sorted({e.id for e in ref.catalogue if e.route == route})
            r.problem(
                f"{path}.bewijs",
                N_("'{b}' staat niet op de lijst van aanvaarde kwaliteitsbewijzen als {r} (wel: {a})").format(
                    b=named,
                    r=ROUTE_LABELS[route],
                    a=", ".join(same_route[:12]) + (" …" if len(same_route) > 12 else ""),
                ),
            )
        else:
            label_id = entry.id
            if submitted_on is not None and ref.catalogue.accepted(entry.id, submitted_on, route) is None:
                warnings.append(
                    N_(
                        "'{b}' stond op {d} niet (meer) op de lijst van aanvaarde kwaliteitsbewijzen: de controle "
                        "QR-2 zal dat vermelden."
                    ).format(b=entry.name, d=submitted_on.isoformat())
                )
    if route == "standaard_wse" and label_id is None:
        label_id = STANDAARD_WSE_ID if ref.catalogue.known(STANDAARD_WSE_ID) else None
    reference = r.text(p, "nummer", path, required=False, limit=100) or ""
    issued_on = r.day(p, "uitgereikt_op", path) if "uitgereikt_op" in p else None
    valid_until: date | None = None
    if "geldig_tot" in p:
        valid_until = r.day(p, "geldig_tot", path)
    elif route in ("label", "overheid"):
        r.problem(
            f"{path}.geldig_tot",
            N_(
                "ontbreekt; de registratie eindigt met het kwaliteitsbewijs, dus de einddatum is nodig (QR-7)"
            ),
        )
    if issued_on is not None and valid_until is not None and valid_until < issued_on:
        r.problem(
            f"{path}.geldig_tot",
            N_("{g} ligt vóór de uitreiking ({u})").format(
                g=valid_until.isoformat(), u=issued_on.isoformat()
            ),
        )
    r.not_after_submission(f"{path}.uitgereikt_op", issued_on, submitted_on)
    audit: QrAuditOrganisation | None = None
    if "auditorganisatie" in p:
        a_path = f"{path}.auditorganisatie"
        if route is not None and route != "label":
            r.problem(a_path, N_("enkel een kwaliteitsbewijs uit de markt heeft een auditorganisatie (QR-3)"))
        else:
            a = r.child(p, "auditorganisatie", path, ("naam",), ("ondernemingsnummer",))
            if a is not None:
                a_name = r.text(a, "naam", a_path)
                a_number = (
                    r.enterprise_number(a, "ondernemingsnummer", a_path)
                    if "ondernemingsnummer" in a
                    else None
                )
                if a_name is not None:
                    audit = QrAuditOrganisation(a_name, a_number)
    earlier: int | None = None
    raw = r.get(p, "eerder_gebruikt", path, required=route == "standaard_wse")
    if raw is not MISSING:
        if route is not None and route != "standaard_wse":
            r.problem(
                f"{path}.eerder_gebruikt",
                N_("enkel bij een goedkeuringsbewijs Standaard WSE (route standaard_wse, QR-2 c)"),
            )
        else:
            earlier = r.whole_number(
                raw,
                f"{path}.eerder_gebruikt",
                0,
                100,
                lambda v: N_("{v} is geen aantal tussen 0 en 100").format(v=v),
            )
    if len(r.problems) != before or route is None:
        return None
    return QrProof(route, label_id, reference, issued_on, valid_until, audit, earlier)


def _areas(r: JsonReader, root: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    g = r.child(root, "gebieden", "", (), Q.AREAS) if "gebieden" in root else None
    for area in Q.AREAS if g is not None else ():
        value = r.text(g, area, "gebieden", required=False, limit=10) if g is not None else None
        if value is None:
            continue
        if value not in AREA_VALUES:
            r.problem(
                f"gebieden.{area}",
                N_("'{v}' is geen geldige waarde (toegelaten: {a})").format(
                    v=value, a=", ".join(AREA_VALUES)
                ),
            )
        else:
            out[area] = value
    return out


def validate_registration(
    data: object, *, today: date | None = None, reference: QrReference | None = None
) -> tuple[QrApplication | None, list[Problem]]:
    """Check a quality registration of the online counter (docs/qr-json.md) without a database.

    Returns the application, or None with every problem found, each named by its JSON path.
    `today` refuses a submission date in the future; `reference` defaults to the shipped lists.
    """
    ref = reference or QrReference.shipped()
    r = JsonReader()
    warnings: list[str] = []
    root = r.obj(
        data,
        "",
        ("schema", "ingediend_op", "organisatie", "kwaliteitsbewijs", "verklaring_op_eer"),
        ("actief_sinds", "gebieden"),
    )
    if root is None:
        return None, r.problems
    submitted_on = read_header(r, root, SCHEMA_ID, today)
    organisation, _kind = read_organisation(r, root, ref.addresses)
    active_since = r.day(root, "actief_sinds", "") if "actief_sinds" in root else None
    active_since = r.not_after_submission("actief_sinds", active_since, submitted_on)
    proof = _proof(r, root, ref, submitted_on, warnings)
    areas = _areas(r, root)
    declaration, _block = read_declaration(r, root, submitted_on)
    if declaration is not None and not declaration.agreed:
        r.problem(
            "verklaring_op_eer.akkoord",
            N_("zonder verklaring op eer kan de registratie niet ingeschreven worden"),
        )
    if r.problems:
        return None, r.problems
    assert submitted_on and organisation and proof and declaration
    return (
        QrApplication(
            schema=SCHEMA_ID,
            submitted_on=submitted_on,
            organisation=organisation,
            proof=proof,
            active_since=active_since,
            areas=areas,
            declaration=declaration,
            warnings=tuple(warnings),
        ),
        [],
    )


__all__ = [
    "SCHEMA_ID",
    "QrApplication",
    "QrAuditOrganisation",
    "QrProof",
    "QrReference",
    "validate_registration",
]
