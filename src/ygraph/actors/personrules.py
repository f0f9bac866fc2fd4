"""personrules: the rules that give evidence of a person in an article's compact text.

``titled`` and ``appointed`` (a position chain before or after a name), ``lists`` (names before an
attendance verb), ``speakers`` and ``honorifics`` (names the document establishes, before a speech verb
or an honorific). ``mentions`` runs them and keeps the strongest finding per span.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..lexicons import alternation, cached
from ..model import EVIDENCE_CONTEXT, EVIDENCE_MAX
from ..punctuation import LINE_BREAK, LIST_MARK, SEMICOLONS, SENTENCE_ENDS
from . import nameshape as shape
from .actorlex import (
    CJK,
    PUNCT,
    address_forms,
    automaton,
    gazetteer_places,
    is_foreign,
    longest_suffix_title,
    opens_with_title,
    place_prefix,
    plausible_name,
    starts_boundary,
    table,
    uses,
    words,
)
from .ceremonies import ceremony_body
from .chains import Element, antecedent, chain_before
from .commachains import across_comma
from .formerposts import former_post
from .guests import guest_chain, short_visit_at
from .hostplaces import host_places, led_places, led_visits, side_places
from .inherit import article_post, clause_post, inherit, outgoing_post, relaxed
from .levelchains import remember_level_place, without_sector
from .namechanges import moved_on, sworn_in
from .nameends import (
    ADDRESSED,
    LATIN,
    follower_at,
    handed_to,
    latin_name_end,
    manner_at,
    open_end,
    past_link,
    past_post_note,
    trailing_title,
)
from .namereader import read_name
from .pairedtitles import shared_chains
from .partyposts import party_posts
from .placecontext import ContextPlaces
from .placescan import Hits, PlaceScan, scan_places
from .positions import Position
from .printedplaces import regions, sentence_region, subject_hits, subject_places, under_known_city

_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK
_HOLDERS = "holders"  # the rule of names after a count of holders (三任某市长甲、乙)
_HOLDERS_OFFICE = "titled:follow.office"  # name_followers.tsv: a name before its holder's office (服务处)
_PLACE_SPAN = 8  # characters after a preposition where a place of the vocabulary may be printed


@dataclass(frozen=True)
class Found:
    """One person occurrence (compact offsets) with the position chain printed before it, if any."""

    name: str
    start: int
    end: int
    rule: str
    chain: tuple[Element, ...] = ()


def titled(text: str, places: ContextPlaces, scanned: PlaceScan | None = None, lede: int = 0) -> list[Found]:
    """People after a chain of titles; ``scanned``: the places of ``text``, when scanned already; ``lede``: where
    the text starts after its dateline (新华社某地电: the reporter's place, not the sentence's)."""
    found: list[Found] = []
    page, places = places, places.copy()
    hits = subject_hits(text, scanned or scan_places(text))
    titles = list(automaton("titles").iter(text))
    title_starts = sorted({end + 1 - len(word) for end, word in titles})
    ends = sorted({end + 1 for end, _ in titles})
    hosts = sorted([*host_places(text, places), *led_visits(text, places)])
    named, article_region = regions(text, scanned.places if scanned else None), places.region
    last_end = skip = 0  # skip: the end of a title printed after a name as its form of address (甲议员)
    recent: tuple[int, Position] | None = None  # the last organisation a title was printed with, and where
    printed: dict[str, set[Position]] = {}  # title head → the posts of an organisation the article printed with it
    for e in ends:
        _hosts_before(hosts, e, places, page)
        if _no_head_end(text, e, last_end, skip):
            continue
        places.region = sentence_region(text, e, named) or article_region
        subject = _subject(text, e, (lede, hits, title_starts), found, places)
        chain = chain_before(text, e, last_end, side_places(text, e, led_places(text, e, subject)))
        if not chain:
            continue
        chain = _completed(text, across_comma(text, chain, last_end, places), recent, places, printed, last_end)
        if _honorific_order(chain):
            continue  # <name>总书记: honorific order, not a title before a name
        if len(chain) == 1 and shape.surname_title(chain[0].position.printed, chain[0].position.head):
            found.extend(_reference(text, chain[0], found))  # 周市长指出: the 周 named with that title before
            continue  # its surname is no organisation a bare title after it may take (许总局长 after 杨总局长)
        if chain[-1].position.organization:
            recent = (e, chain[-1].position)
        if text.startswith(uses("ceremony_post"), e):  # 某总局总局长布达交接典礼: the post a ceremony hands on
            chain = ceremony_body(text, chain, places)  # 某局举行新、卸任局长交接典礼: the body's
            _remember_posts(printed, chain)
        e = past_post_note(text, e)  # 某局局长（兼）甲: the name starts after the note
        e = past_link(text, e)  # 担任某市长的甲, 时任某市长的甲 (a two-character name there: the form time_held)
        end = _name_end(text, e, chain, found)
        if end < 0:
            continue
        rule = _titled_rule(text, e, end, chain)
        chain = moved_on(text, sworn_in(text, end, chain), _past_address(text, end))
        shared = _shared(text, end, chain[0].start + _SHARED_SPAN)  # 副主席甲、乙、丙: they share its title
        counted = rule == _HOLDERS  # 三任某市长甲、乙、丙: a count of holders shares even a one-holder post
        first, second, shared = shared_chains(text, chain, places, shared, counted)  # 市长甲及乙: not shared
        found.append(Found(text[e:end], e, end, rule, first))
        _remember_posts(printed, chain)
        for a, b in shared:
            found.append(Found(text[a:b], a, b, rule, second))
            end = b
        skip = trailing_title(text, end)
        if rule != _HOLDERS_OFFICE:  # 立委甲服务处主任乙: the office's post keeps the holder's name in it
            last_end = _past_address(text, end)
        if not guest_chain(text, chain[0].start):
            _remember_places(chain, places)
    return found


def _hosts_before(
    hosts: list[tuple[int, str, str]], e: int, places: ContextPlaces, page: ContextPlaces
) -> None:
    """The places delegations visit before ``e`` (taken off ``hosts``): the hosts of the sentences after."""
    while hosts and hosts[0][0] < e:
        _, level, place = hosts.pop(0)
        _host_mark(places, page, level, place)


def _subject(
    text: str, e: int, sentence: tuple[int, Hits, list[int]], found: list[Found], places: ContextPlaces
) -> ContextPlaces:
    """``places`` with the place the sentence of ``text[e]`` leads with (``subject_places``; ``sentence``: the
    dateline's end, the places printed and where titles start), unless a chain read earlier in the sentence
    printed another place of that level (one the vocabulary lacks: 某市委书记甲会见临江市委书记乙，市长丙)."""
    lede, hits, title_starts = sentence
    start = max(lede, max(text.rfind(c, 0, e) for c in _SENTENCE_END) + 1)
    k = bisect_left(title_starts, start)
    first = min(title_starts[k], e) if k < len(title_starts) else e
    out = subject_places(hits, start, first, e, places)
    if out is places:
        return places
    earlier = (el.position.place for f in found if f.start >= start for el in f.chain if el.position.place)
    return places if any(out.at.get(place[-1], place) != place for place in earlier) else out


def _no_head_end(text: str, e: int, last_end: int, skip: int) -> bool:
    """No title ends at ``e`` that a name may follow: inside a name or title read already, a head that goes on
    (秘书|长: the longer head is read where it ends), or no Han or Latin character after it."""
    if e < last_end or e == skip or e >= len(text) or _continued(text, e) or shape.head_goes_on(text, e):
        return True
    return not CJK.match(text[past_post_note(text, e)]) and not ("A" <= text[e] <= "Z")


def _completed(
    text: str,
    chain: tuple[Element, ...],
    recent: tuple[int, Position] | None,
    places: ContextPlaces,
    printed: dict[str, set[Position]],
    floor: int = 0,
) -> tuple[Element, ...]:
    """The chain's posts completed from what the article printed before: the post of its family printed in the
    clause run before it (after the last name read, ``floor``), an inherited organisation, an antecedent, a former
    post, the article's post of that head, an outgoing holder's post."""
    if (own := clause_post(text, chain, floor, places)) is not chain:
        return own
    chain = former_post(text, antecedent(text, inherit(text, chain, recent, places), places), places)
    chain = article_post(chain, printed, places)
    chain = outgoing_post(text, chain, printed)  # 前代理县长乙 after 某县代理县长甲: that county's
    return party_posts(chain, places)  # 秘书长甲 on a page about one party, when nothing else completed it


def _honorific_order(chain: tuple[Element, ...]) -> bool:
    """A name printed before an honorific head (<name>总书记): no title before a name."""
    return plausible_name(chain[-1].position.organization) and chain[-1].position.head in table("honorifics.tsv")


def _remember_posts(printed: dict[str, set[Position]], chain: tuple[Element, ...]) -> None:
    """The posts of an organisation ``chain`` prints, by title head (read by ``inherit.article_post``)."""
    for el in chain:
        if el.position.organization:
            printed.setdefault(el.position.head, set()).add(el.position)


def _name_end(text: str, e: int, chain: tuple[Element, ...], found: list[Found]) -> int:
    """Where the name printed right after the title chain ending at ``e`` ends; -1 when what follows is no
    name: the next post (某国副首相兼某大臣), a preposition, a clause. After a foreign post (or an item of a
    list after one) the name is read as a foreign one; an item of a 、 list may be a name without a surname."""
    if "A" <= text[e] <= "Z":  # 某部长Arman…: a name in Latin letters, read by its shape alone
        return latin_name_end(text, e)
    listed = bool(found) and found[-1].end == chain[0].start - 1 and text[found[-1].end] == LIST_MARK
    # 某国某县知事甲、议会议长乙: the next post of a list after a foreign holder is foreign too
    foreign = shape.transliterated(text, e) or any(_relaxed_post(el) for el in chain) or (
        listed and any(_relaxed_post(el) for el in found[-1].chain)
    )
    joined = text.startswith(uses("post_joiner"), e)  # 某国副首相兼某大臣: the next post, no name
    clause = joined or _preposition(text, e) or (foreign and follower_at(text, e)) or manner_at(text, e)
    clause = clause or short_visit_at(text, e)  # 某主任来澳考察: a visit, no name
    country = foreign and any(is_foreign(el.position.organization) for el in chain)
    end = -1 if clause else read_name(text, e, foreign, titled=True, country=country)
    if end < 0 and not clause and (listed or _list_opening(text, shape.bounded_item(text, e))):
        end = shape.bounded_item(text, e)  # 书记甲、副书记某某某、…; 副主任某某某、乙: a 、 list of titled names
    if end >= 0 and shape.next_item_subject(text, chain[0].start, end):
        return -1  # 甲当选市长 乙当选某职: 乙 opens the next item
    return -1 if end < 0 or _preposition_before_verb(text, e, end) or shape.inside_place(text, e, end) else end


def _list_opening(text: str, b: int) -> bool:  # 副主任某某某、乙、丙: a name-shaped item before a usual name
    return b > 0 and text.startswith(LIST_MARK, b) and read_name(text, b + 1, titled=True) > 0


def _titled_rule(text: str, e: int, end: int, chain: tuple[Element, ...]) -> str:
    """The rule id of a titled name: ``titled`` (``holders`` after a count of holders, 三任某市长甲、乙、丙:
    one after another, in printed order), with the follower word's row id when its right boundary is open."""
    rule = _HOLDERS if text.endswith(uses("holder_count"), 0, chain[0].start) else "titled"
    if "A" <= text[e] <= "Z":  # 某部长Arman…: a name in Latin letters
        rule += ":" + LATIN
    elif trailing_title(text, end) > end:  # 某会会长甲议员及…: a title after the name, its form of address
        rule += ":" + ADDRESSED
    elif not starts_boundary(text, end):  # the open right boundary: the follower word's row id
        rule += ":" + open_end(text, e)[1]
    return rule


def _reference(text: str, el: Element, found: list[Found]) -> list[Found]:
    """The one person found before with a post of that head (or a deputy's: 副市长) whose name starts with the
    surname (林局长 → 林某某, 局长): that person at the reference (rule ``reference:<head>``), without a post."""
    head = el.position.head
    surname = el.position.printed[: len(el.position.printed) - len(head)]
    names = {  # 副市长甲 is addressed as 甲市长: a head ending with the reference's; 甲某副市长 printed so before
        f.name for f in found if f.name.startswith(surname) and any(c.position.head.endswith(head) for c in f.chain)
    } or shape.named_before_title(text, el.start, surname, head)
    if len(names) != 1:
        return []
    return [Found(names.pop(), el.start, el.end, f"reference:{head}")]


def _relaxed_post(el: Element) -> bool:
    """A post of an organisation whose officials' names are read relaxed (a country's, 香港…), printed with
    that organisation: a bare title the page's place completed (行政长官 → 某特别行政区行政长官) is no
    evidence of how the name after it is written."""
    bare = el.position.printed == el.position.head  # 拜会副总统某某: a bare title only a foreign government has
    if bare and el.position.organization in uses("state_name"):
        return False  # 总统 on a Taiwanese page (actors/regiontitles.py): a Han name follows
    return el.position.head in uses("foreign_head") if bare else relaxed(el.position.organization)


def _host_mark(places: ContextPlaces, page: ContextPlaces, level: str, place: str) -> None:
    """Apply one mark of ``host_places`` (a host's place; "": the page's own, not given) or of ``led_visits``
    (``-`` + place: not the visitors' place from here; ``+`` + place: the article's (``page``) again)."""
    if place[:1] not in "-+" or not place:
        places.print_place(level, place)
        if not place:  # the page's own place, not given: no place the article names most (the visitors') either
            places.dominant.pop(level, None)
        return
    for now, was in ((places.at, page.at), (places.printed, page.printed), (places.dominant, page.dominant)):
        if place[0] == "-" and now.get(level) == place[1:]:
            del now[level]
        elif place[0] == "+" and was.get(level) == place[1:]:
            now.setdefault(level, place[1:])


def _remember_places(chain: tuple[Element, ...], places: ContextPlaces) -> None:
    """A place printed with its level in a chain (上海市…; not 上海某指挥部, 上海交通大学) is the place of its
    level for the titles after it, unless a title before it in the chain took that level's place from the
    page (市委常委、某县级市委书记甲，市委秘书长乙: the printed city is a unit inside the page's city), or it is a
    city the gazetteer lacks under a prefecture it knows (``under_known_city``)."""
    from_page: set[str] = set()
    for el in chain:
        remember_level_place(el.position.organization, places)  # 某州委书记甲，州长乙 (actors/levelchains.py)
        place = el.position.place
        place = without_sector(place)  # 澳区某省政协委员: 某省 for the 省长 after it
        for inner in gazetteer_places(el.position.printed):  # 某省某市市委书记, 与某市…: the city, for the 市长 after
            if inner[-1] not in from_page and (inner[-1] != place[-1:] or place.endswith(inner) and place != inner):
                places.print_place(inner[-1], inner)
        if not place:
            continue
        if place not in el.position.printed:
            from_page.add(place[-1])
        elif place[-1] not in from_page and not under_known_city(place, places):
            places.print_place(place[-1], place)  # printed in a chain


def _preposition_before_verb(text: str, e: int, end: int) -> bool:
    """某职由现任…: after a title, a preposition that is also a surname (word_uses.tsv name_title_not_start: 由)
    and the character before an appointment verb (由现|任) are no name."""
    return text[e] in uses("name_title_not_start") and text.startswith(tuple(words("appointment_verbs.txt")), end)


def _preposition(text: str, e: int) -> bool:
    """A preposition that is also a surname right after a title, before an appointment or career verb
    (某局长由现任…接任) or a place (某主任由某特别行政区…司长甲…担任): no name starts there (word_uses.tsv
    name_title_not_start)."""
    if text[e] not in uses("name_title_not_start"):
        return False
    if place_prefix(text[e + 1 : e + 1 + _PLACE_SPAN]) or text.startswith(uses("addressee"), e + 1):
        return True  # 某职由某特别行政区…; 总统向访宾说明: whom the holder addresses
    verbs = (*words("appointment_verbs.txt"), *table("career_verbs.tsv"))
    return any(text.startswith(v, e + 1) for v in verbs if len(v) > 1) or handed_to(text, e + 1)  # 由某副区长甲接任


def address_words() -> str:
    """A regex alternation of the words after a name that are only a form of address (同志: the
    honorifics.tsv rows without a position)."""
    return alternation(address_forms())


def _continued(text: str, e: int) -> bool:
    """The title head goes on into a longer word (代表团, 代表处): no name follows it."""
    return text.startswith(_continuations(), e)


@cached
def _continuations() -> tuple[str, ...]:
    return tuple(words("title_continuations.txt"))


# names read by shape (no known surname) go on for at most the text one evidence window shows, even where
# the original prints a space between every two characters
_SHARED_SPAN = (EVIDENCE_MAX - 2 * EVIDENCE_CONTEXT) // 2


def _shared(text: str, end: int, limit: int) -> list[tuple[int, int]]:
    """Names joined by 、 right after a titled name, each a whole name (the next item is no title). An item
    no usual name reads (a surname the vocabulary lacks) is a name when it has the shape of one and the list
    goes on past it to a name or closes after it (``bounded_item``): 副主席甲、某某某、乙出席."""
    out: list[tuple[int, int]] = []
    open_items, shaped = 0, False  # bounded items at the tail that nothing has closed yet; any read
    end = after_marker(text, end)
    while mark := _shared_mark(text, end, bool(out)):
        a = end + len(mark)
        b = read_name(text, a, titled=True)  # a list item after a title reads as its first name
        married = shape.married_item(text, a)  # 甲、乙和林何某某等人: a married name the usual reading cuts
        b = married if married > 0 and (b < 0 or not _item_end(text, b)) else b
        bounded = b < 0 or bool(longest_suffix_title(text[a:b])) or not _item_end(text, b)
        if bounded and mark in uses("shared_list_joiner"):
            break  # 副主任甲、乙和有关负责人: after 和 only a usual name is the list's last
        b = shape.unread_item(text, a) if bounded else b  # 4-5 transliterated or inside the list, or 2-3
        shaped = shaped or bounded
        if b < 0 or (shaped and b > limit):
            titled_next = b < 0 and any(opens_with_title(text[a + k : a + 8]) for k in (0, 1))
            open_items = 0 if titled_next else open_items
            break  # …、乙、丙、众议员丁: the list went on to a (modified) titled name, which closes the items before it
        open_items = (open_items + 1 if text.startswith(LIST_MARK, b) else 0) if bounded else 0
        if opens_with_title(text[a:b]) or (text[a:b].endswith(uses("org_end")) and opens_with_title(text[b : b + 8])):
            open_items = 0  # the list went on to a titled name, which closes the items before it
            break  # 某书记甲、区长乙…, 委员甲、某院发言人乙: an item opening with a (organ's) title has a post of its own
        out.append((a, b))
        end = after_marker(text, b)
        if mark != LIST_MARK:
            break  # 委员甲、乙及丙: a joiner closes the list
    return out[: len(out) - open_items]


def _shared_mark(text: str, end: int, listed: bool) -> str:
    """The mark that joins the next name of a list after a title: 、 or a last joiner (word_uses.tsv
    shared_joiner: 及, 以及; shared_list_joiner, 和, only after a 、 item: 副主任甲、乙和丙, never 市长甲和乙)."""
    if text.startswith(LIST_MARK, end):
        return LIST_MARK
    joiners = uses("shared_joiner") + (uses("shared_list_joiner") if listed else ())
    return next((w for w in joiners if text.startswith(w, end)), "")


@cached
def _marker() -> re.Pattern[str]:
    marks = "|".join(re.escape(w) for w in sorted(words("photo_markers.txt"), key=len, reverse=True))
    return re.compile(rf"[（(](?:{marks})[）)]")


def _past_address(text: str, end: int) -> int:
    """Past a form of address printed after a name (甲博士、某局长乙: the next post starts after 博士)."""
    return end + next((len(w) for w in address_forms() if text.startswith(w, end)), 0)


def after_marker(text: str, end: int) -> int:
    """Past a photo-position marker printed after a name (<name>(左)、…)."""
    m = _marker().match(text, end)
    return m.end() if m else end


def _item_end(text: str, b: int) -> bool:
    """A list item ends at 、, punctuation, the end, a list end (等), a boundary word or a follower (完成)."""
    return b >= len(text) or text[b] in PUNCT or text.startswith(uses("list_end"), b) or starts_boundary(text, b) or follower_at(text, b)
