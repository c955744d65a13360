"""`wsedesk letters --kind KIND --where KEY=VALUE … -o DIR`: one letter per chosen dossier (batch).

The same service as the window's "Brieven voor selectie…" (`services/letters.py generate_batch`):
each letter is stored with its dossier in its own unit of work, then written to DIR. A dossier the
letter does not fit, or that misses a step, is skipped and named with the reason and what to do.
A kind whose text needs a motivation, findings or a proposal per dossier is refused, as in the window.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from wsedesk.commands.common import command_context
from wsedesk.commands.options import add_date, optional_date_option
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_

# --where KEY=VALUE: the dossier list's own filter (DossierFilter), nothing else.
WHERE_KEYS = {"type": "dossier_type", "status": "status", "tekst": "text", "open": "open_only"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "letters",
        help=N_("brieven voor veel dossiers tegelijk opmaken (zoals 'Brieven voor selectie…')"),
        description=N_(
            "Maakt een brief van soort SOORT voor elk dossier dat aan --where voldoet, bewaart hem bij het dossier "
            "(nieuwe versie met SHA-256) en schrijft hem naar MAP. Een dossier waar de brief niet bij past, wordt "
            "overgeslagen met de reden. --where (herhaalbaar, alle voorwaarden samen): type=ED, status=erkend, "
            "tekst=ZOEKTERM, open=ja."
        ),
    )
    p.add_argument("--kind", required=True, metavar="SOORT", help=N_("briefsoort, bv. erkenning"))
    p.add_argument(
        "--where",
        action="append",
        default=[],
        metavar="SLEUTEL=WAARDE",
        help=N_("filter: type=, status=, tekst= of open=ja (herhaalbaar)"),
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="MAP", help=N_("map voor de PDF's"))
    add_date(p, "--date", help=N_("briefdatum ({f}; standaard de datum van het feit dat de brief meldt)"))
    p.set_defaults(handler=run)


def parse_where(items: list[str]) -> dict[str, object]:
    """--where KEY=VALUE items as DossierFilter fields; a bad item is refused, naming it."""
    from wsedesk.rules.workflows import DossierType

    fields: dict[str, object] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep or key not in WHERE_KEYS or not value:
            raise BadInputError(
                N_("--where '{i}': gebruik SLEUTEL=WAARDE met SLEUTEL één van {k}.").format(
                    i=item, k=", ".join(WHERE_KEYS)
                )
            )
        if key == "type":
            value = value.upper()
            if value not in {t.value for t in DossierType}:
                raise BadInputError(
                    N_("--where type={v}: onbekend dossiertype (kies uit {t}).").format(
                        v=value, t=", ".join(t.value for t in DossierType)
                    )
                )
        if key == "open":
            if value.lower() not in ("ja", "nee"):
                raise BadInputError(N_("--where open={v}: gebruik open=ja of open=nee.").format(v=value))
            fields[WHERE_KEYS[key]] = value.lower() == "ja"
            continue
        fields[WHERE_KEYS[key]] = value
    if not fields:
        raise BadInputError(N_("--where: kies de dossiers, bv. --where type=ED --where status=erkend."))
    return fields


class _StderrProgress:
    def report(self, done: int, total: int, text: str = "") -> None:
        print(f"\r{text}".ljust(40), end="" if done < total else "\n", file=sys.stderr, flush=True)

    def cancelled(self) -> bool:
        return False


def write_whole(path: Path, content: bytes) -> None:
    """Write the PDF whole or not at all: a temporary file in the same folder, then one rename."""
    partial = path.with_name(path.name + ".part")
    with open(partial, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def run(args: argparse.Namespace) -> int:
    from wsedesk.services.dossiers import DossierFilter, list_dossiers
    from wsedesk.services.letters import batch_refusal, generate_batch, letter_targets

    letter_date = optional_date_option(args.date, "--date")
    refused = batch_refusal(args.kind)
    if refused:
        raise BadInputError(f"--kind: {refused}")
    flt = DossierFilter(**parse_where(args.where))  # type: ignore[arg-type]
    folder: Path = args.output.expanduser()
    if folder.exists() and not folder.is_dir():
        raise BadInputError(N_("-o: '{p}' is geen map.").format(p=folder))
    if not folder.parent.resolve().exists():
        raise BadInputError(N_("-o: de map '{p}' bestaat niet.").format(p=folder.parent))
    folder.mkdir(exist_ok=True)
    with command_context(args) as ctx:
        ids: list[str] = []
        while True:
            page = list_dossiers(ctx, flt, offset=len(ids), limit=500)
            ids.extend(row.id for row in page)
            if len(page) < 500:
                break
        if not ids:
            print(N_("Geen dossiers voldoen aan --where; er is niets gemaakt."))
            return 0
        references = {t.dossier_id: t.reference for t in letter_targets(ctx, ids)}
        done, skipped = generate_batch(
            ctx, ids, args.kind, letter_date=letter_date, progress=_StderrProgress()
        )
        for stored in done:
            path = folder / stored.filename
            write_whole(path, stored.content)
            state = N_("definitief") if stored.final else N_("concept")
            print(
                N_("{r}: gemaakt, versie {v} ({s}) → {p}").format(
                    r=references.get(stored.dossier_id, stored.dossier_id), v=stored.revision, s=state, p=path
                )
            )
        for dossier_id, reason in skipped:
            print(N_("{r}: overgeslagen: {why}").format(r=references.get(dossier_id, dossier_id), why=reason))
    print(N_("Klaar: {n} gemaakt, {m} overgeslagen.").format(n=len(done), m=len(skipped)))
    if skipped:
        print(
            N_(
                "Per overgeslagen dossier zegt de reden wat eerst moet gebeuren; past de brief niet bij het type of "
                "de status, beperk dan de keuze met --where type=… --where status=… en start opnieuw."
            )
        )
    return 0
