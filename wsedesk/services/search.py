"""Search everywhere: one text over dossiers, notes, organisations, persons and letters.

Each word of the text matches as the start of a word (`emma` finds Emmaüs), case and accents
ignored on both backends (storage/search_sql.py), all words must match; a number of 4+ digits
also matches a KBO number however it is typed (`0428759497`, `0428.759.497`, `BE 428 759 497`).
Hits come grouped by kind, each with the field the text matched and a short excerpt.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wsedesk.i18n import N_
from wsedesk.storage import search_index, search_sql
from wsedesk.storage.search_sql import SEPARATOR, fold, query_digits, query_numbers, query_words

if TYPE_CHECKING:
    from wsedesk.context import AppContext

# Kinds in the order the results show them, with their Dutch group titles.
KIND_TITLES: dict[str, str] = {
    "dossier": N_("Dossiers"),
    "organisation": N_("Organisaties"),
    "person": N_("Personen"),
    "note": N_("Notities"),
    "letter": N_("Brieven"),
}
FIELD_TITLES: dict[str, str] = {
    "referentie": N_("referentie"),
    "onderwerp": N_("onderwerp"),
    "naam": N_("naam"),
    "ondernemingsnummer": N_("ondernemingsnummer"),
    "gemeente": N_("gemeente"),
    "adres": N_("adres"),
    "functie": N_("functie"),
    "e-mail": N_("e-mail"),
    "notitie": N_("notitie"),
    "titel": N_("titel"),
    "tekst": N_("tekst"),
}
DEFAULT_PER_KIND = 8
MAX_PER_KIND = 500
_EXCERPT = 70


@dataclass(frozen=True)
class SearchHit:
    kind: str  # dossier, organisation, person, note, letter
    id: str  # the dossier, organisation, person or document
    opens: str  # what a click opens: the dossier (dossier, note, letter) or the organisation
    label: str  # reference or name
    field: str  # where the text matched (a key of FIELD_TITLES)
    excerpt: str  # the matched field's text around the match


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    title: str
    hits: list[SearchHit]
    more: bool  # more hits than shown


@dataclass
class SearchResult:
    text: str
    groups: list[SearchGroup] = field(default_factory=list)

    @property
    def hits(self) -> list[SearchHit]:
        return [h for g in self.groups for h in g.hits]


def search(
    ctx: AppContext, text: str, *, per_kind: int = DEFAULT_PER_KIND, kinds: tuple[str, ...] | None = None
) -> SearchResult:
    """Hits for `text`, grouped by kind (at most `per_kind` each); no words → no groups."""
    per_kind = max(1, min(per_kind, MAX_PER_KIND))
    result = SearchResult(text)
    if not query_words(text) and not query_digits(text):
        return result
    with ctx.uow() as uow:
        conn = uow.session.connection()
        for kind in kinds or tuple(KIND_TITLES):
            rows = search_sql.find(conn, text, kind, per_kind + 1)
            if rows:
                hits = [_hit(row, text) for row in rows[:per_kind]]
                hits.sort(key=lambda h: fold(h.label))
                result.groups.append(SearchGroup(kind, KIND_TITLES[kind], hits, len(rows) > per_kind))
    return result


def ensure_search_index(ctx: AppContext) -> bool:
    """Fill an empty search index when there is something to find; True if it was rebuilt."""
    with ctx.uow() as uow:
        if not search_index.needs_rebuild(uow.session.connection()):
            return False
    with ctx.uow(write=True) as uow:
        search_index.rebuild(uow.session.connection())
        uow.commit()
    return True


def _hit(row: Any, text: str) -> SearchHit:
    keys = row.fields.split(SEPARATOR) if row.fields else []
    values = row.body.split(SEPARATOR)
    field_key, excerpt = where_matched(list(zip(keys, values, strict=False)), text)
    return SearchHit(row.kind, _text_id(row.target_id), _text_id(row.opens_id), row.label, field_key, excerpt)


def _text_id(value: uuid.UUID | str) -> str:
    return str(value)


def where_matched(parts: list[tuple[str, str]], text: str) -> tuple[str, str]:
    """The first field in which every word of `text` starts a word (or the digits match), and an excerpt."""
    words, numbers = query_words(text), query_numbers(text)
    best: tuple[str, str] | None = None
    for key, value in parts:
        folded = fold(value)
        tokens = search_sql._WORD.findall(folded)
        if any(n in "".join(ch for ch in value if ch.isdigit()) for n in numbers):
            return key, _excerpt(value, None)
        hits = [any(t.startswith(w) for t in tokens) for w in words]
        if words and all(hits):
            return key, _excerpt(value, words)
        if words and any(hits) and best is None:
            best = (key, _excerpt(value, [w for w, h in zip(words, hits, strict=True) if h]))
    if best:
        return best  # the words spread over several fields
    key, value = parts[0] if parts else ("", "")
    return key, _excerpt(value, None)


def _excerpt(value: str, words: list[str] | None) -> str:
    """About _EXCERPT characters of `value` from a little before where `words` match."""
    flat = " ".join(value.split())
    if len(flat) <= _EXCERPT:
        return flat
    at = _position(flat, words) if words else 0
    start = max(0, at - _EXCERPT // 4)
    if start:  # begin at a word
        space = flat.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and at - space < _EXCERPT else start
    piece = flat[start : start + _EXCERPT]
    return ("…" if start else "") + piece + ("…" if start + _EXCERPT < len(flat) else "")


def _position(flat: str, words: list[str]) -> int:
    """Where the words start in `flat`: all of them in a row if they are, else the first."""
    text = fold(flat)
    origin: list[int] | range = range(len(flat))
    if len(text) != len(flat):  # a ligature or ß changed the length: fold per character to map back
        pieces: list[str] = []
        origin = []
        for i, ch in enumerate(flat):
            for piece in fold(ch):
                pieces.append(piece)
                origin.append(i)
        text = "".join(pieces)
    for pattern in (r"\W+".join(rf"\b{re.escape(w)}\w*" for w in words), rf"\b{re.escape(words[0])}"):
        found = re.search(pattern, text)
        if found:
            return origin[found.start()]
    return 0


def hit_as_json(hit: SearchHit) -> dict[str, str | None]:
    """The CLI's JSON shape of a hit: kind, reference or name, where it matched."""
    by_reference = hit.kind in ("dossier", "note", "letter")
    return {
        "kind": hit.kind,
        "id": hit.id,
        "reference": (hit.label.split(" ", 1)[0] if hit.kind != "letter" else _letter_reference(hit.label))
        if by_reference
        else None,
        "name": None if hit.kind in ("dossier", "note") else hit.label,
        "field": hit.field,
        "excerpt": hit.excerpt,
        "opens": hit.opens,
    }


def _letter_reference(title: str) -> str | None:
    # Letter titles end in their dossier's reference: "Ontvankelijkheid – ED-2025-00042".
    tail = title.rsplit(" ", 1)[-1]
    return tail if tail.count("-") == 2 else None
