"""Random JSON and text thrown at the intake importer and the command line, on both backends.

Every outcome must be a success (exit 0) or one clear refusal (exit 2, stderr starting with
`wsedesk:`), never a traceback, and never the personal data of the application on stderr. A
modest number of examples runs in the normal suite; `WSEDESK_LONG=1` throws many more.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wsedesk import cli

INTAKE = Path(__file__).resolve().parents[1] / "data" / "intake" / "valid-simplified.json"
PERSONAL = ("Els Jacobs", "els.jacobs@dekempen.be")
EXAMPLES = 600 if os.environ.get("WSEDESK_LONG") == "1" else 15

hostile_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None, categories=("Cc", "Cf", "Cs", "Zl", "Zp", "Co"))),
    st.sampled_from(["A\x00B", "A\u202eB", "A\ud800B", "9" * 4000, "0001-01-01", "[" * 5000, "", " " * 10]),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(hostile_text, children, max_size=4),
    max_leaves=12,
)


def _leaf_paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaf_paths(v, (*prefix, k))] or [prefix]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaf_paths(v, (*prefix, i))] or [prefix]
    return [prefix]


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A valid application with one field replaced, or any JSON, or any text at all."""
    kind = draw(st.sampled_from(["mutated", "mutated", "json", "text"]))
    if kind == "text":
        return draw(hostile_text)
    if kind == "json":
        return json.dumps(draw(json_values))
    data = json.loads(INTAKE.read_text(encoding="utf-8"))
    path = draw(st.sampled_from(_leaf_paths(data)))
    target = data
    for key in path[:-1]:
        target = target[key]
    if path:
        target[path[-1]] = draw(json_values)
    return json.dumps(data)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(document=documents())
def test_random_documents_get_a_verdict_never_a_traceback(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], document: str
) -> None:
    path = tmp_path / "aanvraag.json"
    path.write_text(document, encoding="utf-8", errors="surrogatepass")
    code = cli.main(["intake", "import", str(path), "--db", db_url])
    _out, err = capsys.readouterr()
    assert code in (0, 2), err
    assert "Traceback" not in err and "interne fout" not in err
    if code == 2:
        assert err.startswith("wsedesk: ")
    for fragment in PERSONAL:
        assert fragment not in err
