"""appointments: 任免 notices, where the names stand before their posts (任命…为…, 免去…的…职务, 不再担任,
辞去…职务, <name>接替<name>担任…).

The forms are data (``actors/appointment_forms.tsv``, one id per row: the id is the rule of the finding).
A notice is dated like any other sentence; what it changes is on the chain element (``Element.change``):
``start`` for a post given, ``end`` for a post taken away, so the corpus reads a succession from the notice
itself (``corpus/people.notice_successions``). A form's continuation pattern reads the items that follow
without repeating the verb (任命甲为…，乙为…；免去甲的…职务；乙的…职务).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import lexicons, scan
from ..lexicons import alternation, cached
from ..punctuation import CLAUSE_BREAKS, COMMAS, DOT, LINE_BREAK, LIST_MARK, SEMICOLONS, SENTENCE_ENDS
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
from .appointforms import Form, gate
from .chains import Element, antecedent, chain_before
from .elections import elected_posts, with_org
from .nameends import particle_name
from .nameshape import after_verb, long_list_kept, married_shape
from .noticeposts import acting_in_list, acting_post, own_post, sentence_post, stood_in, unquoted_post
from .personrules import Found, address_words
from .placecontext import ContextPlaces
from .printedplaces import sentence_places
from .terms import session_source
from .transfers import one_transfer_source

_HAN = re.compile(r"[\u4e00-\u9fff]")
_PIECE = 60  # the longest post a notice lists after a comma
_NAMES = 300  # the longest list of names a form reads (a city council's 33 elected members: 130 characters)
_MARK = rf"[?？](?={LIST_MARK})"  # an OCR mark for a character it could not read, inside a list item
_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[）)]")  # a short note in brackets after a name (its gender)


@cached
def _slots() -> dict[str, str]:
    """The slots of a form (``{names}``, ``{body}``, ``{post}``, ``{prev}``, ``{not_planned}``) as regexes."""
    cut, address = re.escape(CLAUSE_BREAKS + LINE_BREAK), address_words()  # a post never spans a line break
    return {
        "{names}": rf"(?P<names>(?:[\u4e00-\u9fff·{LIST_MARK}]|{_NOTE.pattern}|{_MARK}){{2,{_NAMES}}}?)(?:{address})?",
        "{body}": rf"(?P<body>[^{cut}]{{4,90}}?)",
        "{post}": rf"(?P<post>[^{cut}]{{2,80}}?)",
        "{item_post}": rf"(?P<post>[^{cut}{LIST_MARK}]{{2,80}}?)",  # an item's post of a list joined by 、
        "{prev}": rf"(?P<prev>[\u4e00-\u9fff·]{{2,4}}?)(?:{address})?",
        "{one_transfer}": one_transfer_source(),  # 甲调某职: one list of 调 words that are no transfer
        "{not_planned}": "".join(f"(?<!{re.escape(w)})" for w in uses("future_tense")),  # 甲拟调任: to come
    }


@cached
def _organ_place() -> re.Pattern[str]:
    """某市第十一届委员会: a level, then a session (the place is the characters before the level)."""
    levels, ordinal = alternation(uses("place_level")), alternation(uses("ordinal"))
    return re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})({levels})(?={ordinal}){session_source()}")  # the ordinal printed


def _filled(pattern: str) -> str:
    """A form's pattern with its slots."""
    for slot, regex in _slots().items():
        pattern = pattern.replace(slot, regex)
    return pattern


@cached
def _forms() -> tuple[Form, ...]:
    out = []
    for row in lexicons.load_table("actors/appointment_forms.tsv"):
        form, kind, names, pattern, more = (*row, "-")[:5]
        more_source = None if more == "-" else _filled(more)
        out.append(Form(form, "" if kind == "-" else kind, names == "before", _filled(pattern), more_source))
    return tuple(out)


@cached
def _gate() -> scan.Gate:
    return gate(_forms())


def notices(text: str, places: ContextPlaces) -> list[Found]:
    """Persons named in appointment and removal sentences, with the chain of the post they get or leave."""
    found: list[Found] = []
    for form, possible in zip(_forms(), _gate().open(text), strict=True):
        if not possible:
            continue  # a word every match of the form prints is not in the text
        for m in scan.finditer(form.pattern, text):
            found.extend(last := _item(text, m, form, places, first=True))
            at = m.end()
            while form.more is not None and (n := form.more.match(text, at)) and n.end() > at:
                items = _item(text, n, form, places, first=False, carried=last)
                if not items:
                    break
                found.extend(last := items)
                at = n.end()
    return elected_posts(text, found, places)


def _item(
    text: str, m: re.Match[str], form: Form, places: ContextPlaces, first: bool, carried: list[Found] | None = None
) -> list[Found]:
    """The findings of one matched item: each name with the chain of the post (and the predecessor); an item
    without names (任命甲为某职，并决定为某职) is the previous item's people's (``carried``)."""
    groups = m.groupdict()
    if "post" not in groups and "body" not in groups:
        if carried and groups.get("names"):  # …有甲、乙，连任的包括丙、丁: the list goes on under the same post
            chain = carried[-1].chain
            return [Found(n, a, b, form.id, chain) for n, a, b in _names(text, m.start("names"), m.end("names"), False)]
        return _titled_item(text, m, form, places)
    if groups.get("body") is not None:
        names, post_start = split_body(text, m.start("body"), m.end("body"))
        post_end = m.end("body") - text.endswith(uses("possessive"), 0, m.end("body"))
    else:
        right = form.names_first and first
        names = _names(text, m.start("names"), m.end("names"), right) if groups.get("names") else []
        if not names and groups.get("names") and not right:  # 任命某县委副书记甲同志为…: a title before the name
            names = _titled_names(text, m.start("names"), m.end("names"))
        if "names" in groups and groups["names"] is None and carried:
            names = list(dict.fromkeys((f.name, f.start, f.end) for f in carried))
        post_start, post_end = unquoted_post(text, m.start("post"), m.end("post"))
    if not names or post_start < 0:
        return []
    if "prev" not in groups and form.names_first and text.endswith(uses("predecessor_lead"), 0, names[0][1]):
        return []  # 甲接替乙当选某职: 乙 is the predecessor (read by a form with {prev}), not the one elected
    sentence_places = _sentence_places(text, post_start, places)
    carries = bool(carried) and groups.get("body") is None and groups.get("names", "") is None  # …，并决定为某职
    prev_post = carried[-1].chain[-1].position if carries else None
    chain = chain_before(text, post_end, post_start, sentence_places, prev_post)
    if not chain or chain[0].start != post_start or (prev_post and not chain[-1].position.organization):
        return []  # 任命甲为市政府副市长，并决定为代理市长: a bare carried post stays unread
    chain = antecedent(text, chain, sentence_places)  # 。研究院院长由甲担任: the institute named before
    chain = with_org(chain, groups.get("org") or "", sentence_places)  # 某委员会23位副主席是
    if form.id in uses("sentence_post_form"):
        chain = sentence_post(text, chain, sentence_places)
    if form.id in uses("own_org_form"):
        chain = own_post(text, chain, names[0][1], sentence_places)
    chain = acting_in_list(chain, sentence_places)
    if form.id in uses("acting_form"):
        chain = acting_post(chain, sentence_places)
    if form.id in uses("post_list_form"):
        chain += _more_posts(text, _end_of_list(text, post_end), chain[-1], sentence_places)
    out = [Found(n, a, b, form.id, _changed(chain, form.change, form.id)) for n, a, b in names]
    prev = groups.get("prev")
    if prev is not None and (plausible_name(prev) or _joined_name(prev)):  # 接替…的王立和
        left = stood_in(text, _changed(chain, "end", form.id), sentence_places)  # 署理某职 printed elsewhere
        out.append(Found(prev, m.start("prev"), m.end("prev"), form.id, left))
    return out


def _end_of_list(text: str, i: int) -> int:
    """Past a word closing a list of posts (职务) right at ``i``."""
    return i + len(next((w for w in uses("post_list_end") if text.startswith(w, i)), ""))


def _more_posts(text: str, i: int, last: Element, places: ContextPlaces) -> tuple[Element, ...]:
    """Posts a notice lists after a comma (不再担任某职，某职、某职，某职职务。; 兼任某职，某职。): every piece
    a whole post chain, the last one closing the sentence (or ``post_list_end`` then the sentence); else
    none (任命甲为某职，乙为某职: a piece that is no post ends the list, and what was read is dropped)."""
    out: list[Element] = []
    prev = last.position
    ends = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK
    while i < len(text) and text[i] in COMMAS:
        j = next((k for k in range(i + 1, min(len(text), i + _PIECE)) if text[k] in CLAUSE_BREAKS + LINE_BREAK), -1)
        if j < 0:
            return ()
        if any(w in text[i + 1 : j] for w in uses("post_piece_stop")):
            return ()
        closer = next((w for w in uses("post_list_end") if text.endswith(w, i + 1, j)), "")
        chain = chain_before(text, j - len(closer), i + 1, places, prev)
        if not chain or chain[0].start != i + 1:
            return ()
        out.extend(chain)
        prev = chain[-1].position
        if closer or text[j] in ends:
            return tuple(out) if text[j] in ends else ()
        i = j
    return ()


def _titled_item(text: str, m: re.Match[str], form: Form, places: ContextPlaces) -> list[Found]:
    """A form without a post (其前任某职甲已于某日辞任): the post is the chain printed before the name (and the
    one a predecessor the form names leaves)."""
    names = _names(text, m.start("names"), m.end("names"), True)
    if len(names) != 1:
        return []
    name, a, b = names[0]
    chain = chain_before(text, a, m.start("names"), _sentence_places(text, a, places))
    if not chain or chain[-1].end != a:
        return []
    out = [Found(name, a, b, form.id, _changed(chain, form.change, form.id))]
    prev = m.groupdict().get("prev")  # 新任某职甲，前任乙…: 乙 leaves the post 甲 gets
    if prev is not None and plausible_name(prev) and prev != name:
        out.append(Found(prev, m.start("prev"), m.end("prev"), form.id, _changed(chain[-1:], "end", form.id)))
    return out


def _sentence_places(text: str, i: int, places: ContextPlaces) -> ContextPlaces:
    """The article's places, and the place of the organ that decides in this sentence, printed before a
    session (某市第十一届委员会…选举甲为市委书记: the bare post is that city's); a level with one place the
    vocabulary knows in the sentence before the post (else the sentence before) takes it."""
    start = max(text.rfind(c, 0, i) for c in SENTENCE_ENDS + SEMICOLONS + LINE_BREAK) + 1
    before = max(text.rfind(c, 0, max(0, start - 1)) for c in SENTENCE_ENDS + SEMICOLONS + LINE_BREAK) + 1
    out = sentence_places(text, before, start, places)  # 某市党代会选举产生书记。甲当选市委书记。
    out = sentence_places(text, start, i, out)
    for m in _organ_place().finditer(text, start, i):
        j = m.start(1)  # the level character; the place is the 2 characters before it, or 3 the vocabulary knows
        three, two = text[max(start, j - 3) : j + 1], text[max(start, j - 2) : j + 1]
        place = three if len(three) == 4 and place_prefix(three) == three else two
        if len(place) == 3 and not set(place) & set(uses("not_in_place")):
            out.print_place(m.group(1), place)
    return out


def _changed(chain: tuple[Element, ...], change: str, rule: str) -> tuple[Element, ...]:
    """The chain as the form reads it; a post held before (change ``past``: 甲原任某职) is dated by its own sentence."""
    return tuple(replace(el, change=change, rule=rule, former=el.former or change == "past") for el in chain)


def _names(text: str, a: int, b: int, right: bool) -> list[tuple[str, int, int]]:
    """Names joined by 、 in ``text[a:b]``; the first one read from the right when the names follow a
    title (国务院某部部长<name>接替…) or other words."""
    out: list[tuple[str, int, int]] = []
    parts = text[a:b].split(LIST_MARK)
    ends = [a + sum(len(p) + 1 for p in parts[: k + 1]) - 1 for k in range(len(parts))]
    notes = [len(m.group()) if (m := _NOTE.search(p)) and m.end() == len(p) else 0 for p in parts]
    parts = [p[: len(p) - n] for p, n in zip(parts, notes, strict=True)]  # 李某(女): a note after the name
    ends = [e - n for e, n in zip(ends, notes, strict=True)]
    if not right:
        parts, ends = _joined(parts, ends)
        usual = [bool(plausible_name(p) or _listed_name(p) or _dotted(p) or _joined_name(p)) for p in parts]
        keep = usual if all(usual) else long_list_kept(parts, usual)  # 甲、乙、馬?、丙: one item unread
        if keep is None or not any(plausible_name(p) or particle_name(p) for p in parts):  # 任命钱和远为
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
        name = part if plausible_name(part) or listed or (whole and _joined_name(part)) else right_name(part)
        if not name or after_verb(text, end - len(name)):
            break
        out.insert(0, (name, end - len(name), end))
        if name != part:
            break
    return out


def _titled_names(text: str, a: int, b: int) -> list[tuple[str, int, int]]:
    """One name after a title chain (某县委副书记甲), read from the right: the title ends where the name starts."""
    names = _names(text, a, b, True)
    return names if len(names) == 1 and longest_suffix_title(text[a : names[0][1]]) else []


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


def _joined_name(part: str) -> bool:
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
    if len(part) > 4 and longest_suffix_title(part[:-4]) and married_shape(part[-4:]):
        return part[-4:]  # 某署署长林何某某出任: a married name right after a title, no surname left over
    for n in (3, 2, 4):
        name = part[-n:]
        if len(part) >= n and plausible_name(name) and (n < 4 or name[:2] in compound | words("name_starts.txt")):
            return "" if _place_tail(part, n) or _verb_last(name) else name
    name = part[-3:]  # 某部副部长杜和远任…: a particle name right after a title, as the titled reading has it
    lead = longest_suffix_title(part[:-3]) or part[:-3].endswith(uses("particle_name_lead"))  # 接受杜和远辞去
    return name if len(part) > 3 and lead and particle_name(name) else ""


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
        if text.startswith((LIST_MARK, *uses("possessive"), *address_forms()), i + n):
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
