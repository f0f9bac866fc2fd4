"""formerinside: a former marker printed inside a post, out of it (the post itself, held before): between an
organisation and its title head (某集团公司原总经理, 某研究院前院长, 某公司前任董事长) or right after a place with
its level, before the organisation (某县原警察局长 → 某县警察局长). A country's title keeps 前 (某国前国务卿); a place
holding the marker in its name (某原市市长) is no former post."""

from __future__ import annotations

from ..punctuation import LINE_BREAK, SEMICOLONS, SENTENCE_ENDS
from .actorlex import is_foreign, longest_suffix_title, place_table, titles, uses
from .placecontext import ContextPlaces
from .positions import canonical

_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK
_PLACE = (2, 6)  # the length of a place's name with its level (某县 … 某某自治县)


def without_inside_marker(printed: str) -> str | None:
    """``printed`` without the former marker inside it; None when it holds none that way."""
    head = longest_suffix_title(printed)
    for w in (*uses("former_inside"), *uses("former_inside_home")):  # 美国前国务卿 keeps its 前 (a country's title)
        at = printed.find(w, 1, len(printed) - len(head))
        if w not in uses("former_inside") and (
            at <= 0 or is_foreign(printed[:at]) or printed[:at].endswith(uses("country_end"))
        ):
            continue
        if at > 0 and printed[at + len(w) : len(printed) - len(head)] in ("", *uses("bare_modifier")):
            return printed[:at] + printed[at + len(w) :]
    return _after_place(printed, head)


def _after_place(printed: str, head: str) -> str | None:
    """某县原警察局长: 原 (``former_inside``) right after a place with its level (two to six characters), or 原/前 right
    after a region of the place table that is no country (某特区前某司司长), and before
    an organisation that opens with no level of its own (某原市市长 is a place's name) nor makes a name with it
    (``former_org_word``: 原住民族…, 原民处)."""
    for w in (*uses("former_inside"), *uses("former_inside_home")):
        at = printed.find(w, 2, len(printed) - len(head))
        place, rest = printed[:at], printed[at + len(w) :]
        if at < 0 or not _PLACE[0] <= len(place) <= _PLACE[1]:
            continue
        region = place in place_table(True) and not is_foreign(place)  # 澳门前行政法务司司长: a region's post
        if place[-1] not in uses("place_level") and not region:
            continue
        if w not in uses("former_inside") and not region:
            continue  # 前 after a level: 某市前… stays for the home region only
        if printed[at:].startswith(uses("former_org_word")):
            continue  # 某县原住民族行政处, 某县原民处: the body's own name
        if rest[:1] not in uses("place_level") and len(rest) > len(head):
            return place + rest
    return None


def title_alone(rest: str, text: str, a: int) -> bool:
    """``rest``, printed after a leading former marker at ``text[a]``, is a title alone (前校长, 原副主任: held before,
    completed as a bare title is, else bare; roles36), unless a place's title whose post the sentence printed before
    (乙当选某省省长，原省长甲: actors/inherit.former_post reads it)."""
    if not rest or longest_suffix_title(rest) != rest:
        return False
    start = max(text.rfind(c, 0, a) for c in _SENTENCE_END) + 1
    return titles()[rest].ellipsis != "place" or text.find(rest[-2:], start, a) < 0


def held_alone(rest: str, text: str, a: int, places: ContextPlaces) -> bool:
    """``rest`` after a leading former marker is a title alone (``title_alone``) that the vocabulary does not make a
    post by itself (原总书记 stays the post): the marker is the holder's. Called only after a marker, since every
    chain element passes through ``chains._without_former``."""
    if not title_alone(rest, text, a):
        return False
    pos = canonical(rest, None, places)
    return pos is not None and (bool(pos.organization) or not pos.resolved)
