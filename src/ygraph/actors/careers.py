"""careers: the posts a biography lists after a verb (曾任甲、乙，丙等职; 2011年任某市长), given to the
nearest person named before the verb. The verbs are data (``actors/career_verbs.tsv``); the posts are past
posts (``Element.former``), dated by their own sentence only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .. import lexicons
from ..lexicons import alternation, cached
from ..punctuation import (
    CLAUSE_BREAKS,
    CLOSING_BRACKETS,
    CLOSING_QUOTES,
    COMMAS,
    LINE_BREAK,
    LIST_MARK,
    OPENING_BRACKETS,
    OPENING_QUOTES,
    SEMICOLONS,
    SENTENCE_ENDS,
)
from ..scan import starts
from ..time.numerals import numeral_characters
from .actorlex import city_provinces, city_stems, longest_suffix_title, place_prefix, uses, words
from .chains import Element, chain_before
from .personrules import Found
from .placecontext import ContextPlaces
from .positions import Position, owned

_BACK = 150  # how far back the person may be named
_PIECE = 40
_SENTENCE_END = SENTENCE_ENDS + SEMICOLONS + LINE_BREAK


@cached
def _verbs() -> tuple[tuple[str, str, bool], ...]:
    """(verb, the character it must follow or "-", whether its posts are held now: 现任, 转任)."""
    rows = lexicons.load_table("actors/career_verbs.tsv")
    verbs = ((r[0], r[1], len(r) > 2 and r[2] == "now") for r in rows)
    return tuple(sorted(verbs, key=lambda r: -len(r[0])))


def careers(text: str, found: list[Found], places: ContextPlaces) -> list[Found]:
    """The career posts of the people in ``found`` (sorted by start), as findings on their name spans."""
    starts = [f.start for f in found]
    out: list[Found] = []
    last: tuple[int, Position] | None = None  # where the last list ended, its last post
    own: dict[str, ContextPlaces] = {}  # a person's career places: 历任某省某市副市长…任省委常委 → 某省委常委
    spans = sorted([*((at, end, now, "") for at, end, now in _verb_spans(text)), *_resume_spans(text)])
    verbs = [at for at, _, _, _ in spans]
    block: tuple[int, Found] | None = None  # the last résumé line read and its person
    for at, end, now, line_rule in spans:
        f = _next_line(text, starts, block, at) if line_rule else None
        k = bisect_left(starts, at) - 1
        if f is None and (k < 0 or at - found[k].end > _BACK):
            continue
        mark = max(found[k].end, last[0]) if last and out[-1].name == found[k].name else found[k].end
        if f is None and not _subject(text, found[k], at, now, _sentences(text, mark, at) <= 1):
            continue
        same = last is not None and not any(c in _SENTENCE_END for c in text[last[0] : at])
        f = f or found[k]
        block = (at, f) if line_rule else block
        if f.name not in own:  # 某省人大常委会副主任甲转任省委常委: the title before the name places the career
            own[f.name] = places.copy()
            _learn(own[f.name], f.chain)
        mine = own[f.name]
        end = _past_terms(text, end)  # 历任两任某市长: the count of terms is no post
        where = _workplace(text, at)
        placed = where is not None and where.organization == where.place  # 在某地担任某职: that place's
        chain = _posts(text, end, mine, last[1] if last and same and not placed else where, verbs, bool(line_rule))
        chain = _in_place(chain, where.place) if where and placed else chain
        chain += _confirmed(text, chain)
        if chain and now:  # 现任某职, 转任某职: posts held at the time of the sentence, dated like it
            chain = tuple(replace(el, former=False, change="") for el in chain)
        if line_rule:  # a résumé line's posts: the row that read the line reaches the fact
            chain = tuple(replace(el, rule=line_rule) for el in chain)
        if chain:
            out.append(Found(f.name, f.start, f.end, "career", chain))
            last = (chain[-1].end, chain[-1].position)
            _learn(mine, chain)
    return out


def _next_line(text: str, starts: list[int], block: tuple[int, Found] | None, at: int) -> Found | None:
    """The person of the résumé line read last when the line at ``at`` comes right after it, no name between: a
    résumé's lines run on however long it is."""
    if block is None or text.count(LINE_BREAK, block[0], at) != 1 or bisect_left(starts, at) != bisect_left(starts, block[0]):
        return None
    return block[1]


_WORKPLACE = 20  # the longest organisation printed as where a career went on (在某某局先后担任…)


def _workplace(text: str, at: int) -> Position | None:
    """The organisation a career's verb follows in its clause (``word_uses.tsv`` workplace_lead: 在某局先后担任
    副处长、处长 → the bare posts are that organisation's), or None."""
    start = max(text.rfind(c, 0, at) for c in CLAUSE_BREAKS + LINE_BREAK) + 1
    lead = max(((text.rfind(w, start, at), w) for w in uses("workplace_lead")), default=(-1, ""))
    if lead[0] < 0:
        return None
    org = text[lead[0] + len(lead[1]) : at]
    if _known_place(org):
        return Position(org, org, org, "", org, True)  # 在某地担任地委书记 → 某地地委书记
    if not 2 < len(org) <= _WORKPLACE or not org.endswith(uses("org_end")) or longest_suffix_title(org):
        return None
    return Position(org, org, org, "", place_prefix(org), True)


_PLACED = "@place"  # career_verbs.tsv: the verb follows 在 and a place in its clause (在某地担任某职)


def _placed(text: str, at: int) -> bool:
    """A ``workplace_lead`` (在) and a place the vocabulary knows, alone, right before the verb at ``at``."""
    start = max(text.rfind(c, 0, at) for c in CLAUSE_BREAKS + LINE_BREAK) + 1
    lead = max(((text.rfind(w, start, at), w) for w in uses("workplace_lead")), default=(-1, ""))
    return lead[0] >= 0 and _known_place(text[lead[0] + len(lead[1]) : at])


def _in_place(chain: tuple[Element, ...], place: str) -> tuple[Element, ...]:
    """The posts of a career held in a place (在某地担任地委书记) that print none: that place's (某地地委书记)."""
    out = []
    for el in chain:
        p = el.position
        placed = p.place or p.organization.startswith(place)
        out.append(el if placed else replace(el, position=owned(place + p.printed, place + p.organization, p.head)))
    return tuple(out)


def _known_place(text: str) -> bool:
    """``text`` is a place the vocabulary knows, whole (a province, a city, a city's stem: 某地)."""
    return len(text) >= 2 and (place_prefix(text) == text or text in city_stems() or text in city_provinces())


def _confirmed(text: str, chain: tuple[Element, ...]) -> tuple[Element, ...]:
    """任某市代市长，次年2月“去代转正”: a word confirming the acting holder (``acting_confirmed``) later in the
    sentence of a career's acting post gives the full post, printed (and dated) where that word is."""
    acting = [el for el in chain if _printed_body(el.position).endswith(uses("acting"))]
    if not acting:
        return ()
    stop = min((k for c in _SENTENCE_END if (k := text.find(c, chain[-1].end)) >= 0), default=len(text))
    at = min(((k, w) for w in uses("acting_confirmed") if (k := text.find(w, chain[-1].end, stop)) >= 0), default=None)
    if at is None:
        return ()
    body = _printed_body(acting[-1].position)
    word = max((a for a in uses("acting") if body.endswith(a)), key=len)
    full = owned(acting[-1].position.head, body.removesuffix(word), acting[-1].position.head)
    return (Element(full, at[0], at[0] + len(at[1]), former=True, change="past"),)


def _printed_body(position: Position) -> str:
    """What the post prints before its title head, a modifier kept (某市代 of 某市代市长)."""
    return position.canonical.removesuffix(position.head)


def _learn(places: ContextPlaces, chain: tuple[Element, ...]) -> None:
    """The places a career prints (某省某市副市长: 某省 and 某市) become that career's context places."""
    for el in chain:
        for place in (place_prefix(el.position.printed), el.position.place):
            if place and place[-1] in uses("place_level"):
                places.print_place(place[-1], place)


def _sentences(text: str, a: int, b: int) -> int:
    """How many sentences end in ``text[a:b]``."""
    return sum(c in SENTENCE_ENDS + LINE_BREAK for c in text[a:b])


def _subject(text: str, f: Found, verb: int, now: bool, next_sentence: bool) -> bool:
    """The person a career list belongs to: named in the verb's sentence, or starting an earlier sentence
    of the passage (龚明远1961年生，江西人。曾任…), or before a clause that opens with a time only (…。次年
    当选某职) in the sentence after the name or after the person's last career post (``next_sentence``);
    never a speaker whose words name someone else."""
    between = text[f.end : verb]
    if any(w in between for w in words("speech_verbs.txt")):
        return False  # 甲说，…乙曾任…: the career is reported, not the speaker's
    if between.startswith(uses("under_adverbial")):
        return False  # 在省长甲监誓下就任某职: 甲 is the adverbial's, the post another subject's
    if not any(c in SENTENCE_ENDS + LINE_BREAK for c in between):
        return True  # 甲…曾任某职；2015年后曾任某职: a biography's clauses run on across semicolons
    opening = max(i for i, c in enumerate(between) if c in CLAUSE_BREAKS + LINE_BREAK) + 1
    if next_sentence and not now and _time_lead(between[opening:]):  # a post held now is dated by the name's sentence
        return True  # 甲2019年调任某职。次年当选某职: a clause opening with a time only goes on the résumé
    sentence = between[max(i for i, c in enumerate(between) if c in _SENTENCE_END) + 1 :]
    if _pronoun_lead(sentence):
        return True  # 甲…。三年后，他转任某职: the person named last, told of again as 他/她
    if _titled_other(between[opening:]):
        return False  # 甲…。资料显示，某书记乙曾任…: a titled subject of its own, a name the reading missed
    if text.startswith(uses("biography_lead"), f.end):
        return True  # 简历显示，甲，男，汉族，…。曾任…: the subject of the biography the passage opens
    return f.start == 0 or text[f.start - 1] in _SENTENCE_END


def _titled_other(clause: str) -> bool:
    """The clause before a career verb prints a title, then two characters or more (a name: “某书记”某某曾任)."""
    name = clause.strip("".join(OPENING_QUOTES + CLOSING_QUOTES) + " ")
    ends = [k for k in range(2, len(name) - 1) if longest_suffix_title(name[:k])]
    return bool(ends) and len(name[max(ends) :].strip("".join(OPENING_QUOTES + CLOSING_QUOTES))) >= 2


def _pronoun_lead(sentence: str) -> bool:
    """The sentence before a career verb opens with a pronoun (``career_pronoun``: 他, 她), perhaps after a time
    (2005年，他升至某职; 今年10月，他由中央调往地方，出任某职): its subject is the person named last."""
    clauses = [c for c in re.split(f"[{re.escape(CLAUSE_BREAKS)}]", sentence) if c and not _time_lead(c)]
    first = clauses[0] if clauses else ""
    return any(p in first and _time_lead(first[: first.find(p)]) for p in uses("career_pronoun"))


def _past_terms(text: str, i: int) -> int:
    """Past a count of terms printed right after a career verb (两任, 三届: numerals and a ``term_unit``)."""
    digits = numeral_characters(("digit", "ten", "count")) + _ARABIC
    k = i
    while k < len(text) and k - i < _TERM_DIGITS and text[k] in digits:
        k += 1
    unit = next((u for u in uses("term_unit") if text.startswith(u, k)), "") if k > i else ""
    return k + len(unit) if unit else i


_TERM_DIGITS = 3
_ARABIC = "0123456789０１２３４５６７８９"  # digits, half and full width


def _time_lead(lead: str) -> bool:
    """Only a time before the verb (同年6月, 2020年, 其后): no subject of its own (career_lead words, numerals)."""
    for word in uses("career_lead"):
        lead = lead.replace(word, "")
    return not lead.strip(numeral_characters(("digit", "ten")) + _ARABIC + COMMAS + LIST_MARK)


@cached
def _resume_rows() -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """(row id, the pattern of a résumé line's date range, whether its posts are held now: an open range)."""
    return tuple((r[0], re.compile(r[1], re.M), r[2] == "now") for r in lexicons.load_table("actors/resume_lines.tsv"))


def _resume_spans(text: str) -> list[tuple[int, int, bool, str]]:
    """A résumé line's date range (1996.01-1997.03某县县委常委) opening a line, read as a career verb: the posts
    after it are the résumé's person's (past ones, or held now after an open range: 2012.09-某市长)."""
    return [
        (m.start(), m.end(), now, f"resume:{row}") for row, pattern, now in _resume_rows() for m in pattern.finditer(text)
    ]


def _verb_spans(text: str) -> list[tuple[int, int, bool]]:
    """Where a career verb is printed (longest first), never right after a notice's passive (获调任为…) or a
    future marker (将升任…: a post to come)."""
    spans: list[tuple[int, int, bool]] = []
    taken = -1
    verbs, passive = _verbs(), uses("passive_before") + uses("future_tense")
    for i in starts(tuple(v for v, _, _ in verbs), text):  # a position where no verb starts gives nothing
        if i < taken or (i > 0 and text.endswith(passive, 0, i)):
            continue
        for verb, after, now in verbs:
            if text.startswith(verb, i) and (after == "-" or (i > 0 and text[i - 1] == after) or (after == _PLACED and _placed(text, i))):
                spans.append((i, i + len(verb), now))
                taken = i + len(verb)
                break
    return spans


def _posts(
    text: str, i: int, places: ContextPlaces, prev: Position | None, verbs: list[int], line: bool = False
) -> tuple[Element, ...]:
    """Pieces after ``text[i]`` split at 、 and ，, each a post (the first one starts right at ``i``);
    ``prev``: the post the sentence's previous list ended with (…副市长，2002年任市长 → the same city).
    A piece holding a career verb of its own (…副书记，随后兼任某职) starts that verb's list instead. On a
    résumé ``line`` a piece naming no post (教师, 学生) is passed over, and a bracketed note ends its piece."""
    out: list[Element] = []
    stops = CLAUSE_BREAKS + LIST_MARK + LINE_BREAK + (OPENING_BRACKETS if line else "")
    while i < len(text):
        if out and text.startswith(uses("plan_only"), i):
            break  # 现任某职，拟任某职: the post after 拟 is only proposed (word_uses plan_only)
        j = i
        while j < len(text) and j - i <= _PIECE and text[j] not in stops:
            j += 1
        joiner = _post_joiner(text, i, j)  # 某委副主任和某委主任: two posts
        j = joiner[0] if joiner[1] else j
        piece_end = j
        if out and bisect_left(verbs, i) < len(verbs) and verbs[bisect_left(verbs, i)] < piece_end:
            break
        ending = next((e for e in uses("career_end") if text.startswith(e, piece_end - len(e), piece_end)), "")
        ending = ending or _duration(text[i:piece_end])  # 担任某职三年左右: how long, no part of the post
        piece_end -= len(ending) if longest_suffix_title(text[i : piece_end - len(ending)]) else 0
        titled = piece_end > i and longest_suffix_title(text[i:piece_end])
        chain = chain_before(text, piece_end, i, places, prev) if titled else ()
        if (not chain or chain[0].start != i) and not line:
            break
        if chain and chain[0].start == i:
            out.extend(replace(el, former=True, change="past") for el in chain)
            prev = chain[-1].position
        j = _past_notes(text, j) if line else j  # 某县县长(1999.01当选)(其间:…): the notes of the line
        if ending or j >= len(text) or (text[j] not in COMMAS + LIST_MARK and not joiner[1]):
            break
        i = j + (joiner[1] or 1)
    return tuple(out)


def _duration(piece: str) -> str:
    """How long a post was held, printed at the end of its piece (三年, 三年左右, 十多年): "" when none."""
    m = _duration_pattern().search(piece)
    return m.group() if m else ""


@cached
def _duration_pattern() -> re.Pattern[str]:
    digits = "".join(sorted(set(numeral_characters(("digit", "ten", "count")))))
    unit, more, about = (alternation(uses(u)) for u in ("duration_unit", "duration_more", "duration_about"))
    return re.compile(f"(?<![0-9])(?:[0-9]{{1,2}}|[{digits}]+)(?:{more})?(?:{unit})(?:{more}|{about})?$")  # never 2011年


def _past_notes(text: str, j: int) -> int:
    """Past the bracketed notes printed from ``text[j]`` on (none: ``j``)."""
    while j < len(text) and text[j] in OPENING_BRACKETS:
        close = min((k for c in CLOSING_BRACKETS if (k := text.find(c, j)) >= 0), default=-1)
        if close < 0 or LINE_BREAK in text[j:close]:
            return j
        j = close + 1
    return j


def _post_joiner(text: str, i: int, j: int) -> tuple[int, int]:
    """Where a joiner of two posts (``career_joiner``: 和, 及) stands in the piece ``text[i:j]`` right after a
    title head, and its length; (j, 0) when none does."""
    ending = next((e for e in uses("career_end") if text.startswith(e, j - len(e), j)), "")
    for k in range(i + 2, j):
        w = next((w for w in uses("career_joiner") if text.startswith(w, k)), "")
        if w and longest_suffix_title(text[i:k]) and longest_suffix_title(text[k + len(w) : j - len(ending)]):
            return k, len(w)
    return j, 0
