"""partyposts: a party post printed bare before a name (秘书长甲, 前主席乙) that neither its chain nor the article
completed otherwise, on a page about one party (``actors/parties.py``): that party's post."""

from __future__ import annotations

from dataclasses import replace

from .actorlex import uses
from .chains import Element
from .parties import party_owner
from .placecontext import ContextPlaces
from .positions import owned


def party_posts(chain: tuple[Element, ...], places: ContextPlaces) -> tuple[Element, ...]:
    """``chain`` with its still bare party posts given to the page's party (a post another organisation of the
    chain or of the article took keeps it: 某县长甲、秘书长乙 is the county's)."""
    if not places.party:
        return chain
    out = []
    for el in chain:
        pos = el.position
        rest = next((pos.printed[len(w) :] for w in uses("former") if pos.printed.startswith(w)), pos.printed)
        owner = "" if pos.organization or rest != pos.head else party_owner("", pos.head, places.party)  # 前主席乙
        out.append(replace(el, position=owned(pos.printed, owner, pos.head)) if owner else el)
    return tuple(out)
