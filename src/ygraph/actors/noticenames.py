"""noticenames: the names a 任免 notice lists before or inside its post (任命甲、乙为…, 免去甲、乙的…职务, 某部部长甲接替…).

``actors/appointments.py`` reads a form's ``{names}`` slot (``item_names``: names joined by 、 or a joiner,
read from the right after a title) and a ``{body}`` slot where the names and the post run together
(``split_body``). ``right_name`` (the name ending a run of words) is shared with the readers of other lists.
"""

from __future__ import annotations

import re

from ..lexicons import cached
from ..punctuation import DOT, LIST_MARK
from .actorlex import (
    address_forms,
    automaton,
    longest_suffix_title,
    place_prefix,
    plausible_name,
    surnames,
    uses,
    words,
)
from .nameends import particle_name
from .nameshape import after_verb, long_list_kept, married_shape

_HAN = re.compile(r"[\u4e00-\u9fff]")
NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,5}[）)]")  # a short note in brackets after a name: its gender, its nation (蒙古族)


def item_names(text: str, a: int, b: int, right: bool) -> list[tuple[str, int, int]]:
    """Names joined by 、 in ``text[a:b]``; the first one read from the right when the names follow a
    title (国务院某部部长<name>接替…) or other words."""
    out: list[tuple[str, int, int]] = []
    parts = text[a:b].split(LIST_MARK)
    ends = [a + sum(len(p) + 1 for p in parts[: k + 1]) - 1 for k in range(len(parts))]
    notes = [len(m.group()) if (m := NOTE.search(p)) and m.end() == len(p) else 0 for p in parts]
    parts = [p[: len(p) - n] for p, n in zip(parts, notes, strict=True)]  # 李某(女): a note after the name
    ends = [e - n for e, n in zip(ends, notes, strict=True)]
    if not right:
        parts, ends = _joined(parts, ends)
        married = len(parts) == 1 and married_shape(parts[0]) and _married_page(text)  # 任命林何某某为
        usual = [bool(plausible_name(p) or _listed_name(p) or _dotted(p) or joined_name(p) or married) for p in parts]
        keep = usual if all(usual) else long_list_kept(parts, usual)  # 甲、乙、馬?、丙: one item unread
        if keep is None or not (married or any(plausible_name(p) or particle_name(p) for p in parts)):  # 任命钱和远为
            return []
        parts, ends = [p for p, k in zip(parts, keep, strict=True) if k], [e for e, k in zip(ends, keep, strict=True) if k]
        return [(p, e - len(p), e) for p, e in zip(parts, ends, strict=True)]
    if len(parts) > 1:  # 甲、乙和丙当选: the last item holds two names around a joiner
        parts, ends = _joined(parts, ends)
    for k, (part, end) in reversed(list(enumerate(zip(parts, ends, strict=True)))):
        part = _after_opening(part)
        whole = k > 0 or a == 0 or not _HAN.match(text, a - 1)
        # 甲、马立其不再担任: inside a list beside a usual name, a name may end in a rare character
        listed = whole and len(parts) > 1 and _listed_name(part) and any(map(plausible_name, parts))
        name = part if plausible_name(part) or listed or (whole and joined_name(part)) else right_name(part)
        if not name or after_verb(text, end - len(name)):
            break
        out.insert(0, (name, end - len(name), end))
        if name != part:
            break
    return out


def _married_page(text: str) -> bool:
    """The page names a body whose officials may print a spouse's surname before their own (``word_uses.tsv``
    two_surname_org: 香港): a notice's one name of four characters after its verb may be a married name."""
    return any(body in text for body in uses("two_surname_org"))


def titled_names(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """One name after a title chain (某县委副书记甲), read from the right: the title ends where the name starts."""
    names = item_names(text, a, b, True)
    return names if len(names) == 1 and longest_suffix_title(text[a : names[0][1]]) else []


def addressed_names(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """One name with a bare title after it as its form of address (决定甲副省长为某职): the name before the
    title, which is no post of its own (the post given follows the verb)."""
    head = longest_suffix_title(text[a:b])
    name = text[a : b - len(head)] if head else ""
    return [(name, a, a + len(name))] if name and plausible_name(name) else []


def _joined(parts: list[str], ends: list[int]) -> tuple[list[str], list[int]]:
    """甲和乙为某职: a part that is two names joined by a joiner (joiners.txt: 和, 以及) is two parts."""
    out: list[tuple[str, int]] = []
    for part, end in zip(parts, ends, strict=True):
        cut = next(
            (
                (k, len(w))
                for k in range(2, len(part) - 2)
                for w in words("joiners.txt")
                if part.startswith(w, k) and plausible_name(part[:k]) and plausible_name(part[k + len(w) :])
            ),
            (-1, 0),
        )
        if cut[0] > 0 and not plausible_name(part):
            out += [(part[: cut[0]], end - len(part) + cut[0]), (part[cut[0] + cut[1] :], end)]
        else:
            out.append((part, end))
    return [p for p, _ in out], [e for _, e in out]


def _after_opening(part: str) -> str:
    """The words of ``part`` after a list opening (分别是某·某某 → 某·某某): a name never contains one."""
    cut = max((part.rfind(w) + len(w) for w in uses("list_opening") if w in part), default=0)
    return part[cut:]


def joined_name(part: str) -> bool:
    """A 3-character part holding a joiner that is one name (龚永和, 钱和远: two names need 2 characters each)."""
    return _joiner_final(part) or particle_name(part)


def _joiner_final(part: str) -> bool:
    """龚永和 standing alone before a notice's verb: a joiner (和, 与, 及) with nothing after it to join is
    the last character of a three-character name (never 也 or 为, which read as words there)."""
    joiners = set(words("joiners.txt")) & set(words("weak_boundaries.txt"))
    filler = uses("name_filler")[0]
    return len(part) == 3 and part[-1] in joiners and plausible_name(part[:2] + filler)


def _listed_name(part: str) -> bool:
    """A name inside a 、 list of names: a surname and one or two characters, which may be characters that
    rarely end a name elsewhere (马立其: 其); never a word the vocabulary says is no name."""
    single, _ = surnames()
    filler = uses("name_filler")[0]  # 某: the given name left out, the surname judged alone
    return 2 <= len(part) <= 3 and part[0] in single and not set(part) & {*uses("not_in_listed_name"), "?", "？"} and (
        plausible_name(part[0] + filler * (len(part) - 1))
    )


def _dotted(part: str) -> bool:
    """A name printed with a middle dot (a minority or foreign name): Han characters on each side."""
    sides = part.split(DOT)
    return len(sides) == 2 and all(1 <= len(x) <= 6 for x in sides)


def right_name(part: str) -> str:
    """The name ending ``part`` (3, 2 or 4 characters with a compound surname; a dotted name after the last
    character that is never in one: 分别是某·某)."""
    _, compound = surnames()
    if DOT in part:
        cut = max(part.rfind(c) for c in uses("not_in_dotted_name")) + 1
        return part[cut:] if 0 < cut < part.index(DOT) and plausible_name(part[cut:]) else ""
    object_lead = part[-4:-3] in uses("name_title_object_lead")  # 宣布由甲接任: 由 leads the name, no first surname
    if len(part) > 4 and _married_lead(part[:-4]) and married_shape(part[-4:]) and not object_lead:
        return part[-4:]  # 某署署长林何某某出任, 名单公布林何某某任…: a married name after a title or a stop word
    for n in (3, 2, 4):
        name = part[-n:]
        if len(part) >= n and plausible_name(name) and (n < 4 or name[:2] in compound | words("name_starts.txt")):
            return "" if _place_tail(part, n) or _verb_last(name) else name
    name = part[-3:]  # 某部副部长杜和远任…: a particle name right after a title, as the titled reading has it
    lead = longest_suffix_title(part[:-3]) or part[:-3].endswith(uses("particle_name_lead"))  # 接受杜和远辞去
    return name if len(part) > 3 and lead and particle_name(name) else ""


def _married_lead(before: str) -> bool:
    """What precedes a married name read whole: a title (某署署长) or a word a label never runs across
    (prefix_stops.txt: 名单公布, 宣布)."""
    return bool(longest_suffix_title(before)) or before.endswith(_stop_words())


@cached
def _stop_words() -> tuple[str, ...]:
    return tuple(w for w in words("prefix_stops.txt") if not w.startswith("!") and len(w) > 1)


def _verb_last(name: str) -> bool:
    """A three-character reading ending in a one-character appointment verb (甲乙任代理某职: 甲乙 任)."""
    return len(name) == 3 and name[-1] in words("appointment_verbs.txt")


def _place_tail(part: str, n: int) -> bool:
    """The last ``n`` characters end a longer place of the vocabulary (在某海市当选: 海市 is no name) or a
    place printed with its level (在江城市当选: word_uses.tsv place_level) or after a place_lead word."""
    if part[-1] in uses("place_level") or part[:-n].endswith(uses("place_lead")):
        return True  # 在江城当选: a place after 在
    return any(e == len(part) - 1 and len(w) > n for e, w in automaton("places").iter(part))


def split_body(text: str, a: int, b: int) -> tuple[list[tuple[str, int, int]], int]:
    """Names then a post run together (免去甲、乙的…职务, 免去甲某市…的职务): the names and where the post starts."""
    names: list[tuple[str, int, int]] = []
    i = a
    while i < b:
        n = _name_here(text, i, b)
        if not n:
            return [], -1
        names.append((text[i : i + n], i, i + n))
        i += n
        i += len(note.group()) if (note := NOTE.match(text, i, b)) else 0  # 免去李某(女)的: a note after the name
        address = next((w for w in address_forms() if text.startswith(w, i)), "")
        i += len(address)
        if text.startswith(LIST_MARK, i):
            i += 1
            continue
        return names, i + text.startswith(uses("possessive"), i)
    return [], -1


def _name_here(text: str, i: int, b: int) -> int:
    """The length of the name at ``text[i]`` inside a notice body: a separator after it decides; else the
    post must start right after it (a place or a level), 3 characters before 2."""
    _, compound = surnames()
    lengths = [n for n in (3, 2, 4) if i + n < b and (plausible_name(text[i : i + n]) or particle_name(text[i : i + n]))]
    lengths = [n for n in lengths if n < 4 or text[i : i + 2] in compound]
    for n in lengths:
        if text.startswith((LIST_MARK, *uses("possessive"), *address_forms()), i + n) or NOTE.match(text, i + n, b):
            return n
    for n in lengths:
        rest = text[i + n : b]
        if place_prefix(rest) or rest.startswith(uses("post_start")):
            return n
    return next((n for n in lengths if _place_printed_again(text, text[i + n : b])), 0)


def _place_printed_again(text: str, rest: str) -> bool:
    """The post opens with a place and its level (某市, 某县) that the text prints more than once: a place of no
    table (免去甲某市某局局长职务，任命乙为某市某局局长); no level inside the place's name."""
    levels = uses("place_level")
    return any(
        len(rest) > n and rest[n] in levels and not set(rest[:n]) & set(levels) and text.count(rest[: n + 1]) > 1
        for n in (2, 3, 4)
    )
