"""respective: one list of names, one list of places and a title after the last place (分别由甲、乙出任
临江、海州省委书记): the n-th name holds the post of the n-th place.

The forms are data (``actors/respective_forms.tsv``, one id per row: the id is the rule of the finding). The
names may each follow a title chain of their own (临江省委副书记甲、海州省委副书记乙先后卸任…); a list whose
counts disagree says nothing.
"""

from __future__ import annotations

from .. import scan
from ..punctuation import LIST_MARK
from .actorlex import form_rows, longest_suffix_title, place_prefix, plausible_name, surnames, uses
from .chains import Element, chain_before
from .noticenames import right_name
from .personrules import Found
from .placecontext import ContextPlaces
from .positions import Position, canonical


def respective(text: str, places: ContextPlaces) -> list[Found]:
    """The names of respective lists, each with the post of its place."""
    out: list[Found] = []
    for form in form_rows("actors/respective_forms.tsv"):
        for m in scan.finditer(form.pattern, text):  # only near the words every match prints
            names = _names(text, m.start("names"), m.end("names"))
            ps, pe = m.start("posts"), m.end("posts")
            posts = _posts(text, ps, pe, places)
            if len(posts) != len(names):  # 某区委书记和某区委书记: whole posts, not places sharing a title
                posts = _whole_posts(text, ps, pe, places)
            if names and len(names) == len(posts):
                for (name, a, b), (post, s, e) in zip(names, posts, strict=True):
                    own = chain_before(text, a, m.start("names"), places)  # the name's own title chain
                    given = Element(post, s, e, form.tag == "past", change=form.tag, rule=form.id)
                    out.append(Found(name, a, b, form.id, (*own, given)))
    return out


def _names(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """Each part's name (the part itself, or the name ending it after a title chain); a part that is a title
    only belongs to the next part's chain (某市委副书记、市长甲)."""
    out, at = [], a
    for part in text[a:b].split(LIST_MARK):
        end = at + len(part)
        name = part if plausible_name(part) else right_name(part) or _after_title(part)
        if name:
            out.append((name, end - len(name), end))
        elif not longest_suffix_title(part):
            return []
        at = end + 1
    return out


def _posts(text: str, a: int, b: int, places: ContextPlaces) -> list[tuple[object, int, int]]:
    """The post of each place: the last part is a place then the title, the title shared by every place."""
    parts = text[a:b].split(LIST_MARK)
    last, levels = parts[-1], uses("place_level")
    cut = next((k for k in range(2, min(5, len(last) - 1)) if _place_then_title(last, k, levels)), 0)
    if not cut or not all(2 <= len(p) <= 4 and not longest_suffix_title(p) for p in parts[:-1]):
        return []
    title, out, at = last[cut:], [], a
    for part in [*parts[:-1], last[:cut]]:
        position = canonical(part + title, None, places)
        if position is None or not position.resolved or not position.organization:
            return []
        out.append((position, at, at + len(part)))
        at += len(part) + 1
    return out


def _whole_posts(text: str, a: int, b: int, places: ContextPlaces) -> list[tuple[object, int, int]]:
    """Whole posts joined by 、 or by a joiner after a title head (``career_joiner``: 某区委书记和某区委书记), each
    read as a chain of one post (a bare organ takes the place of the post before it); [] unless every piece is."""
    out: list[tuple[object, int, int]] = []
    prev, at = None, a
    pieces = _pieces(text, a, b)
    acting = next((w for w in uses("acting_lead") if pieces and pieces[0].startswith(w)), "")
    for piece in pieces:
        chain = chain_before(text, at + len(piece), at, places, prev)
        if len(chain) != 1 or chain[0].start != at or not chain[0].position.organization:
            return []
        position = _in_city(piece, chain[0].position, prev, places)
        if acting and not piece.startswith(acting):  # 分别代理甲区长、乙区长: each post is an acting one
            position = canonical(acting + piece, None, places) or position
        out.append((position, at, at + len(piece)))
        prev, at = position, at + len(piece) + _joiner_len(text, at + len(piece))
    return out


_CITY = (3, 5)


def _in_city(piece: str, position: Position, prev: Position | None, places: ContextPlaces) -> Position:
    """A district's post printed without its city after a post of a district of that city (某市甲区委书记和乙区委
    书记): the city's district (``city_part_level``: 区, 县)."""
    org = prev.organization if prev else ""
    cut = min((org.find(c) for c in uses("city_suffix") if c in org), default=-1) + 1
    city = org[:cut] if _CITY[0] <= cut <= _CITY[1] else ""  # a city's name of 2-4 characters and its level
    district = position.place[-1:] in uses("city_part_level")
    if not city or not district or piece.startswith(city):
        return position
    return canonical(city + piece, None, places) or position


def _pieces(text: str, a: int, b: int) -> list[str]:
    """``text[a:b]`` cut at 、 and at a joiner standing right after a title head."""
    out, start, k = [], a, a
    while k < b:
        w = _joiner_len(text, k)
        if w and k > start and longest_suffix_title(text[start:k]):
            out.append(text[start:k])
            start = k = k + w
            continue
        k += 1
    return [*out, text[start:b]]


def _joiner_len(text: str, k: int) -> int:
    """The length of the 、 or ``career_joiner`` word at ``text[k]``, or 0."""
    if text.startswith(LIST_MARK, k):
        return 1
    return len(next((w for w in uses("career_joiner") if text.startswith(w, k)), ""))


def _place_then_title(part: str, k: int, levels: tuple[str, ...]) -> bool:
    """``part[:k]`` is a place printed without its level (临江, a known place or one whose level follows) and
    ``part[k:]`` a title (省委书记, 市长)."""
    return bool(longest_suffix_title(part[k:])) and (part[k] in levels or bool(place_prefix(part[:k])))


def _after_title(part: str) -> str:
    """The 2 or 3 characters after a title chain, starting with a surname (某省委副书记甲乙): in a list the
    title says where the name starts, whatever its given name."""
    single, _ = surnames()
    for n in (2, 3):
        if len(part) > n + 1 and part[-n] in single and longest_suffix_title(part[:-n]):
            return part[-n:]
    return ""
