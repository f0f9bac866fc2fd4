"""worksceremony: the name of a works or building ceremony (动土典礼, 开工典礼, 上梁典礼, 落成典礼) printed after
the works it marks, for ``events._name``. Such a page prints the works as the subject of its clause and the
ceremony as the object of a word of happening (某工程8日上午举行动土典礼); the ceremony's name, as a reader
writes it, is the works' name and the noun (某工程动土典礼). A noun that opens its clause (开工典礼昨天在某地举行)
is the ceremony by its noun alone. Words: ``word_uses.tsv`` works_ceremony (the nouns), works_subject (the ends
of a works' name: 工程, 大楼, 中心 …); lane tour26, tests/test_tour26.py."""

from __future__ import annotations

from ..punctuation import CLOSING_QUOTES, OPENING_QUOTES
from . import eventrules as rules
from .draft import Context

_QUOTES = OPENING_QUOTES + CLOSING_QUOTES
_LONGEST = 40  # characters: a works' name is a noun phrase, never a clause's worth of narrative


def subject(ctx: Context, word: str, title: str, span: tuple[int, int]) -> str:
    """The works named as the subject of the clause before a works ceremony's name (``title``, ending in the
    trigger ``word``, its name starting at ``span[1]``, its clause at ``span[0]``), when the name does not hold a
    works' name itself and the words between are only a time, a place and a word of happening; else ""."""
    left, name_start = span
    if word not in rules.uses("works_ceremony") or any(w in title for w in rules.uses("works_subject")):
        return ""
    text = ctx.doc.text
    before = rules.compact(text[left:name_start])
    if not before.endswith(rules.happening().before) or before.endswith(tuple(rules.participation_verbs())):
        return ""  # 出席某某的动土典礼, 某公司董事长甲出席参加开工仪式: not the clause's own ceremony
    stops = [m.start for m in ctx.people(left, name_start)] + [t.start for t in ctx.times(left, name_start)]
    limit = min(stops, default=name_start)  # the works' name ends before the first person or time of the clause
    ends = [text.rfind(w, left, limit) + len(w) for w in rules.uses("works_subject") if w in text[left:limit]]
    if not ends:
        return ""  # 县长某某8日在某工程现场举行: the clause opens with who acts, not with the works
    cut = max(ends)
    name = "".join(c for c in rules.compact(text[left:cut]) if c not in _QUOTES)
    return name if 2 <= len(name) <= _LONGEST else ""


def titled(ctx: Context, word: str, title: str, span: tuple[int, int]) -> str:
    """A works ceremony's title: the works named before it in its clause and its printed name, without the
    quotation marks a page sets the works' name in (「某工程」开工典礼 → 某工程开工典礼); any other title as given."""
    if word not in rules.uses("works_ceremony"):
        return title
    return "".join(c for c in subject(ctx, word, title, span) + title if c not in _QUOTES)


def opens_clause(ctx: Context, word: str, span: tuple[int, int]) -> bool:
    """Whether a works ceremony's noun (``word`` at ``span[1]``) opens its clause (at ``span[0]``): nothing but
    quotation marks before it (开工典礼昨天上午在某地举行)."""
    left, start = span
    if word not in rules.uses("works_ceremony"):
        return False
    return not "".join(c for c in rules.compact(ctx.doc.text[left:start]) if c not in _QUOTES)
