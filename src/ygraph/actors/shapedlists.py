"""shapedlists: a list no lead and no verb announces, read by the shape of its items (people35). A run of three
items or more joined by 、 whose every item is a usual name (a known surname and one or two characters, or a
compound surname; no word, place or title of the vocabulary), all different, half of them three characters long
at least, is a list of people wherever it stands (座谈会上，甲、乙、丙和丁围绕…谈了看法; 还有甲、乙、丙等教授): nouns
listed so are words of two characters as often as names, a run of usual names of three is a roster. Its first item
is the whole first element after punctuation or the name at its end (``namelists.list_head``); its last is the
whole element when punctuation closes it, else the name a boundary word, a list end (等) or an attendance verb
closes (甲、乙、丙应邀出席); a joiner between two names makes two items (甲、乙和丙)."""

from __future__ import annotations

import re

from .. import scan
from ..lexicons import cached
from ..punctuation import LIST_MARK
from . import nameshape as shape
from .actorlex import CJK, PUNCT, plausible_name, starts_boundary, surnames, uses, words
from .nameends import joined_names
from .namelists import list_head
from .personrules import Found

_LEAST_ITEMS = 3  # a run of two is as often a pair of words as a pair of names
_LONGEST_NAME = 4  # an element of four characters or fewer is one name or none, never a word and a name
_LONG_LIST = 6  # usual names a list needs before an item read by its shape alone (a rare surname) is read
_RUN = re.compile(rf"[\u4e00-\u9fff·]+(?:{LIST_MARK}[\u4e00-\u9fff·]+){{{_LEAST_ITEMS - 1},}}")
RULE = "list_shape"
_DOTS = (".", "．", "•", "・")  # 甲乙.丙丁: a transliterated name dotted otherwise, not a name of its own
_OPENERS = 6  # items a run may open with before its names (院长甲、学员乙、丙…): each try reads the whole run, so
# the tries are bounded to keep a long run linear (a run of thousands of items, a hostile or OCR'd page)


def _closed(text: str, j: int) -> bool:
    """A name ends right before ``text[j]``: punctuation, a boundary word of two characters or more (表示; never
    a one-character one such as 同, the start of 共同), a list end (等) or an attendance verb."""
    if j >= len(text) or text[j] in PUNCT or not CJK.match(text[j]):
        return True
    long_word = starts_boundary(text, j) and not starts_boundary(text[: j + 1], j)
    return long_word or text.startswith(_list_closers(), j)


@cached
def _list_closers() -> tuple[str, ...]:
    """A list end (等: ``word_uses.tsv`` list_end) and the attendance verbs: built once, not at every run's end."""
    return (*uses("list_end"), *words("attendance_verbs.txt"))


def _last_items(piece: str, text: str, at: int) -> list[str]:
    """The names of a run's last element: the whole element when nothing follows it, else one name (or two
    around a joiner: 甲和乙着重…) a boundary closes."""
    whole = joined_names([piece])
    if all(plausible_name(n) for n in whole) and not text.startswith(_DOTS, at + len(piece)):
        return whole
    for w in uses("list_joiner"):
        for k in (3, 2):
            if piece.startswith(w, k) and plausible_name(piece[:k]):
                rest = _last_items(piece[k + len(w) :], text, at + k + len(w))
                return [piece[:k], *rest] if len(rest) == 1 else []
    for n in (3, 2):
        if len(piece) > n and plausible_name(piece[:n]) and _closed(text, at + n):
            return [piece[:n]]
    return []


def _usual(items: list[str]) -> bool:
    """Items that read as a roster: all different, none ending in an organ or a level, half of them usual names
    of three characters; every one a usual name (dotted or of a minority's name start too), or, in a list of
    ``_LONG_LIST`` usual names at least, a name by its shape alone (no word, title or organ: 旦某)."""
    usual = [bool(plausible_name(n) or shape.DOTTED.fullmatch(n)) for n in items]
    long_list = sum(usual) >= _LONG_LIST
    return (
        len(items) >= _LEAST_ITEMS
        and len(set(items)) == len(items)
        and not any(n.endswith(shape.organ_ends()) for n in items)
        and all(u or (long_list and shape.name_shaped(n)) for n, u in zip(items, usual, strict=True))
        and 2 * sum(len(n) == 3 and plausible_name(n) for n in items) >= len(items)
    )


def _whole_or_led(first: str, piece: str) -> bool:
    """The first item is the whole element, or the name at the end of an element that holds more than a name of
    four characters (某大学校长甲) or opens with no surname (即甲): never the tail of a name the reader cannot
    read whole (林何某某 → 何某某)."""
    return bool(first) and (first == piece or len(piece) > _LONGEST_NAME or piece[0] not in surnames()[0])


def _read(text: str, start: int, pieces: list[str]) -> list[Found]:
    """The list of a run's pieces from the first one whose items after it read as names: a run may open with
    items that are none (某学院院长甲、优秀学员乙、丙、丁等: 乙 is the first item's name at its end), at most
    ``_OPENERS`` of them."""
    last_at = start + sum(len(p) + 1 for p in pieces[:-1])
    last = _last_items(pieces[-1], text, last_at)
    for k in range(min(len(pieces) - 2, _OPENERS)):
        first = list_head(text, start, pieces[k])
        items = [first, *joined_names(pieces[k + 1 : -1]), *last]
        if _whole_or_led(first, pieces[k]) and _usual(items):
            i = start + len(pieces[k]) - len(first)
            found = []
            for n in items:
                i = text.find(n, i)
                found.append(Found(n, i, i + len(n), RULE))
                i += len(n)
            return found
        start += len(pieces[k]) + 1
    return []


def shaped_lists(text: str) -> list[Found]:
    found = []
    for m in scan.finditer(_RUN, text):
        found += _read(text, m.start(), m.group().split(LIST_MARK))
    return found
