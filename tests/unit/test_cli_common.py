"""commands/common.py: what the sub-commands share around their work."""

from __future__ import annotations

import pytest

from wsedesk.commands.common import print_refusal

ONE = "wsedesk: {f}: niets geïmporteerd, 1 probleem:"
MANY = "wsedesk: {f}: niets geïmporteerd, {n} problemen:"


def test_a_refused_file_names_each_problem_and_how_many_more_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert print_refusal("lijst.csv", ONE, MANY, ["rij 2: fout", "rij 3: fout"], more=3) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err
        == "wsedesk: lijst.csv: niets geïmporteerd, 5 problemen:\n  rij 2: fout\n  rij 3: fout\n  … en nog 3\n"
    )


def test_one_problem_is_said_in_the_singular(capsys: pytest.CaptureFixture[str]) -> None:
    assert print_refusal("lijst.csv", ONE, MANY, ["rij 2: fout"]) == 2
    assert capsys.readouterr().err == "wsedesk: lijst.csv: niets geïmporteerd, 1 probleem:\n  rij 2: fout\n"
