"""Building the parameters of a sweep table: each row (id, text, expectations, also in Traditional script)
gives one case, two with the Traditional one; ids in ``xfail`` are expected to fail (strict) for a reason."""

from __future__ import annotations

import pytest

from sweep13 import traditional

Row = tuple[str, str, str, bool]


def params(rows: list[Row], xfail: dict[str, str]) -> list:
    """pytest parameters (text, expectations) of ``rows``; ``xfail`` maps a case id to why it still fails."""
    out = []
    for name, text, expects, trad in rows:
        variants = [(name, text)] + ([(f"{name}-trad", traditional(text))] if trad else [])
        for case, body in variants:
            marks = [pytest.mark.xfail(reason=xfail[case], strict=True)] if case in xfail else []
            out.append(pytest.param(body, expects, id=case, marks=marks))
    return out
