"""Keeping the search index current: in the writing transaction, in bulk, or rebuilt whole.

Like the audit trail, the index is written by a flush listener on the write sessions
(`install_search_listener`), so every service that adds or changes a dossier, its notes, an
organisation, a person or a stored letter updates it in the same transaction, and none can
forget. Bulk writers that bypass the ORM (the demo generator) call `rebuild` before their
commit. The text of a letter is taken from its PDF when it is stored.
"""

from __future__ import annotations

import io
import logging
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, delete, event, insert, select
from sqlalchemy.orm import Session

from wsedesk.models import Document, Dossier, Municipality, Organisation, Person
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.storage.search_sql import SEPARATOR, search_entries

log = logging.getLogger(__name__)

KINDS = ("dossier", "organisation", "person", "note", "letter")
_BATCH = 5000


@dataclass(frozen=True)
class Entry:
    kind: str
    target_id: uuid.UUID
    opens_id: uuid.UUID
    label: str
    parts: tuple[tuple[str, str], ...]  # (field key, text), only non-empty texts
    digits: str = ""

    def row(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "target_id": self.target_id,
            "opens_id": self.opens_id,
            "label": self.label[:300],
            "fields": SEPARATOR.join(key for key, _ in self.parts),
            "body": SEPARATOR.join(value.replace(SEPARATOR, " ") for _, value in self.parts),
            "digits": self.digits,
        }


def _parts(*pairs: tuple[str, str | None]) -> tuple[tuple[str, str], ...]:
    return tuple((key, value.strip()) for key, value in pairs if value and value.strip())


def dossier_entry(dossier_id: uuid.UUID, reference: str, subject: str | None) -> Entry:
    return Entry(
        "dossier",
        dossier_id,
        dossier_id,
        reference,
        _parts(("referentie", reference), ("onderwerp", subject)),
    )


def note_entry(dossier_id: uuid.UUID, reference: str, notes: str | None) -> Entry | None:
    parts = _parts(("notitie", notes))
    return Entry("note", dossier_id, dossier_id, reference, parts) if parts else None


def organisation_entry(
    org_id: uuid.UUID,
    name: str,
    number: str,
    municipality: str | None,
    street: str | None,
    postal_code: str | None,
) -> Entry:
    place = " ".join(p for p in (postal_code, municipality) if p)
    try:
        shown = format_enterprise_number(number)
    except ValueError:
        shown = number
    return Entry(
        "organisation",
        org_id,
        org_id,
        name,
        _parts(("naam", name), ("ondernemingsnummer", shown), ("gemeente", place), ("adres", street)),
        number_suffixes(number),
    )


def number_suffixes(number: str) -> str:
    """Every tail of 4+ digits: a prefix search over them finds any part of the number ('8759497')."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return " ".join(digits[i:] for i in range(max(1, len(digits) - 3)))


def person_entry(
    person_id: uuid.UUID,
    organisation_id: uuid.UUID | None,
    first_name: str,
    last_name: str,
    function: str | None,
    email: str | None,
) -> Entry:
    # Never the national register number (domain.md §2): the index holds no personal numbers.
    name = f"{first_name} {last_name}".strip()
    return Entry(
        "person",
        person_id,
        organisation_id or person_id,
        name,
        _parts(("naam", name), ("functie", function), ("e-mail", email)),
    )


def letter_entry(document_id: uuid.UUID, dossier_id: uuid.UUID, title: str, content: bytes) -> Entry:
    return Entry(
        "letter", document_id, dossier_id, title, _parts(("titel", title), ("tekst", pdf_text(content)))
    )


def pdf_text(content: bytes) -> str:
    """The text of a PDF, one line per line; '' for a file pypdf cannot read (it is still stored)."""
    if not content.startswith(b"%PDF"):
        return ""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(content))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception:  # a damaged or hostile PDF must not stop storing it
        log.warning("Tekst van een brief niet leesbaar voor de zoekindex", exc_info=True)
        return ""


def write_entries(conn: Connection, entries: Iterable[Entry], *, replace: bool = True) -> int:
    """Insert entries (replacing the same kind and target when `replace`); returns the count."""
    rows = [e.row() for e in entries]
    for start in range(0, len(rows), _BATCH):
        batch = rows[start : start + _BATCH]
        if replace:
            remove(conn, [(r["kind"], r["target_id"]) for r in batch])
        conn.execute(insert(search_entries), batch)
    return len(rows)


def remove(conn: Connection, keys: list[tuple[str, uuid.UUID]]) -> None:
    by_kind: dict[str, list[uuid.UUID]] = {}
    for kind, target in keys:
        by_kind.setdefault(kind, []).append(target)
    for kind, targets in by_kind.items():
        conn.execute(
            delete(search_entries).where(
                and_(search_entries.c.kind == kind, search_entries.c.target_id.in_(targets))
            )
        )


# --- in the writing transaction --------------------------------------------------------------


def _municipality(conn: Connection, nis: str | None) -> str | None:
    if not nis:
        return None
    return conn.execute(select(Municipality.name_nl).where(Municipality.nis_code == nis)).scalar()


def _entries_for(
    conn: Connection, obj: object, *, new: bool
) -> tuple[list[Entry], list[tuple[str, uuid.UUID]]]:
    """What to (re)write and what to drop for one added or changed object."""
    if isinstance(obj, Dossier):
        note = note_entry(obj.id, obj.reference, obj.notes)
        return [dossier_entry(obj.id, obj.reference, obj.subject), *([note] if note else [])], (
            [] if note else [("note", obj.id)]
        )
    if isinstance(obj, Organisation):
        muni = _municipality(conn, obj.municipality_nis)
        entry = organisation_entry(obj.id, obj.name, obj.enterprise_number, muni, obj.street, obj.postal_code)
        return [entry], []
    if isinstance(obj, Person):
        entry = person_entry(
            obj.id, obj.organisation_id, obj.first_name, obj.last_name, obj.function, obj.email
        )
        return [entry], []
    if isinstance(obj, Document) and new:  # a stored document never changes (a new version is a new row)
        return [letter_entry(obj.id, obj.dossier_id, obj.title, obj.content)], []
    return [], []


_DELETED_KINDS: dict[type, tuple[str, ...]] = {
    Dossier: ("dossier", "note"),
    Organisation: ("organisation",),
    Person: ("person",),
    Document: ("letter",),
}


def index_flushed(session: Session) -> None:
    """Bring the index in step with what this flush added, changed or deleted."""
    watched = tuple(_DELETED_KINDS)
    new = [o for o in session.new if isinstance(o, watched)]
    dirty = [o for o in session.dirty if isinstance(o, watched) and session.is_modified(o)]
    gone = [o for o in session.deleted if isinstance(o, watched)]
    if not (new or dirty or gone):
        return
    conn = session.connection()
    entries: list[Entry] = []
    drop: list[tuple[str, uuid.UUID]] = []
    for obj, is_new in [(o, True) for o in new] + [(o, False) for o in dirty]:
        written, dropped = _entries_for(conn, obj, new=is_new)
        entries += written
        drop += dropped
    for obj in gone:
        drop += [(kind, obj.id) for kind in _DELETED_KINDS[type(obj)]]  # type: ignore[attr-defined]
    if drop:
        remove(conn, drop)
    write_entries(conn, entries)


def install_search_listener(session_factory: Any) -> None:
    """Every flush of these sessions keeps the search index current, in its own transaction."""

    @event.listens_for(session_factory, "after_flush")
    def _after_flush(session: Session, _ctx: Any) -> None:
        index_flushed(session)


# --- rebuilt whole ------------------------------------------------------------------------------


def _all_entries(conn: Connection, *, letters: bool) -> Iterator[Entry]:
    orgs = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.enterprise_number,
            Municipality.name_nl,
            Organisation.street,
            Organisation.postal_code,
        )
        .outerjoin(Municipality, Municipality.nis_code == Organisation.municipality_nis)
        .execution_options(yield_per=_BATCH)
    )
    for org in conn.execute(orgs):
        yield organisation_entry(*org)
    persons = select(
        Person.id, Person.organisation_id, Person.first_name, Person.last_name, Person.function, Person.email
    ).execution_options(yield_per=_BATCH)
    for person in conn.execute(persons):
        yield person_entry(*person)
    dossiers = select(Dossier.id, Dossier.reference, Dossier.subject, Dossier.notes).execution_options(
        yield_per=_BATCH
    )
    for dossier_id, reference, subject, notes in conn.execute(dossiers):
        yield dossier_entry(dossier_id, reference, subject)
        note = note_entry(dossier_id, reference, notes)
        if note:
            yield note
    if letters:
        ids = list(conn.execute(select(Document.id)).scalars())
        for start in range(0, len(ids), 100):
            docs = select(Document.id, Document.dossier_id, Document.title, Document.content).where(
                Document.id.in_(ids[start : start + 100])
            )
            for doc in conn.execute(docs):
                yield letter_entry(*doc)


def rebuild(conn: Connection, *, letters: bool = True) -> int:
    """Empty the index and fill it from the stored rows; returns the number of entries.

    `letters=False` keeps the letters' entries as they are (their text comes from reading each
    PDF, the slow part): for a bulk writer that added no letters.
    """
    if letters:
        conn.execute(delete(search_entries))
    else:
        conn.execute(delete(search_entries).where(search_entries.c.kind != "letter"))
    count = 0
    batch: list[Entry] = []
    for entry in _all_entries(conn, letters=letters):
        batch.append(entry)
        if len(batch) >= _BATCH:
            count += write_entries(conn, batch, replace=False)
            batch = []
    count += write_entries(conn, batch, replace=False)
    return count


def needs_rebuild(conn: Connection) -> bool:
    """True when the index is empty while there is something to find (e.g. after a restore by copy)."""
    if conn.execute(select(search_entries.c.kind).limit(1)).first() is not None:
        return False
    return conn.execute(select(Organisation.id).limit(1)).first() is not None


__all__ = ["KINDS", "Entry", "install_search_listener", "needs_rebuild", "rebuild"]
