"""honorific: names printed in honorific order (<name>总书记, <name>同志), rule ``honorific:<word>``.

A name the document establishes elsewhere is read before any honorific; an unknown one only before an
honorific that names a post (``honorifics.tsv``), when it recurs in that order or follows a lead verb
(贯彻<name>总书记…精神: ``word_uses.tsv`` honorific_lead).
"""

from __future__ import annotations

from .actorlex import automaton, plausible_name, table, uses, words
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
        if hit:
            found.append(Found(hit, s - len(hit), s, f"honorific:{word}"))
    return found


def _honorific_name(text: str, i: int, s: int, honorific: str) -> bool:
    """An unknown name in honorific order: it recurs, or a lead verb stands right before it (贯彻<name>总书记
    …精神: word_uses.tsv honorific_lead)."""
    name = text[i:s]
    if _recurring_name(text, name, honorific):
        return True
    leads = uses("honorific_lead")
    return any(text.endswith(w, 0, i) for w in leads) and _plain_name(name)


def _plain_name(name: str) -> bool:
    return plausible_name(name) and not any(name.endswith(v) for v in words("honorific_preverbs.txt"))


def _recurring_name(text: str, name: str, honorific: str) -> bool:
    """Twice in honorific order, with any of the honorifics (<name>总书记 … <name>同志)."""
    if not _plain_name(name):
        return False
    return sum(text.count(name + word) for word in table("honorifics.tsv")) >= 2
