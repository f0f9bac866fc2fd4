"""owntrips: a person's own trip printed with its day (某市长某某7日到访某市, 某某20日起对某国进行官式访问, 某某20日
到某市访问): the page reports the trip as it happens, so it is a ``visit`` of that person even with no group named
and no talks told (lane trips28). A visit word with no day printed before it in its clause (某某此次访华, 访华期间)
stays a trip told through its talks (``visits.person_visit``); the words are ``own_trips.tsv``."""

from __future__ import annotations

from .. import lexicons
from ..model import Mention, TimeExpr
from ..punctuation import COMMAS
from . import eventrules as rules
from .draft import Context
from .eventplaces import abbreviations
from .titleholder import subject_before

_GAP = 6  # at most these characters between the traveller and the verb, the day left out (于, 上午, 起)
_BEFORE_LEAD = 3  # at most these before a lead word (20日起对某国…: 起)
_DESTINATION = 10  # the longest destination printed between a lead word and the verb
_MANNER = 8  # the longest kind of visit after a light verb (进行为期N天的官式访问)


def _uses(use: str) -> tuple[str, ...]:
    return lexicons.word_uses("events/own_trips.tsv", use)


def dated_trip(ctx: Context, word: str, left: int, start: int) -> bool:
    """A visit word that tells the trip itself (到访, 访问, 出访: own_trips.tsv ``verb``; not a going, 赴某地出席某会)
    with a date before it in its clause (甲将于5月2日访问某地)."""
    return word in _uses("verb") and any(t.kind == "date" for t in ctx.times(left, start))


def dated_own_trip(ctx: Context, trigger: rules.Trigger, span: tuple[int, int, int, int]) -> bool:
    """Whether the visit word at ``start…end`` is a person's own trip: a ``verb`` of own_trips.tsv, the person
    printed before it, a day printed in the clause before the word (甲8日到访某地) or opening the sentence (8日，甲
    访问某地), and a destination: after the word, or between (甲8日到某地访问, 甲8日对某国进行访问)."""
    left, start, end, right = span
    carried = _carries_place(trigger.word)  # 某某本月25至28日访台: the word holds the destination
    if trigger.event_type != "visit" or (trigger.word not in _uses("verb") and not carried):
        return False
    person = next((p for p in reversed(ctx.people(left, start)) if p.end <= start), None) or subject_before(ctx, left)
    if person is None or _opening_blocked(ctx, left, person.start):
        return False
    days = _days(ctx, left, start)
    if not days and not _day_opener(ctx, left):
        return False
    gap = _gap(ctx, person, start, days)
    if any(w in gap for w in rules.uses("set_off")):  # 甲明天将启程出访某国: set off on, announced with its day (A3)
        for word in (*rules.uses("set_off"), *sorted(rules.words("plan_words.txt"), key=len, reverse=True)):
            gap = gap.replace(word, "")
    if (carried or rules.compact(ctx.doc.text[end:right])) and _plain(gap, _GAP):
        return True
    return bool(_destination_in(gap))


def destination(ctx: Context, actor: Mention, start: int) -> str:
    """The destination an own trip prints between the traveller and the verb (甲8日到某地访问 → 某地), or ""."""
    left = ctx.sentence_at(start).start
    return _destination_in(_gap(ctx, actor, start, _days(ctx, left, start)))


def _carries_place(word: str) -> bool:
    """A visit word of an ``abbreviated`` character and a place's one-character abbreviation (访台, 访华)."""
    return len(word) == 2 and word[0] in _uses("abbreviated") and word[1] in abbreviations()


def _days(ctx: Context, left: int, start: int) -> list[TimeExpr]:
    return [t for t in ctx.times(left, start) if t.kind == "date" and t.precision == "day"]


def _gap(ctx: Context, person: Mention, start: int, days: list[TimeExpr]) -> str:
    """The text between the traveller and the verb with its days left out."""
    text = ctx.doc.text
    kept = (ch for i, ch in enumerate(text[person.end : start], person.end) if not any(t.start <= i < t.end for t in days))
    return _without_manner(rules.LATIN_GLOSS.sub("", rules.compact("".join(kept))))  # 甲(Ann Lee)于8日访问某地


def _without_manner(gap: str) -> str:
    """The gap without the ``manner`` words of the trip (首度, 首次), a capacity (以某身份: ``capacity`` opening and
    closing it) and an invitation (应某政府邀请，: patterns.tsv ``invitation``): they say how the trip is made, never
    who makes it."""
    for word in _uses("manner"):
        gap = gap.replace(word, "")
    invited = rules.pattern("invitation").search(gap)
    if invited is not None:
        gap = gap[: invited.start()] + gap[invited.end() :].removeprefix("，").removeprefix(",")
    opening, closing = (next(iter(_uses(f"capacity_{end}")), "") for end in ("open", "close"))
    at = gap.find(opening) if opening else -1
    shut = gap.find(closing, at + 1) if at >= 0 and closing else -1
    return gap[:at] + gap[shut + len(closing) :] if 0 <= at < shut <= at + 1 + _MANNER else gap


def _plain(words: str, most: int, markers: bool = True) -> bool:
    """A short stretch with no act or participation word and no word that makes the act another's (an object
    marker too, unless ``markers`` is off: the kind of a visit, 为期三天的, may hold one)."""
    if len(words) > most or rules.trigger_pattern().search(words) or rules.participation_pattern().search(words):
        return False
    blocked = (*(rules.uses("object_marker") if markers else ()), *rules.uses("welcomes"), *rules.words("not_before.txt"))
    return not any(w in words for w in blocked)


def _destination_in(gap: str) -> str:
    """The destination after a lead word (到某地, 对某国 + a light verb) in the gap, or ""."""
    for lead in (*_uses("lead"), *_uses("object_lead")):
        at = gap.find(lead)
        if at < 0 or at > _BEFORE_LEAD or not _plain(gap[:at], _BEFORE_LEAD):
            continue
        rest = gap[at + len(lead) :]
        light = next(((i, w) for w in _uses("light") if (i := rest.find(w)) >= 0), None)
        if light is None and lead in _uses("object_lead"):
            continue  # 对某国…访问 with no light verb: not a trip told this way
        place, manner = (rest[: light[0]], rest[light[0] + len(light[1]) :]) if light else (rest, "")
        if 1 <= len(place) <= _DESTINATION and _plain(place, _DESTINATION) and _plain(manner, _MANNER, markers=False):
            return place
    return ""


def _opening_blocked(ctx: Context, left: int, at: int) -> bool:
    """A plan, an invitation or a welcome opening the clause before the traveller (欢迎甲20日来某地访问)."""
    opening = rules.compact(ctx.doc.text[left:at])
    return any(w in opening for w in (*rules.uses("welcomes"), *rules.words("plan_words.txt")))


def _day_opener(ctx: Context, left: int) -> bool:
    """Whether the clause before ``left`` is a day alone opening the sentence (8日上午，甲访问某地)."""
    sentence = ctx.sentence_at(left)
    days = _days(ctx, sentence.start, left)
    if not days:
        return False
    text = ctx.doc.text
    before, after = rules.compact(text[sentence.start : days[0].start]), rules.compact(text[days[-1].end : left])
    return not before and all(ch in COMMAS for ch in after)
