"""Patterns stay linear on hostile text (issue 18, item 1).

Each shape is run at n and at 4n characters; linear work grows about 4x, quadratic about 16x.
The test fails when the larger input costs more than 8x the smaller one (best of five runs, so a
busy machine does not decide it). These are growth checks, not speed targets: the absolute
figures are printed by ``bench/hostile_table.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from newsfacts.clean.boilerplate import is_caption_or_dateline
from newsfacts.extract import orgs
from newsfacts.extract.mentions import _NUMBER

#: Below this many seconds at 4n, growth is not measurable and the shape passes.
_FLOOR = 0.005


def _best(run: Callable[[str], object], text: str) -> float:
    times = []
    for _ in range(5):
        start = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - start)
    return min(times)


def _org_patterns(text: str) -> None:
    for pattern in (orgs._CUE_BEFORE, orgs._CUE_AFTER, orgs._HEAD_AFTER, orgs._OWNER):
        list(pattern.finditer(text))


SHAPES: dict[str, tuple[Callable[[str], object], Callable[[int], str]]] = {
    "digit run before a glued code": (
        lambda t: list(_NUMBER.finditer(t)),
        lambda n: "Code " + "1" * n + "a1",
    ),
    "owner possessives": (_org_patterns, lambda n: "Acme's " * (n // 7)),
    "corporate suffixes": (_org_patterns, lambda n: "Acme" + " Inc" * (n // 4)),
    "caption opened and never closed": (
        is_caption_or_dateline,
        lambda n: "(" + "reuters " * (n // 8),
    ),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_pattern_time_grows_linearly(shape: str) -> None:
    run, make = SHAPES[shape]
    small, large = make(20_000), make(80_000)
    t_small, t_large = _best(run, small), _best(run, large)
    if t_large < _FLOOR:
        return
    assert t_large <= 8 * max(t_small, _FLOOR / 8), (
        f"{shape}: {t_small * 1000:.1f} ms at 20 KB, {t_large * 1000:.1f} ms at 80 KB"
    )
