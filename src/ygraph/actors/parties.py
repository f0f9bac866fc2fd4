"""parties: the one political party a Taiwanese page is about (民进党, 国民党 …), whose party posts printed bare
before a name (党主席甲, 秘书长乙, 荣誉主席丙) are that party's: the organisation the page prints
(docs/gold-conventions.md D1). Rows: ``actors/parties.tsv``; read by ``positions.canonical``."""

from __future__ import annotations

import re
from collections import Counter

from .. import lexicons
from ..lexicons import cached
from ..punctuation import COMMAS, LINE_BREAK, SEMICOLONS, SENTENCE_ENDS

_LEAST_MENTIONS = 2  # a party named once is a passing mention (a rival criticised), not the page's subject
_CONVENE_SPAN = 10  # characters between the party's name and its meeting (某党今天下午在某地召开)


@cached
def _rows() -> dict[str, tuple[str, str]]:
    """word → (kind, label)."""
    return {row[0]: (row[1], row[2]) for row in lexicons.load_table("actors/parties.tsv") if len(row) >= 3}


@cached  # read for every post canonicalised (positions.canonical, nameshape.surname_title)
def _of(kind: str) -> tuple[str, ...]:
    """The words of one kind, longest first."""
    return tuple(sorted((w for w, (k, _) in _rows().items() if k == kind), key=lambda w: (-len(w), w)))


def leads() -> tuple[str, ...]:
    """Characters before a post that stand for the page's party (党主席): never a surname there."""
    return _of("lead")


def article_party(text: str) -> str:
    """The short name of the one party ``text`` is about: named at least twice and more often than any other
    (longest names first, each printed name counted once), and once right before a meeting it holds; "" when
    none."""
    party = named_party(text)
    return party if party and _convenes(text, party) else ""


def committee_party(text: str) -> str:
    """The party whose committees printed bare (组发会, 考纪会) ``text`` means: the one it names most (as
    ``named_party``), when it prints one of them; no meeting is needed, a party's committee being no one
    else's."""
    return named_party(text) if any(c in text for c in _of("committee")) else ""


def named_party(text: str) -> str:
    """The short name of the party ``text`` names at least twice and more often than any other; "" when
    none."""
    counts: Counter[str] = Counter()
    names = [w for w in (*_of("party"), *_of("not_party"))]
    for name in sorted(names, key=lambda w: (-len(w), w)):
        n = text.count(name)
        if n:
            text = text.replace(name, "\0" * len(name))
            label = _rows()[name][1]
            if _rows()[name][0] == "party":
                counts[label] += n
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _LEAST_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def _convenes(text: str, label: str) -> bool:
    """One of the party's names right before a meeting it holds, in one clause (某党周日在某地举行全代会)."""
    pattern = _convene_pattern(label)
    return pattern is not None and pattern.search(text) is not None


@cached
def _convene_pattern(label: str) -> re.Pattern[str] | None:
    names = "|".join(re.escape(w) for w, (k, lab) in _rows().items() if k == "party" and lab == label)
    verbs = "|".join(map(re.escape, _of("convenes")))
    if not (names and verbs):
        return None
    clause = re.escape(COMMAS + SENTENCE_ENDS + SEMICOLONS + LINE_BREAK)
    return re.compile(rf"(?:{names})[^{clause}]{{0,{_CONVENE_SPAN}}}?(?:{verbs})")


def party_owner(org: str, head: str, party: str) -> str:
    """The organisation of a party post printed with nothing but ``org`` (a lead or a modifier of its own)
    before its ``head``, on a page about ``party``; "" when it is no such post."""
    if party and org + head in _of("title"):
        return party + org  # 中央委员: a party post whose head alone (委员) is no party's
    if not party or head not in _of("title"):
        return ""
    if org in ("", *leads(), *_of("reference")):
        return party
    return party + org if org in _of("modifier") else ""


def committee_owner(org: str, party: str) -> tuple[str, str]:
    """(owner, committee) of a post printed with a party's committee alone before its head (组发会主委) or a unit
    of that committee (文传会某部主任), on a page whose committees are ``party``'s; ("", "") when it is no such
    post."""
    committee = next((c for c in _of("committee") if org.startswith(c)), "") if party else ""
    return (party + org, committee) if committee else ("", "")
