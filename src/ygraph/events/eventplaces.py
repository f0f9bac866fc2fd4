"""eventplaces: where an event is held — the place phrase of a sentence (在某地, 抵杭), the one place table's
canonical names and abbreviations, and what may stand in a place slot (never a date, a person or an event)."""

from __future__ import annotations

import re

from .. import lexicons
from ..actors.actorlex import place_table, provinces, short_place, strip_place_suffix
from ..actors.actorlex import uses as uses_actors
from ..lexicons import alternation, cached
from ..punctuation import COMMAS, LINE_BREAK
from .eventrules import CLAUSE_BREAKS, compact, happening, pattern, strip_end, trigger_pattern, uses
from .kinds import name_triggers


@cached
def place_patterns() -> tuple[re.Pattern[str], ...]:
    """在X(举行|召开…) then 到X(调研…), from ``place_phrases.tsv`` (a place of at most ``reach`` characters
    of ``patterns.tsv``'s ``place_char``)."""
    following: dict[tuple[str, str], list[str]] = {}
    for preposition, word, reach in lexicons.load_table("events/place_phrases.tsv"):
        following.setdefault((preposition, reach), []).append(re.escape(word))
    char = pattern("place_char").pattern
    return tuple(
        re.compile(rf"{re.escape(p)}({char}{{1,{int(reach)}}}?)(?={'|'.join(words)})")
        for (p, reach), words in following.items()
    )


def place_in(text: str) -> tuple[str | None, int, int]:
    """A place phrase 在X(召开|举行…) or 到X调研 in ``text``: (canonical place, start, end) or (None, -1, -1)."""
    # the earliest phrase, the shortest place there, whatever its following word's reach (在某地举行…开幕)
    firsts = (next((m for m in p.finditer(text) if not _names_event(text, m.end(1))), None) for p in place_patterns())
    m = min((m for m in firsts if m is not None), key=lambda m: (m.start(), m.end()), default=None)
    short = abbreviation_pattern().search(text)
    if short and (not m or short.start() <= m.start()):  # 来沪交流访问: the abbreviation, not 沪交流
        return abbreviations()[short.group(1)], short.start(), short.end()
    if not m:
        return None, -1, -1
    place = canonical_place(strip_end(m.group(1), uses("place_verb")))  # 到某市进行检查: 进行 is no place
    return (place if is_place(place) else None), m.start(), m.end()


def first_stop(text: str) -> str | None:
    """The first of the places a tour ending ``text`` lists (到甲县、乙县、丙区，调研 → 甲县): where the tour is placed
    when no place phrase names one (a gold place containing it or contained in it is found)."""
    m = _tour_ending().search(text)
    place = canonical_place(m.group("place")) if m is not None else ""
    return place if place and is_place(place) else None


@cached
def _tour_ending() -> re.Pattern[str]:
    """patterns.tsv ``tour_stop`` ending the text searched: the list of the tour word the text ends with."""
    return re.compile(pattern("tour_stop").pattern + "$")


def _names_event(text: str, at: int) -> bool:
    """The word after a place phrase's place opens an event's name (在新闻发布会上: 发布 of 发布会), so the
    phrase names no place."""
    return text.startswith(name_triggers(), at)


def place_levels() -> tuple[str, ...]:
    """The level characters that end a printed place (省, 市, 区, 县: actors' ``place_level``)."""
    return uses_actors("place_level")


def is_place(name: str) -> bool:
    """A place slot never holds a deictic (我省, 该市), a date, an event's name (…座谈会; 会议室 is a place) or an
    agreement (在某协议上签字)."""
    bare = strip_end(name, tuple(after for _, after in happening().around))  # 在某座谈会上
    ends_as_event = bare.endswith(name_triggers())
    signed_on = any(w in name for w in uses("agreement"))  # 在某合作备忘录上签字: the paper signed, no place
    return bool(name) and not pattern("not_place").search(name) and not ends_as_event and not signed_on


@cached
def abbreviation_pattern() -> re.Pattern[str]:
    """A motion verb and a one-character place abbreviation (抵杭, 来沪, 赴粤) followed by a clause break
    or a word of ``after_abbreviation`` (来沪考察): the abbreviation is the place."""
    short = alternation(abbreviations())  # "(?!)" when there is none
    verbs, follow = alternation(uses("motion")), alternation(uses("after_abbreviation"))
    breaks = re.escape(CLAUSE_BREAKS)
    return re.compile(rf"(?:{verbs})({short})(?=[{breaks}]|$|{follow})")


@cached
def abbreviations() -> dict[str, str]:
    """The one-character abbreviations of the place table (scope ``abbreviation``: 京, 沪, 川) and the
    event place each stands for (北京, 上海, 四川)."""
    every, plain = place_table(True), place_table()
    return {k: short_place(v) for k, v in every.items() if k not in plain and len(k) == 1}


def canonical_place(raw: str) -> str:
    """安徽省合肥市 → 合肥, 浙江杭州 → 杭州, 浙江省 → 浙江, 京 → 北京: the most specific part, in the short
    form of the place table (``actorlex.short_place``)."""
    table = place_table(True)  # with abbreviations
    if raw in table:
        return short_place(table[raw])
    cut = "|".join(f"(?<={re.escape(w)})" for w in uses_actors("province_suffix"))
    parts = [p for p in re.split(cut, raw) if p] if cut else [raw]
    if len(parts) > 1 and parts[0] in uses_actors("province_suffix"):
        parts = [parts[0] + parts[1], *parts[2:]]  # 省委党校: a level character opening an organ cuts nothing
    last = strip_place_suffix(parts[-1])
    for province in provinces():
        if last.startswith(province) and len(last) > len(province) + 1:
            if last[len(province) :] not in uses("venue_end"):  # 北京饭店: a venue named after the province
                last = last[len(province) :]
            break
    return short_place(table[last]) if last in table else strip_place_suffix(last)


HOST_SPAN = 12  # the host's name right after a call word (拜会临江省海州市人民政府: 10 characters; acts.py too)


def host_place(text: str, end: int, right: int) -> str | None:
    """Where a call (拜会, word_uses ``call_verb``) took place when its clause prints no place: the place the host's
    post or body opens with (拜会台南市长某某 → 台南, 拜会江城市政府 → 江城); a place of the table, or a name
    printed with its level (某某市); None when the host names none (拜会某某市长: a person's name, 拜会本会)."""
    head = text[end:right][:HOST_SPAN]
    head = next((head.removeprefix(w) for w in uses("aspect") if head.startswith(w)), head)
    at = min((i for w in uses("host_body") if (i := head.find(w)) > 0), default=-1)
    raw = head[:at] if at > 0 else ""
    if len(raw) < 2 or not is_place(raw):
        return None
    if raw in place_table(True) or (len(raw) >= 3 and raw.endswith(place_levels())):
        return canonical_place(raw)
    return None


def clause_place(text: str, floor: int, head: int) -> str | None:
    """A clause of the sentence before an act that is a place adverbial alone (与此同时，在某市政府，某某宣誓就任):
    a ``venue_lead`` word (在) and a place the vocabulary knows or one ending with a ``venue_end`` word; None when
    there is none."""
    for clause in reversed(re.split(f"[{re.escape(CLAUSE_BREAKS)}]", text[floor:head])):
        lead = next((w for w in uses("venue_lead") if clause.startswith(w)), "")
        if not lead or len(clause) > _VENUE_REACH:
            continue
        place = canonical_place(clause[len(lead) :])
        known = place in place_table() or place.endswith(uses("venue_end"))
        if known and is_place(place):
            return place
    return None


_VENUE_REACH = 13  # 在 and a venue of at most twelve characters
MOTION_TOURS = ("inspection",)  # acts a motion clause before them places and titles (talks are titled by their partner)
_MOTION_REACH = 16  # a motion word and where it goes, in the clause before an act (赴某某土家族苗族自治州)


def act_place(text: str, floor: int, span: tuple[int, int, int, int], event_type: str) -> str | None:
    """The place of an act its actor does, ``span`` = (the actor's end, the clause's start, the act's clause past
    its times, the act word's end): a place phrase of the clause, read for a tour with a motion clause closing
    right before it (``motion_tail``: 甲赴某州，调研某工作), else a place adverbial of the sentence (``clause_place``)."""
    actor_end, left, head, end = span
    motion = motion_tail(text, actor_end, left) if event_type in MOTION_TOURS else ""
    return place_in(motion + text[head:end])[0] or clause_place(text, floor, head)


def motion_tail(text: str, actor_end: int, left: int) -> str:
    """The clause closing right before the clause at ``left`` when it ends with a ``tour_motion`` word and where
    it goes, printed right after a person (甲赴某州，调研某工作): the act's place and the start of its title, as if no
    comma stood between; "" else (甲赴某市出席会议，…: an act of its own)."""
    if left < 2 or text[left - 1] not in COMMAS:
        return ""
    opening = max(text.rfind(c, 0, left - 1) for c in CLAUSE_BREAKS + LINE_BREAK) + 1
    clause = text[opening : left - 1]
    at, word = max(((clause.rfind(w), w) for w in uses("tour_motion")), default=(-1, ""))
    tail = compact(clause[at:]) if at > 0 and opening < actor_end <= opening + at else ""
    if not tail or len(tail) > _MOTION_REACH or trigger_pattern().search(tail, len(word)):
        return ""  # 甲赴某市出席某会，…: the clause tells an act of its own
    return tail
