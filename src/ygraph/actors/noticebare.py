"""noticebare: a bare one-holder post a notice gives (主委一职由乙接任, 乙调任主任秘书) is the post of the one
organisation the article printed earlier with that head before a name (某市研考会主委甲转任顾问；主委一职由乙接任
→ 乙 takes 某市研考会主委), as ``inherit.article_post`` completes a titled name's bare post; two organisations
printed with the head, or none, leave it bare. And a bare title the page's place completed before a name the article
printed earlier with a post of that head in full (高雄市长甲…市长甲以地主身分: the earlier post, not the city of the
chain printed last) is that post (``own_posts``); a local seat printed with a sector of members (澳区政协委员) is the
seat of the one session of that organ the article names (``sector_seats``)."""

from __future__ import annotations

from dataclasses import replace

from .actorlex import city_provinces, counties, place_table, titles, uses
from .chains import Element
from .inherit import one_earlier_post
from .personrules import Found
from .placecontext import ContextPlaces
from .positions import Position, canonical
from .sessionbodies import session_body
from .sessions import sessions


def completed_notices(titled: list[Found], places: ContextPlaces) -> list[Found]:
    """``titled`` with the bare posts notices give (change ``start``) completed from the posts printed before."""
    out = []
    for f in titled:
        chain = f.chain
        if any(_handed(f, el) and not el.position.organization for el in chain):
            earlier = _printed_before(titled, f.start)
            chain = tuple(_completed(el, earlier, places) if _handed(f, el) else el for el in chain)
        out.append(replace(f, chain=chain) if chain != f.chain else f)
    return out


def _handed(f: Found, el: Element) -> bool:
    """A post given by a form handing it on (``word_uses.tsv`` handed_form), not by any notice (甲任局长)."""
    return el.change == "start" and (el.rule or f.rule) in uses("handed_form")


def _printed_before(titled: list[Found], start: int) -> set[Position]:
    """The posts with an organisation printed before a name ending before ``start``."""
    return {el.position for f in titled if f.end <= start for el in f.chain if el.position.organization}


def _completed(el: Element, earlier: set[Position], places: ContextPlaces) -> Element:
    pos = el.position
    head = titles().get(pos.head)
    if el.change != "start" or pos.organization or pos.printed != pos.head or head is None:
        return el
    if not head.single or head.ellipsis != "org":
        return el
    done = one_earlier_post(pos.head, earlier, places)  # two organisations (or none): no telling whose
    return el if done is None else replace(el, position=done)


def own_posts(titled: list[Found]) -> list[Found]:
    """``titled`` with each one-title chain printed bare (市长甲) given the post of that head its name was printed
    with in full earlier (某市长甲), when the article printed it with one such post only."""
    held: dict[tuple[str, str], list[tuple[int, Position]]] = {}
    for f in titled:
        for el in f.chain:
            if el.position.organization and el.position.printed != el.position.head:
                held.setdefault((f.name, el.position.head), []).append((f.start, el.position))
    out = []
    for f in titled:
        pos = f.chain[0].position if len(f.chain) == 1 else None
        earlier = {p for at, p in held.get((f.name, pos.head), []) if at < f.start} if pos else set()
        if pos is None or pos.printed != pos.head or len(earlier) != 1 or pos in earlier:
            out.append(f)
            continue
        own = replace(next(iter(earlier)), printed=pos.printed)
        out.append(replace(f, chain=(replace(f.chain[0], position=own),)))
    return out


def sector_seats(text: str, titled: list[Found]) -> list[Found]:
    """``titled`` with a local seat printed with a sector of members (澳区政协委员: ``sector_prefix``) given the body
    of the one session of that organ the article names (某市政协九届二次会议 → 某市政协委员); left as printed when
    the article names none of that organ, or two."""
    if not any(w in text for w in uses("sector_prefix")):
        return titled  # no sector printed: no article's sessions read for it (a scan per article otherwise)
    bodies = {session_body(text, at, name, 0) for at, name in sessions(text)} - {""}
    out = []
    for f in titled:
        chain = tuple(_sector_seat(el, bodies) for el in f.chain)
        out.append(replace(f, chain=chain) if chain != f.chain else f)
    return out


def _sector_seat(el: Element, bodies: set[str]) -> Element:
    org = el.position.organization
    sector = next((w for w in uses("sector_prefix") if org.startswith(w) and len(org) > len(w)), "")
    seats = {canonical(b + el.position.head, None, ContextPlaces()) for b in bodies if b.endswith(org[len(sector) :])}
    placed = {pos for pos in seats if pos is not None and _known_place(pos.place)} if sector else set()  # no stray words
    pos = next(iter(placed)) if len(placed) == 1 else None
    return replace(el, position=replace(pos, printed=el.position.printed)) if pos is not None else el


def _known_place(place: str) -> bool:
    """A place the vocabulary or the gazetteer knows (a session's body read with stray words before it is none)."""
    return bool(place) and (place in city_provinces() or place in counties() or place in place_table().values())
