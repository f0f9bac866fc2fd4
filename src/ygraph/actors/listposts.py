"""listposts: names listed before 等 and the one post they all hold (甲、乙、丙等大会主席团常务委员会委员在主席台就座;
甲、乙等市委常委出席): every name holds the post printed after 等.

The forms are data (``actors/list_posts.tsv``, one id per row: the id is the rule of the finding). The post must
be a title chain that names its organisation, or a seat a session's rules complete (大会主席团常务委员会委员); a
collective noun (市领导, 同志, 嘉宾) holds no title and says nothing. Every item of the list must be a usual name, all
different, half of them of three characters (as ``shapedlists`` reads a roster).
"""

from __future__ import annotations

from .. import scan
from ..punctuation import LIST_MARK
from .actorlex import form_rows, plausible_name
from .chains import Element, chain_before
from .personrules import Found
from .placecontext import ContextPlaces

_FILE = "actors/list_posts.tsv"
_USUAL = 3  # the usual length of a name: half of a roster's items have it


def listed_posts(text: str, places: ContextPlaces) -> list[Found]:
    """The names of each list before 等, each with the post printed after it."""
    out: list[Found] = []
    for form in form_rows(_FILE):
        for m in scan.finditer(form.pattern, text):  # only near the words every match prints
            chain = _post(text, m.start("post"), m.end("post"), places)
            names = _names(text, m.start("names"), m.end("names"))
            if not chain or len(names) < 2:
                continue
            for name, a, b in names:
                given = tuple(Element(e.position, e.start, e.end, rule=form.id, own_date=True) for e in chain)
                out.append(Found(name, a, b, form.id, given))
    return out


def _post(text: str, a: int, b: int, places: ContextPlaces) -> tuple[Element, ...]:
    """The title chain printed exactly over ``a``–``b``, every element naming its organisation; () otherwise."""
    chain = chain_before(text, b, a, places)
    if not chain or chain[0].start != a or chain[-1].end != b:
        return ()
    return chain if all(e.position.organization for e in chain) else ()


def _names(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """The list's items, each a usual name, all different and half of them of three characters (a roster, not
    林业、农业等部门负责人: words of two characters read as names as often); [] otherwise."""
    out, at = [], a
    for part in text[a:b].split(LIST_MARK):
        if not plausible_name(part):
            return []
        out.append((part, at, at + len(part)))
        at += len(part) + 1
    names = [n for n, _, _ in out]
    roster = len(set(names)) == len(names) and 2 * sum(len(n) == _USUAL for n in names) >= len(names)
    return out if roster else []
