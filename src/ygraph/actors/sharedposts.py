"""sharedposts: one post printed once for a list of bare names, before or after the list (当选为某市委常委的有
甲、乙、丙; 甲、乙、丙等9人组成新一届某市委常委班子; 加上甲、乙，以及丙、丁，某市委常委9人班子…).

The forms are data (``actors/shared_posts.tsv``, one id per row: the id is the rule of the findings). A form
``before`` prints the post, then the form's words, then the names; a form ``after`` prints the names, then the
form, whose ``post`` group holds the post. The post is the title chain ending at the form (never bare: a post
without an organisation names no one's office); the names are a list of at least two, each item a name or a
title chain then a name (加上市委书记甲、市长乙: the item's own post is kept by ``titled``), the list going on
back across a comma to a clause that is a list too (…乙，以及丙、丁，) after a list addition (word_uses.tsv
``list_addition``: 加上, 以及).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicons, scan
from ..lexicons import cached
from ..punctuation import CLAUSE_BREAKS, COMMAS, LINE_BREAK, LIST_MARK, SENTENCE_ENDS
from .actorlex import longest_suffix_title, plausible_name, uses
from .chains import Element, chain_before
from .personrules import Found

_CLAUSES = 4  # clauses of one list, back from the post (加上甲、乙，以及丙、丁，…班子)
_MIN_NAMES = 2


@dataclass(frozen=True)
class _Form:
    id: str
    side: str
    pattern: re.Pattern[str]


@cached
def _forms() -> tuple[_Form, ...]:
    return tuple(_Form(i, s, re.compile(p)) for i, s, p in lexicons.load_table("actors/shared_posts.tsv"))


def shared_posts(text: str, places: dict[str, str]) -> list[Found]:
    """The names of every list sharing one printed post, each with that post."""
    out: list[Found] = []
    for form in _forms():
        for m in scan.finditer(form.pattern, text):
            a, b = m.span("post")
            chain = chain_before(text, b, a, places)
            if not chain or chain[-1].end != b or not all(_named(el.position.organization) for el in chain):
                continue
            if form.side == "before":
                names = _names_after(text, m.end())
            else:
                names = _names_before(text, chain[0].start if m.start() == a else m.start())
            if len(names) < _MIN_NAMES:
                continue
            given = tuple(Element(el.position, el.start, el.end, el.former, rule=form.id, own_date=True) for el in chain)
            out.extend(Found(name, s, e, form.id, given) for name, s, e in names)
    return out


def _named(org: str) -> bool:
    """An organisation that names an office: not empty, not a session's organ alone (大会执行主席 names no
    body until ``sessions`` reads the congress: session_posts.tsv organ)."""
    return bool(org) and org not in _session_organs()


@cached
def _session_organs() -> frozenset[str]:
    return frozenset(r[0] for r in lexicons.load_table("actors/session_posts.tsv") if r[1] == "organ")


def _names_after(text: str, i: int) -> list[tuple[str, int, int]]:
    """The names listed from ``text[i]`` to the clause end (or a list end: 等)."""
    end = _clause_end(text, i)
    for w in uses("list_end"):
        k = text.find(w, i, end)
        end = k if k >= 0 else end
    return _items(text, i, end) or []


def _names_before(text: str, end: int) -> list[tuple[str, int, int]]:
    """The names listed right before ``end``: the clause's own items, then the clauses before it joined by a
    comma, while each is a list (after a list addition: 加上, 以及)."""
    out: list[tuple[str, int, int]] = []
    for _ in range(_CLAUSES):
        clause = _clause_start(text, end)
        start = clause + next((len(w) for w in uses("list_addition") if text.startswith(w, clause, end)), 0)
        items = _items(text, start, end) if end > start else []
        if items is None or (not items and out):
            break
        out = items + out
        if clause == 0 or text[clause - 1] not in COMMAS:
            break
        end = clause - 1
    return out


def _items(text: str, a: int, b: int) -> list[tuple[str, int, int]] | None:
    """The names of ``text[a:b]`` read as a list (items joined by 、 or a shared_joiner: 及, 以及), each item
    a name or a title chain ending in one; None when an item is neither."""
    out, at = [], a
    pieces = re.split(f"({LIST_MARK}|{'|'.join(map(re.escape, uses('shared_joiner')))})", text[a:b])
    for k, piece in enumerate(pieces):
        if k % 2 == 0:
            name = _item_name(piece)
            if not name:
                return None
            out.append((name, at + len(piece) - len(name), at + len(piece)))
        at += len(piece)
    return out


def _item_name(item: str) -> str:
    """The name an item holds: the item itself, or its last 2-3 characters after a title."""
    if plausible_name(item):
        return item
    for n in (3, 2):
        if len(item) > n and longest_suffix_title(item[:-n]) and plausible_name(item[-n:]):
            return item[-n:]
    return ""


def _clause_start(text: str, i: int) -> int:
    return max(text.rfind(c, 0, i) for c in CLAUSE_BREAKS + LINE_BREAK) + 1


def _clause_end(text: str, i: int) -> int:
    ends = [k for k in (text.find(c, i) for c in CLAUSE_BREAKS + LINE_BREAK + SENTENCE_ENDS) if k >= 0]
    return min(ends, default=len(text))
