"""chains: the position chain printed before a name (中共中央政治局常委、国务院总理<name>).

Works on the compact view of an article (whitespace removed). A chain runs from the last clause
boundary (or the previous name) to the name; its elements are split at 、, 兼 and 及 (after a title) and each must end with
a title head. Words after which no organisation can continue come from ``actors/prefix_stops.txt``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ahocorasick

from ..lexicons import cached
from ..punctuation import CLOSING_BRACKETS, LIST_MARK, OPENING_BRACKETS, ORG_DASHES, QUOTE_PAIRS
from .actorlex import (
    PUNCT,
    any_of,
    longest_suffix_title,
    one_province,
    place_prefix,
    plausible_name,
    uses,
    words,
)
from .chainpieces import pieces as _pieces
from .formerinside import held_alone, without_inside_marker
from .labelbounds import marked_org as _marked_org
from .labelbounds import occurrences, post_start
from .nameends import before_quote
from .orgprefix import titled_publication, with_year
from .placecontext import ContextPlaces
from .positions import Position, canonical
from .terms import session_source, term_start
from .transfers import moved_to, moves

_MAX_ELEMENT = 40
_QUOTE_SPAN = 12
_BRACKET_SPAN = 6
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# the last character before the end that may stop a chain (Han characters and 、 never do)
_LAST_CANDIDATE = re.compile(rf"(?s).*([^\u3400-\u4dbf\u4e00-\u9fff{LIST_MARK}])")
_MAX_CHAIN = 5 * _MAX_ELEMENT  # the longest chain in the seeds and dev pages is 40 characters


@dataclass(frozen=True)
class Element:
    position: Position
    start: int  # compact offsets of the printed element
    end: int
    former: bool = (
        False  # 时任 / 原<place>…: held at the time the sentence speaks of, not at the article date
    )
    change: str = ""  # a notice's change: "start" (given) | "end" (taken away); "past": a career list;
    # "former": printed 原/前 before the post (a predecessor of whoever an article's notice gives it to)
    rule: str = ""  # the rule that read this post when another rule found the name (a notice's form id)
    own_date: bool = False  # dated where the post is printed, not where the name is (a post shared by a list)


def chain_start(text: str, e: int, floor: int, joined: bool = True) -> int:
    """Where the chain ending at ``e`` starts: after punctuation (but 、 and short quotes), digits, stop words.
    ``joined``: ``floor`` may end a name that a joiner links to the chain (甲与某市长乙); a notice's post,
    starting right after its verb (任同济大学校长), opens with no joiner.

    A chain is read at most ``_MAX_CHAIN`` characters back (linear time on text without punctuation); an
    element cut by that bound is left out whole (the chain starts after the first 、 inside the bound).
    """
    bound = max(floor, e - _MAX_CHAIN)
    i = _walk_back(text, e, floor, bound)
    if i == bound > floor and not _breaks(text[i - 1]):
        cut = text.find(LIST_MARK, i, e)
        i = e if cut < 0 else cut + 1
    # after the last stop word: the largest end of any occurrence of any stop (one pass)
    stops = _prefix_stops()
    start = i if stops is None else _after_last_stop(stops, text, i, e)
    if start == i > floor and i < e and text[i - 1].isdigit() and text[i] in uses("post_lead_date_unit"):
        start += 1  # 9日某市长甲: the date's unit (9日电, 9日讯 are stops of their own); never past the chain's end
    if start == floor > 0 and joined:  # right after the previous name: 龚明远与某市长柴思雨 (与 joins the two people)
        start += next((len(w) for w in joiner_words() if text.startswith(w, start, e)), 0)
    elif start > floor and _breaks(text[start - 1]):  # ，与某市长甲共同主持: a clause's first 与 joins, no organisation
        # 甲(英文名)及某会会长乙: after a bracket closing a gloss, any joiner links two people
        joiners = joiner_words() if text[start - 1] in CLOSING_BRACKETS else uses("clause_joiner")
        start += next((len(w) for w in joiners if text.startswith(w, start, e)), 0)
    return with_year(text, post_start(text, start, e, joined), floor)


def _walk_back(text: str, e: int, floor: int, bound: int) -> int:
    """From ``e`` back to the first character that ends a chain (not before ``bound``); a short quotation
    (“…” without punctuation inside) is part of the chain."""
    i = e
    while i > bound:
        m = _LAST_CANDIDATE.match(text, bound, i)
        if m is None:
            return bound
        k = m.start(1)
        if (opening := titled_publication(text, k, floor)) >= 0:  # 《某刊》杂志社社长
            i = opening
            continue
        if text[k] in QUOTE_PAIRS:  # “某会”会长, 「某会」会长
            opening = text.rfind(QUOTE_PAIRS[text[k]], max(floor, k + 1 - _QUOTE_SPAN), k)
            if opening < 0 or any(x in PUNCT for x in text[opening + 1 : k]):
                return k + 1
            i = opening
            continue
        if text[k] in CLOSING_BRACKETS:  # 中国（某省）自由贸易试验区: a place in brackets inside a name
            opening = max(text.rfind(b, max(floor, k - _BRACKET_SPAN), k) for b in OPENING_BRACKETS)
            if (
                opening > floor
                and CJK_CHAR.match(text[opening - 1])
                and all(CJK_CHAR.match(x) for x in text[opening + 1 : k])
                and not _holds_stop(text, opening + 1, k)  # （记者某某）: a byline, no part of a name
                and text[opening + 1 : k] not in uses("caption_side")  # 甲(右)与某大使乙: a photo's side, after a name
            ):
                i = opening
                continue
        if _breaks(text[k]) and not _org_dash(text, k, floor):
            term = _digit_term(text, k, floor)
            if term < 0:
                return k + 1
            k = term  # 某县第9届县长: a term printed in digits inside the post
        i = k
    return i


def _digit_term(text: str, k: int, floor: int) -> int:
    """Where a term printed in digits between an organisation and its title starts (某县|第9届县长: the
    ordinal's offset; ``terms.term_start``), when ``text[k]`` is its last digit; -1 else."""
    suffix = next((s for s in uses("term_suffix") if text.startswith(s, k + 1)), "")
    return term_start(text, k + 1 + len(suffix), floor) if suffix and text[k].isdigit() else -1


def _org_dash(text: str, k: int, floor: int) -> bool:
    """One dash between a party of ``word_uses.tsv`` dash_party (中国, a country) and a Han character: a
    bilateral body's name goes on across it (中国—某某中心秘书长), a doubled dash or a dash after any other
    word ends the chain."""
    if text[k] not in ORG_DASHES or k + 1 >= len(text) or not CJK_CHAR.match(text[k + 1]):
        return False
    if text[k - 1 : k] in ORG_DASHES or text[k + 1 : k + 2] in ORG_DASHES:
        return False
    parties = (*uses("dash_party"), *words("countries.txt"))
    return any(text.endswith(p, floor, k) for p in parties)


def _holds_stop(text: str, a: int, b: int) -> bool:
    stops = _prefix_stops()
    return stops is not None and _after_last_stop(stops, text, a, b) > a


def _breaks(c: str) -> bool:
    """Punctuation (but 、), ASCII, digits and any symbol (↓, ■) end a chain."""
    if c == LIST_MARK:
        return False
    return c in PUNCT or c.isascii() or c.isdigit() or unicodedata.category(c)[0] in "SP"


@cached
def joiner_words() -> tuple[str, ...]:
    return tuple(sorted(words("joiners.txt"), key=len, reverse=True))


def _after_last_stop(stops: ahocorasick.Automaton, text: str, i: int, e: int) -> int:
    """The largest end of a stop word in ``text[i:e]``; a stop inside a word listed as no stop (!以色列,
    !对外) does not count."""
    # on a slice: the automaton converts its whole argument at every call, start and end or not
    found = stops.iter(text[i:e])
    hits = [(i + end + 1 - len(w.removeprefix("!")), i + end + 1, w.startswith("!")) for end, w in found]
    covers = [(a, b) for a, b, no in hits if no]
    cut = [b for a, b, no in hits if not no and not any(x <= a and b <= y for x, y in covers)]
    return max(cut, default=i)


@cached
def _prefix_stops() -> ahocorasick.Automaton | None:
    stops = words("prefix_stops.txt")
    if not stops:
        return None
    a = ahocorasick.Automaton()
    for w in sorted(stops):  # in a fixed order: a word listed both ways would otherwise win by the hash seed
        a.add_word(w.removeprefix("!"), w)
    a.make_automaton()
    return a


def chain_before(
    text: str, e: int, floor: int, places: ContextPlaces, prev: Position | None = None, joined: bool = True
) -> tuple[Element, ...]:
    """The position elements printed right before ``text[e]`` (a name), left to right; ``prev`` is the
    element printed before the chain (a career list goes on across commas); ``joined``: see ``chain_start``."""
    pieces = _pieces(text, chain_start(text, e, floor, joined), e)
    kept: list[tuple[int, int]] = []
    twin: dict[int, str] = {}  # start of an organisation sharing the next element's title → that title
    for a, b in reversed(pieces):
        if moves(text, a, b) and (a := moved_to(text, a, b, e)) < 0:
            break  # 甲调任某处处长、某场场长乙: the piece printing a transfer verb is another item's post
        if b - a > _MAX_ELEMENT or not longest_suffix_title(text[a:b]):
            head = _twin_head(text, a, b, kept[-1]) if kept and not twin else ""
            if not head:
                break
            twin[a] = head
        kept.append((a, b))
    out: list[Element] = []
    former = bool(kept) and _former_before(text, kept[-1][0])
    given = _given(text, kept[-1][0]) if kept else ""  # 新任某县长甲, 卸任某县长乙
    if kept:
        places = chain_province(text[kept[-1][0] : kept[0][1]], places)
    for a, b in reversed(kept):
        # 董事会主席及非执行董事: the post after an own_post_joiner is a post of its own, no inheritance
        after_and = any(text.endswith(w, 0, a) for w in uses("own_post_joiner"))
        start, printed = _without_former(text[a:b] + twin.get(a, ""), None if after_and else prev, places, (text, a))
        marked = start > 0 or printed != text[a:b]
        if marked:  # 原上海市委书记, 某区委常委、原宣传部部长, 某集团公司原总经理: the post itself, held before
            a, former = a + start, True
        pos = canonical(printed, None if after_and else prev, places)
        if pos is not None and not out and not pos.organization and (org := _duty_org(text, a, floor)):
            pos = canonical(org + printed, None, places) or pos  # 某部分管某工作的副部长: the 某部's
        elif pos is not None and not out and given and (org := _marked_org(text, a, floor, printed)):
            pos = canonical(org + printed, None, places) or pos  # 某国新任市长: that place's, not the page's
        if pos is None:
            continue
        # 原某省委书记, 十二届全国政协主席: a former holder, or a holder of an earlier term than the article's
        out.append(Element(pos, a, b, former, "former" if marked or _term().match(text, a, b) else given))
        prev = pos
    return tuple(out)


def _given(text: str, a: int) -> str:
    """The change a marker right before a chain makes: 新任 gives the post ("start"), 卸任 ends it ("end"),
    前任 names the holder before the one of now ("former"; not inside 目前任)."""
    if text.endswith(uses("new_marker"), 0, a):
        return "start"
    if text.endswith(uses("former_lead"), 0, a) and not text.endswith(uses("former_lead_not"), 0, a):
        return "former"
    return "end" if text.endswith(uses("end_marker"), 0, a) else ""


_TWIN_SUFFIX = 2  # the last characters two organisations sharing one title both end with (某某办)


def _twin_head(text: str, a: int, b: int, after: tuple[int, int]) -> str:
    """The title an organisation printed alone before 、 shares with the next element, when both name one
    office under two bodies (中共中央某办、国务院某办副主任: the same last characters): else ""."""
    head = longest_suffix_title(text[after[0] : after[1]])
    org = text[after[0] : after[1] - len(head)]
    own = text[a:b]
    if text[b : b + 1] != LIST_MARK or len(own) <= _TWIN_SUFFIX or len(org) <= _TWIN_SUFFIX:
        return ""
    return head if own[-_TWIN_SUFFIX:] == org[-_TWIN_SUFFIX:] and not _breaks_any(own) else ""


def _breaks_any(piece: str) -> bool:
    return any(_breaks(c) for c in piece)


def _without_former(
    printed: str, prev: Position | None, places: ContextPlaces, at: tuple[str, int] = ("", 0)
) -> tuple[int, str]:
    """The post a former marker (word_uses.tsv former: 原, 前) is printed in: (offset after a leading marker,
    the post without the marker). A leading marker goes before a place (原上海市委书记), before a title alone
    (前校长, 原副主任: held before, completed as a bare title is, else bare; roles36) or before a post the
    previous element completes (某区委常委、原宣传部部长 → 某区委宣传部部长); a marker between an organisation
    and its title head (某集团公司原总经理, 某部原常务副部长) goes out of the post. (0, printed) otherwise."""
    prefix = next((w for w in uses("former") if printed.startswith(w)), "")
    rest = printed[len(prefix) :]
    if prefix and (place_prefix(rest) or held_alone(rest, *at, places)):
        return len(prefix), rest
    if prefix and prev is not None and prev.organization:
        pos = canonical(rest, prev, places)
        own = rest[: -len(pos.head)] if pos else ""
        if pos is not None and pos.organization and pos.organization != own:
            return len(prefix), rest
    inside = without_inside_marker(printed)  # 某集团公司原总经理, 某县原警察局长
    return 0, printed if inside is None else inside


def chain_province(printed: str, places: ContextPlaces) -> ContextPlaces:
    """``places`` with the province of the gazetteer cities ``printed`` (a chain, a sentence) when they are
    all of one province (省委常委、某市委书记: the bare 省委常委 is that city's province); else ``places``."""
    province = one_province(printed)
    level = province[-1:]
    if not province or level not in uses("province_suffix"):
        return places
    return places.with_printed(province)


@cached
def _term() -> re.Pattern[str]:
    """A post printed after its term's number (十二届某机构主席)."""
    return re.compile(session_source())


@cached
def _duty() -> re.Pattern[str]:
    return re.compile(rf"{any_of('duty_lead')}[\u4e00-\u9fff]{{1,12}}?{any_of('possessive')}$")


def _duty_org(text: str, a: int, floor: int) -> str:
    """The organisation printed before a duty (word_uses.tsv duty_lead: 分管…的) right before a bare title."""
    m = _duty().search(text, max(floor, a - 16), a)
    org = text[chain_start(text, m.start(), floor) : m.start()] if m else ""
    return "" if plausible_name(org) and org[-1:] not in uses("place_level") else org  # 甲分管…的: a person


def _former_before(text: str, a: int) -> bool:
    """A former marker printed right before the chain, or before the quotation mark opening it (前“某部长”甲)."""
    return text.endswith(_former_markers(), 0, before_quote(text, a))


@cached
def _former_markers() -> tuple[str, ...]:
    return tuple(words("former_markers.txt"))


_ANTECEDENT_SPAN = 300  # how far back the organisation an anaphor (该集团) points to may be named


def antecedent(text: str, chain: tuple[Element, ...], places: ContextPlaces) -> tuple[Element, ...]:
    """A first post printed after an anaphor (该集团董事长, 该企业董事长) takes the organisation of that kind
    named last before it (…的某某生技公司 → 某某生技公司董事长); one starting its clause with a bare kind of
    organisation (。研究院院长) takes the last one printed at a clause start (。某某研究院昨日揭牌); the chain
    unchanged when none is found."""
    first = chain[0]
    org = first.position.organization
    anaphor = next((w for w in uses("anaphor") if text.endswith(w, 0, first.start)), "")
    bare = org in uses("org_noun") and (first.start == 0 or text[first.start - 1] in PUNCT)
    if not (anaphor or bare) or not org:
        return chain
    nouns = uses("org_noun") if org in uses("any_org") else (org,) if org in uses("org_noun") else ()
    floor = max(0, first.start - len(anaphor) - _ANTECEDENT_SPAN)
    name = _antecedent_name(text, nouns, floor, first.start - len(anaphor), clause_start=not anaphor)
    pos = canonical(name + first.position.head, None, places) if name else None
    if pos is None:
        return chain
    return (Element(pos, first.start, first.end, first.former), *chain[1:])


def _antecedent_name(text: str, nouns: tuple[str, ...], floor: int, end: int, clause_start: bool) -> str:
    """The last organisation of one of ``nouns`` named in ``text[floor:end]`` (longer than the noun, no
    punctuation inside; with ``clause_start``, printed at the start of a clause)."""
    ends = sorted(
        (k + len(n) for n in nouns for k in occurrences(text, n, floor, end)), reverse=True
    )
    for e in ends:
        start = chain_start(text, e, floor)
        name = text[start:e]
        if len(name) <= max(len(n) for n in nouns) or any(c in PUNCT for c in name):
            if clause_start or (len(name) == 1 and longest_suffix_title(text[e - 1 : e + 1]) == text[e - 1 : e + 1]):
                continue  # 局长一职该局副局长: a bare 局长 names no bureau, the one named before it does
            return ""
        if clause_start and start > 0 and text[start - 1] not in PUNCT:
            continue
        return name
    return ""
