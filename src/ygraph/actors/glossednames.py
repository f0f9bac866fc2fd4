"""glossednames: a transliterated name printed with its Latin spelling in brackets (某某某(Anna Berg)).

Pages that report foreign visitors print the original spelling of a transliterated name right after it; the
bracket then closes the Han name, whatever its characters, so no vocabulary of transliteration characters or of
countries is asked. The Latin gloss must read as a person's name: two capitalised words at least (the compact
view drops the space: ``AnnaBerg``), letters only, no word of an organisation's name (``word_uses.tsv``
latin_org_word: Organization, Association …). The name's left edge is the nearest one the text decides: the
start of the run (punctuation before it), a list joiner (及, 和, ``list_joiner``), a title head (某部长某某某),
an organisation's last character (``org_end``: 某议院某某某) or a place of the vocabulary; the shortest reading
with such an edge is taken, of two to six characters (a dotted name may be longer), none a character names never
hold and none a place, a title or a listed non-name. Rule ``glossed`` (people33)."""

from __future__ import annotations

import re

from ..lexicons import cached
from .actorlex import is_non_name, longest_suffix_title, place_table, plausible_name, uses
from .personrules import Found

_GLOSSED = re.compile(r"([\u4e00-\u9fff·‧•]{2,16})[（(]([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.\-]{2,60})[)）]")
_SHORTEST, _LONGEST, _LONGEST_DOTTED = 2, 6, 14
_DOTS = "·‧•"
_WORDS = 2  # capitalised words a personal name's Latin spelling holds at least


def glossed_names(text: str) -> list[Found]:
    """Transliterated names closed by their Latin spelling in brackets (rule ``glossed``)."""
    found = []
    for m in _GLOSSED.finditer(text):
        if not _personal(m.group(2)):
            continue
        run, end = m.group(1), m.end(1)
        name = _reading(run)
        if name:
            found.append(Found(name, end - len(name), end, "glossed"))
    return found


def _personal(latin: str) -> bool:
    """A person's name in Latin letters: two capitalised words at least, some lower case, no organisation word."""
    starts = sum(1 for k, c in enumerate(latin) if c.isupper() and (k == 0 or not latin[k - 1].isupper()))
    lowered = latin.lower()
    return (
        starts >= _WORDS
        and any(c.islower() for c in latin)
        and not any(w in lowered for w in _org_words())
    )


@cached
def _org_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in uses("latin_org_word"))


def _reading(run: str) -> str:
    """The shortest end of ``run`` (two to six characters, longer when dotted) whose left edge the text decides."""
    longest = _LONGEST_DOTTED if any(d in run for d in _DOTS) else _LONGEST
    for n in range(_SHORTEST, min(longest, len(run)) + 1):
        name, before = run[-n:], run[:-n]
        if name[0] in _DOTS or not _name_like(name):
            continue
        if not before or _edge(before):
            return name
    return ""


def _name_like(name: str) -> bool:
    never = uses("not_in_name")
    return (
        not any(c in never for c in name)
        and name not in place_table()
        and not is_non_name(name)
        and not longest_suffix_title(name)
        and not name.endswith(uses("org_end"))
        and not name.endswith(uses("place_level"))  # 某某市(City of …): a city's name, no person
    ) or plausible_name(name)


def _edge(before: str) -> bool:
    """Text that ends right before a name: a joiner, a title head, an organisation's end or a place."""
    return (
        before.endswith(uses("list_joiner"))
        or bool(longest_suffix_title(before))
        or before.endswith(uses("org_end"))
        or any(before.endswith(p) for p in _place_ends(before))
    )


def _place_ends(before: str) -> tuple[str, ...]:
    return tuple(before[-k:] for k in range(2, min(6, len(before)) + 1) if before[-k:] in place_table())
