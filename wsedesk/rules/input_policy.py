"""One input policy for every text, number, date and JSON document that enters WSE Desk.

Forms, the command line, intake JSON, report workbooks and visit packages all end up here:
importers ask it for field-specific verdicts with a path in the document, and the storage guard
(storage/input_guard.py) asks it again for every text column of every row before it is written,
so a value gets the same verdict on SQLite and PostgreSQL whichever way it came in.

Messages are short and never repeat the value (it may be personal data, or 4,000 digits): they
say what is wrong and at which character position.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from wsedesk.i18n import N_

# Free text (notes, motivations, letter paragraphs); single-line fields are bounded by their column.
MAX_TEXT_CHARS = 100_000
# Nesting of a JSON document or a JSON column (the intake schema needs 4 levels).
MAX_JSON_DEPTH = 32
# A number typed or read as text: more digits than this is never a count or an amount.
MAX_NUMBER_DIGITS = 15
# PostgreSQL's `integer` (SQLite would store more, PostgreSQL refuses: the same verdict on both).
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
# Submissions, decisions and reports: nothing of WSE's predates 1990, nothing is dated far ahead.
EARLIEST_PLAUSIBLE_DATE = date(1990, 1, 1)
PLAUSIBLE_YEARS_AHEAD = 1

# Tab, line feed and carriage return are layout in free text; every other C0/C1 control is refused.
_LAYOUT = frozenset("\t\n\r")
# Right-to-left/left-to-right overrides reorder what is shown ("Trojan source"): refused everywhere.
_BIDI_OVERRIDES = frozenset("\u202d\u202e")
# Embeddings, isolates and the other overrides: refused in single-line fields (names, numbers).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True)
class TextRule:
    """What a field may hold: one line or several, and how many characters."""

    multiline: bool = False
    max_chars: int = MAX_TEXT_CHARS


NAME = TextRule(multiline=False, max_chars=300)
FREE_TEXT = TextRule(multiline=True, max_chars=MAX_TEXT_CHARS)


def _char_name(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def text_problem(value: str, rule: TextRule = FREE_TEXT) -> str | None:
    """Why `value` may not be stored under `rule`, or None; never quotes the value itself."""
    if len(value) > rule.max_chars:
        return N_("te lang: {n} tekens, maximaal {m}").format(
            n=f"{len(value):,}".replace(",", "."), m=rule.max_chars
        )
    for position, ch in enumerate(value, start=1):
        code = ord(ch)
        if 0xD800 <= code <= 0xDFFF:
            return N_("bevat een ongeldig teken (losse surrogaat {c}) op positie {p}").format(
                c=_char_name(ch), p=position
            )
        if code < 0x20 or 0x7F <= code <= 0x9F:
            if ch in _LAYOUT and (rule.multiline or ch == "\t"):
                continue
            if ch in "\n\r":
                return N_("moet op één regel staan (regeleinde op positie {p})").format(p=position)
            return N_("bevat een onzichtbaar stuurteken ({c}) op positie {p}").format(
                c=_char_name(ch), p=position
            )
        if ch in _BIDI_OVERRIDES or (not rule.multiline and ch in _BIDI_CONTROLS):
            return N_("bevat een teken dat de leesrichting omkeert ({c}) op positie {p}").format(
                c=_char_name(ch), p=position
            )
        if code in (0xFFFE, 0xFFFF):
            return N_("bevat een ongeldig teken ({c}) op positie {p}").format(c=_char_name(ch), p=position)
    return None


def clean_text(value: str, rule: TextRule = FREE_TEXT) -> tuple[str, int]:
    """`value` without the characters text_problem refuses (not cut to length); and how many went.

    For sources where removing is the kinder answer (a pasted cell with a stray control
    character): the caller reports the count, so nothing disappears unmentioned.
    """
    kept: list[str] = []
    for ch in value:
        if text_problem(ch, TextRule(multiline=rule.multiline, max_chars=1)) is None:
            kept.append(ch)
    return "".join(kept), len(value) - len(kept)


def shorten(value: str, limit: int = 30) -> str:
    """A value fit to quote in a message: at most `limit` characters, with the full length said."""
    if len(value) <= limit:
        return value
    return N_("{start}… ({n} tekens)").format(start=value[: limit - 1], n=f"{len(value):,}".replace(",", "."))


def integer_problem(value: int, *, low: int = INT32_MIN, high: int = INT32_MAX) -> str | None:
    """Why the integer is out of bounds, or None; a huge number is described, not echoed."""
    if low <= value <= high:
        return None
    digits = len(str(abs(value)))
    if digits > MAX_NUMBER_DIGITS:
        return N_("een getal van {d} cijfers is niet aanvaardbaar (tussen {lo} en {hi})").format(
            d=digits, lo=low, hi=high
        )
    return N_("moet tussen {lo} en {hi} liggen").format(lo=low, hi=high)


def parse_integer(text: str, *, low: int = INT32_MIN, high: int = INT32_MAX) -> tuple[int | None, str | None]:
    """(value, None) for a whole number within bounds, else (None, a short message)."""
    stripped = text.strip().replace(".", "").replace(" ", "")
    if len(stripped) > MAX_NUMBER_DIGITS + 1:
        return None, N_("een getal van {d} tekens is niet aanvaardbaar").format(d=len(stripped))
    try:
        value = int(stripped)
    except ValueError:
        return None, N_("is geen geheel getal ('{v}')").format(v=shorten(text, 20))
    problem = integer_problem(value, low=low, high=high)
    return (None, problem) if problem else (value, None)


def plausible_dates(today: date, *, years_ahead: int = PLAUSIBLE_YEARS_AHEAD) -> tuple[date, date]:
    """The window a submission, decision or report date must fall in: 1990 … today + a year."""
    try:
        latest = today.replace(year=today.year + years_ahead)
    except ValueError:  # 29 February
        latest = today.replace(year=today.year + years_ahead, day=28)
    return EARLIEST_PLAUSIBLE_DATE, latest


def date_problem(value: date, *, today: date, years_ahead: int = PLAUSIBLE_YEARS_AHEAD) -> str | None:
    """Why the date is not plausible for a WSE dossier, or None."""
    earliest, latest = plausible_dates(today, years_ahead=years_ahead)
    if value < earliest:
        return N_("{d} ligt vóór {e}: geen plausibele datum").format(
            d=value.isoformat(), e=earliest.isoformat()
        )
    if value > latest:
        return N_("{d} ligt meer dan {n} jaar in de toekomst").format(d=value.isoformat(), n=years_ahead)
    return None


def json_depth_problem(text: str, max_depth: int = MAX_JSON_DEPTH) -> str | None:
    """Why the JSON text nests too deep to read safely, or None; a linear scan, no recursion."""
    depth = 0
    in_string = escaped = False
    for position, ch in enumerate(text, start=1):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > max_depth:
                return N_("te diep genest (meer dan {m} niveaus, op positie {p})").format(
                    m=max_depth, p=position
                )
        elif ch in "]}":
            depth -= 1
    return None


def load_json(text: str, max_depth: int = MAX_JSON_DEPTH) -> tuple[Any, str | None]:
    """(document, None), or (None, a message naming line and column) for text that is not safe JSON."""
    problem = json_depth_problem(text, max_depth)
    if problem:
        return None, problem
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        return None, N_("geen geldige JSON (regel {r}, kolom {k}: {m})").format(
            r=exc.lineno, k=exc.colno, m=exc.msg
        )
    except ValueError as exc:  # NaN/Infinity, or an integer of more than 4,300 digits
        return None, N_("geen geldige JSON ({m})").format(m=shorten(str(exc), 60))
    problem = value_problem(data, max_depth=max_depth)
    return (None, problem) if problem else (data, None)


def _refuse_constant(name: str) -> Any:
    raise ValueError(N_("{n} is geen getal").format(n=name))


def value_problem(value: Any, *, max_depth: int = MAX_JSON_DEPTH, path: str = "") -> str | None:
    """The first text in a parsed JSON value (keys included) that text_problem refuses, with its path."""
    stack: list[tuple[Any, str, int]] = [(value, path, 0)]
    while stack:
        item, where, depth = stack.pop()
        if depth > max_depth:
            return N_("te diep genest (meer dan {m} niveaus)").format(m=max_depth)
        if isinstance(item, str):
            problem = text_problem(item, FREE_TEXT)
            if problem:
                return f"{where or '(tekst)'}: {problem}"
        elif isinstance(item, dict):
            for key, child in item.items():
                key_text = str(key)
                problem = text_problem(key_text, NAME)
                if problem:
                    return N_("{w}: een veldnaam {p}").format(w=where or "(document)", p=problem)
                stack.append((child, f"{where}.{key_text}" if where else key_text, depth + 1))
        elif isinstance(item, list):
            stack.extend((child, f"{where}[{i}]", depth + 1) for i, child in enumerate(item))
    return None
