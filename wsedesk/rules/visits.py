"""Site visits as rules (domain.md §3.2 guidance in practice, MW-4, TW-2): pure, no clock, no database.

- **Checklists** are versioned data, one file per visit type in `resources/visits/checklists/`;
  each item cites its rule and says what a "niet in orde" may start.
- **Follow-ups** of a "niet in orde": an information request (a follow-up action with a reply
  date) or the sanction's first step on a dossier of the visit (an intended suspension, …).
  Proposed here, started only when a person confirms it (services/visits.py).
- **Status steps** of a visit and what each step requires.
- **Attachments**: the type is read from the content (magic bytes), the size is capped.
- **The three-way merge** of a check-in: base (as checked out), laptop, central → what to do with
  one record, and for a conflict the fields side by side.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from wsedesk.i18n import N_
from wsedesk.paths import resource
from wsedesk.rules.roles import Role
from wsedesk.rules.workflows import SANCTION_ACTIONS, Transition, workflow_for

VISIT_TYPES: tuple[str, ...] = ("functioneel", "coachend", "formeel", "opvolgbezoek", "begeleiding")
VISIT_TYPE_LABELS: dict[str, str] = {
    "functioneel": N_("Functioneel (werkoverleg, klachten)"),
    "coachend": N_("Coachend (kwaliteitsgesprek)"),
    "formeel": N_("Formeel (contract, audit)"),
    "opvolgbezoek": N_("Opvolgbezoek maatwerkbedrijf"),
    "begeleiding": N_("Begeleiding in de praktijk"),
}
STATUSES: tuple[str, ...] = ("gepland", "uitgevoerd", "verslag_klaar", "afgesloten")
STATUS_LABELS: dict[str, str] = {
    "gepland": N_("Gepland"),
    "uitgevoerd": N_("Uitgevoerd"),
    "verslag_klaar": N_("Verslag klaar"),
    "afgesloten": N_("Afgesloten"),
}
VERDICTS: tuple[str, ...] = ("in_orde", "niet_in_orde", "niet_nagegaan")
VERDICT_LABELS: dict[str, str] = {
    "in_orde": N_("in orde"),
    "niet_in_orde": N_("niet in orde"),
    "niet_nagegaan": N_("niet nagegaan"),
}
#: Roles that plan and make visits, and that resolve the review queue of a check-in.
VISIT_ROLES = frozenset({Role.INSPECTEUR, Role.PROJECTADVISEUR, Role.TEAMVERANTWOORDELIJKE})
RESOLVE_ROLES = frozenset({Role.INSPECTEUR, Role.PROJECTADVISEUR, Role.TEAMVERANTWOORDELIJKE})

#: Days the organisation gets to send what a visit found missing (a request's deadline, not a
#: statutory term; the same 30 days as a letter's information request).
INFORMATION_REPLY_DAYS = 30
#: Photos and scans larger than this are refused (a phone photo is 2–6 MB; a scanned page less).
MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024
#: The term of a follow-up action in the Werkbak (models.terms.DossierTerm.term_id).
ACTION_TERM_ID = "BZ-actie"


class VisitRuleError(ValueError):
    """A visit rule refused something; the message is Dutch and names what to fix."""


# --- checklists ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    text: str
    rule: str  # the rule it checks, e.g. "MW-1", "§3.2 art. 23"
    may_start: tuple[str, ...]  # "informatievraag", "sanctie"


@dataclass(frozen=True)
class Checklist:
    visit_type: str
    version: int
    title: str
    rule: str
    procedure: str  # key in resources/letters/procedures.json (the report's legal basis)
    description: str
    items: tuple[ChecklistItem, ...]

    def item(self, key: str) -> ChecklistItem:
        for it in self.items:
            if it.key == key:
                return it
        raise VisitRuleError(
            N_("Het punt '{k}' staat niet op de checklist '{t}' (versie {v}).").format(
                k=key, t=self.title, v=self.version
            )
        )


@cache
def _checklist_versions(visit_type: str) -> dict[int, Checklist]:
    if visit_type not in VISIT_TYPES:
        raise VisitRuleError(
            N_("Onbekend soort bezoek '{t}'. Kies uit: {known}.").format(
                t=visit_type, known=", ".join(VISIT_TYPES)
            )
        )
    path = resource("visits", "checklists", f"{visit_type}.json")
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise VisitRuleError(
            N_("De checklist {p} kan niet gelezen worden: {e}").format(p=path.name, e=exc)
        ) from exc
    out: dict[int, Checklist] = {}
    for entry in data["versions"]:
        items = tuple(
            ChecklistItem(i["key"], i["text"], i["rule"], tuple(i.get("may_start", ())))
            for i in entry["items"]
        )
        out[int(entry["version"])] = Checklist(
            visit_type,
            int(entry["version"]),
            data["title"],
            data["rule"],
            data["procedure"],
            data["description"],
            items,
        )
    return out


def checklist(visit_type: str, version: int | None = None) -> Checklist:
    """The checklist of `visit_type`: the given version (what a visit was made with) or the newest."""
    versions = _checklist_versions(visit_type)
    if version is None:
        return versions[max(versions)]
    if version not in versions:
        raise VisitRuleError(
            N_("Checklist '{t}' versie {v} is niet gekend door dit programma.").format(
                t=visit_type, v=version
            )
        )
    return versions[version]


def all_checklists() -> list[Checklist]:
    """Every version of every checklist (a package carries them all)."""
    return [c for t in VISIT_TYPES for c in _checklist_versions(t).values()]


# --- follow-ups of a "niet in orde" -----------------------------------------------------------------


@dataclass(frozen=True)
class DossierRef:
    """A dossier of the visit, as the rules need it."""

    id: str
    reference: str
    dossier_type: str
    status: str


@dataclass(frozen=True)
class FollowUp:
    """A step a "niet in orde" may start; proposed, never started without a person confirming it."""

    kind: str  # "informatievraag" | "sanctie"
    label: str
    rule: str
    dossier_id: str | None
    action: str | None  # the workflow action of a sanction (schorsing_voornemen, …)
    roles: frozenset[Role]  # who may start it


def _sanction(dossier: DossierRef) -> Transition | None:
    action = SANCTION_ACTIONS.get(dossier.dossier_type)
    if action is None:
        return None
    for t in workflow_for(dossier.dossier_type).transitions:
        if t.action == action and dossier.status in t.source:
            return t
    return None


def possible_follow_ups(item: ChecklistItem, verdict: str, dossiers: Sequence[DossierRef]) -> list[FollowUp]:
    """What a finding on `item` may start: nothing unless it is "niet in orde" and the item allows it."""
    if verdict != "niet_in_orde":
        return []
    out: list[FollowUp] = []
    if "informatievraag" in item.may_start:
        out.append(
            FollowUp(
                "informatievraag",
                N_("Informatie opvragen bij de organisatie (antwoord binnen {d} dagen)").format(
                    d=INFORMATION_REPLY_DAYS
                ),
                item.rule,
                dossiers[0].id if dossiers else None,
                None,
                VISIT_ROLES | {Role.DOSSIERBEHANDELAAR},
            )
        )
    if "sanctie" in item.may_start:
        for d in dossiers:
            t = _sanction(d)
            if t is not None:
                out.append(
                    FollowUp(
                        "sanctie",
                        N_("{a} voor dossier {r}").format(a=t.label, r=d.reference),
                        t.rule_id,
                        d.id,
                        t.action,
                        t.roles,
                    )
                )
    return out


def information_request_text(item: ChecklistItem, note: str) -> str:
    """The description of the follow-up action an information request becomes."""
    text = N_("Informatie opvragen ({r}): {t}").format(r=item.rule, t=item.text)
    return f"{text} — {note.strip()}" if note.strip() else text


# --- status steps ------------------------------------------------------------------------------------

#: (from, to): the steps a visit may take; back steps reopen a report that was not sent yet.
STEPS: frozenset[tuple[str, str]] = frozenset(
    {
        ("gepland", "uitgevoerd"),
        ("uitgevoerd", "verslag_klaar"),
        ("verslag_klaar", "uitgevoerd"),
        ("verslag_klaar", "afgesloten"),
    }
)


def check_step(
    current: str,
    target: str,
    *,
    on: date,
    today: date,
    planned_on: date,
    items: Sequence[ChecklistItem],
    findings: Mapping[str, tuple[str, str]],
) -> list[str]:
    """Why the visit cannot go from `current` to `target` on `on` (empty: it can).

    `findings` maps item key → (verdict, note). A report is ready only when every item has a
    verdict and every "niet in orde" says why.
    """
    if (current, target) not in STEPS:
        return [
            N_("Een bezoek met status '{a}' kan niet naar '{b}'.").format(
                a=STATUS_LABELS.get(current, current), b=STATUS_LABELS.get(target, target)
            )
        ]
    problems: list[str] = []
    if on > today:
        problems.append(N_("De datum {d:%d/%m/%Y} ligt in de toekomst.").format(d=on))
    if target == "uitgevoerd" and current == "gepland" and on < planned_on - timedelta(days=365):
        problems.append(N_("De bezoekdatum ligt meer dan een jaar vóór de geplande datum."))
    if target == "verslag_klaar":
        for it in items:
            verdict, note = findings.get(it.key, ("", ""))
            if not verdict:
                problems.append(N_("Geen bevinding voor '{t}'.").format(t=it.text))
            elif verdict == "niet_in_orde" and not note.strip():
                problems.append(N_("Zeg waarom '{t}' niet in orde is.").format(t=it.text))
    return problems


def visit_reference(visit_id_hex: str, planned_on: date) -> str:
    """`BZ-2025-3F9A2C1D`: derived from the id, so a laptop makes a unique one offline."""
    return f"BZ-{planned_on.year}-{visit_id_hex[:8].upper()}"


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week of `day` ("mijn bezoeken van deze week")."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


# --- attachments ---------------------------------------------------------------------------------------

_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"%PDF-", "application/pdf", "pdf"),
)


def attachment_type(content: bytes, *, shown_name: str) -> tuple[str, str]:
    """(media type, file extension) read from the content; refuses anything but JPEG, PNG, PDF.

    The name the user gave is only shown in the message: it is never trusted for the type.
    """
    if not content:
        raise VisitRuleError(N_("'{n}' is leeg.").format(n=shown_name))
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise VisitRuleError(
            N_("'{n}' is {s} MB; een bijlage mag hoogstens {m} MB zijn.").format(
                n=shown_name, s=round(len(content) / 1024 / 1024, 1), m=MAX_ATTACHMENT_BYTES // 1024 // 1024
            )
        )
    for magic, media_type, ext in _MAGIC:
        if content.startswith(magic):
            return media_type, ext
    raise VisitRuleError(
        N_("'{n}' is geen foto (JPEG, PNG) of scan (PDF): de inhoud heeft een ander formaat.").format(
            n=shown_name
        )
    )


def safe_shown_name(name: str) -> str:
    """The user's file name as data: its last path part, without control characters, at most 200."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in last if ch.isprintable()).strip()
    return cleaned[:200]


# --- the three-way merge of a check-in ------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    """One field of a record: as checked out, on the laptop, centrally now."""

    field: str
    base: Any
    laptop: Any
    central: Any

    @property
    def laptop_changed(self) -> bool:
        return self.laptop != self.base

    @property
    def central_changed(self) -> bool:
        return self.central != self.base


@dataclass(frozen=True)
class MergeDecision:
    """What a check-in does with one record.

    `action`: "create" | "update" | "delete" | "noop" | "conflict"; `values` the fields to write
    (create: all, update: the laptop's changes); `kind` of a conflict: "edit/edit" (both edited),
    "edit/delete" (edited on the laptop, deleted centrally), "delete/edit" (deleted on the
    laptop, edited centrally), "create/create" (both created the same thing).
    """

    action: str
    values: Mapping[str, Any]
    kind: str | None = None
    fields: tuple[FieldChange, ...] = ()


NOOP = MergeDecision("noop", {})


def _changed(fields: Sequence[str], a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return any(a.get(f) != b.get(f) for f in fields)


def field_changes(
    fields: Sequence[str],
    base: Mapping[str, Any] | None,
    laptop: Mapping[str, Any] | None,
    central: Mapping[str, Any] | None,
) -> tuple[FieldChange, ...]:
    """Every field side by side (None where a side has no record)."""
    return tuple(
        FieldChange(
            f,
            base.get(f) if base is not None else None,
            laptop.get(f) if laptop is not None else None,
            central.get(f) if central is not None else None,
        )
        for f in fields
    )


def merge_record(
    fields: Sequence[str],
    *,
    base: Mapping[str, Any] | None,
    laptop: Mapping[str, Any] | None,
    central: Mapping[str, Any] | None,
) -> MergeDecision:
    """Decide one record of a check-in from its three states (values as plain JSON types).

    `base` None: the laptop created it. `laptop` None: the laptop deleted it (a tombstone).
    `central` None: it is not (or no longer) in the central database; for a record the laptop
    created, `central` is the central record with the same natural key, if any.
    Nothing is ever dropped silently: a difference that cannot be applied safely is a conflict.
    """
    if base is None:
        if laptop is None:
            return NOOP  # made and deleted on the laptop
        if central is None:
            return MergeDecision("create", dict(laptop))
        if not _changed(fields, laptop, central):
            return NOOP  # both made exactly the same
        return MergeDecision("conflict", {}, "create/create", field_changes(fields, None, laptop, central))
    laptop_changed = laptop is None or _changed(fields, laptop, base)
    if not laptop_changed:
        return NOOP
    central_changed = central is None or _changed(fields, central, base)
    if laptop is None:
        if central is None:
            return NOOP  # deleted on both sides
        if not central_changed:
            return MergeDecision("delete", {})
        return MergeDecision("conflict", {}, "delete/edit", field_changes(fields, base, None, central))
    if central is None:
        return MergeDecision("conflict", {}, "edit/delete", field_changes(fields, base, laptop, None))
    if not central_changed:
        return MergeDecision("update", {f: laptop.get(f) for f in fields if laptop.get(f) != base.get(f)})
    if not _changed(fields, laptop, central):
        return NOOP  # both made the same edit
    return MergeDecision("conflict", {}, "edit/edit", field_changes(fields, base, laptop, central))


def suggested_merge(changes: Sequence[FieldChange]) -> dict[str, Any]:
    """A starting point for "samenvoegen": each side's one-sided changes; where both changed, central."""
    out: dict[str, Any] = {}
    for c in changes:
        out[c.field] = c.laptop if c.laptop_changed and not c.central_changed else c.central
    return out
