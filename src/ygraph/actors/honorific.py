"""honorific: names printed in honorific order (<name>总书记, <name>同志), rule ``honorific:<word>``.

A name the document establishes elsewhere is read before any honorific; an unknown one only before an
honorific that names a post (``honorifics.tsv``), when it recurs in that order or follows a lead verb
(贯彻<name>总书记…精神: ``word_uses.tsv`` honorific_lead) or, with three characters, opens a sentence
(。<name>总书记多次…: honorific_clause_mark).

``name_title:<head>``: an unknown name then a title head of ``titles.tsv`` (the order of
address: 、<name>公参陪同, 我委<name>副主任, 某市<name>市长于…), the name after a ``name_title_lead`` word (three
characters: also after punctuation or a place, of the vocabulary or printed with its level; holding no place), the
title whole (a boundary or a ``name_title_end`` word follows, or no longer head and no
``title_continuations.txt`` word goes on).
"""

from __future__ import annotations

from ..lexicons import TEXT_KEYS, cached
from ..punctuation import COMMAS, LINE_BREAK, LIST_MARK
from .actorlex import (
    CJK,
    PUNCT,
    automaton,
    gazetteer_places,
    is_non_name,
    plausible_name,
    starts_boundary,
    table,
    titles,
    uses,
    words,
)
from .nameends import particle_name
from .personrules import Found


def honorifics(text: str, known: set[str]) -> list[Found]:
    found = []
    positions = table("honorifics.tsv")
    for end, word in automaton("honorifics").iter(text):
        s = end - len(word) + 1
        hit = next((text[s - n : s] for n in (4, 3, 2) if s >= n and text[s - n : s] in known), "")
        if not hit and positions[word] != "-":
            # an unknown name in honorific order needs to recur in the article (学习贯彻总书记 is no name)
            hit = next(
                (text[s - n : s] for n in (3, 2) if s >= n and _honorific_name(text, s - n, s, word)),
                "",
            )
        if not hit and word in uses("opening_address") and _addressed_name(text, s - _OPENING_NAME, s, word):
            hit = text[s - _OPENING_NAME : s]  # 。某某某同志主持会议 … 。某某某同志主持会议: a surname the vocabulary lacks
        if hit:
            found.append(Found(hit, s - len(hit), s, f"honorific:{word}"))
    return found


def _addressed_name(text: str, i: int, s: int, honorific: str) -> bool:
    """Three characters opening a sentence before a form of address (``opening_address``: 同志), printed so twice in
    the article: a name whose surname the vocabulary lacks (no word, no particle, no title inside it)."""
    name = text[i:s]
    if i < 0 or not (_clause_start(text, i) or text[i - 1] == LINE_BREAK) or text.count(name + honorific) < 2:
        return False
    return (
        all(CJK.match(c) for c in name)
        and not set(name) & set(uses("not_in_listed_name"))
        and name[0] not in uses("not_in_name")
        and not is_non_name(name)
        and not any(True for _ in automaton("titles").iter(name))
        and not any(True for _ in automaton("places").iter(name))
    )


def _honorific_name(text: str, i: int, s: int, honorific: str) -> bool:
    """An unknown name in honorific order: it recurs, or a lead verb stands right before it (贯彻<name>总书记
    …精神: word_uses.tsv honorific_lead)."""
    name = text[i:s]
    if _recurring_name(text, name, honorific):
        return True
    opening = len(name) == _OPENING_NAME and _clause_start(text, i)
    return (opening or _after_lead(text, i)) and _plain_name(name)


def _after_lead(text: str, i: int) -> bool:
    """A ``honorific_lead`` verb ends at ``i``, or before one of its particles there (转达了<name>总书记)."""
    ends = (i, *(i - len(p) for p in uses("honorific_lead_particle") if text.endswith(p, 0, i)))
    return any(text.endswith(uses("honorific_lead"), 0, e) for e in ends)


_OPENING_NAME = 3  # a name opening a sentence in honorific order: three characters (two are often a word)


def _clause_start(text: str, i: int) -> bool:
    """``text[i]`` opens the text or a sentence (。<name>总书记多次…): no verb before the name to swallow."""
    return i == 0 or text[i - 1] in uses("honorific_clause_mark")


def _plain_name(name: str) -> bool:
    return plausible_name(name) and not any(name.endswith(v) for v in words("honorific_preverbs.txt"))


def _recurring_name(text: str, name: str, honorific: str) -> bool:
    """Twice in honorific order, with any of the honorifics (<name>总书记 … <name>同志)."""
    if not _plain_name(name):
        return False
    return sum(text.count(name + word) for word in table("honorifics.tsv")) >= 2


def name_titles(text: str) -> list[Found]:
    """Names printed before their title head (the order of address)."""
    found, not_head, honorific_rows = [], uses("name_title_not_head"), table("honorifics.tsv")  # asked once, not per head
    for end, head in automaton("titles").iter(text):
        if head in not_head or honorific_rows.get(head, "-") != "-":
            continue  # 企业负责人: a noun more often than a post; <name>总书记: the honorific rule's (a name before
            # 教授/博士, no post of their own, is read here too: 某学院<name>教授)
        s = end - len(head) + 1
        n = next(
            (n for n in (4, 3, 2) if s >= n and _addressed(text[s - n : s]) and _led(text, s - n, n, end + 1)), 0
        )
        if not n or not _title_closed(text, s, end + 1):
            continue
        if head in honorific_rows and not (led_by_body(text, s - n) or text[s - n - 1 : s - n] == LIST_MARK):
            continue  # 教授/博士 after a name only as its body's (某学院<name>教授、<name>教授), never after a verb (晋升为教授)
        name = text[s - n : s]
        if name + head[0] in gazetteer_places(name + head[0]):
            continue  # 某某市长乙: a city the gazetteer knows and its 市长, no name before a title
        if text.endswith(_heads_longer(len(head)), 0, end + 1):
            continue  # a longer head ends here (副主任 before 主任): read once, with the longer head
        found.append(Found(name, s - n, s, f"name_title:{head}"))
    return found


@cached(maxsize=TEXT_KEYS)  # pure in ``name`` (and the vocabulary): the same few strings before every title head
def _addressed(name: str) -> bool:
    organs = (*words("level_organs.txt"), *uses("place_level"), *uses("name_title_not_end"))
    places = any(True for _ in automaton("places").iter(name))  # 由某省长: no name holds a place
    if any(True for _ in automaton("titles").iter(name)):
        return False  # 某市委常委兼秘书长: a title (常委) before the head, no name
    if name.startswith(uses("former")) or name in uses("bare_modifier"):
        return False  # 原某局长乙: a former marker then an organisation's title; 常务书记: a modifier, no name
    if len(name) > 2 and name.endswith(uses("former_inside")):
        return False  # 、海军原副司令员乙: a body then the former marker inside its post, no name
    shaped = plausible_name(name) or particle_name(name)  # 甲和乙副市长: 和 as a given-name character
    return shaped and not name.endswith(organs) and not is_non_name(name) and not places


@cached
def _heads_longer(n: int) -> tuple[str, ...]:
    """The title heads of ``titles.tsv`` longer than ``n`` characters."""
    return tuple(h for h in titles() if len(h) > n)


def _title_closed(text: str, s: int, i: int) -> bool:
    """The title ends at ``i``: a boundary or a ``name_title_end`` word follows, or (a title no longer head
    continues: 主任委员, 代表团) any word."""
    if i < len(text) and text[i].isascii() and text[i].isalpha():
        return False  # 某市长Ann Lee: the title before a name printed in Latin letters
    if text.startswith(uses("post_noun"), i):
        return False  # 焦点为秘书长一职: a post named as a post, no one addressed by it
    if starts_boundary(text, i) or text.startswith(uses("name_title_end"), i):
        return True
    longer = text.startswith(_heads_longer(i - s), s)
    return not longer and not text.startswith(tuple(words("title_continuations.txt")), i)


def _led(text: str, i: int, n: int, e: int) -> bool:
    """A lead word (我委, 使馆) right before the name; before a three-character name also punctuation or a
    place (of the vocabulary, or printed with its level: 某市<name>市长); a two-character one as a longer one,
    when it recurs before a title or pairs with the next addressed name (``_two_addressed``)."""
    if text.endswith(uses("name_title_lead"), 0, i) or text.endswith(tuple(words("honorific_preverbs.txt")), 0, i):
        return True  # 我委<name>主任; 学习贯彻<name>副总理…精神: the verb studying what the person said
    before = _joined_after_address(text, i)
    if before and (n > 2 or text[i + n : e].endswith(before)):
        return True  # 甲书记和<name>市长, 甲院长和乙丙副院长: joined to a name addressed by its title before it
    if n < 3:
        return _led_as_longer(text, i) and _two_addressed(text, i, e)
    return _led_as_longer(text, i)


def _joined_after_address(text: str, i: int) -> str:
    """The title head before a joiner right before ``text[i]``, after a name of two or three characters ("" if
    none): a two-character name joined there needs a title of the same family (院长 … 副院长)."""
    if i < 2 or text[i - 1] not in uses("address_joiner"):
        return ""
    head = max((h for h in _heads() if text.endswith(h, 0, i - 1)), key=len, default="")
    s = i - 1 - len(head)
    return head if head and any(s >= k and plausible_name(text[s - k : s]) for k in (2, 3)) else ""


def _led_as_longer(text: str, i: int) -> bool:
    """Before a name of three characters (or two, see ``_two_addressed``): an object lead, punctuation, a place
    or a body."""
    j = i - 1 if text.endswith(uses("lead_aspect"), 0, i) else i  # 会见了<name>会长率领的…: a verb's aspect
    if text.endswith(uses("name_title_object_lead"), 0, j) and not _lead_word(text, j):
        return True  # 受到<name>市长接待, 由<name>副市长主持: the person is the verb's object
    if text[i] in uses("name_title_not_start") and text[i : i + 2] not in words("name_starts.txt"):
        return False  # ，向企业负责人: a preposition starts the clause (向巴某某: a name's first element)
    return i == 0 or text[i - 1] in PUNCT or led_by_place(text, i) or led_by_body(text, i)


def _lead_word(text: str, i: int) -> bool:
    """A word opening with an object lead goes on across ``i`` (至于交通局长: 至 leads no name 于交通)."""
    return any(text.startswith(w, i - k) for w in uses("object_lead_word") for k in range(1, len(w)))


def led_by_place(text: str, i: int) -> bool:
    """A place ends right before ``text[i]``: of the vocabulary, or a place's level character (某市<name>)."""
    if i == 0:
        return False
    if text[i - 1 : i] in uses("place_level"):
        return True
    return any(e + 1 == i for e, _ in automaton("places").iter(text, max(0, i - 8), i))


def led_by_body(text: str, i: int) -> bool:
    """A body ends right before ``text[i]`` (word_uses.tsv name_title_org_end: 某市卫生局<name>局长), printed with
    more than its last character (no punctuation right before that character)."""
    return (
        i >= 2
        and text[i - 1] in uses("name_title_org_end")
        and text[i - 2] not in PUNCT
        and not text.endswith(uses("name_title_org_not"), 0, i)  # 某部主办<name>主任: a verb, no body
        and not text.startswith(uses("name_title_org_word"), i - 1)  # 某联席会议: a word read across, no body
    )


@cached
def _heads() -> tuple[str, ...]:
    """Every title head of ``titles.tsv``."""
    return tuple(titles())


def _two_addressed(text: str, i: int, e: int) -> bool:
    """A two-character name before its title (names23) paired by a joiner with a name addressed the same way right
    after its title (某院甲乙院长和丙丁副院长), followed by a bracket printing its posts (a speech's greeting:
    甲乙主任(某办公室副主任)), or by the act the clause reports (``name_title_act``: 甲乙区长主持召开…)."""
    if (close := post_bracket_end(text, e)) > 0:
        return any(True for _ in automaton("titles").iter(text, e + 1, close))
    if text.startswith(uses("name_title_act"), e) and i > 0 and text[i - 1] in COMMAS:
        return True  # ，甲乙区长主持召开…: the name opens a clause of its own act (a line's start: 某市市长出席…)
    return (
        e < len(text)
        and text[e] in uses("address_joiner")
        and any(_addressed(text[e + 1 : e + 1 + k]) and text.startswith(_heads(), e + 1 + k) for k in (2, 3))
    )


_POST_BRACKETS = {"(": ")", "（": "）"}
_POST_BRACKET_REACH = 120  # the longest bracket of posts after a name in the order of address


def post_bracket_end(text: str, at: int) -> int:
    """Where the bracket opening at ``text[at]`` closes (甲主任（某办副主任）: a greeting's posts), within
    ``_POST_BRACKET_REACH``; -1 when no bracket opens there or none closes."""
    if at >= len(text) or text[at] not in _POST_BRACKETS:
        return -1
    return text.find(_POST_BRACKETS[text[at]], at + 1, at + _POST_BRACKET_REACH)
