"""sittings: meetings and their sittings (某会议第三次全体会议, 闭幕大会, 第十三次会议), named after the
meeting or body holding them, and references back to earlier meetings, for ``events.py``."""

from __future__ import annotations

import re
from collections.abc import Callable
from os.path import commonprefix

from ..actors.actorlex import city_stems, longest_suffix_title
from ..actors.actorlex import uses as uses_actors
from ..actors.chains import chain_start
from ..lexicons import cached
from ..punctuation import COMMAS, LIST_MARK
from . import eventrules as rules
from . import namewalk, openacts, titlematch
from .draft import Context, Draft, compared
from .eventplaces import place_levels, place_table
from .groups import without_times

TARGET = "TARGET-"  # time/rules.tsv target and target_noun: a plan's target year (2035年远景目标), no date


def session(title: str) -> bool:
    """A sitting named only by its ordinal and kind (第三次全体会议, 闭幕大会): it needs its holder's name."""
    key = rules.compact(title)
    term = rules.pattern("sitting_term").match(key)  # 十五届二十次主席会议: the body's term before the count
    counted = rules.pattern("ordinal").match(key, term.end()) if term else None
    if counted and key[counted.end() :] in rules.uses("ordinal_session"):
        return True  # (a term before a plenary, 十届五次全会, stays the party's own name: not read here)
    ordinal = rules.pattern("ordinal").match(key)
    rest = key[ordinal.end() :] if ordinal else key
    if rest in rules.uses("ordinal_session"):
        return rest != key  # 第十三次会议 is a sitting, 会议 alone is a bare mention
    return rest in rules.uses("session")


def is_sitting(title: str) -> bool:
    """A name ending in a sitting (某会议第三次全体会议, 某会议闭幕大会)."""
    key = rules.compact(title)
    words = [w for w in rules.uses("session") if w not in rules.uses("ordinal_session")]
    return any(key.endswith(w) and len(key) > len(w) + 4 for w in words)


def back_reference(text: str, floor: int, left: int) -> bool:
    """学习/传达/研究讨论 … 在某会上的讲话: the clause studies what was said at an earlier event."""
    return any(w in text[floor : left + 1] for w in rules.uses("back_reference"))


def convened_body(ctx: Context, left: int, start: int, past_at: bool = True) -> str:
    """What stands before a convening verb (召开/举行) right before ``start``, dates left out and compacted;
    "" when there is no such verb or a person convenes (某某召开这次座谈会 is anaphora); with ``past_at``
    false, "" when a 在 phrase comes first (the place of the meeting, not its body). A 在 phrase naming a
    printed place or a venue (某常委会在江城举行…, 在某宾馆举行…: word_uses venue_end) leaves the body before it."""
    text = ctx.doc.text
    floor, left = left, rules.after_last(text, rules.uses("body_after"), left, start)  # 某某在某会议举行…上当选
    if left > floor and not past_at:
        return ""  # 两省在某市召开座谈会: after 在 stands where they met, not who
    left = namewalk.after_clock(text, left, start)  # 16:46:00 / 某党下午召开: the page's stamp is no body
    head = text[left:start].rstrip()
    verb = next((v for v in rules.uses("convenes") if head.endswith(v)), "")
    if not verb or ctx.people(left, start):
        return ""
    where = rules.compact(head[: -len(verb)])
    if left > floor and (_printed_place(where) or where.endswith(rules.uses("venue_end"))):  # 在某宾馆举行…
        word = next(w for w in rules.uses("body_after") if text.startswith(w, left - len(w)))
        floor = namewalk.after_clock(text, floor, left)
        return "" if ctx.people(floor, left) else _compact_body(ctx, floor, left - len(word))
    # a headline printed twice (某小组召开第二次全体会议某小组召开…): the body starts after a name
    named = next(reversed(list(rules.trigger_pattern().finditer(text, left, left + len(head) - len(verb)))), None)
    if named is not None and any(v in text[left : named.start()] for v in rules.uses("convenes")):
        left, head = named.end(), text[named.end() : left + len(head)]
    return _compact_body(ctx, left, left + len(head) - len(verb))


def dated_body(ctx: Context, left: int, start: int) -> str:
    """某院今（4）日院会通过…: the body printed right before the day the sitting is told on, with no convening verb
    between (the day ends right at ``start``); "" when no day stands there or a person does."""
    text = ctx.doc.text
    day = next((t for t in ctx.times(left, start) if not text[t.end : start].strip()), None)
    if day is None or day.start <= left or ctx.people(left, start):
        return ""
    return _compact_body(ctx, left, day.start)


def own_sitting_body(ctx: Context, word: str, left: int, start: int) -> str:
    """某院长甲昨日主持院会: the body of the post printed before the person who presides over a body's own sitting
    named by its noun alone (``own_sitting``: 院会; a ``presides`` verb right before it, dates between left out):
    某院 (a contracted head, 院长, gives back its character); "" for another noun (主持会议 is the meeting told), when
    no person presides there or the post names no body."""
    return presiding_post_body(ctx, left, start) if word in rules.uses("own_sitting") else ""


def presiding_post_body(ctx: Context, left: int, start: int) -> str:
    """The body of the post printed before the person right before a ``presides`` verb that ends at ``start``."""
    text = ctx.doc.text
    people = ctx.people(left, start)
    if not people or rules.compact(without_times(ctx, people[-1].end, text[people[-1].end : start])) not in rules.uses("presides"):
        return ""
    whole = text[chain_start(text, people[-1].start, left) : people[-1].start]
    chain = whole.rsplit(LIST_MARK, 1)[-1]  # 某省委副书记、省长甲主持召开: the last post's body, not the chain before it
    head = longest_suffix_title(chain)
    body = chain[: len(chain) - len(head)]
    if head in uses_actors("contracted_head") and body and not body.endswith(uses_actors("org_end")):
        body += head[0]  # 行政院长 → 行政院
    if len(body) < _LEAST_BODY and chain != whole and (place := rules.pattern("chain_place").match(whole)):
        body = place.group(1)  # 临江市委副书记、市长甲: the place the chain opens with (临江市 → 临江市政府常务会议)
    return body if len(body) >= _LEAST_BODY else ""


_LEAST_BODY = 2


def _printed_place(where: str) -> bool:
    """A place as printed after 在: one of the place table, a gazetteer city by its stem (温州), or a name ending with
    its level (某某市)."""
    return where in place_table(True) or where in city_stems() or (len(where) > 2 and where.endswith(place_levels()))


def _compact_body(ctx: Context, left: int, end: int) -> str:
    """``text[left:end]`` compacted, its dates, a preposition before them and a part of the day left out."""
    # a plan's target year stays (省某某纲要和2045年远景目标起草领导小组: the body's name)
    skip = [(t.start - left, t.end - left) for t in ctx.times(left, end) if not t.underspecified.startswith(TARGET)]
    body = rules.compact(
        "".join(ch for i, ch in enumerate(ctx.doc.text[left:end]) if not any(a <= i < b for a, b in skip))
    )
    tail = next((w for w in rules.uses("body_tail") if body.endswith(w) and len(body) > len(w)), "")
    body = body[: len(body) - len(tail)]  # 某办公室于3月24日举行: the preposition before the date
    hour = _hour_end().search(body)  # 某广场上午8时举行升旗仪式: the clock after the part of the day too
    body = body[: hour.start()] if hour is not None and hour.start() > 0 else body
    daypart = next((w for w in rules.uses("daypart") if body.endswith(w) and len(body) > len(w)), "")
    return body[: len(body) - len(daypart)]  # 某党下午召开全代会: the part of the day is no part of the body


@cached
def _hour_end() -> re.Pattern[str]:
    """An hour (patterns.tsv ``daypart_hour``: 8时, 八时半) ending a body's text, after its part of the day."""
    dayparts = "|".join(f"(?<={re.escape(w)})" for w in rules.uses("daypart"))
    return re.compile(rf"(?:{dayparts})(?:{rules.pattern('daypart_hour').pattern})") if dayparts else re.compile("(?!)")


def joint_places(ctx: Context, left: int, start: int) -> list[str]:
    """甲、乙两省召开某会 → [甲省, 乙省]: places of one level convening a meeting each (patterns.tsv
    ``joint_places``); [] otherwise."""
    m = rules.pattern("joint_places").fullmatch(convened_body(ctx, left, start))
    return [name + m.group("level") for name in m.group("names").split(LIST_MARK)] if m else []


def holder(ctx: Context, left: int, start: int) -> str:
    """某会议（日期）举行第三次全体会议 → the meeting or body before the convening verb ("" if a person)."""
    body = convened_body(ctx, left, start)
    stops = (*rules.uses("not_in_body"), *COMMAS)
    return body if 2 <= len(body) <= 30 and not any(w in body for w in stops) else ""


def own_rest(text: str, right: int, end: int) -> str:
    """The rest of the sentence until the next event word: what its subject (the name) still does. An event
    word naming a room or a venue (在某会议中心开幕: not_after.txt) is no next event, nor a rite word
    (openacts.py: 某会议，8日隆重开幕 — the name's own opening)."""
    after = rules.words("not_after.txt")
    for m in rules.trigger_pattern().finditer(text, right, end):
        if not text.startswith(after, m.end()) and m.group() not in openacts.rite_words():
            return text[right : m.start()]
    return text[right:end]


def parent_meeting(ctx: Context) -> Draft | None:
    """The meeting the article reports whose sittings (闭幕大会, 选举大会) follow it."""
    live = (d for d in reversed(compared(ctx.drafts)) if not d.planned and d.event_type == "meeting")
    return next((d for d in live if d.holder or not (session(d.title) or is_sitting(d.title))), None)


def main_session_of(ctx: Context, draft: Draft) -> Draft | None:
    """The event of this article whose main session ``draft`` names by its theme (“某主题”主论坛: ``main_session``),
    of the same type on its day or undated: the main session is the forum itself (gold-conventions A7)."""
    mains = rules.uses("main_session")
    if draft.planned or not draft.key.endswith(mains):
        return None
    return _same_day(ctx, draft, lambda d: d.event_type == draft.event_type and not d.key.endswith(mains))


def first_sitting(ctx: Context, draft: Draft) -> Draft | None:
    """The meeting of this article whose first sitting ``draft`` is (same day or undated), if any."""
    if draft.planned:
        return None
    return _same_day(ctx, draft, lambda d: sitting_of(draft.key, d.key))


def _same_day(ctx: Context, draft: Draft, related: Callable[[Draft], bool]) -> Draft | None:
    """The first held, unplanned draft of the article ``related`` to ``draft``, on its day or undated."""
    for d in compared(ctx.drafts):
        if d.holder or d.planned or not related(d):
            continue
        if d.date is None or draft.date is None or d.date.startswith(draft.date) or draft.date.startswith(d.date):
            return d
    return None


def sitting_held(ctx: Context, draft: Draft) -> Draft | None:
    """The sitting reported earlier in this article (某会议举行第三次全体会议, same day or undated) of the
    meeting ``draft`` names: the meeting reported through that sitting, one event."""
    if draft.planned:
        return None
    return _same_day(ctx, draft, lambda d: sitting_of(d.key, draft.key))


def earlier_edition(
    ctx: Context, trigger: rules.Trigger, left: int, start: int, end: int
) -> tuple[int, str, str, str] | None:
    """2029年某联席会议以来 / 贯彻落实2029年某会议议定事项 (``edition_after``): an earlier edition named
    with a year before the article's → (name start, title, year, the word after it)."""
    text = ctx.doc.text
    follows = next((w for w in rules.uses("edition_after") if text.startswith(w, end)), "")
    name_start = namewalk.strip_prefixes(
        text, namewalk.name_start(text, start, left, ctx.blocked_in(left, start)), start
    )
    # 贯彻落实2029年某会议: the name opens at its year
    opening = rules.pattern("year_opening").search(text, name_start, end)
    name_start = opening.start() if opening else name_start
    title = rules.compact(text[name_start:end])
    year, current = rules.name_year(title), (ctx.article.date or "")[:4]
    if (
        not follows
        or not year
        or not current.isdigit()
        or year >= current
        or len(title) < len(trigger.word) + 6
    ):
        return None
    return name_start, title, year, follows


def holder_name(d: Draft) -> str:
    return d.holder or d.title


def sitting_holder(d: Draft, title: str) -> str:
    """The name a sitting printed alone (``title``) is named after when ``d`` is the meeting reported: ``d``'s
    name, or, when that name ends in a numbered sitting of the same kind (某委员会第五次会议 … 第四次会议), the body
    alone (某委员会): another number of one kind is another sitting of the body, never a part of this one. A
    session printed without its ordinal mark (某届人大四次会议) holds the sittings of its organs (第一次会议)."""
    name = holder_name(d)
    part = sitting_part(name)
    ordinal = rules.pattern("ordinal")
    own, new = ordinal.match(part), ordinal.match(rules.compact(title))
    if own is None or new is None or part[own.end() :] != rules.compact(title)[new.end() :]:
        return name
    if not rules.pattern("ordinal_mark").match(part):
        return name
    return name[: -len(part)] if len(name) - len(part) >= 2 else name


def opens_clause(ctx: Context, left: int, start: int) -> bool:
    """Whether a name opens its clause: nothing but times before it, or only who hosts it (由甲、乙共同主办的
    某论坛，29日在某地开幕: ``hosted_lead`` … ``hosted_end``), so the later clauses tell what it did."""
    words = rules.compact(without_times_between(ctx, left, start))
    if not words:
        return True
    return words.startswith(rules.uses("hosted_lead")) and words.endswith(rules.uses("hosted_end"))


def without_times_between(ctx: Context, start: int, end: int) -> str:
    skip = [(t.start, t.end) for t in ctx.times(start - 40, end)]
    return "".join(
        c for i, c in enumerate(ctx.doc.text[start:end], start) if not any(a <= i < b for a, b in skip)
    )


@cached
def _ordinal_end() -> re.Pattern[str]:
    """The ordinal of patterns.tsv ending a name (…第三次)."""
    return re.compile(f"(?:{rules.pattern('ordinal').pattern})$")


def sitting_part(key: str) -> str:
    """The sitting a name ends with (…第三次全体会议 → 第三次全体会议, …闭幕大会 → 闭幕大会), "" if none."""
    for word in rules.uses("session"):
        if key.endswith(word):
            ordinal = _ordinal_end().search(key[: -len(word)])
            if ordinal or word not in rules.uses("ordinal_session"):
                return (ordinal.group() if ordinal else "") + word
    return ""


def sitting_of(key: str, parent: str) -> bool:
    """Whether ``key`` names a sitting of ``parent`` (某会议 + 第三次全体会议 / 闭幕大会)."""
    return (
        key != parent
        and key.startswith(parent)
        and bool(sitting_part(key))
        and len(key) - len(parent) == len(sitting_part(key))
    )


def other_sittings(a: str, b: str) -> bool:
    """Two names that are different sittings of one meeting, or a meeting and one of its sittings."""
    part_a, part_b = sitting_part(a), sitting_part(b)
    if sitting_of(a, b) or sitting_of(b, a) or bool(part_a and part_b and part_a != part_b):
        return True
    # the first sittings of two bodies (甲市委员会 / 乙市委员会第一次全体会议) are two events
    return bool(part_a) and part_a == part_b and _other_bodies(a[: -len(part_a)], b[: -len(part_b)])


def _other_bodies(a: str, b: str) -> bool:
    """Two holders printed alike but for a short part naming another place (中共甲市第十一届委员会 / 中共乙市
    第十一届委员会); an abbreviation of the same body (省政协十一届常委会) differs at more length."""
    place_a, place_b = rules.pattern("body_place").match(a), rules.pattern("body_place").match(b)
    if place_a and place_b and place_a.group(1) != place_b.group(1):
        return True  # 中共甲市第十一届委员会 / 中共乙市第六届委员会
    head = len(commonprefix([a, b]))
    a, b = a[head:], b[head:]
    tail = len(commonprefix([a[::-1], b[::-1]]))
    a, b = a[: len(a) - tail], b[: len(b) - tail]
    return 1 <= len(a) <= 4 and 1 <= len(b) <= 4 and not set(a) & set(b)


def reported_sitting(ctx: Context, draft: Draft) -> Draft | None:
    """The meeting this article reports, when ``draft`` is a sitting of it told as part of that report: a
    sitting whose holder is only the word for the meeting itself (大会举行第二次全体会议: ``anaphoric_body``),
    or its opening sitting (某人代会开幕大会: ``reported_sitting``), on the same day or undated; a numbered,
    closing, election or preparatory sitting stays its own."""
    part = sitting_part(draft.key)
    body = draft.key[: len(draft.key) - len(part)]
    anaphoric = bool(part) and _without_leads(body) in rules.uses("anaphoric_body")
    told = bool(body) and part in rules.uses("reported_sitting")
    parent = parent_meeting(ctx) if (anaphoric or told) and not draft.planned else None
    if parent is None or parent.key == draft.key or not (anaphoric or _same_body(body, parent.key)):
        return None
    same_day = parent.date is None or draft.date is None or parent.date.startswith(draft.date)
    return parent if same_day or draft.date.startswith(parent.date) else None


def undated_sitting_parent(ctx: Context, draft: Draft) -> Draft | None:
    """The meeting this article reports, dated to a day, when ``draft`` is a numbered or closing sitting of it
    printed with no day of its own (某党代会第二次全体会议 in the report of the congress's last day): the sitting
    is on the day the report tells, the meeting's."""
    part = sitting_part(draft.key)
    body = draft.key[: len(draft.key) - len(part)]
    if draft.planned or draft.date is not None or not (part and body and is_sitting(draft.key)):
        return None  # 某人大三次会议 is a session, not a sitting of one
    parent = parent_meeting(ctx)
    if parent is None or parent.key == draft.key or len(parent.date or "") != 10:
        return None
    return parent if _same_body(body, parent.key) else None


def _without_leads(body: str) -> str:
    """``body`` without the adverbs and acts printed between the meeting word and its verb (会议首先举行…,
    大会开幕并举行…: ``sitting_lead``), read from its end."""
    while word := next((w for w in rules.uses("sitting_lead") if body.endswith(w) and len(body) > len(w)), ""):
        body = body[: -len(word)]
    return body


def _same_body(body: str, parent: str) -> bool:
    """The sitting's holder is the meeting reported, in full or printed short (湖北省某届人大某次会议 / 省某届人大
    某次会议; the meeting's key may go on with its own sitting: 某人代会第一次会议 / 某人代会开幕大会)."""
    return parent.startswith(body) or body.endswith(parent) or titlematch.shortened(body, parent)
