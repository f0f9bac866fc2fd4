"""courts: posts of a court — the court an organisation names, and a division printed without its court.

(某法院副院长、某审判庭庭长 → 某法院某审判庭庭长; 某法院某审判庭庭长、审判员 → 某法院审判员.)
"""

from __future__ import annotations

from .actorlex import place_prefix, starts_level, uses


def court_of(org: str) -> str:
    """``org`` up to the end of the last court named in it (``court``: 某法院审判委员会 → 某法院), or ""."""
    ends = [org.rfind(c) + len(c) for c in uses("court") if c in org]
    return org[: max(ends)] if ends else ""


def court_division(org: str, owner: str) -> str:
    """A division of a court (某审判庭, 某法庭: ``court_division``) printed without a place after a post of a
    court (``court``, its committee too): the division is that court's; else ""."""
    if not org or not org.endswith(uses("court_division")) or court_of(org):
        return ""
    court = court_of(owner)
    return court + org if court and not (place_prefix(org) or starts_level(org)) else ""
