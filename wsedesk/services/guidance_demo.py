"""Demo guidance assignments (issue #11 item 9): whom the demo's recognised providers guide.

For every ED dossier in status *erkend*: most providers guide some employees (running and ended,
within their capacity); about one in eight guided nobody for more than two years, so the
Werkbak proposes its lapse (ED-8); recognitions of the demo's early years end within the
reminder lead time (ED-7) by themselves. Written with one executemany, like the rest of the demo
(`generate_demo` writes one describing audit entry).
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from wsedesk.models import Dossier, GuidanceAssignment, RecognitionApplication
from wsedesk.rules.terms import ED8_IDLE_YEARS, add_years

EMPLOYERS = (
    "Bakkerij De Korenaar",
    "Garage Noord",
    "Stad Mechelen",
    "Woonzorgcentrum Ter Linde",
    "Drukkerij Van Hove",
    "Tuinaanleg Groenrijk",
    "Supermarkt De Kring",
    "Schoonmaak Net & Co",
    "Logistiek Scheldeland",
    "Brouwerij Het Anker",
)


def _national_number(rng: random.Random) -> tuple[str, str]:
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 15_000))
    first9 = f"{born:%y%m%d}{rng.randint(1, 997):03d}"
    if born.year >= 2000:
        digits = f"{first9}{97 - int('2' + first9) % 97:02d}"
    else:
        digits = f"{first9}{97 - int(first9) % 97:02d}"
    return digits, f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}-***.**"


def add_demo_guidance(session: Session, *, seed: int, today: date, stamp: dict[str, Any]) -> int:
    """Insert the demo's assignments; returns how many."""
    rng = random.Random(seed * 104_729 + 3)
    rows = session.execute(
        select(Dossier.id, Dossier.valid_from, RecognitionApplication.capacity)
        .outerjoin(RecognitionApplication, RecognitionApplication.dossier_id == Dossier.id)
        .where(Dossier.dossier_type == "ED", Dossier.status == "erkend", Dossier.valid_from.is_not(None))
        .order_by(Dossier.reference)
    ).all()
    out: list[dict[str, Any]] = []
    for dossier_id, start, capacity in rows:
        if start is None or start > today:
            continue
        idle = rng.random() < 0.12 and add_years(start, ED8_IDLE_YEARS) < today
        days = (today - start).days
        if idle:
            # ED-8: the last guidance ended more than two years ago (or nobody was ever guided).
            last_day = add_years(today, -ED8_IDLE_YEARS) - timedelta(days=rng.randint(1, 120))
            count = rng.randint(0, 2) if last_day > start else 0
        else:
            count = rng.randint(1, max(1, min(capacity or 10, 12)))
        for _ in range(count):
            if idle:
                begin = start + timedelta(days=rng.randrange(0, max(1, (last_day - start).days)))
                end: date | None = min(last_day, begin + timedelta(days=rng.randint(60, 400)))
            else:
                begin = start + timedelta(days=rng.randrange(0, max(1, days)))
                end = begin + timedelta(days=rng.randint(90, 900)) if rng.random() < 0.45 else None
                if end is not None and end >= today:
                    end = None if rng.random() < 0.5 else end
            digits, masked = _national_number(rng)
            premiums = sorted(
                {(begin + timedelta(days=rng.randint(30, 400))).isoformat() for _ in range(rng.randint(0, 2))}
            )
            out.append(
                {
                    "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                    "dossier_id": dossier_id,
                    "employee_national_number": digits,
                    "employee_masked": masked,
                    "employer_name": rng.choice(EMPLOYERS),
                    "employer_enterprise_number": None,
                    "start_on": begin,
                    "end_on": end,
                    "premium_changes": [p for p in premiums if end is None or p <= end.isoformat()],
                    **stamp,
                }
            )
    if out:
        session.connection().execute(insert(GuidanceAssignment), out)
    return len(out)


__all__ = ["add_demo_guidance"]
