"""inherit: a bare title in a chain takes the organisation printed before it in the same sentence
(受某市人大常委会主任委托，副主任甲主持; 某集团董事长甲、总经理乙; 某国某县知事甲、议会议长乙; 乙当选某省省长，
原省长甲…)."""

from __future__ import annotations

from dataclasses import replace

from ..lexicons import cached
from ..punctuation import COMMAS, LINE_BREAK, LIST_MARK, SEMICOLONS, SENTENCE_ENDS
from .actorlex import is_foreign, plausible_name, titles, uses, words
from .chains import Element, chain_before, chain_start, joiner_words
from .formerposts import held_before, same_family, title_base
from .nameshape import surname_title
from .noticeposts import bare_org
from .placecontext import ContextPlaces
from .positions import Position, canonical
from .transfers import named_item_before

_INHERIT_SPAN = 120  # reach of a sentence's earlier post
_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK
_NAME_LENGTHS = (2, 3)  # a moving name's length, read up to the verb after it


def inherit(
    text: str, chain: tuple[Element, ...], recent: tuple[int, Position] | None, places: ContextPlaces
) -> tuple[Element, ...]:
    """A bare title takes the organisation printed with the same title (or its deputy) earlier in the
    sentence: 受某市人大常委会主任委托，副主任<name>主持 → 某市人大常委会副主任; 秘书长 takes any."""
    if recent is None:
        return chain
    at, prev = recent
    if chain[0].start - at > _INHERIT_SPAN or any(c in _SENTENCE_END for c in text[at : chain[0].start]):
        return chain
    if any(w in text[at : chain[0].start] for w in uses("inherit_stop")):
        return chain  # 某国副主席甲会见由主席乙率领的…: the one met holds a post of another body
    first = chain[0].position
    if first.organization in (*uses("party_organ"), *uses("zone_owner_end")) or (not first.organization and len(chain) > 1):
        run = _run_organ(chain, prev, places)
        if run is not chain or first.organization:
            return run
    if first.organization:
        return _foreign_organ(text, chain, at, prev)
    if _moved_item(text, at, chain[0]):
        return _in_move_list(chain, prev, places)
    mark = _list_mark_before(text, at, chain[0].start)
    name = text[at : chain[0].start - len(mark)]
    listed = bool(mark) and plausible_name(name, relaxed(prev.organization))
    same_body = listed or same_family(first.head, prev.head) or _party_group_run(first.head, prev)
    same_body = same_body and (same_family(first.head, prev.head) or not _body_in_head(prev))
    if titles()[first.head].ellipsis != "org" or not same_body:
        return chain  # listed: 某集团董事长甲、总经理乙 (the next post of the list is the same body's)
    pos = canonical(first.printed, prev, places)
    if pos is None or not pos.organization:
        return chain
    modified = prev.canonical.removesuffix(prev.head).endswith(uses("bare_modifier"))  # 常务副主席甲、副主席乙
    if first.printed == prev.head and not modified and pos.organization in (prev.organization, prev.organization + prev.head[0]):
        pos = replace(prev, printed=first.printed)  # 处长乙 after 某处长甲: the post as printed there, not 某处处长
    return (replace(chain[0], position=pos), *chain[1:])


def _list_mark_before(text: str, at: int, i: int) -> str:
    """The list mark or joiner (joiners.txt: 某国总统甲及总理乙) that ends the name read from ``at`` right before
    ``i``, or ""."""
    if text[i - 1 : i] == LIST_MARK:
        return LIST_MARK
    return next((w for w in joiner_words() if text.endswith(w, at + 2, i)), "")


def clause_post(text: str, chain: tuple[Element, ...], floor: int, places: ContextPlaces) -> tuple[Element, ...]:
    """某局局长由副局长甲接任, 某会主委遗缺由副主委乙升任, 接任某局长，原局长丙: a title of an organisation's (ellipsis
    ``org``) printed bare (or after a former marker: held before) before a name is a post of the organisation printed
    earlier in its sentence with a title of its family (局长 for 副局长), when no name was read between them (``floor``:
    the end of the last name read) and no list mark. The nearest such post wins (rule ``clause.post``); none: the
    chain as it was."""
    first = chain[0].position
    marker = next((w for w in ("", *uses("former")) if first.printed == w + first.head), None)
    if first.organization or marker is None or titles()[first.head].ellipsis != "org":
        return chain
    body = _body_right_before(text, chain[0].start, floor, first.head, places)
    if body is not None:  # 某处，原处长甲: the body the clause before names, not a post printed further back
        pos = replace(body, printed=first.head, rule="clause.post")
        return held_before(chain[0], pos, marker, chain) if marker else (replace(chain[0], position=pos), *chain[1:])
    at = chain[0].start - next((len(w) for w in uses("former") if text.endswith(w, 0, chain[0].start)), 0)
    # 甲任某省委书记、原书记乙: a former holder listed after the new one's post, the list mark before 原 read past
    listed = at < chain[0].start and text[at - 1 : at] == LIST_MARK and named_item_before(text, at - 1)
    last = _family_before(text, at - 1 if listed else chain[0].start, floor, first.head, places)
    pos = canonical(first.head, last, places) if last is not None else None
    if last is None or pos is None or not pos.organization:
        return chain
    if first.head == last.head and pos.organization in (last.organization, last.organization + last.head[0]):
        pos = last  # 局长乙 after 某局长: the post as printed there, not 某局局长
    whole = canonical(pos.organization + first.head, None, places)  # 某局 of the page's government
    pos = whole if whole is not None and whole.organization.endswith(pos.organization) else pos
    pos = replace(pos, printed=first.head, rule="clause.post")
    if marker:  # 接任某局长，原局长甲: that post, held before
        return held_before(chain[0], pos, marker, chain)
    return (replace(chain[0], position=pos), *chain[1:])


def _body_right_before(text: str, i: int, floor: int, head: str, places: ContextPlaces) -> Position | None:
    """The post of ``head`` of a body that ends the clause right before ``i`` with the head's own body character
    (技术处，原处长甲; 某局，局长乙): None when the clause before ends otherwise."""
    kind = title_base(head)[:1]
    end = i - 1 - next((len(w) for w in uses("former") if text.endswith(w, 0, i)), 0)  # 技术处，原处长: past 原
    if end < 2 or text[end] not in COMMAS or text[end - 1] != kind or kind not in _body_ends():
        return None
    opening = max(floor, *(text.rfind(c, 0, end) + 1 for c in (*_SENTENCE_END, *COMMAS, *uses("possessive"))))
    body = text[chain_start(text, end, opening) : end]  # 向来与某局为姊妹单位的技术处: read from after 的
    pos = canonical(body + head, None, places) if len(body) > 1 else None
    return pos if pos is not None and pos.organization else None


def _body_in_head(prev: Position) -> bool:
    """A head opening with its body's last character (行政院长: 行政 + 院长): a body cut short, which another kind of
    title after it (…与董事长乙) does not share."""
    return prev.head in uses("contracted_head") and not prev.organization.endswith(prev.head[:1])


@cached
def _body_ends() -> frozenset[str]:
    return frozenset((*uses("name_title_org_end"), *uses("org_noun")))


def _family_before(text: str, i: int, floor: int, head: str, places: ContextPlaces) -> Position | None:
    """The nearest post of an organisation with a title of ``head``'s family printed before ``i`` in its sentence,
    after ``floor`` and with no list mark between; a post printed after a verb that gave it (接任某局长) is read
    from the verb on. None when there is none."""
    start = max(floor, *(text.rfind(c, 0, i) + 1 for c in _SENTENCE_END))
    base = title_base(head)
    k = text.rfind(base, start, i)
    while k >= start and LIST_MARK not in text[k:i]:
        verbs = [at + len(v) for v in _giving_verbs() if (at := text.rfind(v, start, k)) >= 0]
        before = chain_before(text, k + len(base), max([start, *verbs]), places)
        last = before[-1].position if before and before[-1].end == k + len(base) else None
        # 对卸任柴总局长: a surname and a title refer to a holder, they name no body
        named = last is not None and surname_title(last.organization + last.head, last.head)
        if last is not None and last.organization and same_family(last.head, head) and not named:
            return last
        k = text.rfind(base, start, k)
    return None


@cached
def _giving_verbs() -> tuple[str, ...]:
    """The verbs that give a post printed after them (任命, 接任 …): read once per lexicon load, not per chain."""
    return (*words("appointment_verbs.txt"), *uses("transfer_verb"), *uses("takeover_verb"))


def _moves_at(text: str, i: int) -> bool:
    return text.startswith((*uses("transfer_verb"), *uses("takeover_verb")), i)


def _moved_item(text: str, at: int, first: Element) -> bool:
    """A bare title (原某职 too) and a name moving on, in a list of moves after a post someone moved to
    (某局主秘甲升任副局长、原专委乙升任主秘)."""
    head, printed = first.position.head, first.position.printed
    if first.position.organization or printed not in (head, *(w + head for w in uses("former"))):
        return False
    start = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1  # a move printed earlier in the sentence
    if text.rfind(head, start, first.start) >= at:
        return False  # 乙升任某局主秘，原主秘甲: the post printed with that head after the last titled name
    moved = any(_moves_at(text, k) for k in range(start, first.start))
    return moved and any(_moves_at(text, first.end + n) for n in _NAME_LENGTHS)


def _in_move_list(chain: tuple[Element, ...], prev: Position, places: ContextPlaces) -> tuple[Element, ...]:
    """The bare title of a list of moves is a post of the body the list moves people in (the last organisation
    printed before it, a body of ``org_noun``, without an acting word or a former marker); 原某职 is held before."""
    first = chain[0]
    head = first.position.head
    org = bare_org(prev.organization)
    pos = canonical(head, replace(prev, organization=org), places) if org.endswith(uses("org_noun")) else None
    if pos is None or not pos.organization:
        return chain
    marker = first.position.printed[: -len(head)]
    if marker:
        return held_before(first, replace(pos, printed=first.position.printed), marker, chain)
    return (replace(first, position=pos), *chain[1:])


def _run_organ(chain: tuple[Element, ...], prev: Position, places: ContextPlaces) -> tuple[Element, ...]:
    """某局党组书记、局长甲，党组副书记、副局长乙: a chain opening with an inner organ alone (党委副书记), or with
    a bare title and holding a title of the same family as the post of an organisation printed before it in
    the sentence, is that organisation's run: each bare element is completed again from the one before it."""
    # 党委副书记: a party organ inside any body names its body's run (a 纪委 after a 市委 post is no part of it)
    inner = chain[0].position.organization in uses("party_organ") and not prev.organization.endswith(
        uses("party_committee")
    )
    if not prev.organization or not (inner or any(same_family(el.position.head, prev.head) for el in chain)):
        return chain
    owner = replace(prev, organization=_owner_of(prev.organization))
    out, before = [], owner
    for el in chain:
        pos = el.position
        if not pos.organization or pos.organization in _bare_organs():  # 党委, 管委会, 工委 printed alone
            pos = canonical(pos.printed, before, places) or pos
        out.append(replace(el, position=pos))
        before = pos
    return tuple(out)


@cached
def _bare_organs() -> frozenset[str]:
    """Organs a run's post prints without their body: an inner organ (党委), a zone's organ (管委会, 工委)."""
    return frozenset((*uses("inner_organ"), *uses("zone_organ"), *uses("zone_owner_end")))


def article_post(chain: tuple[Element, ...], printed: dict[str, set[Position]], places: ContextPlaces) -> tuple[Element, ...]:
    """参议乙 in an article that printed 某市府参议甲 before: a title head printed alone (no level, no organ: 市委书记
    takes its place from the page), of an organisation's (ellipsis ``org``) and still bare after ``inherit``, is
    the post of the one organisation the article printed earlier with that very head before a name (``printed``:
    head → those posts); two organisations, or none: it stays bare."""
    first = chain[0].position
    if first.printed != first.head or titles()[first.head].ellipsis != "org":
        return chain
    pos = one_earlier_post(first.head, printed.get(first.head, set()), places)
    if first.organization:
        return chain if pos is None else (replace(chain[0], position=pos), *chain[1:])
    deputy = next((w for w in uses("deputy") if first.head.startswith(w) and first.head[len(w) :] in titles()), "")
    if pos is None and deputy:  # 副院长乙 in an article that printed 某院长甲 before: that body's deputy
        base = first.head[len(deputy) :]
        pos = one_earlier_post(first.head, printed.get(base, set()), places, base)
    return chain if pos is None else (replace(chain[0], position=pos), *chain[1:])


def one_earlier_post(head: str, earlier: set[Position], places: ContextPlaces, family: str = "") -> Position | None:
    """The bare title ``head`` as the post of the one organisation ``earlier`` (the posts an article printed before)
    holds with that head (or with ``family``, the head ``head`` is the deputy of); None for two organisations or
    none (``article_post``, ``noticebare``)."""
    same = {p for p in earlier if p.head == (family or head)}
    if len({p.organization for p in same}) != 1:
        return None
    prev = min(same, key=lambda p: (p.canonical, p.printed))
    if family:  # 行政院长 → 行政院副院长: a body the head contracts (院) printed again; 某政府院长 → 某政府副院长
        contracted = family in uses("contracted_head") and not prev.organization.endswith(uses("org_end"))
        body = prev.organization + family[0] if contracted else prev.organization
        pos = canonical(body + head, None, places)
        return pos if pos is not None and pos.organization else None
    pos = canonical(head, prev, places)
    return pos if pos is not None and pos.organization else None


def outgoing_post(text: str, chain: tuple[Element, ...], printed: dict[str, set[Position]]) -> tuple[Element, ...]:
    """前代理县长乙 / 前任市长乙 / 卸任县长乙 in an article that printed 某县代理县长甲 before: a one-holder title
    printed bare after a former marker (word_uses.tsv ``former``, ``former_prefix``) or a hand-over marker (新任,
    卸任: the element's change) is the post of the one organisation the article printed earlier with that head
    before a name; the former holder's change is ``former`` (a predecessor of whoever holds it now)."""
    first = chain[0]
    pos = first.position
    if pos.head not in titles() or not titles()[pos.head].single:
        return chain
    rest = next((pos.printed[len(w) :] for w in uses("former") if pos.printed.startswith(w)), pos.printed)
    rest = next((rest[len(m) :] for m in uses("bare_modifier") if rest.startswith(m)), rest)
    if pos.organization and rest != pos.head:
        return chain  # an organisation of its own (前代理 is none: a marker and a modifier)
    before = (*uses("former_prefix"), *uses("former"))
    marker = pos.printed != rest or text.endswith(before, 0, first.start)
    if rest != pos.head or not (marker or first.change in ("start", "end")):
        return chain
    honorary = tuple(uses("honorary"))  # 某党荣誉主席 printed before 卸任主席甲: an honour, not the post handed on
    earlier = {p for p in printed.get(pos.head, set()) if p.organization and not p.organization.endswith(honorary)}
    if len({p.canonical for p in earlier}) != 1:
        return chain  # two organisations (or none) printed that post: no telling whose
    held = replace(next(iter(earlier)), printed=pos.head)
    if not marker:
        return (replace(first, position=held), *chain[1:])
    return (replace(first, position=held, former=True, change="former"), *chain[1:])


def _owner_of(org: str) -> str:
    """某局党组 → 某局: an organisation without the inner organ it ends with."""
    organ = next((o for o in uses("inner_organ") if org.endswith(o) and len(org) > len(o)), "")
    return org[: -len(organ)] if organ else org


_ORGAN = 2  # the longest organ a listed foreign post names alone (议会)


def _foreign_organ(text: str, chain: tuple[Element, ...], at: int, prev: Position) -> tuple[Element, ...]:
    """某国某县知事甲、议会议长乙: a short organ after a foreign body's listed official is that body's."""
    first = chain[0].position
    name = text[at : chain[0].start - 1]
    if (
        text[chain[0].start - 1] != LIST_MARK
        or not is_foreign(prev.organization)
        or not plausible_name(name, True)
        or len(first.organization) > _ORGAN
        or first.place
        or is_foreign(first.organization)  # 某国总理甲、另一国总理乙: a country of its own, no organ of the first
    ):
        return chain
    org = prev.organization + first.organization
    pos = replace(first, canonical=org + first.head, organization=org, place=prev.place)
    return (replace(chain[0], position=pos), *chain[1:])


def relaxed(org: str) -> bool:
    """An organisation whose officials' names are read as after a foreign title (a country's, 香港…)."""
    return is_foreign(org) or org.startswith(uses("two_surname_org"))


def _party_group_run(head: str, prev: Position) -> bool:
    """A body's officials listed by comma with its party group among them (某政协党组书记甲，副主席乙; 某人大常委会
    副主任甲，党组成员乙): a bare title after a post of the body's party group, or a party group's post after a post of
    the body, is the same body's (not after a party committee's own post: 某市委书记甲，党组成员乙)."""
    group = uses("party_organ")
    if prev.organization.endswith(uses("party_committee")):
        return False
    return head.startswith(group) or prev.head.startswith(group)
