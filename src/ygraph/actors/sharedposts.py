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

from .. import lexicons, scan
from ..lexicons import cached
from ..punctuation import CLAUSE_BREAKS, COMMAS, LINE_BREAK, LIST_MARK, SENTENCE_ENDS
from .actorlex import FormRow, form_rows, longest_suffix_title, place_prefix, plausible_name, surnames, uses
from .chains import Element, chain_before
from .elections import with_org
from .nameends import particle_name
from .nameshape import loose_name
from .noticenames import right_name
from .personrules import Found
from .placecontext import ContextPlaces
from .printedplaces import sentence_places

_CLAUSES = 4  # clauses of one list, back from the post (加上甲、乙，以及丙、丁，…班子)
_MIN_NAMES = 2
_MINORITY = 4  # a minority name without a listed start, read only inside a list of usual names


def shared_posts(text: str, places: ContextPlaces) -> list[Found]:
    """The names of every list sharing one printed post, each with that post."""
    out: list[Found] = []
    out += _governed(text, [f for f in form_rows("actors/shared_posts.tsv") if f.tag == "clauses"], places)
    for form in form_rows("actors/shared_posts.tsv"):
        if form.tag == "clauses":
            continue
        for m in scan.finditer(form.pattern, text):
            a, b = m.span("post")
            chain = chain_before(text, b, a, sentence_places(text, _sentence_start(text, a), a, places))
            if not chain or chain[-1].end != b or not all(_named(el.position.organization) for el in chain):
                continue
            if form.tag == "before":
                names = _names_after(text, m.end())
            else:
                names = _names_before(text, chain[0].start if m.start() == a else m.start())
            if len(names) < _MIN_NAMES or not any(plausible_name(n) for n, _, _ in names):
                continue
            given = tuple(Element(el.position, el.start, el.end, el.former, rule=form.id, own_date=True) for el in chain)
            out.extend(Found(name, s, e, form.id, given) for name, s, e in names)
    return out


def _governed(text: str, forms: list[FormRow], places: ContextPlaces) -> list[Found]:
    """Posts that govern the clauses after them (某委员会主任由甲，乙共同担任；副主任为某职丙，某职丁；): each
    clause an item (a name, a titled name, or a 、 list of them); a bare post is the organisation's of the
    post governing the clauses before it in the sentence (the sentence ends at 。, not at ；)."""
    out: list[Found] = []
    org, head, sentence = "", "", -1
    matches = sorted(((m.start(), f.id, m) for f in forms for m in scan.finditer(f.pattern, text)), key=lambda x: x[0])
    for _, rule, m in matches:
        a, b = m.span("post")
        at = _sentence_start(text, a)
        org, sentence = (org if at == sentence else ""), at
        context = sentence_places(text, at, a, places)
        chain = chain_before(text, b, a, context)
        if not chain or chain[0].start != a or chain[-1].end != b or len(chain) > 1:
            continue
        chain = with_org(chain, org, context, head)
        if not _named(chain[0].position.organization):
            continue
        org, head = chain[0].position.organization, chain[0].position.head
        given = (Element(chain[0].position, a, b, rule=rule, own_date=True),)
        out.extend(Found(name, s, e, rule, given) for name, s, e in _clause_items(text, m.end(), context))
    return out


def _clause_items(text: str, i: int, places: ContextPlaces) -> list[tuple[str, int, int]]:
    """The items of clauses joined by commas from ``text[i]``: each clause whole a name or a title chain and
    a name (the chain starting the clause), or a 、 list of them; a clause that is neither ends the list."""
    out: list[tuple[str, int, int]] = []
    while True:
        end = _clause_end(text, i)
        b = end - next((len(w) for w in uses("governed_close") if text.endswith(w, i, end)), 0)
        whole = _titled_item(text, i, b, places)
        items = [whole] if whole else _titled_items(text, i, b, places)
        if not items:
            return out
        out += items
        if b < end or end >= len(text) or text[end] not in COMMAS:
            return out
        i = end + 1


def _titled_items(text: str, a: int, b: int, places: ContextPlaces) -> list[tuple[str, int, int]]:
    """``text[a:b]`` as a 、 list of names or titled names (each chain starting its item); [] when an item
    is neither."""
    out, at = [], a
    for piece in text[a:b].split(LIST_MARK):
        item = _titled_item(text, at, at + len(piece), places)
        if item is None:
            return []
        out.append(item)
        at += len(piece) + 1
    return out


def _titled_item(text: str, a: int, b: int, places: ContextPlaces) -> tuple[str, int, int] | None:
    """The name ending ``text[a:b]`` when the rest before it is a title chain that starts at ``a`` (a name
    with a compound surname read first: 某职欧阳青禾)."""
    item = text[a:b]
    compound = item[-4:] if len(item) > 4 and item[-4:-2] in surnames()[1] and plausible_name(item[-4:]) else ""
    for name in dict.fromkeys(n for n in (compound, _item_name(item), right_name(item)) if n):
        chain = chain_before(text, b - len(name), a, places) if b - len(name) > a else None
        if chain is None or (chain and chain[0].start == a):
            return name, b - len(name), b
    return None


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
    for piece in text[a:b].split(LIST_MARK):
        name = _item_name(piece)
        if name:
            out.append((name, at + len(piece) - len(name), at + len(piece)))
        else:  # 乙和丙, 乙及丙: the last item holds two names around a joiner
            two = _joined(piece)
            if not two:
                return None
            out += [(two[0], at, at + len(two[0])), (two[1], at + len(piece) - len(two[1]), at + len(piece))]
        at += len(piece) + 1
    return out


def _joined(piece: str) -> tuple[str, str] | None:
    """Two names joined by a list joiner (word_uses.tsv list_joiner: 和, 及, 以及), each a name of its own."""
    for w in uses("list_joiner"):
        k = piece.find(w, 2)
        while k > 0:
            left, right = piece[:k], piece[k + len(w) :]
            if _item_name(left) and plausible_name(right):
                return _item_name(left), right
            k = piece.find(w, k + 1)
    return None


def _item_name(item: str) -> str:
    """The name an item holds: the item itself, or its last 2-3 characters after a title (or after a
    possessive: 接任的甲)."""
    cut = max((item.rfind(w) + len(w) for w in uses("possessive") if w in item), default=0)
    if cut and place_prefix(item[:cut]):
        return ""  # 北京的甲: a list by place holds each place's own post, never one shared
    item = item[cut:] if len(item) - cut >= _MIN_NAMES else item
    if plausible_name(item) or (len(item) == _MINORITY and item[0] in surnames()[0] and loose_name(item)):
        return item  # 巴音苏德: four characters that are no word, beside usual names (shared_posts checks)
    for n in (3, 2):
        name = item[-n:]
        if len(item) > n and longest_suffix_title(item[:-n]) and (plausible_name(name) or particle_name(name)):
            return item[-n:]
    return ""


def _sentence_start(text: str, i: int) -> int:
    return max(text.rfind(c, 0, i) for c in SENTENCE_ENDS + LINE_BREAK) + 1


def _clause_start(text: str, i: int) -> int:
    return max(text.rfind(c, 0, i) for c in CLAUSE_BREAKS + LINE_BREAK) + 1


def _clause_end(text: str, i: int) -> int:
    ends = [k for k in (text.find(c, i) for c in CLAUSE_BREAKS + LINE_BREAK + SENTENCE_ENDS) if k >= 0]
    return min(ends, default=len(text))
