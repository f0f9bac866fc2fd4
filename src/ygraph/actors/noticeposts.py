"""noticeposts: the organisation of a bare post a notice gives (某局主秘甲升任副局长: 某局副局长).

Two sources, tried in order by ``actors/appointments.py``: the organisation printed with the same head earlier
in the sentence (``sentence_post_form``: 某处处长甲将退休，副处长乙将出任处长), then the organisation of the
post printed right before the mover's own name (``own_org_form``: a promotion inside one body). An acting
word or a former marker that ends the organisation (某局代理副局长, 某局原主秘) is no part of it.
"""

from __future__ import annotations

from dataclasses import replace

from ..punctuation import LINE_BREAK, QUOTE_CLOSE, QUOTE_OPEN, SEMICOLONS, SENTENCE_ENDS
from .actorlex import titles, uses
from .chains import Element, chain_before
from .placecontext import ContextPlaces
from .positions import canonical

_ENDS = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK
_QUOTE_LEAD = 4  # the characters a report prints before another side's quoted post (某当局“某部长”)


def unquoted_post(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of a notice's post printed in quotation marks, without them and without a short lead before
    the opening mark (某当局“某院秘书长”由乙接任: 某院秘书长; reprints print another side's posts so); the span
    itself when the post is not one quotation of Han characters."""
    opening = text.rfind(QUOTE_OPEN, a, b)
    if opening < 0 or text[b - 1 : b] != QUOTE_CLOSE or opening - a > _QUOTE_LEAD or b - opening < 4:
        return a, b
    inner, lead = text[opening + 1 : b - 1], text[a:opening]
    han = all("\u4e00" <= c <= "\u9fff" for c in inner + lead)
    return (opening + 1, b - 1) if han else (a, b)


def sentence_start(text: str, i: int) -> int:
    """Where the sentence (or the clause of a list after a semicolon) of ``text[i]`` starts."""
    return max(text.rfind(c, 0, i) for c in _ENDS) + 1


def bare_org(org: str) -> str:
    """The organisation without an acting word or a former marker at its end (某局代理 → 某局), nor a former
    marker before it (原某局 → 某局)."""
    marks = sorted((*uses("acting"), *uses("own_org_strip")), key=len, reverse=True)
    while mark := next((m for m in marks if org.endswith(m) and len(org) > len(m)), ""):
        org = org[: -len(mark)]
    lead = next((m for m in uses("former_org_lead") if org.startswith(m)), "")
    return org[len(lead) :] if lead and not org.startswith(uses("former_org_word")) else org


def _given(first: Element, org: str, places: ContextPlaces) -> tuple[Element, ...] | None:
    pos = canonical(bare_org(org) + first.position.printed, None, places)
    return None if pos is None else (replace(first, position=replace(pos, printed=first.position.printed)),)


def sentence_post(text: str, chain: tuple[Element, ...], places: ContextPlaces) -> tuple[Element, ...]:
    """A bare post (某处处长甲将退休，副处长乙将出任处长) is that of the organisation printed with the same head
    earlier in the sentence (or with its deputy head); the chain unchanged when there is none."""
    first = chain[0]
    if len(chain) != 1 or first.position.organization:
        return chain
    head = first.position.head
    start = sentence_start(text, first.start)
    k = text.rfind(head, start, first.start)
    while k > start:
        before = chain_before(text, k + len(head), start, places)
        last = before[-1].position if before and before[-1].end == k + len(head) else None
        if last is not None and len(last.organization) > 1 and last.head.endswith(head):
            if first.position.printed.endswith(last.organization + head):
                return chain  # 甲、乙任某会议主席团常务主席: the post prints that body already
            return _given(first, last.organization, places) or chain
        k = text.rfind(head, start, k)
    return chain


def own_post(text: str, chain: tuple[Element, ...], name_start: int, places: ContextPlaces) -> tuple[Element, ...]:
    """A bare post a promotion or transfer gives (某局主秘甲升任副局长) is a post of the organisation of the post
    printed right before the mover's name; the chain unchanged when none is printed there."""
    first = chain[0]
    if len(chain) != 1 or first.position.organization or first.start < name_start:
        return chain
    own = chain_before(text, name_start, sentence_start(text, name_start), places)
    if not own or own[-1].end != name_start or len(bare_org(own[-1].position.organization)) < 2:
        return chain
    head = own[-1].position.head
    if head.endswith(uses("own_org_top")) and not head.startswith(uses("deputy")):
        return chain  # 某处处长甲升任秘书长: the head of a body moves up out of it
    given = titles().get(first.position.head)
    if given is not None and given.ellipsis == "place" and own[-1].position.place:
        return _given(first, own[-1].position.place, places) or chain  # 某省委副书记甲升任省长: that province's
    return _given(first, own[-1].position.organization, places) or chain


def acting_in_list(chain: tuple[Element, ...], places: ContextPlaces) -> tuple[Element, ...]:
    """任命甲为某区人民政府副区长、代理区长: an acting title printed bare after a post of the same head family is
    that organisation's acting post (某市某区人民政府代理区长), as the notice names it, when the bare title alone
    would lose the place the previous post prints (某市某区: 某区代理区长) or find none."""
    out = list(chain)
    for k in range(1, len(out)):
        prev, pos = out[k - 1].position, out[k].position
        acting = next((w for w in uses("acting") if pos.printed.startswith(w)), "")
        bare = pos.printed[len(acting) :]
        if not acting or bare != pos.head or not prev.organization or not prev.head.endswith(bare):
            continue
        if pos.resolved and pos.place == prev.place:
            continue  # 某县人民政府副县长、代理县长: 某县代理县长 already
        made = canonical(prev.organization + pos.printed, None, places)
        if made is not None:
            out[k] = replace(out[k], position=replace(made, printed=pos.printed))
    return tuple(out)


def acting_post(chain: tuple[Element, ...], places: ContextPlaces) -> tuple[Element, ...]:
    """某局局长一职由副局长甲代理 (an ``acting_form``): the post the name gets is the acting one (某局代理局长)."""
    last = chain[-1].position
    lead = uses("acting_lead")[0]
    if last.printed.startswith(tuple(uses("acting"))) or not last.organization:
        return chain
    made = canonical(lead + bare_org(last.organization) + last.head, None, places)
    return chain if made is None else (*chain[:-1], replace(chain[-1], position=replace(made, printed=last.printed)))


def stood_in(text: str, chain: tuple[Element, ...], places: ContextPlaces) -> tuple[Element, ...]:
    """接替…的乙 in an article that prints the post with a stand-in word (``stand_in_word``: 署理某职) elsewhere:
    乙 held the post as a stand-in, so the post 乙 leaves is the stand-in's (no succession of the post)."""
    last = chain[-1].position
    word = next((w for w in uses("stand_in_word") if w + last.printed in text), "")
    made = canonical(word + last.printed, None, places) if word else None
    return chain if made is None else (*chain[:-1], replace(chain[-1], position=replace(made, printed=word + last.printed)))
