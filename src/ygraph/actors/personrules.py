"""personrules: the rules that give evidence of a person in an article's compact text.

``titled`` and ``appointed`` (a position chain before or after a name), ``lists`` (names before an
attendance verb), ``speakers`` and ``honorifics`` (names the document establishes, before a speech verb
or an honorific). ``mentions`` runs them and keeps the strongest finding per span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import ahocorasick

from .. import lexicons
from ..lexicons import alternation, cached
from ..model import Article
from ..punctuation import CLAUSE_BREAKS, LINE_BREAK, LIST_MARK, SEMICOLONS, SENTENCE_ENDS
from .actorlex import (
    CJK,
    PUNCT,
    address_forms,
    automaton,
    is_foreign,
    is_non_name,
    longest_suffix_title,
    place_table,
    plausible_name,
    starts_boundary,
    table,
    titles,
    uses,
    words,
)
from .chains import Element, antecedent, chain_before
from .positions import Position, canonical
from .printedplaces import host_places, printed_places

_INHERIT_SPAN = 120
_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,10})+")


@dataclass(frozen=True)
class Found:
    """One person occurrence (compact offsets) with the position chain printed before it, if any."""

    name: str
    start: int
    end: int
    rule: str
    chain: tuple[Element, ...] = ()


def read_name(text: str, i: int, foreign: bool = False) -> int:
    """End of a person's name starting at ``text[i]`` (followed by a boundary), or -1."""
    m = _DOTTED.match(text, i)
    if m:
        last_dot = m.group().rindex("·") + i
        for end in range(last_dot + 2, m.end() + 1):
            if starts_boundary(text, end):
                return end
    lengths = (2, 3, 4) if foreign else (2, 3, 4) if text[i : i + 2] in _compound() else (2, 3)
    valid = [
        i + n
        for n in lengths
        if len(text[i : i + n]) == n
        and plausible_name(text[i : i + n], foreign)
        and starts_boundary(text, i + n)
    ]
    if len(valid) > 1 and text[valid[0]] in words("weak_boundaries.txt"):
        return valid[1]  # 龚明为出席: 为 is more likely the end of the name than a word after it
    return valid[0] if valid else -1


def _compound() -> frozenset[str]:
    from .actorlex import surnames

    return surnames()[1]


def context_places(article: Article, text: str = "") -> dict[str, str]:
    """Level (省, 市, …) → the place a bare 省长 / 市委书记 refers to in this article.

    A level with exactly one place of that level in the article gets it (an article about one province);
    the dateline place wins. Chains update the map as they are read (``titled``).
    """
    places = place_table()
    seen: dict[str, set[str]] = {}
    for _, word in automaton("places").iter_long(text):
        seen.setdefault(places[word][-1], set()).add(places[word])
    for level, printed in printed_places(text).items():
        seen.setdefault(level, set()).update(printed)
    context = {level: next(iter(found)) for level, found in seen.items() if len(found) == 1}
    dateline = places.get(article.place or "", "")
    if dateline:
        context[dateline[-1]] = dateline
    return context


@cached
def _appointment_pattern() -> re.Pattern[str]:
    verbs = alternation(words("appointment_verbs.txt"))
    breaks = re.escape(CLAUSE_BREAKS)
    return re.compile(
        rf"(?:(?<=[{re.escape(''.join(sorted(PUNCT)))}])|^)([\u4e00-\u9fff·]{{2,8}}?)(?:{address_words()})?"
        rf"(?:{alternation(uses('tense_before_verb'))})?(?P<verb>{verbs})([^{breaks}\s]{{2,60}}?)(?=[{breaks}]|$)"
    )


def appointed(text: str, places: dict[str, str]) -> list[Found]:
    """``<name>(同志)任<position chain>。``: the position follows the name (appointment news); the rule
    names the verb (``appointed:任``)."""
    found = []
    places = dict(places)
    for m in _appointment_pattern().finditer(text):
        name = m.group(1)
        if not plausible_name(name):
            continue
        chain = chain_before(text, m.end(3), m.start(3), places)
        if chain and chain[0].start == m.start(3):
            found.append(Found(name, m.start(1), m.end(1), f"appointed:{m.group('verb')}", chain))
    return found


def titled(text: str, places: dict[str, str]) -> list[Found]:
    found: list[Found] = []
    places = dict(places)
    ends = sorted({end + 1 for end, _ in automaton("titles").iter(text)})
    hosts = host_places(text)
    last_end = 0
    recent: tuple[int, Position] | None = None  # the last organisation a title was printed with, and where
    for e in ends:
        while hosts and hosts[0][0] < e:  # a place a delegation visits: the host of the sentences after
            place = hosts.pop(0)[1]
            places[place[-1]] = places[place[-1] + "!"] = place
        if e < last_end or e >= len(text) or not CJK.match(text[e]) or _continued(text, e):
            continue
        chain = chain_before(text, e, last_end, places)
        if not chain:
            continue
        chain = antecedent(text, _inherit(text, chain, recent, places), places)
        if chain[-1].position.organization:
            recent = (e, chain[-1].position)
        if plausible_name(chain[-1].position.organization) and chain[-1].position.head in table(
            "honorifics.tsv"
        ):
            continue  # <name>总书记: honorific order, not a title before a name
        foreign = is_foreign(chain[0].position.organization)
        end = read_name(text, e, foreign)
        if end < 0:
            continue
        found.append(Found(text[e:end], e, end, "titled", chain))
        for a, b in _shared(text, end):  # 副主席甲、乙、丙: the names after the first share its title
            found.append(Found(text[a:b], a, b, "titled", chain))
            end = b
        last_end = end
        for el in chain:
            if el.position.place:
                places[el.position.place[-1]] = el.position.place
                places[el.position.place[-1] + "!"] = el.position.place  # printed in a chain
    return found


def address_words() -> str:
    """A regex alternation of the words after a name that are only a form of address (同志: the
    honorifics.tsv rows without a position)."""
    return alternation(address_forms())


def _continued(text: str, e: int) -> bool:
    """The title head goes on into a longer word (代表团, 代表处): no name follows it."""
    return any(text.startswith(w, e) for w in words("title_continuations.txt"))


def _inherit(
    text: str, chain: tuple[Element, ...], recent: tuple[int, Position] | None, places: dict[str, str]
) -> tuple[Element, ...]:
    """A bare title takes the organisation printed with the same title (or its deputy) earlier in the
    sentence: 受某市人大常委会主任委托，副主任<name>主持 → 某市人大常委会副主任; 秘书长 takes any."""
    if recent is None or chain[0].position.organization:
        return chain
    at, prev = recent
    if chain[0].start - at > _INHERIT_SPAN or any(c in _SENTENCE_END for c in text[at : chain[0].start]):
        return chain
    first = chain[0].position
    if titles()[first.head].ellipsis != "org" or not _same_family(first.head, prev.head):
        return chain
    pos = canonical(first.printed, prev, places)
    if pos is None or not pos.organization:
        return chain
    return (replace(chain[0], position=pos), *chain[1:])


def _same_family(head: str, other: str) -> bool:
    def base(h: str) -> str:
        for prefix in uses("rank_prefix"):  # 常务副市长, 副市长 → 市长
            h = h.removeprefix(prefix)
        return h

    return base(head) == base(other) or base(head) in uses("any_family")


def _shared(text: str, end: int) -> list[tuple[int, int]]:
    """Names joined by 、 right after a titled name, each a whole name (the next item is no title)."""
    out = []
    end = _after_marker(text, end)
    while text.startswith(LIST_MARK, end):
        b = read_name(text, end + 1)
        if b < 0 or longest_suffix_title(text[end + 1 : b]) or not _item_end(text, b):
            break
        out.append((end + 1, b))
        end = _after_marker(text, b)
    return out


@cached
def _marker() -> re.Pattern[str]:
    marks = "|".join(re.escape(w) for w in sorted(words("photo_markers.txt"), key=len, reverse=True))
    return re.compile(rf"[（(](?:{marks})[）)]")


def _after_marker(text: str, end: int) -> int:
    """Past a photo-position marker printed after a name (<name>(左)、…)."""
    m = _marker().match(text, end)
    return m.end() if m else end


def _item_end(text: str, b: int) -> bool:
    """A list item ends at 、, punctuation, the end, a list end (等) or a boundary word."""
    return b >= len(text) or text[b] in PUNCT or text.startswith(uses("list_end"), b) or starts_boundary(text, b)


_MAX_LIST = 100  # names in one list (a longer one keeps its last 100)


@cached
def _list_pattern() -> re.Pattern[str]:
    verbs = alternation(words("attendance_verbs.txt"))
    ends = alternation(uses("list_end"))
    return re.compile(
        # at most _MAX_LIST names before the verb: a long run of 、 without a verb costs linear time
        rf"((?:[\u4e00-\u9fff·]{{2,8}}{LIST_MARK}){{1,{_MAX_LIST - 1}}}[\u4e00-\u9fff·]{{2,8}}?)"
        rf"(?:{ends})?(?:{address_words()})?(?P<verb>{verbs})"
    )


def lists(text: str) -> list[Found]:
    found = []
    for m in _list_pattern().finditer(text):
        names = m.group(1).split(LIST_MARK)
        if not all(plausible_name(n) or _DOTTED.fullmatch(n) for n in names[1:]):
            continue
        first = _list_head(text, m.start(1), names[0])
        if not first:
            continue
        names[0] = first
        i = m.start(1) + len(m.group(1).split(LIST_MARK)[0]) - len(first)
        for n in names:
            found.append(Found(n, i, i + len(n), f"list:{m.group('verb')}"))
            i += len(n) + 1
    return found


@cached
def _leads() -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for rule, lead in lexicons.load_table("actors/list_leads.tsv"):
        a.add_word(lead, (rule, lead))
    a.make_automaton()
    return a


def led_lists(text: str) -> list[Found]:
    """Names joined by 、 right after a lead of ``list_leads.tsv`` (市领导<a>、<b>…; 还有：<a>、<b>等): each
    item a name followed by a boundary; a colon lead (rule ``list_colon``) needs two names."""
    found = []
    for end, (rule, _lead) in _leads().iter(text):
        items, i = [], end + 1
        while i < len(text):
            e = _list_item(text, i, not items)
            if e < 0:
                break
            items.append(Found(text[i:e], i, e, rule))
            e = _after_marker(text, e)
            if e >= len(text) or text[e] != LIST_MARK:
                break
            i = e + 1
        if len(items) >= (2 if rule.endswith("colon") else 1):
            found.extend(items)
    return found


@cached
def _clause_forms() -> tuple[tuple[str, re.Pattern[str]], ...]:
    start = rf"(?:^|(?<=[{re.escape(''.join(sorted(PUNCT)))}]))"
    return tuple(
        (rule, re.compile(rf"{start}([\u4e00-\u9fff·]{{2,4}}?)(?={form})"))
        for rule, form in lexicons.load_table("actors/clause_forms.tsv")
    )


def clause_forms(text: str) -> list[Found]:
    """A name starting its clause before a form of ``clause_forms.tsv`` (甲代表…向大会作报告; 甲率团…)."""
    found = []
    for rule, pattern in _clause_forms():
        for m in pattern.finditer(text):
            if plausible_name(m.group(1)):
                found.append(Found(m.group(1), m.start(1), m.end(1), rule))
    return found


def _list_item(text: str, i: int, first: bool) -> int:
    """End of a name in a led list: an item followed by 、 (or, after the first item, by 等 or punctuation)
    may be any 2-3 characters that are no known word (a rare surname: 蒿某、; a character that rarely ends
    names: 某良其、); otherwise a name read as usual."""
    j = next((k for k in range(i, min(i + 4, len(text))) if text[k] in PUNCT or text[k] in uses("list_end")), -1)
    ends = j >= 0 and (text[j] == LIST_MARK or not first)
    if ends and j - i in (2, 3) and _loose_name(text[i:j]):
        return j
    return read_name(text, i)


def _loose_name(item: str) -> bool:
    if plausible_name(item):
        return True
    return (
        all(CJK.match(c) for c in item)
        and item[0] not in uses("not_in_name")
        and not is_non_name(item)
        and not longest_suffix_title(item)
    )


def _list_head(text: str, start: int, head: str) -> str:
    """The first name of a list: the whole first element after punctuation, else its last 3 or 2 characters
    (大会上<a>、<b>出席: the other names show it is a list)."""
    if (start == 0 or text[start - 1] in PUNCT) and (plausible_name(head) or _DOTTED.fullmatch(head)):
        return head
    return next((head[-n:] for n in (3, 2) if len(head) > n and plausible_name(head[-n:])), "")


def speakers(text: str, known: set[str]) -> list[Found]:
    found = []
    for end, verb in automaton("speech").iter(text):
        s = end - len(verb) + 1
        options = []
        for n in (2, 3, 4):
            i = s - n
            if i < 0 or not _clause_start(text, i, verb, end + 1):
                continue
            name = text[i:s]
            if name in known or plausible_name(name):
                options.append((name not in known, n, name, i))
        if options:
            _, _, name, i = min(options)
            found.append(Found(name, i, s, f"speaker:{verb}"))
    return found


def _clause_start(text: str, i: int, verb: str, after: int) -> bool:
    """A name at ``i`` starts its clause: after punctuation; after a ``speech_opener`` (的) only when the
    verb reports speech (的<name>告诉记者，; not 取得的成绩表示肯定); after a ``chair_opener`` (由) only
    before a ``chair_verb`` (会议由<name>主持). Word uses of actors/word_uses.tsv."""
    if i == 0 or text[i - 1] in PUNCT:
        return True
    if any(text.endswith(w, 0, i) for w in uses("speech_opener")):
        return after >= len(text) or text[after] in PUNCT or text.startswith(uses("speech_listener"), after)
    return any(text.endswith(w, 0, i) for w in uses("chair_opener")) and verb in uses("chair_verb")


def honorifics(text: str, known: set[str]) -> list[Found]:
    found = []
    positions = table("honorifics.tsv")
    for end, word in automaton("honorifics").iter(text):
        s = end - len(word) + 1
        hit = next((text[s - n : s] for n in (4, 3, 2) if s >= n and text[s - n : s] in known), "")
        if not hit and positions[word] != "-":
            # an unknown name in honorific order needs to recur in the article (学习贯彻总书记 is no name)
            hit = next(
                (text[s - n : s] for n in (3, 2) if s >= n and _recurring_name(text, text[s - n : s], word)),
                "",
            )
        if hit:
            found.append(Found(hit, s - len(hit), s, f"honorific:{word}"))
    return found


def _recurring_name(text: str, name: str, honorific: str) -> bool:
    """Twice in honorific order, with any of the honorifics (<name>总书记 … <name>同志)."""
    if not plausible_name(name) or any(name.endswith(v) for v in words("honorific_preverbs.txt")):
        return False
    return sum(text.count(name + word) for word in table("honorifics.tsv")) >= 2
