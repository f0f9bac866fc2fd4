"""elections: the bare posts of election results take the organisation the results print (issue 13, roles).

* A bare post elected after a post with an organisation in the same paragraph is that organisation's
  (甲当选为某市政协主席，乙、丙当选为副主席，丁当选为秘书长。戊等N人当选为常务委员 → 某市政协副主席, 某市政协秘书长,
  某市政协常务委员); the forms that elect are ``word_uses.tsv`` election_form (notice_elected, notice_elect).
* A count printed between an organisation and its title (某委员会23位副主席是：…) leaves the title bare: the
  organisation before the count is the post's (the form's ``org`` group).
* A place or the organ printed again between two results (同日，某县政协会议闭幕，…) starts another body's
  results: the organisation is not carried over it.
"""

from __future__ import annotations

from dataclasses import replace

from ..punctuation import LINE_BREAK
from .actorlex import titles, uses, words
from .chains import Element
from .personrules import Found
from .placecontext import ContextPlaces
from .positions import canonical
from .printedplaces import printed_places


def with_org(
    chain: tuple[Element, ...], org: str, places: ContextPlaces, after: str | None = None
) -> tuple[Element, ...]:
    """A chain of one bare post completed by ``org``: the organisation printed before a count, or the one of
    the post before it (whose head is ``after``); else the chain unchanged. A title a level's place completes
    (副市长: titles.tsv ellipsis ``place``) takes the organisation of such a title only (某市人民政府市长 →
    副市长 is 某市人民政府副市长; after 某市委书记 it stays bare)."""
    if not org or len(chain) != 1 or chain[0].position.organization:
        return chain
    first = chain[0]
    if after is not None and _by_place(first.position.head) and not _by_place(after):
        return chain
    pos = canonical(org + first.position.printed, None, places)
    if pos is None or not pos.organization:
        return chain
    return (replace(first, position=replace(pos, printed=first.position.printed)),)


def _other_body(gap: str, org: str) -> bool:
    """Between two results, a place or an organ printed again, other than ``org`` itself (甲当选为某市政协主席…。
    同日，某县政协会议闭幕，乙等2人当选为副主席): the results after it are another body's."""
    if not org:
        return False
    gap = gap.replace(org, "")
    organs = [w for w in words("level_organs.txt") if org.endswith(w)]
    return bool(printed_places(gap)) or any(w in gap for w in organs)


def _by_place(head: str) -> bool:
    title = titles().get(head)
    return title is not None and title.ellipsis == "place"


def elected_posts(text: str, found: list[Found], places: ContextPlaces) -> list[Found]:
    """Each election result whose post is bare, completed by the organisation of the post elected before it
    in its paragraph (none before: unchanged)."""
    forms = uses("election_form")
    out, org, head, paragraph, last = [], "", "", -1, 0
    for f in sorted(found, key=lambda f: f.start):
        if f.rule not in forms or not f.chain:
            out.append(f)
            continue
        if f.chain[0].position.printed.startswith(uses("honour_lead")):
            out.append(replace(f, chain=()))  # 当选优秀政协委员: an honour, no post
            continue
        at = text.rfind(LINE_BREAK, 0, f.start)
        org = org if at == paragraph and not _other_body(text[last : f.start], org) else ""
        paragraph, last = at, f.end
        done = with_org(f.chain, org, places, head) if org else f.chain
        if done[-1].position.organization:
            org, head = done[-1].position.organization, done[-1].position.head
        out.append(replace(f, chain=done))
    return out
