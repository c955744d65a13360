"""What the quality-check tests share: one finding out of a list, and the tables of cases
`(case, facts, as_of, rule, subject, expected verdict)` they run."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from wsedesk.rules.quality import Finding

#: A row of a rule table: the case's name (its test id), the facts, the check date, the rule,
#: the subject (None: the rule's only finding) and the verdict expected.
Case = tuple[str, object, date, str, str | None, str]


def only(findings: list[Finding], rule_id: str, subject: str | None = None) -> Finding:
    """The one finding of `rule_id` (and `subject`, if given); fails when there is not exactly one."""
    hits = [f for f in findings if f.rule_id == rule_id and (subject is None or f.subject == subject)]
    assert len(hits) == 1, (rule_id, subject, [(f.rule_id, f.subject) for f in findings])
    return hits[0]


def rule_table(facts_name: str, cases: Sequence[Case]) -> pytest.MarkDecorator:
    """Parametrize a test over the rows of `cases`, each named by its case."""
    return pytest.mark.parametrize(
        (facts_name, "as_of", "rule_id", "subject", "expected"),
        [c[1:] for c in cases],
        ids=[c[0] for c in cases],
    )


def verdicts_by_rule(cases: Sequence[Case]) -> dict[str, set[str]]:
    """The verdicts the table expects, by rule."""
    seen: dict[str, set[str]] = {}
    for _, _, _, rule, _, verdict in cases:
        seen.setdefault(rule, set()).add(verdict)
    return seen
