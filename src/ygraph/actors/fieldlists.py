"""fieldlists: the people of a record's header fields (会议纪录, 纪要): a field label alone at a line start
(``list_leads.tsv`` rule ``list_field``: 主席, 出席, 列席, 记录 …), then its value, on the next line or after a
colon on the same one: one name, or names joined by 、 (or printed apart by spaces). A bracketed note after a
name (（请假）, (代)) is no part of it. The value must read as names: the line holds nothing but its items, each a
usual name or two to four characters a name may hold (or a dotted name), two thirds of them usual names and all
different, so a label that opens a sentence (主席：请各位就座) reads none. The page form of a city government's
weekly meeting record, of a committee's minutes and of a mainland 纪要 (people33).

The clean stage joins these short lines into one (they end no sentence), so the fields are read on the page's
lines as printed (``Document.normalized_source``: Simplified, the same length) and mapped back to the article's
compact view."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lexicons
from ..lexicons import alternation, cached
from ..model import Article, Document
from ..punctuation import COLONS
from .actorlex import plausible_name, uses
from .nameshape import DOTTED, loose_name
from .personrules import Found

_NOTE = re.compile(r"[（(]([\u4e00-\u9fff]{1,5})[）)]$")  # 某某(请假), 某某（乙代）: a note on the name
# items are joined by 、 or spaces, or follow a note with nothing between (甲(请假)乙(代): 乙 chaired for 甲)
_SEPARATORS = re.compile(r"[、，,]|[ \t\u3000]+|(?<=[）)])(?=[^、，, \t\u3000])")
_SHORTEST, _LONGEST = 2, 4
_USUAL_SHARE = 2 / 3  # of the items of a value that must be usual names
_LONG_LIST, _UNREAD_SHARE = 6, 4  # a list of six usual names or more keeps them past an item in four it cannot read
_BLANK = r"[ \t\u3000]*"


@cached
def _field() -> re.Pattern[str]:
    labels = alternation([lead for rule, lead in lexicons.load_table("actors/list_leads.tsv") if rule == "list_field"])
    colons = re.escape(COLONS)
    after = rf"(?:[{colons}]{_BLANK}|\n(?:{_BLANK}\n)*{_BLANK})"  # a colon, or the line's end and blank lines
    return re.compile(rf"^{_BLANK}(?P<label>{labels}){_BLANK}{after}([^\n]+?){_BLANK}$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class FieldName:
    """A name of a record's header field: the field's label, the name, its normalized offset, the note after it."""

    label: str
    name: str
    start: int
    note: str


def field_lists(doc: Document, article: Article, text: str, pos: Sequence[int]) -> list[Found]:
    """The names of the article's header fields (rule ``list_field``), at offsets of its compact view
    (``text``; ``pos``: the normalized offset of each of its characters)."""
    found = []
    for item in field_names(doc, article):
        i = bisect_left(pos, item.start)
        if text[i : i + len(item.name)] == item.name:
            found.append(Found(item.name, i, i + len(item.name), "list_field"))
    return found


def field_names(doc: Document, article: Article) -> list[FieldName]:
    """Each name of the article's header fields (主席 / 出席 / 列席 …), a stand-in a note names among them (甲(乙代):
    乙, with the note 代), at its normalized offset: the people (``field_lists``) and what the events stage ties to
    the record's meeting (events/records.py)."""
    page = doc.normalized_source
    if page is None or article.end <= article.start:
        return []
    lo, hi = doc.original_span(article.start, article.end)
    lo = page.rfind("\n", 0, lo) + 1  # the article may start after a line's indent: read from the line's start
    found = []
    for m in _field().finditer(page, lo, hi):
        for name, at, note in _items(m.group(2), m.start(2)):
            k = bisect_left(doc.offsets, at, article.start, article.end)  # the normalized offset of ``at``
            if k < article.end and doc.offsets[k] == at:
                found.append(FieldName(m.group("label"), name, k, note))
    return found


def _items(value: str, at: int) -> list[tuple[str, int, str]]:
    """(name, offset in the page, note) of each item of a value that reads as names, and of the stand-in a note
    names (甲(乙代)); [] when the value does not read as names."""
    items, stand_ins, k = [], [], 0
    for sep in [*_SEPARATORS.finditer(value), None]:
        end = sep.start() if sep else len(value)
        part = value[k:end]
        note = _NOTE.search(part)
        items.append((_NOTE.sub("", part), at + k, note.group(1) if note else ""))
        stand_in = _stand_in(note.group(1)) if note else ""
        if stand_in:
            stand_ins.append((stand_in, at + k + note.start() + 1, uses("field_stand_in")[0]))
        k = sep.end() if sep else k
    items = _checked(items)
    return items + stand_ins if items else []


def _stand_in(note: str) -> str:
    """The name of a note that names a stand-in (乙代: 乙 sat in for the person before it); "" otherwise."""
    mark = next((w for w in uses("field_stand_in") if note.endswith(w)), "")
    name = note.removesuffix(mark) if mark else ""
    return name if plausible_name(name) else ""


def _checked(items: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """The items kept when they read as a list of names (module docstring), else []."""
    names = [n for n, _, _ in items]
    usual = sum(1 for n in names if plausible_name(n) or DOTTED.fullmatch(n))
    shaped = [_name_shaped(n) for n in names]
    if usual < len(names) * _USUAL_SHARE or len(set(names)) < len(names):
        return []
    if all(shaped) or (usual >= _LONG_LIST and shaped.count(False) * _UNREAD_SHARE <= len(names)):
        return [item for item, ok in zip(items, shaped, strict=True) if ok]  # a long list keeps its names
    return []


def _name_shaped(item: str) -> bool:
    if DOTTED.fullmatch(item):
        return True
    return _SHORTEST <= len(item) <= _LONGEST and (plausible_name(item) or loose_name(item))
