"""posttitled: names printed before their titles in a list before an attendance verb, with words of the post
between name and head (某使馆甲经济商务公使、乙参赞陪同会见), rule ``post_titled:<verb>``. A name right before
its head is ``honorific.name_titles``' (name_title:<head>); this reads the lists that rule cannot.

Each item is a name, at most a few words of its post and a title head (``titles.tsv``); the first item may
open with its organisation (使馆, 我委: ``word_uses.tsv`` org_end as its last character). A list of one item
needs that organisation: a lone <name><title> is the honorific order ``honorific.py`` reads.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import scan
from ..lexicons import alternation, cached
from ..punctuation import CLOSING_BRACKETS, LIST_MARK, OPENING_BRACKETS
from .actorlex import PUNCT, longest_suffix_title, plausible_name, uses, words
from .chains import chain_before
from .namereader import dotted_at, read_name
from .personrules import Found
from .placecontext import ContextPlaces

_PREFIX = 4  # characters of the organisation before the first name (驻外使馆)
_MODIFIER = 4  # characters of the post between a name and its title head (经济商务)
_ITEMS = 10


@cached
def _pattern() -> re.Pattern[str]:
    verbs = alternation(words("attendance_verbs.txt"))
    adverb = alternation(uses("list_adverb"))
    item = r"[\u4e00-\u9fff]{3,14}?"
    return re.compile(
        rf"(?<![\u4e00-\u9fff])({item}(?:{LIST_MARK}{item}){{0,{_ITEMS - 1}}})(?:{adverb}){{0,2}}(?P<verb>{verbs})"
    )


def post_titled(text: str) -> list[Found]:
    """Every name of such a list."""
    found = []
    for m in scan.finditer(_pattern(), text):
        items, at, names = m.group(1).split(LIST_MARK), m.start(1), []
        for k, item in enumerate(items):
            hit = _item(item, k == 0)
            if hit is None:
                names = []
                break
            start = at + hit[0]
            names.append((Found(hit[1], start, start + len(hit[1]), f"post_titled:{m.group('verb')}"), hit[2]))
            at += len(item) + 1
        if len(names) >= 2 or (names and names[0][0].start > m.start(1)):
            found.extend(f for f, post in names if post)  # a name right before its head: name_title reads it
    return found


def _item(item: str, first: bool) -> tuple[int, str, bool] | None:
    """(offset, name, post words?) of an item <organisation?><name><post words?><title>, or None."""
    title = longest_suffix_title(item)
    rest = item[: len(item) - len(title)]
    if not title or not rest:
        return None
    ends = uses("org_end")
    for s in range(min(len(rest), _PREFIX) + 1) if first else (0,):
        if s and not rest[:s].endswith(ends):
            continue
        lead = next((w for w in uses("name_title_object_lead") if s and rest.startswith(w, s)), "")
        at = s + len(lead)  # 大会由甲校长主持: 由 leads the name (the verb's object), no name's first character
        for n in (3, 2):
            name, post = rest[at : at + n], rest[at + n :]
            if len(name) == n and plausible_name(name) and len(post) <= _MODIFIER and not post.endswith(ends):
                return at, name, bool(post)
    return None


@cached
def _bracket_pattern() -> re.Pattern[str]:
    opening, closing = re.escape(OPENING_BRACKETS), re.escape(CLOSING_BRACKETS)
    marks = re.escape("".join(sorted(PUNCT)))
    return re.compile(
        rf"(?:^|(?<=[{marks}]))([\u4e00-\u9fff·]{{2,16}})[{opening}]([^{opening}{closing}]{{2,60}})[{closing}]"
    )


def bracketed(text: str, places: ContextPlaces) -> list[Found]:
    """A name followed by its posts in brackets (甲（某大学教授、某医院主治医师）、乙（某校副校长）出席), rule
    ``bracketed``: every 、-element of the bracket a post ending with a title head, the whole bracket read."""
    found = []
    for m in scan.finditer(_bracket_pattern(), text):
        name = _bracket_name(m.group(1))
        a, b = m.span(2)
        if not name or not all(longest_suffix_title(p) for p in m.group(2).split(LIST_MARK)):
            continue
        lead = _former_lead(m.group(2))
        chain = chain_before(text, b, a + len(lead), places.copy())
        if chain and chain[0].start == a + len(lead):
            if lead:  # 甲（原某部长）: the post held before, the one before whoever the report gives it to now
                chain = tuple(replace(el, former=True, change="former") for el in chain)
            found.append(Found(name, m.end(1) - len(name), m.end(1), "bracketed", chain))
    return found


def _former_lead(bracket: str) -> str:
    """A former marker opening a bracket of posts (``word_uses.tsv`` former_org_lead: 原, 前), unless it starts
    a body's own name (``former_org_word``: 原子能委员会, 前海): ""."""
    lead = next((w for w in uses("former_org_lead") if bracket.startswith(w)), "")
    return "" if not lead or bracket.startswith(uses("former_org_word")) else lead


def _bracket_name(span: str) -> str:
    """The name before a bracket of posts: the whole span after punctuation (a name, a dotted name), else
    its last 4, 3 or 2 characters read as a name (会议由甲（…）主持)."""
    if plausible_name(span) or (dotted_at(span, 0) and read_name(span, 0) == len(span)):
        return span
    return next((span[-n:] for n in (4, 3, 2) if len(span) > n and plausible_name(span[-n:])), "")
