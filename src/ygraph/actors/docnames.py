"""docnames: the names a whole document establishes, read before its articles are: names cut where the text
stops (a part of a longer name, never a person of their own), and a foreign name's last part printed alone for
the one titled dotted name ending with it (伊格 → 戴维·伊格), or its first part, for ``mentions.analyse_document``."""

from __future__ import annotations

from ..lexicons import cached
from ..punctuation import DOT
from .actorlex import words


def cut_names(seen: list[tuple[str, bool]]) -> frozenset[str]:
    """Names read only where the text stops (a page cut mid-name: 龚明 of 龚明远) that begin a longer
    name the document establishes: a part of that name, never a person of their own."""
    names = {name for name, _ in seen}
    only_at_end = names - {name for name, at_end in seen if not at_end}
    return frozenset(n for n in only_at_end if any(m != n and m.startswith(n) for m in names))


@cached
def _glued_leads() -> tuple[str, ...]:
    """Words a name ends before (name_boundaries.txt: 夫人): a dotted reading starting with one is glued to it."""
    return tuple(words("name_boundaries.txt"))


def dotted_aliases(names: set[str], titled: set[str]) -> dict[str, str]:
    """A foreign name's last part printed alone (伊格 beside 某州州长戴维·伊格) → the dotted name: one person, when
    only one dotted name of the document ends with that part and it is printed after a title (a spouse named in
    full beside a titled husband, 某首相甲 and 夫人乙·甲, is another person). Its first part printed alone
    likewise (卡洛大使 beside 某国驻华大使卡洛·森德: Thai and Arab names are told by the given name), when no
    other dotted name starts or ends with that part."""
    parts: dict[str, list[str]] = {}
    for name in names:
        if DOT in name and name in titled and not name.startswith(_glued_leads()):  # 夫人某·某: glued, another
            for part in dict.fromkeys((name.rsplit(DOT, 1)[1], name.split(DOT, 1)[0])):
                parts.setdefault(part, []).append(name)
    return {part: full[0] for part, full in parts.items() if len(full) == 1 and len(part) > 1 and part in names}
