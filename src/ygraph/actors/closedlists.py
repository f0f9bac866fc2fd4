"""closedlists: names joined by 、 and closed by who they are (甲、乙、丙等议员; 甲、乙等副主席; 甲、乙等10名同志),
whatever follows the list. The lists of ``namelists`` need an attendance verb after them and those of ``leads``
a lead word before them; a list closed by 等 and a group of people (``word_uses.tsv`` list_closer, list_group)
or a title head (``titles.tsv``) says by itself that its items are people (issue 13, names22). Also a list
printed with commas where other pages print 、 (甲,乙,丙在主席台就座): three names at least, all usual ones."""

from __future__ import annotations

import re

from .. import lexicons, scan
from ..lexicons import alternation, cached
from ..punctuation import COMMAS, LIST_MARK
from ..time.numerals import numeral_characters
from .actorlex import PUNCT, any_of, plausible_name, titles, uses, words
from .chains import Element
from .nameends import particle_name
from .namelists import list_head
from .nameshape import DOTTED, long_list_kept
from .personrules import Found
from .placecontext import ContextPlaces
from .positions import canonical

_MAX_ITEMS = 100  # names in one list


@cached
def _pattern() -> re.Pattern[str]:
    group = alternation([*uses("list_group"), *titles()])
    closer = alternation(uses("list_closer"))
    # between 等 and the group only a count (等10名, 等十余位) and a level or unit (等市, 等校): a noun that says
    # what the items are (等地, 等村, 等景区, 等企业) makes them places or bodies
    count = rf"(?:[\d{numeral_characters()}]{{1,4}}{any_of('list_closer_count')})?"
    unit = rf"{any_of('list_closer_unit')}?"
    return re.compile(
        rf"((?:[\u4e00-\u9fff·]{{2,8}}{LIST_MARK}){{1,{_MAX_ITEMS - 1}}}[\u4e00-\u9fff·]{{2,4}}?)"
        rf"(?:{closer})(?P<group>{count}{unit}(?:{group}))"
    )


def closed_lists(text: str) -> list[Found]:
    """The names of a 、 list closed by 等 and a group of people or a title (rule ``list_closed:<group>``):
    every item after the first a usual name (no loose shape: nothing else says they are people), the first
    one read as a list's head (``namelists.list_head``); never a list of bodies (甲、乙等部门负责同志)."""
    found = []
    for m in scan.finditer(_pattern(), text):
        if text.startswith(uses("list_body_group"), m.start("group")):
            continue  # 农业、林业等部门负责同志, 某山、某湖等人气景点: the items are bodies or places, not people
        names = m.group(1).split(LIST_MARK)
        if not all(_usual(n) for n in names[1:]) or not (first := list_head(text, m.start(1), names[0])):
            continue
        names[0], i = first, m.start(1) + len(names[0]) - len(first)
        rule = f"list_closed:{_group_word(m.group('group'))}"
        for n in names:
            i = text.find(n, i)
            found.append(Found(n, i, i + len(n), rule))
            i += len(n)
    return found


def titled_lists(text: str, places: ContextPlaces) -> list[Found]:
    """The names of a 、 list closed by 等 and a title (甲、乙、丙等议员): every item holds that title, completed
    as a bare one is on the page (the page's council, its place of that level), by the same rule
    (``list_closed:<head>``). A count (等8位议员) may sit between; a group (等同志) or bodies (等部门) give no post."""
    found = []
    for f in closed_lists(text):
        group = f.rule.removeprefix("list_closed:")
        at = text.find(group, f.end)
        if group not in titles() or at < 0 or any(c in PUNCT and c != LIST_MARK for c in text[f.end : at]):
            continue  # the title closing this item's own list: nothing but the next items between
        a = at - 1 if text[at - 1] in uses("place_level") else at  # 等市议员: the level's title
        pos = canonical(text[a : at + len(group)], None, places)
        if pos is not None:
            found.append(Found(f.name, f.start, f.end, f.rule, (Element(pos, a, at + len(group)),)))
    return found


def _usual(item: str) -> bool:
    """A usual name (a known surname) or a dotted one, never ending in an organ or a place level (张家港市)."""
    return bool(plausible_name(item) or DOTTED.fullmatch(item)) and not item.endswith(
        (*words("level_organs.txt"), *uses("place_level"))
    )


def _group_word(group: str) -> str:
    """The group word or title head that closes the list (its rule id): the longest that ends ``group``."""
    heads = (*uses("list_group"), *titles())
    return max((h for h in heads if group.endswith(h)), key=len, default=group)


_LONG = 6  # items of a long list
_COMMA_LIST_LEAST = 3  # names of a comma list: two could be a clause opening (随后，甲出席), but see _seated_pair


@cached
def _comma_pattern() -> re.Pattern[str]:
    verbs = alternation(words("attendance_verbs.txt"))
    ends = alternation(uses("list_end"))
    adverb = alternation(uses("list_adverb"))
    start = rf"(?:^|(?<=[{re.escape(''.join(sorted(PUNCT)))}]))"
    lead = rf"(?:{alternation(_leads())})?"  # 老同志甲: a lead word before a name of the list
    return re.compile(
        rf"{start}([\u4e00-\u9fff·]{{2,12}}(?:(?:{_separator().pattern}){lead}[\u4e00-\u9fff·]{{2,4}}?){{1,{_MAX_ITEMS - 1}}})"
        rf"(?:{ends})?(?:{adverb}){{0,2}}(?P<verb>{verbs})"
    )


@cached
def _separator() -> re.Pattern[str]:
    """A comma or 、 between two items, or a joiner right before a lead word (甲、乙和老同志丙、丁等出席)."""
    joiners = alternation([*uses("shared_joiner"), *uses("shared_list_joiner")])
    return re.compile(rf"[{COMMAS}{LIST_MARK}]|(?:{joiners})(?={alternation(_leads())})")


@cached
def _leads() -> tuple[str, ...]:
    """The lead words of ``list_leads.tsv``'s ``list_leaders`` rows (市领导) and the ``item_lead`` words (老同志),
    longest first."""
    rows = [lead for rule, lead in lexicons.load_table("actors/list_leads.tsv") if rule == "list_leaders"]
    return tuple(sorted({*rows, *uses("item_lead")}, key=len, reverse=True))


def comma_lists(text: str) -> list[Found]:
    """Names joined by commas before an attendance verb (rule ``list_comma:<verb>``): every item after the
    first a usual name, the first the list's head (the name after a title: 常务主席甲,乙,丙在主席台就座)."""
    found = []
    for m in scan.finditer(_comma_pattern(), text):
        if not any(c in COMMAS for c in m.group(1)) and not _joined(m.group(1)):
            continue  # a list of 、 alone is read as one (closed_lists, the attendance rules)
        names, start = _separator().split(m.group(1)), m.start(1)
        names = [names[0], *(next((n[len(w) :] for w in _leads() if n.startswith(w)), n) for n in names[1:])]
        if len(names) < _COMMA_LIST_LEAST and not _seated_pair(names, m.group("verb")):
            continue
        while len(names) > _COMMA_LIST_LEAST and not list_head(text, start, names[0]):
            start += len(names.pop(0)) + 1  # 开幕式上，甲，乙，丙就座: a clause opening before the list
        if not _names(names[1:]) or not (first := list_head(text, start, names[0])):
            continue
        names[0], i = first, start + len(names[0]) - len(first)
        for n in names:
            i = text.find(n, i)
            found.append(Found(n, i, i + len(n), f"list_comma:{m.group('verb')}"))
            i += len(n)
    return found


def _joined(items: str) -> bool:
    """A joiner before a lead word separates two items (甲、乙和老同志丙): a list no other rule reads."""
    return any(m.group() not in COMMAS + LIST_MARK for m in _separator().finditer(items))


def _names(items: list[str]) -> bool:
    """Usual names all (in a long list a name ending with a particle too: 钱家和), or a long list of them with
    an inner item of a name's shape (a rare surname: 甲,乙,法某某,丙…: ``nameshape.long_list_kept``)."""
    long = len(items) >= _LONG  # 甲,乙,钱家和,丙…: a particle that ends given names, inside a long list
    usual = [_usual(n) or (long and particle_name(n)) for n in items]
    kept = usual if all(usual) else long_list_kept(items, usual)
    return bool(kept) and all(kept)


def _seated_pair(names: list[str], verb: str) -> bool:
    """Two names only before a verb of seats on the rostrum (word_uses.tsv comma_pair_verb: 甲,乙在主席台就座),
    both usual names: a clause opening and a name before another verb is no list (随后,甲出席)."""
    return len(names) == 2 and any(w in verb for w in uses("comma_pair_verb")) and all(plausible_name(n) for n in names)
