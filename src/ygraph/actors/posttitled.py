"""posttitled: names printed before their titles in a list before an attendance verb, with words of the post
between name and head (某使馆甲经济商务公使、乙参赞陪同会见), rule ``post_titled:<verb>``. A name right before
its head is ``honorific.name_titles``' (name_title:<head>); this reads the lists that rule cannot.

Each item is a name, at most a few words of its post and a title head (``titles.tsv``); the first item may
open with its organisation (使馆, 我委: ``word_uses.tsv`` org_end as its last character). A list of one item
needs that organisation: a lone <name><title> is the honorific order ``honorific.py`` reads.
"""

from __future__ import annotations

import re

from .. import scan
from ..lexicons import alternation, cached
from ..punctuation import LIST_MARK
from .actorlex import longest_suffix_title, plausible_name, uses, words
from .personrules import Found

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
        for n in (3, 2):
            name, post = rest[s : s + n], rest[s + n :]
            if len(name) == n and plausible_name(name) and len(post) <= _MODIFIER and not post.endswith(ends):
                return s, name, bool(post)
    return None
