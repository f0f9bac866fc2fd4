"""listbodies: the body a list of posts is led by (某局即日起分别由主任秘书甲、总工程司乙…; 某院留任成员包括：副院长甲、
秘书长乙): a bare title of an item takes the organisation the clause opens with, printed before the list's lead
(``word_uses.tsv`` body_list_lead). Precision first: the organisation must open the clause, end with an organisation
word (org_end) and hold no title; only a few words may stand between it and the lead (即日起, 留任成员); no
attendance verb or 的 there (出席会议的包括: a list of guests, led by no body)."""

from __future__ import annotations

from dataclasses import replace

from ..punctuation import CLAUSE_BREAKS, LINE_BREAK, SEMICOLONS, SENTENCE_ENDS
from .actorlex import longest_suffix_title, titles, uses, words
from .chains import Element
from .placecontext import ContextPlaces
from .positions import canonical

_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK
_BODY = 12  # the longest organisation that leads a list
_GAP = 6  # the most characters between the organisation and the lead (即日起, 留任成员)
_ITEMS = 120  # how far the list may run before the item


def listed_body(text: str, chain: tuple[Element, ...], places: ContextPlaces) -> tuple[Element, ...]:
    """The chain with its first element completed from the body that leads its list, or the chain unchanged."""
    first = chain[0].position
    head = titles().get(first.head)
    if first.organization or head is None or head.ellipsis != "org" or first.printed != first.head:
        return chain
    at = chain[0].start
    start = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1
    lead, lead_at = max(((w, text.rfind(w, start, at)) for w in uses("body_list_lead")), key=lambda p: p[1])
    if lead_at < 0 or at - lead_at > _ITEMS:
        return chain
    clause = max(text.rfind(c, start, lead_at) for c in CLAUSE_BREAKS + LINE_BREAK) + 1
    body = _body(text[max(start, clause) : lead_at])
    pos = canonical(body + first.printed, None, places) if body else None
    if pos is None or not pos.organization:
        return chain
    return (replace(chain[0], position=replace(pos, rule=f"list.body:{lead}")), *chain[1:])


def _body(subject: str) -> str:
    """The organisation ``subject`` (the words before the lead) opens with, or ""."""
    if "的" in subject or any(v in subject for v in words("attendance_verbs.txt")):
        return ""
    for n in range(min(len(subject), _BODY), 1, -1):
        body = subject[:n]
        if len(subject) - n > _GAP:
            break
        if body.endswith(uses("org_end")) and not longest_suffix_title(body):
            return body
    return ""
