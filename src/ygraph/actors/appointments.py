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
from ..punctuation import (
    CLAUSE_BREAKS,
    CLOSING_QUOTES,
    COMMAS,
    LINE_BREAK,
    LIST_MARK,
    OPENING_QUOTES,
    SEMICOLONS,
    SENTENCE_ENDS,
)
from ..time.numerals import numeral_characters
from .actorlex import (
    place_prefix,
    plausible_name,
    uses,
)
from .appointforms import Form, gate
from .chains import Element, antecedent, chain_before
from .elections import elected_posts, with_org
from .noticenames import NOTE, addressed_names, item_names, joined_name, split_body, titled_names
from .noticeposts import acting_in_list, acting_post, own_post, sentence_post, stood_in, unquoted_post
from .personrules import Found, address_words
from .placecontext import ContextPlaces
from .positions import canonical
from .printedplaces import sentence_places
from .sessionbodies import session_body_post
from .terms import session_source
from .transfers import one_transfer_source

_PIECE = 60  # the longest post a notice lists after a comma
_NAMES = 300  # the longest list of names a form reads (a city council's 33 elected members: 130 characters)
_MARK = rf"[?？](?={LIST_MARK})"  # an OCR mark for a character it could not read, inside a list item


@cached
def _slots() -> dict[str, str]:
    """The slots of a form (``{names}``, ``{body}``, ``{post}``, ``{prev}``, ``{not_planned}``, ``{news}``) as
    regexes."""
    cut, address = re.escape(CLAUSE_BREAKS + LINE_BREAK), address_words()  # a post never spans a line break
    return {
        "{names}": rf"(?P<names>(?:[\u4e00-\u9fff·{LIST_MARK}]|{NOTE.pattern}|{_MARK}|{_described()}){{2,{_NAMES}}}?)(?:{_head_count()})?(?:{address})?",
        "{body}": rf"(?P<body>[^{cut}]{{4,90}}?)",
        "{post}": rf"(?P<post>[^{cut}]{{2,80}}?)",
        "{item_post}": rf"(?P<post>[^{cut}{LIST_MARK}]{{2,80}}?)",  # an item's post of a list joined by 、
        "{prev}": rf"(?P<prev>[\u4e00-\u9fff·]{{2,4}}?)(?:{address})?",
        "{one_transfer}": one_transfer_source(),  # 甲调某职: one list of 调 words that are no transfer
        "{not_planned}": "".join(f"(?<!{re.escape(w)})" for w in uses("plan_only")),  # 甲拟调任: proposed
        # a note on the post given (（正厅级）, （专职，副部长级）): the rank or the kind of the post, never a post
        "{post_note}": r"(?:[（(][\u4e00-\u9fff]{1,6}(?:[，,、][\u4e00-\u9fff]{1,6})?[）)])?",
        "{news}": alternation(uses("news_of")),  # 甲出任某职的消息: the appointment told as the news of it
    }


def _described() -> str:
    """What a notice prints about a holder inside the names' stretch besides Han characters: an age in digits before
    its unit (由39岁某校长乙接任: ``word_uses.tsv`` holder_age_unit) and the quotation marks of a quoted title
    (由“某司长”乙升任). The names are read from the right, from the verb: neither is ever part of a name."""
    quotes = re.escape("".join(sorted(set(OPENING_QUOTES + CLOSING_QUOTES))))
    return rf"[0-9０-９]{{1,3}}(?={alternation(uses('holder_age_unit'))})|[{quotes}]"


def _head_count() -> str:
    """A head count closing a list of names (甲、乙、丙三位同志, 甲、乙等15位同志): ``word_uses.tsv`` list_closer
    (等), numerals (time/numerals.tsv digit, ten, count), then a measure word (list_closer_count)."""
    numerals = re.escape(numeral_characters(("digit", "ten", "count")))
    closer, count = alternation(uses("list_closer")), alternation(uses("list_closer_count"))
    return rf"(?:{closer})?[0-9０-９{numerals}]{{1,3}}(?:{count})"


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
            if form.names_first and _unreal(text, m):
                continue  # 传甲将接任某职, 甲不会接任某职, 甲婉拒接任某职: no change happens
            found.extend(last := _item(text, m, form, places, first=True))
            at = m.end()
            while form.more is not None and (n := form.more.match(text, at)) and n.end() > at:
                items = _item(text, n, form, places, first=False, carried=last)
                if not items:
                    break
                found.extend(last := items)
                at = n.end()
    return elected_posts(text, found, places)


def _unreal(text: str, m: re.Match[str]) -> bool:
    """A rumour, a refusal or a negation (``word_uses.tsv`` unreal_lead) between the clause's start and the post a
    form reads with its names before the verb."""
    breaks = CLAUSE_BREAKS + LINE_BREAK
    start = max(text.rfind(c, 0, m.start()) for c in breaks) + 1
    end = m.start("post") if m.groupdict().get("post") is not None else m.end()
    if any(w in text[start:end] for w in uses("unreal_lead")):
        return True
    # 外界推测，甲直升某职: the guess ends the clause before and governs this one
    before = text[max(0, start - 12) : max(0, start - 1)].rstrip()
    return start > 0 and text[start - 1] in COMMAS and before.endswith(uses("unreal_lead"))


def _item(
    text: str, m: re.Match[str], form: Form, places: ContextPlaces, first: bool, carried: list[Found] | None = None
) -> list[Found]:
    """The findings of one matched item: each name with the chain of the post (and the predecessor); an item
    without names (任命甲为某职，并决定为某职) is the previous item's people's (``carried``)."""
    groups = m.groupdict()
    if "post" not in groups and "body" not in groups:
        if carried and groups.get("names"):  # …有甲、乙，连任的包括丙、丁: the list goes on under the same post
            chain = carried[-1].chain
            return [Found(n, a, b, form.id, chain) for n, a, b in item_names(text, m.start("names"), m.end("names"), False)]
        return _titled_item(text, m, form, places)
    if groups.get("body") is not None:
        names, post_start = split_body(text, m.start("body"), m.end("body"))
        post_end = m.end("body") - text.endswith(uses("possessive"), 0, m.end("body"))
    else:
        right = form.names_first and first
        names = item_names(text, m.start("names"), m.end("names"), right) if groups.get("names") else []
        if not names and groups.get("names") and not right:  # 任命某县委副书记甲同志为…: a title before the name
            names = titled_names(text, m.start("names"), m.end("names"))
            names = names or addressed_names(text, m.start("names"), m.end("names"))  # 决定甲副省长为…
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
    chain = chain_before(text, post_end, post_start, sentence_places, prev_post, joined=False)  # 任同济大学校长
    if not chain or chain[0].start != post_start or (prev_post and not chain[-1].position.organization):
        return []  # 任命甲为市政府副市长，并决定为代理市长: a bare carried post stays unread
    chain = antecedent(text, chain, sentence_places)  # 。研究院院长由甲担任: the institute named before
    chain = with_org(chain, groups.get("org") or "", sentence_places)  # 某委员会23位副主席是
    if form.id in uses("sentence_post_form"):
        chain = sentence_post(text, chain, sentence_places)
    if form.id in uses("session_body_form"):
        chain = session_body_post(text, chain, sentence_places)
    if form.id in uses("own_org_form"):
        chain = own_post(text, chain, names[0][1], sentence_places)
    chain = acting_in_list(chain, sentence_places)
    if form.id in uses("acting_form"):
        chain = acting_post(chain, sentence_places)
    if form.id in uses("post_list_form"):
        chain += _more_posts(text, post_end, chain[-1], sentence_places)
    change = _form_change(text, form, names[0][1]) if first else form.change
    out = [Found(n, a, b, form.id, _changed(chain, change, form.id)) for n, a, b in names]
    prev = groups.get("prev")
    if prev is not None and (plausible_name(prev) or joined_name(prev)):  # 接替…的王立和
        left = stood_in(text, _changed(chain, "end", form.id), sentence_places)  # 署理某职 printed elsewhere
        out.append(Found(prev, m.start("prev"), m.end("prev"), form.id, left))
    return out


def _form_change(text: str, form: Form, name_start: int) -> str:
    """The form's change, but a post given after a word placing it earlier (此前甲任某职: ``earlier_lead``) was
    held before the notice, not given by it (the first item only: 此前甲任某职，现任某职 gives the second)."""
    if form.change == "start" and form.names_first and text.endswith(uses("earlier_lead"), 0, name_start):
        return "past"
    return form.change


def _closed_list(text: str, i: int) -> bool:
    """A word closing a list of posts (职务: ``post_list_end``) is printed right at ``i``."""
    return any(text.startswith(w, i) for w in uses("post_list_end"))


def _more_posts(text: str, i: int, last: Element, places: ContextPlaces) -> tuple[Element, ...]:
    """Posts a notice lists after a comma (不再担任某职，某职、某职，某职职务。; 兼任某职，某职。): every piece
    a whole post chain, the last one closing the sentence (or ``post_list_end`` then the sentence); else
    none (任命甲为某职，乙为某职: a piece that is no post ends the list, and what was read is dropped)."""
    if _closed_list(text, i):
        return ()  # 不再担任某职、某职职务，乙任某职: a list its word closed takes no piece after the comma
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
    names = item_names(text, m.start("names"), m.end("names"), True)
    if len(names) != 1:
        return []
    name, a, b = names[0]
    chain = chain_before(text, a, m.start("names"), _sentence_places(text, a, places))
    if not chain or chain[-1].end != a:
        return []
    chain = (*chain[:-1], _unmarked(chain[-1], places))  # 原某局副局长甲退休: the post itself
    out = [Found(name, a, b, form.id, _changed(chain, form.change, form.id))]
    prev = m.groupdict().get("prev")  # 新任某职甲，前任乙…: 乙 leaves the post 甲 gets
    if prev is not None and plausible_name(prev) and prev != name:
        out.append(Found(prev, m.start("prev"), m.end("prev"), form.id, _changed(chain[-1:], "end", form.id)))
    return out


def _unmarked(element: Element, places: ContextPlaces) -> Element:
    """An element printed after a leading former marker (原某局副局长) as the post itself, the marker left out."""
    printed = element.position.printed
    marker = next((w for w in uses("former") if printed.startswith(w)), "")
    post = canonical(printed[len(marker) :], None, places) if marker else None
    return replace(element, position=post) if post is not None and post.organization else element


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
