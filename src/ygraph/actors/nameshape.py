"""nameshape: the shape of a name where no rule of usual names reads it: an item of a bounded list without a
known surname (副主席甲、某某某、乙), four characters of a minority name after a title, and the short
reference of a surname and a title (王署长) that is never a post; the names of an attendance list (甲、佩某申、乙就座)."""

from __future__ import annotations

import re

from ..lexicons import cached
from ..punctuation import LIST_MARK
from .actorlex import (
    CJK,
    PUNCT,
    is_non_name,
    longest_suffix_title,
    place_table,
    plausible_name,
    starts_boundary,
    surnames,
    table,
    titles,
    uses,
    words,
)
from .parties import leads as party_leads
from .wordstarts import word_start

# 阿米提·托乎: a dotted name; a part may join two given names with a hyphen (某-某某·某某: a French or German
# double given name), never the name's first character nor its last
DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[-－‐][\u4e00-\u9fff]{1,8})?(?:·[\u4e00-\u9fff]{1,10}(?:[-－‐][\u4e00-\u9fff]{1,10})?)+")


@cached
def organ_ends() -> tuple[str, ...]:
    """The organs of a level (level_organs.txt: 委, 政府) and the place levels (word_uses.tsv place_level): what no
    name ends with (高校, 市区; shapedlists reads its items against them too)."""
    return (*words("level_organs.txt"), *uses("place_level"))


@cached
def _organ_characters() -> frozenset[str]:
    """Those of one character: no character of a married name (某市长宁区: 区)."""
    return frozenset(w for w in organ_ends() if len(w) == 1)


def four_character_name(text: str, i: int) -> bool:
    """Four characters after a title, closed by punctuation, where no usual name ends at a boundary (某省委书记
    巴图孟和，): a minority name starting with a known surname, no word and no title."""
    item = text[i : i + 4]
    return _four_characters(item) and (i + 4 == len(text) or text[i + 4] in PUNCT)


def _four_characters(item: str) -> bool:
    """Four characters starting with a known surname, no word, no title, no particle, not ending in a
    one-character verb (某市长甲乙丙讲，) or a form of address (甲乙先生)."""
    return (
        len(item) == 4
        and item[0] in surnames()[0]
        and loose_name(item)
        and not word_start(item)  # 遇到困难: a word that starts with a surname character
        and not set(item) & set(uses("not_in_name"))
        and item[3] not in uses("clause_verb")  # 某市长甲乙丙讲，: a name and a one-character verb
        and not any(is_non_name(w) or w in words("address_suffixes.txt") for w in (item[:2], item[2:]))
    )


def married_name(text: str, i: int) -> bool:
    """Four characters after a title, two surnames and a given name (某局局长林何某某说: a married woman's
    name, the husband's surname first), closed by punctuation, a speech verb (``speech_verbs.txt``), 的 or, printed
    again, a boundary word: read
    where no 2-3 character name ends. No character of a place level or an organ (某市长宁区党政代表团)."""
    item = text[i : i + 4]
    return married_shape(item) and (
        i + 4 == len(text)
        or text[i + 4] in PUNCT
        or text[i + 4].isdigit()  # 行政长官林何某某22日…: the day printed after it, no character of a name
        or text.startswith(_married_closers(), i + 4)
        or (starts_boundary(text, i + 4) and text.count(item) > 1)  # 行政长官甲乙丙丁率团…甲乙丙丁表示
        or (_long_boundary(text, i + 4) and unsplit_married(item))  # 行政长官甲乙丙丁宣布
    )


def married_item(text: str, i: int) -> int:
    """End of a married woman's name (two surnames and a given name) as an item of a list after a title, closed
    like an item (甲、林何某某、乙; 甲、乙和林何某某等人陪同): punctuation, a list end (等) or a boundary; -1 else."""
    end = i + 4
    if not married_shape(text[i:end]):
        return -1
    closed = end == len(text) or text[end] in PUNCT or text.startswith(uses("list_end"), end)
    return end if closed or starts_boundary(text, end) else -1


def unsplit_married(item: str) -> bool:
    """A married woman's name whose given name does not open with a surname: never two names run together
    (某市委书记柴远 钱禾因年龄卸任: the compact view drops the space), read without a second printing."""
    return married_shape(item) and item[2] not in surnames()[0]


def _long_boundary(text: str, k: int) -> bool:
    """A boundary word of two characters or more starts at ``text[k]`` (宣布, 表示; never 在, 和 alone)."""
    return starts_boundary(text, k) and not starts_boundary(text[: k + 1], k)


def married_shape(item: str) -> bool:
    """Four characters shaped as a married woman's name: two surnames and a given name, no character of a
    place level or an organ, no boundary inside."""
    return (
        _four_characters(item)
        and item[1] in surnames()[0]
        and not set(item) & _organ_characters()
        and not inner_boundary(item)
    )


# name_followers.tsv classes closing a married name too: stand-ins, take-overs and the times of the clause (talks29:
#   行政长官林何某某周五上午…, 林何某某上午…; married_name_end lists only some of them)
_STAND_IN_FOLLOWERS = ("follow.acting", "follow.take", "follow.time")


@cached
def _married_closers() -> tuple[str, ...]:
    """What closes a married name after a title: the speech verbs, ``married_name_end`` and the stand-in and
    take-over words of ``name_followers.tsv`` (某司长林何某某署理某职, 暂代, 接掌: one list for both readings)."""
    followers = (w for w, kind in table("name_followers.tsv").items() if kind in _STAND_IN_FOLLOWERS)
    return (*words("speech_verbs.txt"), *uses("married_name_end"), *followers)


def bounded_item(text: str, i: int) -> int:
    """End of a list item that has the shape of a name without a known surname: 2-3 characters that are no
    known word, title, organ or place level, closed by 、, a list end (等), punctuation or an attendance verb
    (``attendance_verbs.txt``: 出席, 在主席台就座); -1 else. The caller keeps an item closed by 、 only when
    the list goes on to another name."""
    closers = (*uses("list_end"), *words("attendance_verbs.txt"))
    for n in (2, 3):
        j = i + n
        if j > len(text) or not (j == len(text) or text[j] in PUNCT or text.startswith(closers, j)):
            continue
        return j if name_shaped(text[i:j]) else -1
    return -1


_LONGEST_FOREIGN_ITEM = 5  # characters of a transliterated name read as a list item (某某某某某、)


def foreign_item(text: str, i: int) -> int:
    """End of a list item of four or five characters all of foreign names (``foreign_char``: 某某某某、), closed
    as ``bounded_item`` closes one; -1 else. Too long for a Han name, so only a list's transliterated names
    (a visiting parliament's members) have this shape."""
    wide = uses("foreign_char")
    closers = (*uses("list_end"), *words("attendance_verbs.txt"))
    n = next((k for k in range(_LONGEST_FOREIGN_ITEM + 1) if i + k >= len(text) or text[i + k] not in wide), 0)
    j = i + n
    closed = j == len(text) or text[j] in PUNCT or text.startswith(closers, j)
    item = text[i:j]
    return j if 4 <= n <= _LONGEST_FOREIGN_ITEM and closed and _long_transliterated(item, 4) else -1


def unread_item(text: str, i: int) -> int:
    """End of a titled list's item no usual name reads: four or five transliterated characters, a minority
    name of four or five Han characters inside the list (副委员长甲、某某某某某、乙), or two or three of a name's
    shape; -1 else."""
    return max(foreign_item(text, i), _long_inner_item(text, i), bounded_item(text, i))


def _long_inner_item(text: str, i: int) -> int:
    """End of a list item of four or five Han characters closed by 、 (the list goes on; the caller keeps it only
    when a name follows): no word, title, organ, place level or particle inside; -1 else."""
    for n in (4, _LONGEST_FOREIGN_ITEM):
        item = text[i : i + n]
        if text.startswith(LIST_MARK, i + n) and len(item) == n and _long_shaped(item):
            return i + n
    return -1


def _long_shaped(item: str) -> bool:
    return (
        loose_name(item)
        and not word_start(item)
        and not inner_boundary(item)
        and not item.endswith((*uses("four_item_end"), *organ_ends(), *uses("org_end"), *uses("name_title_not_end")))
        and not set(item) & (_organ_characters() | set(uses("not_in_listed_name")))  # 其 stays: 某某其木格
        and not any(item[k : k + 2] in titles() for k in range(len(item) - 1))
        and not any(is_non_name(item[k : k + 2]) for k in range(len(item) - 1))
    )


def name_shaped(item: str) -> bool:
    """2-3 characters that are no known word, title, organ or place level: a name without a known surname."""
    return (
        2 <= len(item) <= 3
        and loose_name(item)
        and not item.endswith(organ_ends())
        and not inner_boundary(item)
        and not set(item) & set(uses("not_in_listed_name"))
        and not any(item[k : k + 2] in titles() for k in range(len(item) - 1))
    )


def inner_boundary(item: str) -> bool:
    """A boundary word inside an item (某某先后): a name and what follows it, no name of its own."""
    return any(starts_boundary(item, k) for k in range(2, len(item)))


def loose_name(item: str) -> bool:
    """A name by its shape alone: a plausible name, or Han characters that start with no character a name never
    holds (word_uses.tsv not_in_name) and are no word the vocabulary says is no name, nor a title."""
    if plausible_name(item):
        return True
    return (
        all(CJK.match(c) for c in item)
        and item[0] not in uses("not_in_name")
        and not is_non_name(item)
        and not longest_suffix_title(item)
    )


def surname_title(printed: str, head: str) -> bool:
    """A surname and a title head alone (王署长, 欧阳局长): a short reference to a holder, never a post. A
    character that is also a title's modifier (原市长, 代市长, 前局长: word_uses.tsv former, modifier,
    bare_modifier) makes a post, not a reference."""
    single, compound = surnames()
    rest = printed[: len(printed) - len(head)]
    modifiers = {*uses("former"), *uses("modifier"), *uses("bare_modifier"), *party_leads()}  # 党主席: the party's
    return printed.endswith(head) and (rest in single or rest in compound) and rest not in modifiers


def named_before_title(text: str, start: int, surname: str, head: str) -> set[str]:
    """The names printed before ``head`` earlier in ``text`` that start with ``surname`` (某省田某某副省长 … 田副省长:
    a name printed before its title, Hong Kong and Macau usage): whom the reference at ``start`` may mean."""
    names: set[str] = set()
    at = text.rfind(head, 0, start)
    while at > 0:
        names |= {text[at - n : at] for n in (2, 3) if text.startswith(surname, at - n) and plausible_name(text[at - n : at])}
        at = text.rfind(head, 0, at)
    return {n for n in names if len(n) > len(surname)}


def transliterated(text: str, e: int) -> bool:
    """2-4 characters of transliterated names (word_uses.tsv transliteration) right after a title, then a
    boundary (某党主席舍夫表示, 某区市长布劳森，): read as after a foreign title, whatever the post."""
    chars = uses("transliteration")
    n = next((k for k in range(5) if e + k >= len(text) or text[e + k] not in chars), 5)
    if 2 <= n <= 4 and starts_boundary(text, e + n):
        return True
    # 某州部长默尔克等, 某省省长德卡卢维等: three or four characters of foreign names (the wider ``foreign_char``)
    # that no Han surname opens, or four that a transliteration character closes (某基金代主席穆勒希姆等: no
    # Han given name of three characters ends so), then a boundary
    wide = uses("foreign_char")
    m = next((k for k in range(5) if e + k >= len(text) or text[e + k] not in wide), 5)
    foreign = text[e] not in words("surnames.txt") or (m == 4 and text[e + 3] in chars)
    return 3 <= m <= 4 and foreign and starts_boundary(text, e + m)


_LONGEST_FOREIGN = 8  # characters of a transliterated name read after a country's post (某国政府秘书长某某某某某某某某)
_LONG_FOREIGN = 6  # … from this many: shorter names are read as any other (read_name's lengths)


def long_foreign_end(text: str, i: int) -> int:
    """The end of a transliterated name of six to eight characters, all of foreign names (``foreign_char``),
    then a boundary (某国第一副总理某某某某某某、): a Central Asian or Mongolian name after a country's post; -1
    when none."""
    wide = uses("foreign_char")
    n = next((k for k in range(_LONGEST_FOREIGN + 1) if i + k >= len(text) or text[i + k] not in wide), _LONGEST_FOREIGN + 1)
    return i + n if _LONG_FOREIGN <= n <= _LONGEST_FOREIGN and starts_boundary(text, i + n) else -1


def head_goes_on(text: str, e: int) -> bool:
    """A longer title head ends inside the next three characters (某会理事|长甲: 理事 is part of 理事长)."""
    return any(len(longest_suffix_title(text[max(0, e - 4) : e + k])) > k for k in (1, 2, 3))


def list_of_names(items: list[str]) -> bool:
    """The items after the first of a list before an attendance verb: names, or transliterated names that
    no rule knows (2-4 characters, no word) beside a usual name (甲、佩某申、乙致贺词)."""
    usual = [bool(plausible_name(n) or DOTTED.fullmatch(n)) for n in items]
    if all(usual):
        return True
    inner = sum(usual) >= _PLACE_NAMED_AMONG  # 甲、乙、温州、丙、丁就座: a name spelt like a place, deep in a long list
    loose = all(
        u
        or (len(n) <= 4 and loose_name(n) and not n.endswith(organ_ends()) and not inner_boundary(n))
        or (inner and 0 < k < len(items) - 1 and (_place_named(n) or _long_transliterated(n)))
        for k, (n, u) in enumerate(zip(items, usual, strict=True))
    )
    return loose and any(usual)


_PLACE_NAMED_AMONG = 4  # usual names a list needs before a name spelt like a place is read inside it
_LONGEST_TRANSLITERATED = 7  # characters of a Mongolian or Tibetan name read deep in a list (某某其其格)


def _long_transliterated(item: str, shortest: int = 5) -> bool:
    """``shortest`` (five) to seven Han characters of a name's shape, no organ's end nor boundary inside (a
    Mongolian name of six characters): a name only inside a long list of usual names, never at its ends."""
    return (
        shortest <= len(item) <= _LONGEST_TRANSLITERATED
        and loose_name(item)
        and not item.endswith(organ_ends())
        and not inner_boundary(item)
    )


def _place_named(item: str) -> bool:
    """Two characters starting with a surname that the vocabulary knows as a place (温州): a name only inside
    a long list of usual names, never at its ends."""
    return len(item) == 2 and item[0] in surnames()[0] and item in place_table()


_LONG_LIST = 6  # usual names a list needs before one item it cannot read is left out, not the whole list


def long_list_kept(parts: list[str], usual: list[bool]) -> list[bool] | None:
    """Which items of a long list of names (an election's vice-chairs) to keep when some cannot be read as
    usual names: an inner item of a name's shape (a rare surname: 甲、令某某、乙; four characters after a known
    surname: 甲、林某某某、乙) and a married woman's name anywhere (林何某某) are names, any other (a lone
    character, an OCR mark) is left out, and the other names stand. None when the list is short or mostly
    unread (a list of nouns)."""
    unread = usual.count(False)
    if usual.count(True) < _LONG_LIST or unread * 4 > len(parts):
        return None
    last = len(parts) - 1
    return [
        u or (0 < k < last and (name_shaped(p) or _listed_four(p))) or (_listed_four(p) and p[1] in surnames()[0])
        for k, (p, u) in enumerate(zip(parts, usual, strict=True))
    ]


def _listed_four(item: str) -> bool:
    """Four characters after a known surname as a list item (甲、周某某某、乙), never a body or a place (某某中心,
    某某集团: ``four_item_end``; an organ or a place level at the end; no character of an organ)."""
    return (
        _four_characters(item)
        and not item.endswith((*uses("four_item_end"), *organ_ends(), *uses("org_end"), *uses("name_title_not_end")))
        and not set(item) & _organ_characters()
    )


def after_verb(text: str, i: int) -> bool:
    """The name starting at ``i`` would take the last character of a two-character verb printed before it
    (出任候任某职: 任候 is no name): ``text[i - 1 : i + 1]`` is an appointment or career verb, or a word ending
    with a surname character (word_uses.tsv surname_end_word: 各市迎来新任某职 holds no name 来新)."""
    return i > 0 and text[i - 1 : i + 1] in _two_character_words()


@cached
def _two_character_words() -> frozenset[str]:
    """The two-character verbs and surname-ending words a name never starts inside: one set, one lookup per name."""
    verbs = (*words("appointment_verbs.txt"), *uses("transfer_verb"), *uses("surname_end_word"))
    return frozenset(w for w in verbs if len(w) == 2)


def next_item_subject(text: str, title_start: int, name_end: int) -> bool:
    """甲当选市长 乙当选某职 (a headline deck whose items a space split, read compact): a title printed right after an
    appointment verb is the post of the subject before it; a name after it, itself right before an appointment verb,
    opens the next item and holds no post of that title."""
    linked = any(text.endswith(w, 0, name_end - 2) or text.endswith(w, 0, name_end - 3) for w in uses("post_link"))
    # 担任某职的甲出任某职: a relative clause's post, linked by 的, is the holder's, who then takes another one
    return text.endswith(_long_verbs(), 0, title_start) and text.startswith(_long_verbs(), name_end) and not linked


@cached
def _long_verbs() -> tuple[str, ...]:
    """The appointment verbs of two characters or more (当选, 担任): a lone 任 also ends 现任, 新任, 前任 — words that
    stand before a holder's title and name (由现任某职甲担任)."""
    return tuple(w for w in words("appointment_verbs.txt") if len(w) > 1)


def inside_place(text: str, start: int, end: int) -> bool:
    """The name read at ``start:end`` is the rest of a gazetteer place that begins with the character before it
    (某省长沙市: 省长 | 沙市 is 某省 | 长沙市, no governor named 沙市)."""
    table = place_table()
    return start > 0 and any(text[start - 1 : start - 1 + n] in table for n in range(end - start + 1, end - start + 4))
