"""The figures' histogram median equals `statistics.median` of the expanded values."""

from __future__ import annotations

import statistics
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from wsedesk.services.figures import _median


@given(st.lists(st.integers(min_value=-50, max_value=2_000), max_size=60))
def test_histogram_median_is_the_median_of_the_values(values: list[int]) -> None:
    expected = statistics.median(values) if values else None
    assert _median(Counter(values)) == expected


def test_even_count_of_equal_middles_is_a_float_like_statistics() -> None:
    assert _median(Counter([5, 5, 7, 1])) == 5.0
    assert _median(Counter({3: 2})) == statistics.median([3, 3])
