"""The one table of letter kinds (documents/letter_kinds.py): the window, the services and the
command line read the same names and the same decision flag."""

from __future__ import annotations

import subprocess
import sys

from wsedesk.documents import letters
from wsedesk.documents.letter_kinds import DOSSIER_KINDS, KINDS

# The kinds signed on behalf of the minister (services/letters.DECISION_SIGNATORY) before the flag
# moved into the table: the same set.
DECISIONS = {
    "onontvankelijk",
    "validatie",
    "erkenning",
    "weigering",
    "schorsing",
    "intrekking",
    "heroverweging",
    "verval",
    "managementondersteuning",
    "gunning",
    "niet-gunning",
    "kwaliteitsbewijs-aanvaard",
    "kwaliteitsbewijs-geweigerd",
}


def test_the_decisions_are_the_kinds_flagged_as_such() -> None:
    assert {name for name, kind in KINDS.items() if kind.decision} == DECISIONS


def test_the_command_line_offers_every_kind_made_for_a_dossier() -> None:
    assert tuple(k.name for k in letters.list_kinds() if k.for_dossiers) == DOSSIER_KINDS
    assert {"gunning", "niet-gunning", "uitnodiging-offerte", "kwaliteitsbewijs-aanvaard"} <= set(
        DOSSIER_KINDS
    )
    assert "bezoekverslag" not in DOSSIER_KINDS  # made from a visit, not from a dossier
    assert letters.KINDS is KINDS  # one table, also under its old name


def test_the_letter_command_line_does_not_load_the_layout() -> None:
    code = (
        "import sys; from wsedesk import cli; cli.build_parser(cli.commands_needed(['letter', '--help']))\n"
        "print('reportlab' in sys.modules, 'wsedesk.documents.letters' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
