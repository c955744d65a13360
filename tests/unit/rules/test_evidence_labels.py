"""Every evidence key the rules write has a Dutch label for people (rules/evidence.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import wsedesk.rules
from wsedesk.rules.evidence import EVIDENCE_LABELS, evidence_label

RULES = Path(wsedesk.rules.__file__).parent


def written_keys() -> set[str]:
    """Keyword names of `ev(...)` calls and constant subscripts of `evidence[...] = …` in rules/."""
    keys: set[str] = set()
    for path in RULES.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ev":
                keys |= {kw.arg.replace("__", ".") for kw in node.keywords if kw.arg and kw.arg != "r"}
            if (
                isinstance(node, ast.Assign)
                and isinstance(target := node.targets[0], ast.Subscript)
                and getattr(target.value, "id", "") in ("evidence", "committee_ev")
                and isinstance(target.slice, ast.Constant)
            ):
                keys.add(str(target.slice.value))
    return keys


def test_the_walk_finds_the_keys() -> None:
    keys = written_keys()
    assert {"experience_motivation", "as_of", "due", "procedure.submitted_on"} <= keys
    assert len(keys) > 60


@pytest.mark.parametrize("key", sorted(written_keys()))
def test_every_written_key_has_a_label(key: str) -> None:
    assert key in EVIDENCE_LABELS, f"rules/evidence.py: no Dutch label for evidence key {key!r}"
    assert "_" not in EVIDENCE_LABELS[key]


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("experience_motivation", "ervaringsmotivering"),
        ("as_of", "beoordeeld op"),
        ("areas_evidence.financieel_beheer", "bewijs voor financieel beheer"),
        ("subcontractors.0", "onderaannemer 1"),
        ("ED-1.ervaring", "ED-1 (ervaring)"),
        ("deel 1: organisatie- en contactgegevens", "deel 1: organisatie- en contactgegevens"),
    ],
)
def test_labels(key: str, label: str) -> None:
    assert evidence_label(key) == label
